import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MIN_GZIP_BYTES, precompressSite } from '../../src/tools/precompress.ts';

let root: string;
const site = (name: string) => path.join(root, name);
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shequ-precompress-'));
  for (const name of ['a', 'b']) {
    await mkdir(path.join(site(name), 'pagefind'), { recursive: true });
    await writeFile(path.join(site(name), 'index.html'), '<!doctype html><title>首页</title>'.repeat(50));
    await writeFile(path.join(site(name), 'data.csv'), `\uFEFF年份,金额\n${'2022,11\n'.repeat(150)}2023,12\n`);
    await writeFile(path.join(site(name), 'small.csv'), '\uFEFF年份,金额\n2023,12\n');
    await writeFile(path.join(site(name), 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    await writeFile(path.join(site(name), 'pagefind', 'zh.pf_meta'), Buffer.from([0x1f, 0x8b, 0x08, 0x00]));
  }
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('precompressSite', () => {
  test('writes a .gz beside each text file of 1 KB or more only, which unpacks to the file', async () => {
    expect(await precompressSite(site('a'))).toEqual({ written: 2, reused: 0, small: 1 });
    expect((await readdir(site('a'), { recursive: true })).filter((name) => name.endsWith('.gz')).sort()).toEqual(['data.csv.gz', 'index.html.gz']);
    expect(gunzipSync(await readFile(path.join(site('a'), 'index.html.gz')))).toEqual(await readFile(path.join(site('a'), 'index.html')));
    expect(gunzipSync(await readFile(path.join(site('a'), 'data.csv.gz')))).toEqual(await readFile(path.join(site('a'), 'data.csv')));
  });

  test('leaves no .gz beside a file under 1 KB, not even one left from before', async () => {
    await writeFile(path.join(site('a'), 'small.csv.gz'), 'stale');
    await writeFile(path.join(site('a'), 'edge.txt'), 'x'.repeat(MIN_GZIP_BYTES - 1));
    await writeFile(path.join(site('a'), 'limit.txt'), 'x'.repeat(MIN_GZIP_BYTES));
    expect(await precompressSite(site('a'))).toEqual({ written: 3, reused: 0, small: 2 });
    const names = await readdir(site('a'));
    expect(names).not.toContain('small.csv.gz');
    expect(names).not.toContain('edge.txt.gz');
    expect(names).toContain('limit.txt.gz');
  });

  test('gives the same bytes every time: no file name and a zero time in the gzip header', async () => {
    await precompressSite(site('a'));
    await precompressSite(site('b'));
    const [first, second] = await Promise.all(['a', 'b'].map((name) => readFile(path.join(site(name), 'index.html.gz'))));
    expect(second).toEqual(first);
    expect(first.readUInt32LE(4)).toBe(0);
    expect(first[3] & 0x08).toBe(0);
  });

  test('links the .gz of an unchanged file from the site it replaces, and compresses a changed one', async () => {
    await precompressSite(site('a'));
    await writeFile(path.join(site('b'), 'data.csv'), `\uFEFF年份,金额\n${'2022,11\n'.repeat(150)}2023,13\n`);
    expect(await precompressSite(site('b'), { reuseFrom: site('a') })).toEqual({ written: 1, reused: 1, small: 1 });
    const inode = async (name: string, file: string) => (await stat(path.join(site(name), file))).ino;
    expect(await inode('b', 'index.html.gz')).toBe(await inode('a', 'index.html.gz'));
    expect(gunzipSync(await readFile(path.join(site('b'), 'data.csv.gz'))).toString()).toContain('2023,13');
  });
});
