import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { buildSite } from '../helpers/build-fixture.ts';

/** Every file of a folder with the hash of its bytes. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const entries = await Promise.all(
    files.map(async (e) => {
      const file = path.join(e.parentPath, e.name);
      return [
        path.relative(dir, file),
        createHash('sha256')
          .update(await readFile(file))
          .digest('hex'),
      ] as const;
    }),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

describe('reproducible builds', () => {
  test('building the same content again gives a byte-identical site', async () => {
    const again = await mkdtemp(path.join(os.tmpdir(), 'shequ-again-'));
    try {
      await buildSite('tests/fixtures/site', path.join(again, 'dist'));
      const first = await fingerprint(inject('fixtureDist'));
      const second = await fingerprint(path.join(again, 'dist'));
      expect(Object.keys(second).length).toBeGreaterThan(10);
      expect(second).toEqual(first);
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  }, 120_000);
});
