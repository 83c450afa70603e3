import { mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { getBodiesFolder, getBodyKey, openBodyFolder, readBodyFile } from '../../src/lib/bodies.ts';

let folder: string;
beforeEach(async () => {
  folder = path.join(await mkdtemp(path.join(tmpdir(), 'shequ-bodies-')), 'bodies');
});
afterEach(async () => {
  await rm(path.dirname(folder), { recursive: true, force: true });
});

const html = `<h2 id="基本情况">基本情况</h2>\n<p>${'社区党群服务中心改造后，日间照料和四点半课堂同时开放。'.repeat(40)}</p>`;

describe('getBodiesFolder', () => {
  test('is a folder of its own inside the cache folder', () => {
    expect(getBodiesFolder('/x/node_modules/.cache/shequ')).toBe('/x/node_modules/.cache/shequ/bodies');
  });
});

describe('getBodyKey', () => {
  test.each([
    ['the same HTML', html, html, true],
    ['one character changed', html, html.replace('改造后', '改造前'), false],
  ])('%s: the same key is %s', (_, a, b, same) => {
    expect(getBodyKey(a) === getBodyKey(b)).toBe(same);
    expect(getBodyKey(a)).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('openBodyFolder', () => {
  test('gives back exactly the HTML through its key, creating the folder', async () => {
    const key = await (await openBodyFolder(folder)).write(html);
    expect(key).toBe(getBodyKey(html));
    expect(await readBodyFile(folder, key)).toBe(html);
  });

  test('writes a body once: a second load with the same HTML leaves the file as it is, and no partial files', async () => {
    const key = await (await openBodyFolder(folder)).write(html);
    const first = await stat(path.join(folder, `${key}.html`));
    const second = await openBodyFolder(folder);
    await second.write(html);
    expect((await stat(path.join(folder, `${key}.html`))).mtimeMs).toBe(first.mtimeMs);
    await second.write('<p>报告</p>');
    expect((await readdir(folder)).sort()).toEqual([`${getBodyKey('<p>报告</p>')}.html`, `${key}.html`].sort());
  });

  test('equal bodies written at the same time share one file, each write done when it resolves', async () => {
    const bodies = await openBodyFolder(folder);
    const keys = await Promise.all([bodies.write(html), bodies.write(html), bodies.write('<p>报告</p>')]);
    expect(keys).toEqual([getBodyKey(html), getBodyKey(html), getBodyKey('<p>报告</p>')]);
    expect(await readBodyFile(folder, keys[1])).toBe(html);
    expect((await readdir(folder)).sort()).toEqual([...new Set(keys)].map((key) => `${key}.html`).sort());
  });
});

describe('BodyFolder.prune', () => {
  test('deletes only the old bodies and partial files this load did not use', async () => {
    const first = await openBodyFolder(folder);
    const [dropped, reused, fresh] = await Promise.all(['<p>旧的</p>', '<p>再用</p>', '<p>新近</p>'].map((h) => first.write(h)));
    await writeFile(path.join(folder, 'x.html.1234.partial'), '<p>半');
    const week = 8 * 24 * 60 * 60;
    const old = new Date(Date.now() - week * 1000);
    for (const name of [`${dropped}.html`, `${reused}.html`, 'x.html.1234.partial']) await utimes(path.join(folder, name), old, old);

    const second = await openBodyFolder(folder);
    await second.write('<p>再用</p>');
    expect(await second.prune(7 * 24 * 60 * 60 * 1000)).toBe(2);
    // The old body used again stays, and so does the unused one younger than the limit.
    expect((await readdir(folder)).sort()).toEqual([`${reused}.html`, `${fresh}.html`].sort());
    expect(await readBodyFile(folder, reused)).toBe('<p>再用</p>');
  });
});

describe('readBodyFile', () => {
  test('says in Chinese what to do when the file has gone', async () => {
    await expect(readBodyFile(folder, 'abc')).rejects.toThrow(`找不到正文文件 ${path.join(folder, 'abc.html')}：缓存文件夹被清理过？请重新运行 npm run build（或重启 npm run dev）。`);
  });
});
