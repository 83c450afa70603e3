import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFixture, editFile } from '../helpers/content.ts';

// `npm run dev` on a copy of the fixture: saved edits must reach the page without a restart.
// The server runs from a copy of the project, because Astro keeps dev state in the project's
// `.astro/` folder and Vite in `node_modules/.vite/`, which builds and an editor's own dev
// server running beside this test would overwrite (and it theirs).

const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];
// Long enough for a slow machine; an edit normally shows within a second or two.
const SHOWS_WITHIN_MS = 20_000;

let content: string;
let project: string;
let server: ChildProcess;
let output = '';
let origin: string;
let lastFetchError = '';

beforeAll(async () => {
  content = await copyFixture();
  project = await mkdtemp(path.join(os.tmpdir(), 'shequ-dev-'));
  await Promise.all(PROJECT_FILES.map((name) => cp(name, path.join(project, name), { recursive: true })));
  await linkPackages(project);
  const port = await findFreePort();
  server = spawn(process.execPath, ['scripts/dev.ts', '--content', content, '--port', String(port)], {
    cwd: project,
    env: { ...getServerEnv(), FORCE_COLOR: '0' },
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  origin = `http://localhost:${port}`;
  await waitForPage('/communities/liuan/', (html) => html.includes('柳岸社区'), 90_000);
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  await rm(content, { recursive: true, force: true });
  await rm(project, { recursive: true, force: true });
});

describe('npm run dev', () => {
  test('shows a saved change to a community without a restart', async () => {
    expect(await getPage('/communities/liuan/')).toContain('1,000');
    await editFile(content, 'communities/liuan.md', 'households: 1000', 'households: 1234');
    await waitForPage('/communities/liuan/', (html) => html.includes('1,234'));
  });

  test('shows a content error in the page with file and line, keeps serving, and recovers when fixed', async () => {
    expect(readFileSync('src/layouts/Base.astro', 'utf8'), 'the layout must include <DevProblems /> for the browser to show problems').toContain('<DevProblems');
    await editFile(content, 'communities/liuan.md', /households: \d+/, 'households: 约1234');
    const message = 'communities/liuan.md:6:1: households：应为不小于 0 的整数，现为 “约1234”';
    const html = await waitForPage('/communities/liuan/', (page) => page.includes(message));
    expect(html).toContain('dev-problems-errors');
    expect(output).toContain(message);
    expect(await getPage('/communities/hetang/')).toContain(message);
    await editFile(content, 'communities/liuan.md', 'households: 约1234', 'households: 1235');
    await waitForPage('/communities/liuan/', (page) => page.includes('1,235') && !page.includes('dev-problems-errors'));
  });

  test('prints and shows the warnings validate prints, with their hint', async () => {
    await editFile(content, 'communities/liuan.md', 'households: 1235', 'households: 1235\nvolunters: 30');
    const message = 'communities/liuan.md:7:1: warning: 未知字段“volunters”：是否应为“volunteers”？';
    const html = await waitForPage('/communities/hetang/', (page) => page.includes(message));
    expect(html).toContain('dev-problems-warnings');
    // The fixture's draft has its warnings too, in the banner and the terminal alike.
    expect(html).toContain('communities/caogao.md:1: warning: 草稿缺少必填字段');
    expect(output).toContain(message);
    await editFile(content, 'communities/liuan.md', '\nvolunters: 30', '');
  });

  test('serves a page whose photos have Chinese names, spaces and full-width brackets', async () => {
    await cp(path.join(content, 'media', 'hetang.png'), path.join(content, 'media', '外景 照片（一）.PNG'));
    await editFile(content, 'communities/hetang.md', '](../media/hetang.png)', '](../media/外景 照片（一）.PNG)');
    const html = await waitForPage('/communities/hetang/', (page) => /<img[^>]+alt="服务中心外景"[^>]+srcset=/.test(page));
    const src = /<img[^>]+alt="服务中心外景"[^>]*\ssrc="([^"]+)"/.exec(html)?.[1] ?? /<img[^>]+src="([^"]+)"[^>]*alt="服务中心外景"/.exec(html)![1];
    const image = await fetch(origin + src.replaceAll('&amp;', '&'));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toMatch(/^image\//);
  });

  test('follows changes to site.yaml and to a CSV table', async () => {
    await editFile(content, 'site.yaml', 'title: 测试区社区建设报告', 'title: 测试区社区建设报告（修订）');
    await waitForPage('/', (html) => html.includes('<title>测试区社区建设报告（修订）</title>'));
    await editFile(content, 'reports/shijian.md', '满意度稳步提升。', '满意度稳步提升，经费合计{{ sum data/jingfei amount }}万元。');
    await waitForPage('/reports/shijian/', (html) => html.includes('经费合计22.5万元'));
    await editFile(content, 'data/jingfei.csv', '2022,12', '2022,14');
    await waitForPage('/reports/shijian/', (html) => html.includes('经费合计24.5万元'));
  });
});

/** Links each installed package into the copy; its `node_modules/.vite` cache stays its own. */
async function linkPackages(target: string): Promise<void> {
  await mkdir(path.join(target, 'node_modules'));
  const names = (await readdir('node_modules')).filter((name) => !name.startsWith('.'));
  await Promise.all(names.map((name) => symlink(path.resolve('node_modules', name), path.join(target, 'node_modules', name), 'dir')));
}

/** Fetches a page's HTML; '' while the server cannot answer. */
async function getPage(sitePath: string): Promise<string> {
  try {
    return await (await fetch(origin + sitePath, { signal: AbortSignal.timeout(10_000) })).text();
  } catch (error) {
    lastFetchError = String((error as Error).cause ?? error);
    return '';
  }
}

/** Polls a page until its HTML passes a test, and returns that HTML. */
async function waitForPage(sitePath: string, passes: (html: string) => boolean, timeout = SHOWS_WITHIN_MS): Promise<string> {
  const deadline = Date.now() + timeout;
  let html = '';
  while (Date.now() < deadline) {
    html = await getPage(sitePath);
    if (passes(html)) return html;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${sitePath} did not change as expected within ${timeout} ms.\nPage:\n${html.slice(0, 3000)}\nLast fetch error: ${lastFetchError}\nServer output:\n${output.slice(-3000)}`);
}

/**
 * The environment without what vitest adds: its `NODE_ENV=test`, `MODE`, `BASE_URL` and the
 * like would put Astro's own Vite into test mode and serve nothing.
 */
function getServerEnv(): NodeJS.ProcessEnv {
  const vitestKeys = /^(NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR|TEST|VITEST.*|SHEQU_CONTENT)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.test(key)));
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}
