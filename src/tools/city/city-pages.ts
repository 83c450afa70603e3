import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CitySettings } from '../../lib/city/city-file.ts';
import type { CityPageData } from '../../lib/city/page-data.ts';
import type { CityInput, CityModel } from '../../lib/city/model.ts';
import { writePublishFiles } from '../publish-files.ts';

/**
 * Builds the city's own pages (`/`, `/districts/`, `/reports/`, `/data/`, `/search/`, RSS) with
 * a second, small Astro build whose pages live in `src/city/`, apart from the district routes.
 * The pages read one file, the city model, whose path they get in SHEQU_CITY_MODEL. The site
 * config (CSP, output format) is the district sites' own, with the city's address and base.
 */
export async function renderCityPages(options: { checkout: string; settings: CitySettings; model: CityModel; inputs: readonly CityInput[]; outDir: string; cacheRoot: string; quiet: boolean }): Promise<void> {
  const { checkout, settings, model, inputs, outDir, cacheRoot } = options;
  const data: CityPageData = {
    settings: { title: settings.title, city: settings.city, description: settings.description ?? null, url: settings.url ?? null, base: settings.base.replace(/\/?$/, '/'), locale: settings.locale },
    model,
    districts: inputs.map((i) => ({ slug: i.slug, kind: i.kind, href: i.href, name: i.data.site.district, title: i.data.site.title, standards: i.data.site.standards })),
    communities: inputs.flatMap((i) => i.data.communities.map((c) => ({ district: i.slug, districtName: i.data.site.district, community: c }))),
  };
  const root = path.join(checkout, 'node_modules', '.cache', 'shequ-city-root');
  await mkdir(root, { recursive: true });
  await mkdir(cacheRoot, { recursive: true });
  const modelFile = path.join(cacheRoot, 'city-model.json');
  await writeFile(modelFile, JSON.stringify(data));
  process.env.SHEQU_CITY_MODEL = modelFile;
  const { default: shared } = (await import(pathToFileURL(path.join(checkout, 'astro.config.mjs')).href)) as { default: Record<string, unknown> };
  const { build } = await import('astro');
  const sitemap = (await import('@astrojs/sitemap')).default;
  await build({
    ...shared,
    configFile: false,
    // A root of its own, so Astro's generated types for the district's content collections
    // (`.astro/` in the checkout) are never replaced by the city's, which has none. Inside the
    // checkout: Astro names modules by their path from the root.
    root,
    srcDir: path.join(checkout, 'src', 'city'),
    publicDir: path.join(checkout, 'public'),
    cacheDir: path.join(cacheRoot, 'astro'),
    outDir,
    site: settings.url,
    base: data.settings.base,
    experimental: {},
    integrations: settings.url ? [sitemap({ filter: (page) => !/\/search\/?$/.test(new URL(page).pathname) })] : [],
    logLevel: options.quiet ? 'warn' : 'info',
  });
  await writePublishFiles(outDir);
}
