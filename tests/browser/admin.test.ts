import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { loadProject } from '../../src/lib/project.ts';
import { hasChromium, useServedSite } from '../helpers/browser.ts';

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

const readBack = (page: Page, file: string) => page.evaluate(async (file) => {
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
      const changed = after.split('\n').map((line, i) => [before.split('\n')[i], line]).filter(([a, b]) => a !== b);
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
      await expect.poll(() => page.locator('[data-problems] li').allTextContents()).toEqual([
        'content/communities/liuyuan.md:8:1: households：应为不小于 0 的整数，现为 “三千六”',
      ]);
      expect(await page.locator('[data-summary]').textContent()).toMatch(/^已检查 \d+ 个文件：1 个错误/);
      expect(session.outsideRequests).toEqual([]);
      expect(session.problems).toEqual([]);
    } finally {
      await session.context.close();
    }
  });
});
