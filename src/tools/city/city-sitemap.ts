import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CitySettings } from '../../lib/city/city-file.ts';
import type { CityInput } from '../../lib/city/model.ts';

/**
 * Writes the city's `sitemap-index.xml`: the city pages' sitemaps and every content district's
 * (a sitemap index may not list other indexes, so the districts' own sitemap files are listed).
 */
export async function writeCitySitemap(siteDir: string, settings: CitySettings, inputs: readonly CityInput[]): Promise<void> {
  const root = new URL(settings.base.replace(/\/?$/, '/'), settings.url);
  const isSitemap = (name: string) => /^sitemap-\d+\.xml$/.test(name);
  const files = (await readdir(siteDir)).filter(isSitemap).sort();
  for (const input of inputs.filter((i) => i.kind === 'content')) {
    const names = await readdir(path.join(siteDir, input.slug)).catch(() => []);
    files.push(
      ...names
        .filter(isSitemap)
        .sort()
        .map((name) => `${input.slug}/${name}`),
    );
  }
  const entries = files.map((file) => `<sitemap><loc>${escapeXml(new URL(file, root).href)}</loc></sitemap>`).join('');
  // The city pages' own index is a hard link into the build cache: replaced, never written through.
  const target = path.join(siteDir, 'sitemap-index.xml');
  await Promise.all([rm(target, { force: true }), rm(`${target}.gz`, { force: true })]);
  await writeFile(target, `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</sitemapindex>`);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
