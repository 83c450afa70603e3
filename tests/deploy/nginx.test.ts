// deploy/nginx.conf run by Debian's nginx over built sites, as an office's server would run it:
// headers, types, caching, compression and the 404 page over HTTP, then the pages in Chromium
// under the header policy.
import { mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildHeaderPolicy, readPagePolicy } from '../../src/tools/header-policy.ts';
import { readNginxPolicy } from '../../src/tools/nginx-conf.ts';
import { HEADER_POLICY_FILE } from '../../src/tools/publish-files.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { useFixtureVariant } from '../helpers/content.ts';
import { getRaw } from '../helpers/http.ts';
import { DEPLOY_CONF, hasNginx, startNginx } from '../helpers/nginx.ts';
import type { NginxServer } from '../helpers/nginx.ts';
import { openPage, scrollThrough } from '../helpers/page-session.ts';

const YEAR = 'public, max-age=31536000, immutable';
// Asked once, so a machine without them gets one line each, not one per block.
const withNginx = hasNginx();
const withBrowser = withNginx && hasChromium();

/** Starts nginx over a folder for the tests of one `describe` block. */
function useNginx(root: () => string, options: Parameters<typeof startNginx>[1] = {}): { server: NginxServer } {
  const state = {} as { server: NginxServer };
  beforeAll(async () => {
    state.server = await startNginx(root(), options);
  });
  afterAll(() => state.server?.close());
  return state;
}

describe('deploy/nginx.conf', () => {
  test.each(['fixtureDist', 'sampleDist'] as const)('sends the header policy the build wrote for %s: the page’s own policy and frame-ancestors', async (site) => {
    const dist = inject(site);
    const written = (await readFile(path.join(dist, HEADER_POLICY_FILE), 'utf8')).trim();
    const page = readPagePolicy(await readFile(path.join(dist, 'index.html'), 'utf8'));
    expect(written).toBe(buildHeaderPolicy(page!));
    expect(written).toContain("frame-ancestors 'self'");
    // A change to the site's scripts changes this policy: `npm run build && npm run nginx-csp`.
    expect(readNginxPolicy(await readFile(DEPLOY_CONF, 'utf8'))).toBe(written);
  });
});

describe.skipIf(!withNginx)('nginx with deploy/nginx.conf over the sample district', () => {
  const nginx = useNginx(() => inject('sampleDist'));
  const get = (sitePath: string, headers: Record<string, string> = {}) => getRaw(nginx.server.origin, sitePath, headers);
  let files: string[] = [];
  beforeAll(async () => {
    files = (await readdir(inject('sampleDist'), { recursive: true })).map((f) => `/${f.split(path.sep).join('/')}`);
  });
  const find = (pattern: RegExp) => {
    const file = files.find((f) => pattern.test(f));
    if (!file) throw new Error(`no file matches ${pattern}`);
    return file;
  };

  test('answers / with the page, revalidated, under the header policy with nosniff and a referrer policy', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toBe(buildHeaderPolicy(readPagePolicy(response.body.toString())!));
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  test('sends the build’s .gz of a page to a client that accepts gzip, the plain page otherwise', async () => {
    const plain = await get('/communities/');
    const gzipped = await get('/communities/', { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toBe('Accept-Encoding');
    expect(gzipped.body).toEqual(await readFile(path.join(inject('sampleDist'), 'communities/index.html.gz')));
    expect(gunzipSync(gzipped.body)).toEqual(plain.body);
  });

  test.each([
    ['a hashed stylesheet', /^\/_astro\/.*\.css$/, 'text/css; charset=utf-8', YEAR, 'gzip'],
    ['a hashed script', /^\/_astro\/.*\.js$/, 'application/javascript; charset=utf-8', YEAR, 'gzip'],
    ['Pagefind’s WebAssembly', /^\/pagefind\/wasm\..*\.pagefind$/, 'application/wasm', 'no-cache', undefined],
    ['Pagefind’s metadata', /\.pf_meta$/, 'application/octet-stream', YEAR, undefined],
    ['a Pagefind index chunk', /\.pf_index$/, 'application/octet-stream', YEAR, undefined],
    ['a Pagefind fragment', /\.pf_fragment$/, 'application/octet-stream', YEAR, undefined],
    ['Pagefind’s script', /^\/pagefind\/pagefind\.js$/, 'application/javascript; charset=utf-8', 'no-cache', 'gzip'],
    ['a chart’s CSV', /^\/charts\/.*\.csv$/, 'text/csv; charset=utf-8', 'no-cache', 'gzip'],
    ['the facts as JSON', /^\/data\/communities\.json$/, 'application/json; charset=utf-8', 'no-cache', 'gzip'],
    ['the sitemap', /^\/sitemap-0\.xml$/, 'application/xml; charset=utf-8', 'no-cache', 'gzip'],
    // Under 256 bytes: gzip saves a few dozen bytes at best (robots.txt would grow), so neither the build (from 1 KB) nor nginx compresses them.
    ['the sitemap index', /^\/sitemap-index\.xml$/, 'application/xml; charset=utf-8', 'no-cache', undefined],
    ['robots.txt', /^\/robots\.txt$/, 'text/plain; charset=utf-8', 'no-cache', undefined],
    ['the icon', /^\/favicon\.svg$/, 'image/svg+xml; charset=utf-8', 'no-cache', undefined],
  ])('serves %s with its type and caching, compressed only when it is text worth compressing', async (_, pattern, type, cache, encoding) => {
    const response = await get(find(pattern), { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['cache-control']).toBe(cache);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    // Pagefind's files are gzip already: compressing them again would only cost time.
    expect(response.headers['content-encoding']).toBe(encoding);
  });

  test('answers a missing page with status 404 and the site’s own 404 page, under the same headers', async () => {
    const response = await get('/communities/no-such-place/');
    expect(response.status).toBe(404);
    expect(response.body.toString()).toBe(await readFile(path.join(inject('sampleDist'), '404.html'), 'utf8'));
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  test('sends /admin/ under its own page policy: the header adds only what cannot conflict with it', async () => {
    const response = await get('/admin/');
    expect(response.status).toBe(200);
    const header = response.headers['content-security-policy'] as string;
    expect(header).toContain("frame-ancestors 'self'");
    // The public policy (no inline styles, hashed scripts) would block the CMS.
    expect(header).not.toMatch(/script-src|style-src|default-src/);
    expect(readPagePolicy(response.body.toString())).toContain("style-src 'self' 'unsafe-inline'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  test('redirects a folder without its slash by path only, and keeps the server’s files to itself', async () => {
    const folder = await get('/communities');
    expect(folder.status).toBe(301);
    expect(folder.headers.location).toBe('/communities/');
    expect((await get(`/${HEADER_POLICY_FILE}`)).status).toBe(404);
  });
});

describe.skipIf(!withBrowser)('the sample district in Chromium through nginx', () => {
  const nginx = useNginx(() => inject('sampleDist'));
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  test.each(['/', '/communities/', '/communities/liuyuan/', '/compare/?c=liuyuan,shuangqiao', '/data/'])('%s draws every chart with no console error under the header policy', async (sitePath) => {
    const session = await openPage(browser, nginx.server.origin, sitePath);
    try {
      await scrollThrough(session.page);
      const charts = await session.page.locator('figure.chart canvas').count();
      expect(await session.page.locator('figure.chart[data-drawn]').count()).toBe(charts);
      expect(session.problems).toEqual([]);
      expect(session.outsideRequests).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('search finds 日间照料 with Pagefind’s WebAssembly under the header policy', async () => {
    const session = await openPage(browser, nginx.server.origin, `/search/?q=${encodeURIComponent('日间照料')}`);
    try {
      await session.page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('找到'), undefined, { timeout: 15_000 });
      const hrefs = await session.page.$$eval('.search-result h2 a', (links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain('/communities/liuyuan/');
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('the theme toggle switches to dark and the choice holds on the next page', async () => {
    const session = await openPage(browser, nginx.server.origin, '/');
    try {
      await session.page.click('[data-theme-toggle]');
      expect(await session.page.getAttribute('html', 'data-theme')).toBe('dark');
      await session.page.goto(`${nginx.server.origin}/standards/`);
      expect(await session.page.getAttribute('html', 'data-theme')).toBe('dark');
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

// The commented variant of deploy/nginx.conf: the site in a folder named like its base, one
// error_page line changed, as docs/发布指南.md tells.
describe.skipIf(!withNginx)('nginx with the sub-path variant over a site built with base: /qinghe/', () => {
  const site = useFixtureVariant('base: /qinghe/\nurl: https://portal.example.org');
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'shequ-portal-'));
    await symlink(site.dist, path.join(root, 'qinghe'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));
  const nginx = useNginx(() => root, { edit: (conf) => conf.replace('error_page 404 /404.html;', 'error_page 404 /qinghe/404.html;') });

  test('serves the site under /qinghe/ with its headers, and its own 404 page for a missing one', async () => {
    const home = await getRaw(nginx.server.origin, '/qinghe/', { 'accept-encoding': 'gzip' });
    expect(home.status).toBe(200);
    expect(home.headers['content-encoding']).toBe('gzip');
    expect(home.headers['content-security-policy']).toBe((await readFile(path.join(site.dist, HEADER_POLICY_FILE), 'utf8')).trim());
    const missing = await getRaw(nginx.server.origin, '/qinghe/nothing-here/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe(await readFile(path.join(site.dist, '404.html'), 'utf8'));
    const stylesheet = (await readdir(path.join(site.dist, '_astro'))).find((name) => name.endsWith('.css'));
    expect((await getRaw(nginx.server.origin, `/qinghe/_astro/${stylesheet}`)).headers['cache-control']).toBe(YEAR);
  });

  test.skipIf(!withBrowser)('search and charts work in Chromium under the sub-path', async () => {
    const browser = await launchBrowser();
    try {
      const search = await openPage(browser, nginx.server.origin, `/qinghe/search/?q=${encodeURIComponent('四点半课堂')}`);
      await search.page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('找到'), undefined, { timeout: 15_000 });
      expect(await search.page.$$eval('.search-result h2 a', (links) => links.map((a) => a.getAttribute('href')))).toContain('/qinghe/communities/hetang/');
      expect(search.problems).toEqual([]);
      await search.close();
      const home = await openPage(browser, nginx.server.origin, '/qinghe/');
      await scrollThrough(home.page);
      expect(await home.page.locator('figure.chart[data-drawn]').count()).toBe(await home.page.locator('figure.chart canvas').count());
      expect(home.problems).toEqual([]);
      await home.close();
    } finally {
      await browser.close();
    }
  });
});
