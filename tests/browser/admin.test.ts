import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { loadProject } from '../../src/lib/project.ts';
import { serveStatic } from '../../src/tools/static-server.ts';
import { writeAdminSite } from '../../src/tools/admin/index.ts';
import { hasChromium, launchBrowser, useServedSite } from '../helpers/browser.ts';

/** The sample content as the OPFS folder will hold it: a repository with `.git/HEAD` and `content/`. */
async function readRepositoryFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n', 'content/site.yaml': await readFile('content/site.yaml', 'utf8') };
  for (const folder of ['communities', 'reports']) {
    for (const name of await readdir(path.join('content', folder))) files[`content/${folder}/${name}`] = await readFile(path.join('content', folder, name), 'utf8');
  }
  return files;
}

// The folder picker is stubbed to hand out an origin-private folder: Chromium's real picker is a
// native dialog no test can drive.
const PICKER_STUB = `window.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo');`;

interface AdminSession {
  context: BrowserContext;
  page: Page;
  problems: string[];
  outsideRequests: string[];
}

/** A fresh context on the site: every request to another host is blocked and recorded. */
async function openAdminContext(site: { browser: Browser; origin: string }, files: Record<string, string>): Promise<AdminSession> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  const outsideRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${site.origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript({ content: PICKER_STUB });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`${site.origin}/admin/check/`);
  await page.evaluate(async (entries) => {
    const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
    for (const [file, text] of Object.entries(entries)) {
      const parts = file.split('/');
      let dir = repo;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts[parts.length - 1], { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
  return { context, page, problems, outsideRequests };
}

const readBack = (page: Page, file: string) =>
  page.evaluate(async (file) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const parts = file.split('/');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return (await (await dir.getFileHandle(parts[parts.length - 1])).getFile()).text();
  }, file);

const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

describe.skipIf(!hasChromium())('the browser editor (/admin/) in Chromium', () => {
  const site = useServedSite('sampleDist');

  test('opens a local folder, edits 柳园社区’s households and saves only that change, in Chinese, with nothing from another host', async () => {
    const files = await readRepositoryFiles();
    const session = await openAdminContext(site, files);
    try {
      const { page } = session;
      await page.goto(`${site.origin}/admin/`);
      await page.getByRole('button', { name: '使用本地仓库' }).click();
      await page.getByText('柳园社区').first().click();
      const households = page.getByRole('spinbutton', { name: '户数' });
      await expect.poll(() => households.inputValue()).toBe('3600');
      // Icons come from the site's own copy of the icon font, not as words.
      expect(await page.evaluate(async () => (await document.fonts.ready).check('24px "Material Symbols Outlined"', 'arrow_drop_down'))).toBe(true);
      expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')))).toContain('Material Symbols Outlined');
      await households.fill('3650');
      await page.getByRole('button', { name: '保存' }).click();

      const before = files['content/communities/liuyuan.md'];
      await expect.poll(() => readBack(page, 'content/communities/liuyuan.md'), { timeout: 10_000 }).not.toBe(before);
      const after = await readBack(page, 'content/communities/liuyuan.md');
      const changed = after
        .split('\n')
        .map((line, i) => [before.split('\n')[i], line])
        .filter(([a, b]) => a !== b);
      expect(changed).toEqual([['households: 3600', 'households: 3650']]);
      expect(after.split('\n').length).toBe(before.split('\n').length);

      // The project's validator accepts the saved file.
      const dir = await mkdtemp(path.join(os.tmpdir(), 'shequ-admin-'));
      temporary.push(dir);
      await cp('content', dir, { recursive: true });
      await writeFile(path.join(dir, 'communities/liuyuan.md'), after);
      const { problems, content } = await loadProject(dir);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(content.communities.find((c) => c.slug === 'liuyuan')?.data.households).toBe(3650);

      expect(session.outsideRequests).toEqual([]);
      expect(session.problems).toEqual([]);
    } finally {
      await session.context.close();
    }
  });

  test('the check page lists a planted problem with its file, line and validate’s words', async () => {
    const files = await readRepositoryFiles();
    files['content/communities/liuyuan.md'] = files['content/communities/liuyuan.md'].replace('households: 3600', 'households: 三千六');
    const session = await openAdminContext(site, files);
    try {
      const { page } = session;
      await page.getByRole('button', { name: '选择内容所在的文件夹' }).click();
      await expect.poll(() => page.locator('[data-problems] li').allTextContents()).toEqual(['content/communities/liuyuan.md:8:1: households：应为不小于 0 的整数，现为 “三千六”']);
      expect(await page.locator('[data-summary]').textContent()).toMatch(/^已检查 \d+ 个文件：1 个错误/);
      expect(session.outsideRequests).toEqual([]);
      expect(session.problems).toEqual([]);
    } finally {
      await session.context.close();
    }
  });
});

describe.skipIf(!hasChromium())('the check page with a Gitea backend in Chromium', () => {
  test('reads the branch through the Gitea API and lists a planted problem, talking to no other host', async () => {
    const content = await mkdtemp(path.join(os.tmpdir(), 'shequ-gitea-'));
    temporary.push(content);
    await cp('content', content, { recursive: true });
    const site = (await readFile('content/site.yaml', 'utf8')).replace('editing: { backend: local }', 'editing: { backend: gitea, repo: lanxi/site, base_url: https://git.lanxi.example, branch: main }');
    await writeFile(path.join(content, 'site.yaml'), site);
    const dist = path.join(content, 'dist');
    expect(await writeAdminSite(dist, content)).toBe(true);
    const server = await serveStatic(dist);
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext();
      const forgeCalls: string[] = [];
      const outside: string[] = [];
      const liuyuan = (await readFile('content/communities/liuyuan.md', 'utf8')).replace('households: 3600', 'households: 三千六');
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin === server.origin) return route.continue();
        if (url.origin !== 'https://git.lanxi.example') {
          outside.push(url.href);
          return route.abort('blockedbyclient');
        }
        forgeCalls.push(`${route.request().method()} ${url.pathname}${url.search} ${route.request().headers().authorization ?? ''}`);
        const api = '/api/v1/repos/lanxi/site';
        const headers = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'authorization' };
        if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers });
        const answers: Record<string, string> = {
          [`${api}/raw/content/site.yaml?ref=main`]: site,
          [`${api}/contents/content/communities?ref=main`]: JSON.stringify([{ name: 'liuyuan.md', type: 'file' }]),
          [`${api}/raw/content/communities/liuyuan.md?ref=main`]: liuyuan,
          [`${api}/contents/content/reports?ref=main`]: '[]',
        };
        const body = answers[`${url.pathname}${url.search}`];
        return route.fulfill({ status: body === undefined ? 404 : 200, headers, body: body ?? '' });
      });
      const page = await context.newPage();
      await page.goto(`${server.origin}/admin/check/`);
      await page.getByLabel(/访问令牌/).fill('t0k');
      await page.getByRole('button', { name: '从服务器读取并检查' }).click();
      await expect.poll(() => page.locator('[data-problems] li').allTextContents()).toEqual([`content/communities/liuyuan.md:8:1: households：应为不小于 0 的整数，现为 “三千六”`]);
      expect(forgeCalls).toContain('GET /api/v1/repos/lanxi/site/raw/content/communities/liuyuan.md?ref=main token t0k');
      expect(outside).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});
