import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { openFileCache } from '../../src/lib/file-cache.ts';

describe('openFileCache', () => {
  let dir: string;
  let code: URL;
  let cacheDir: string | undefined;
  const bytes = (text: string) => new TextEncoder().encode(text);

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'shequ-cache-'));
    cacheDir = path.join(dir, 'cache');
    code = pathToFileURL(path.join(dir, 'parser.ts'));
    await writeFile(code, 'export const version = 1;');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Opens the cache, asks for each file once, saves; returns the values and how many were computed. */
  async function runOnce(files: [string, string][], compute = (file: string, text: string) => ({ file, parsed: text.toUpperCase(), lines: new Map([['a', { line: 2 }]]) })) {
    const cache = await openFileCache('test', [code], cacheDir);
    const values = files.map(([file, text]) => cache.remember(file, bytes(text), () => compute(file, text)));
    await cache.save();
    return { values, computed: cache.computed };
  }

  test('a second run finds every unchanged file, with values equal to the first run’s', async () => {
    const files: [string, string][] = [
      ['a.md', 'alpha'],
      ['b.md', 'beta'],
    ];
    const first = await runOnce(files);
    const compute = vi.fn(() => ({ file: '', parsed: 'wrong', lines: new Map() }));
    const second = await runOnce(files, compute);
    expect(first.computed).toBe(2);
    expect(second.computed).toBe(0);
    expect(compute).not.toHaveBeenCalled();
    expect(second.values).toEqual(first.values);
  });

  test('changed bytes, or the same bytes at another path, are computed again', async () => {
    await runOnce([
      ['a.md', 'alpha'],
      ['b.md', 'beta'],
    ]);
    const { values, computed } = await runOnce([
      ['a.md', 'alpha!'],
      ['c.md', 'beta'],
    ]);
    expect(computed).toBe(2);
    expect(values.map((v) => v.file)).toEqual(['a.md', 'c.md']);
  });

  test('a change to the code the values depend on empties the cache', async () => {
    await runOnce([['a.md', 'alpha']]);
    await writeFile(code, 'export const version = 2;');
    expect((await runOnce([['a.md', 'alpha']])).computed).toBe(1);
  });

  test('keeps only what the last run used', async () => {
    await runOnce([
      ['a.md', 'alpha'],
      ['b.md', 'beta'],
    ]);
    await runOnce([['a.md', 'alpha']]);
    expect((await runOnce([['b.md', 'beta']])).computed).toBe(1);
  });

  test('no cache folder (SHEQU_CACHE=off), unreadable code or a damaged cache file mean computing everything, never an error', async () => {
    await runOnce([['a.md', 'alpha']]);
    cacheDir = undefined;
    expect((await runOnce([['a.md', 'alpha']])).computed).toBe(1);
    cacheDir = path.join(dir, 'cache');
    const missing = pathToFileURL(path.join(dir, 'bundled-away.ts'));
    const cache = await openFileCache('test', [missing], cacheDir);
    cache.remember('a.md', bytes('alpha'), () => 1);
    expect(cache.computed).toBe(1);
    await writeFile(path.join(dir, 'cache', 'test.bin'), 'not a cache');
    expect((await runOnce([['a.md', 'alpha']])).computed).toBe(1);
  });
});
