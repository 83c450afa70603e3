// The build step that adds the browser editor: /admin/ (Sveltia CMS, served from the site),
// /admin/config.yml (from the schema) and /admin/check/. Written after Astro, beside its pages,
// so the public pages keep their CSP and the sitemap and search index never see these.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { buildCmsConfig, formatCmsConfig } from './config.ts';
import { parseFields } from '../../lib/fields.ts';
import type { Site } from '../../lib/schema.ts';
import { siteSchema } from '../../lib/schema.ts';
import { parseYaml } from '../../lib/yaml.ts';
import { copyCmsFiles, getCmsPaths } from './cms-files.ts';
import { CHECK_CSS, CHINESE_FIRST_SCRIPT, renderAdminPage, renderCheckPage } from './pages.ts';

/**
 * Writes /admin/ into a built site when site.yaml has `editing:`; does nothing otherwise.
 * Returns whether it wrote anything. The content was validated before, so site.yaml is valid.
 * `editorsDir` is the folder the CMS edits when the build read a prepared copy of it (a district
 * inside a city reads the city build's copy, with the city's `base`).
 */
export async function writeAdminSite(outDir: string, contentDir: string, { editorsDir }: { editorsDir?: string } = {}): Promise<boolean> {
  const file = path.join(contentDir, 'site.yaml');
  const site = parseFields(siteSchema, parseYaml(await readFile(file, 'utf8'), file), file).data as Site | undefined;
  if (!site?.editing) return false;
  const contentPath = findContentPath(editorsDir ?? contentDir);
  const config = buildCmsConfig(site, { contentPath });
  if (!config) return false;
  const adminDir = path.join(outDir, 'admin');
  await mkdir(path.join(adminDir, 'check'), { recursive: true });
  await copyCmsFiles(adminDir, site.base);
  const page = { title: site.title, base: site.base, editing: site.editing };
  await writeFile(path.join(adminDir, 'config.yml'), formatCmsConfig(config));
  await writeFile(path.join(adminDir, 'zh-cn.js'), CHINESE_FIRST_SCRIPT);
  await writeFile(path.join(adminDir, 'index.html'), renderAdminPage({ ...page, script: getCmsPaths(site.base).script }));
  await writeFile(path.join(adminDir, 'check', 'index.html'), renderCheckPage({ ...page, contentPath }));
  await writeFile(path.join(adminDir, 'check', 'check.css'), CHECK_CSS);
  await bundleScript('admin-check.ts', path.join(adminDir, 'check', 'check.js'), 'esm');
  await bundleScript('admin-cms.ts', path.join(adminDir, 'cms-format.js'), 'iife');
  return true;
}

/**
 * The content folder as the CMS sees it: relative to the repository that holds it (the nearest
 * folder with `.git`), `content` when there is none.
 */
export function findContentPath(contentDir: string): string {
  const absolute = path.resolve(contentDir);
  for (let dir = absolute; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return path.relative(dir, absolute).split(path.sep).join('/');
    if (path.dirname(dir) === dir) return 'content';
  }
}

/** Bundles a browser script of src/scripts with the parts of the core it uses. */
async function bundleScript(name: string, outFile: string, format: 'esm' | 'iife'): Promise<void> {
  await build({
    entryPoints: [path.resolve(import.meta.dirname, '../../scripts', name)],
    outfile: outFile,
    bundle: true,
    format,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
    inject: [path.resolve(import.meta.dirname, '../../scripts/admin-buffer.ts')],
    // gray-matter requires `fs` for a function the checks never call (matter.read), and
    // checks.ts imports `fs`/`path` for its image checks, which the browser does not run.
    plugins: [
      {
        name: 'no-node-modules',
        setup(b) {
          b.onResolve({ filter: /^(node:)?(fs|path)$/ }, (args) => ({ path: args.path, namespace: 'no-node-modules' }));
          b.onLoad({ filter: /.*/, namespace: 'no-node-modules' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
        },
      },
    ],
  });
}
