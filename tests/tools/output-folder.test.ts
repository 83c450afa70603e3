import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { canMakeImmutable, setImmutable } from '../helpers/file-system.ts';
import { checkOutputFolder, OUTPUT_MARKER, recoverOutput, removeStaging, swapInOutput } from '../../src/tools/output-folder.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shequ-out-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** Writes files (path → text) under the test's folder. */
async function writeFiles(files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
}

describe('checkOutputFolder', () => {
  // A checkout holding its content folder, as the repository does; home is the test's folder.
  const check = (out: string) => checkOutputFolder(out, { content: path.join(root, 'repo', 'content'), checkout: path.join(root, 'repo'), home: root }, path.join(root, 'repo'));

  beforeEach(() =>
    writeFiles({
      'repo/content/site.yaml': 'district: 测试区',
      'repo/.git/HEAD': 'ref: main',
      'repo/package.json': '{}',
      'repo/dist/index.html': 'site',
      'repo/dist/.shequ-build': '',
      'repo/old/index.html': 'site',
      'repo/old/pagefind/pagefind-entry.json': '{}',
      'repo/notes/.keep': '',
      'www/other/index.html': 'someone else’s page',
    }),
  );

  test.each([
    ['dist', undefined],
    ['dist-new', undefined],
    ['../www/new/site', undefined],
    ['old', undefined],
  ])('accepts --out %s (new, empty, or built by us, with or without the marker)', (out, expected) => {
    expect(check(out)).toBe(expected);
  });

  test.each([
    ['/', '--out / 是文件系统的根目录：不能作为输出文件夹（构建会替换其中的一切）。'],
    ['..', '--out .. 是主文件夹：不能作为输出文件夹（构建会替换其中的一切）。'],
    ['.', '--out . 是项目文件夹：不能作为输出文件夹（构建会删除项目）。'],
    ['./', '--out ./ 是项目文件夹：不能作为输出文件夹（构建会删除项目）。'],
    ['content', '--out content 是内容文件夹：不能作为输出文件夹（构建会用网站替换其中的内容）。'],
    ['content/media', '--out content/media 在内容文件夹之内：请输出到内容文件夹之外（如 dist/）。'],
    ['package.json', '--out package.json 是一个文件，不是文件夹：请换一个输出文件夹。'],
    ['../www', '--out ../www 不是空文件夹，也不是本工具构建的网站（没有 .shequ-build 标记文件）：为免删除其中的文件，请换一个输出文件夹或先清空它。'],
    ['notes', '--out notes 不是空文件夹，也不是本工具构建的网站（没有 .shequ-build 标记文件）：为免删除其中的文件，请换一个输出文件夹或先清空它。'],
  ])('refuses --out %s in one line', (out, expected) => {
    expect(check(out)).toBe(expected);
  });

  test('refuses a parent of the checkout, and sees through a symlink to the content folder', async () => {
    await symlink(path.join(root, 'repo', 'content'), path.join(root, 'repo', 'alias'));
    expect(check('alias')).toMatch(/^--out alias 是内容文件夹：/);
    const nested = checkOutputFolder(root, { content: path.join(root, 'repo', 'content'), checkout: path.join(root, 'repo'), home: '/nonexistent' }, '/');
    expect(nested).toBe(`--out ${root} 是项目文件夹的上级文件夹：不能作为输出文件夹（构建会删除项目）。`);
  });
});

describe('recoverOutput', () => {
  test('removes a half-deleted .previous and a stale .building (with its charts, summary and index folders)', async () => {
    await writeFiles({
      'dist/index.html': 'new site',
      'dist.previous/communities/a/index.html': 'half-deleted old site',
      'dist.building/index.html': 'half-built',
      'dist.building.charts/charts/a.csv': 'x',
      'dist.building.summary.json': '{}',
      'dist.building.index-pagefind/index.html': 'x',
    });
    expect(await recoverOutput(path.join(root, 'dist'))).toBeUndefined();
    expect(await readdir(root)).toEqual(['dist']);
    expect(await readFile(path.join(root, 'dist', 'index.html'), 'utf8')).toBe('new site');
  });

  test('puts a whole .previous back when the output itself is missing (killed between the renames of the swap)', async () => {
    await writeFiles({ 'dist.previous/index.html': 'old site', 'dist.building/index.html': 'new site, perhaps unfinished' });
    expect(await recoverOutput(path.join(root, 'dist'))).toBe('上次构建在替换输出文件夹时中断：已恢复原来的 dist/。');
    expect(await readdir(root)).toEqual(['dist']);
    expect(await readFile(path.join(root, 'dist', 'index.html'), 'utf8')).toBe('old site');
  });
});

describe('swapInOutput', () => {
  test('replaces the output whole, marks it as ours and leaves nothing beside it', async () => {
    await writeFiles({ 'dist/stale.html': 'old', 'dist.building/index.html': 'new' });
    await swapInOutput(path.join(root, 'dist.building'), path.join(root, 'dist'));
    expect(await readdir(root)).toEqual(['dist']);
    expect((await readdir(path.join(root, 'dist'))).sort()).toEqual([OUTPUT_MARKER, 'index.html']);
  });

  test('reports a failed rename instead of swallowing it, and keeps the old output', async () => {
    // A folder in the way of the first rename: before, the error was swallowed and the second
    // rename failed with ENOTEMPTY.
    await writeFiles({ 'dist/index.html': 'old', 'dist.previous/x.html': 'in the way', 'dist.building/index.html': 'new' });
    await expect(swapInOutput(path.join(root, 'dist.building'), path.join(root, 'dist'))).rejects.toMatchObject({ code: expect.stringMatching(/ENOTEMPTY|EEXIST/), syscall: 'rename' });
    expect(await readFile(path.join(root, 'dist', 'index.html'), 'utf8')).toBe('old');
  });
});

describe('swapInOutput when the old site cannot be deleted', () => {
  test.runIf(canMakeImmutable())('publishes the new site and returns the error instead of throwing it', async () => {
    await writeFiles({ 'dist/index.html': 'old', 'dist/locked/a.html': 'x', 'dist.building/index.html': 'new' });
    setImmutable(path.join(root, 'dist', 'locked'), true);
    try {
      const leftover = await swapInOutput(path.join(root, 'dist.building'), path.join(root, 'dist'));
      // Node's rm reports EPERM or, trying the file as a folder next, ENOTDIR.
      expect(leftover).toMatchObject({ code: expect.stringMatching(/EPERM|ENOTDIR/) });
      expect(await readFile(path.join(root, 'dist', 'index.html'), 'utf8')).toBe('new');
    } finally {
      setImmutable(path.join(root, 'dist.previous', 'locked'), false);
    }
  });
});

describe('removeStaging', () => {
  test('removes the staging folder and its companions, nothing else', async () => {
    await writeFiles({ 'dist/index.html': 'x', 'dist.building/a': 'x', 'dist.building.charts/b': 'x', 'dist.building.index-pagefind-shard-1/c': 'x', 'dist.buildings/d': 'x' });
    await removeStaging(path.join(root, 'dist.building'));
    expect((await readdir(root)).sort()).toEqual(['dist', 'dist.buildings']);
    expect(existsSync(path.join(root, 'dist', 'index.html'))).toBe(true);
  });
});
