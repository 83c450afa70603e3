// Copies Sveltia CMS out of node_modules into the built site and points every address it would
// fetch from a public CDN (unpkg, jsdelivr) at those local copies, so that /admin/ loads
// nothing from another host and its CSP can say 'self'.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The pinned CMS version; the rewrites below are checked against its bundle. */
export const CMS_VERSION = '0.221.1';

/** Folder of a package in node_modules (packages whose `exports` hide package.json too). */
function findPackage(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (path.basename(dir) !== name.split('/').at(-1)) dir = path.dirname(dir);
  return dir;
}

/**
 * The public CDNs the bundle calls, named once: only so that their addresses can be rewritten to
 * the local copies. The built site never contacts them (the admin browser test fails on any
 * request to another host).
 */
const CDN = { unpkg: 'unpkg.com', jsdelivr: 'cdn.jsdelivr.net' } as const;

/** Fonts the CMS's CSS names (fontsource id and file on the CDN), and the npm package file that replaces each. */
const FONTS = [
  { id: 'source-sans-3:vf@5.3.0', asset: 'latin-wght-normal.woff2', pkg: '@fontsource-variable/source-sans-3', file: 'source-sans-3-latin-wght-normal.woff2' },
  { id: 'noto-mono@5.3.0', asset: 'latin-400-normal.woff2', pkg: '@fontsource/noto-mono', file: 'noto-mono-latin-400-normal.woff2' },
  { id: 'material-symbols-outlined:vf@5.3.7', asset: 'latin-wght-normal.woff2', pkg: '@fontsource-variable/material-symbols-outlined', file: 'material-symbols-outlined-latin-wght-normal.woff2' },
] as const;

/** Where the copied files live under the site's base path. */
export function getCmsPaths(base: string): { root: string; script: string; fonts: string } {
  const admin = `${base.replace(/\/?$/, '/')}admin/`;
  return { root: `${admin}sveltia`, script: `${admin}sveltia@${CMS_VERSION}/dist/sveltia-cms.js`, fonts: `${admin}fonts/` };
}

/**
 * Each address the bundle fetches from another host, and what it becomes. Every one must occur
 * exactly once: when an upgrade moves or adds one, the build stops here instead of shipping an
 * editor that quietly calls a CDN.
 */
export function listCmsRewrites(base: string): { from: string; to: string }[] {
  const paths = getCmsPaths(base);
  const admin = `${base.replace(/\/?$/, '/')}admin/`;
  return [
    // Its own files: lazy chunks, locales (`${root}@version/locales/zh-CN.json`), the version check.
    { from: `\`https://${CDN.unpkg}/@sveltia/cms\``, to: `\`${paths.root}\`` },
    // Code highlighting (code fields only, which the generated form does not use) and map or
    // other optional widgets: local addresses with nothing behind them, so they fail here.
    { from: `\`https://${CDN.unpkg}/@sveltia/ui\``, to: `\`${admin}vendor/sveltia-ui\`` },
    { from: `\`https://${CDN.unpkg}/@shikijs\``, to: `\`${admin}vendor/shikijs\`` },
    { from: `\`https://${CDN.unpkg}/\${e}\``, to: `\`${admin}vendor/\${e}\`` },
    // Forge status banners: answered by a local "no incident" file.
    { from: '`https://www.githubstatus.com/api/v2/status.json`', to: `\`${admin}sveltia/status.json\`` },
    { from: '`https://status-api.hostedstatus.com/1.0/status/5b36dc6502d06804c08349f7`', to: `\`${admin}sveltia/status.json\`` },
    ...FONTS.map((font) => ({ from: `https://${CDN.jsdelivr}/fontsource/fonts/${font.id}/${font.asset}`, to: `${paths.fonts}${font.file}` })),
  ];
}

/** Applies the rewrites to the bundle's text; throws naming any address not found exactly once. */
export function rewriteCmsBundle(text: string, base: string): string {
  let out = text;
  for (const { from, to } of listCmsRewrites(base)) {
    const count = out.split(from).length - 1;
    if (count !== 1) throw new Error(`@sveltia/cms ${CMS_VERSION}: expected “${from}” once in the bundle, found ${count}; check the rewrites in src/tools/admin/cms-files.ts`);
    out = out.replace(from, () => to);
  }
  return out.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
}

/** Copies the CMS bundle (rewritten), its lazy chunk, its zh-CN and en-US strings and the fonts. */
export async function copyCmsFiles(adminDir: string, base: string): Promise<void> {
  const cms = findPackage('@sveltia/cms');
  const version = JSON.parse(await readFile(path.join(cms, 'package.json'), 'utf8')) as { version: string };
  if (version.version !== CMS_VERSION) throw new Error(`@sveltia/cms is ${version.version}, the rewrites were checked for ${CMS_VERSION}`);
  const dist = path.join(adminDir, `sveltia@${CMS_VERSION}`, 'dist');
  await mkdir(path.join(dist, 'chunks'), { recursive: true });
  await mkdir(path.join(adminDir, `sveltia@${CMS_VERSION}`, 'locales'), { recursive: true });
  await mkdir(path.join(adminDir, 'sveltia'), { recursive: true });
  await mkdir(path.join(adminDir, 'fonts'), { recursive: true });
  await writeFile(path.join(dist, 'sveltia-cms.js'), rewriteCmsBundle(await readFile(path.join(cms, 'dist/sveltia-cms.js'), 'utf8'), base));
  const chunk = await readFile(path.join(cms, 'dist/chunks/react-dom.js'), 'utf8');
  await writeFile(path.join(dist, 'chunks/react-dom.js'), chunk.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
  for (const locale of ['zh-CN', 'en-US']) {
    await copyFile(path.join(cms, 'locales', `${locale}.json`), path.join(adminDir, `sveltia@${CMS_VERSION}`, 'locales', `${locale}.json`));
  }
  // The version check reads this: the copy here is the newest there is.
  await writeFile(path.join(adminDir, 'sveltia', 'package.json'), `${JSON.stringify({ name: '@sveltia/cms', version: CMS_VERSION })}\n`);
  await writeFile(path.join(adminDir, 'sveltia', 'status.json'), `${JSON.stringify({ status: { indicator: 'none' } })}\n`);
  for (const font of FONTS) {
    await copyFile(path.join(findPackage(font.pkg), 'files', font.file), path.join(adminDir, 'fonts', font.file));
  }
}
