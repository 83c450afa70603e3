import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeFilesTogether, WriteFilesError } from '../../src/tools/write-files.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shequ-write-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeFilesTogether', () => {
  test('writes every file', async () => {
    await writeFile(path.join(dir, 'a.md'), 'old');
    await writeFilesTogether([
      { path: path.join(dir, 'a.md'), text: 'new a' },
      { path: path.join(dir, 'b.md'), text: 'new b' },
    ]);
    expect([await readFile(path.join(dir, 'a.md'), 'utf8'), await readFile(path.join(dir, 'b.md'), 'utf8')]).toEqual(['new a', 'new b']);
    expect((await readdir(dir)).sort()).toEqual(['a.md', 'b.md']);
  });

  test('changes nothing when one file cannot be written, and names it with the cause', async () => {
    await writeFile(path.join(dir, 'a.md'), 'old');
    const missing = path.join(dir, 'no-such-folder', 'b.md');
    const error = await writeFilesTogether([
      { path: path.join(dir, 'a.md'), text: 'new a' },
      { path: missing, text: 'new b' },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteFilesError);
    expect(error).toMatchObject({ file: missing, code: 'ENOENT' });
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['a.md']);
  });
});
