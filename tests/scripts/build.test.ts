import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { copyFixture, editFile } from '../helpers/content.ts';
import { buildSite } from '../helpers/build-fixture.ts';
import { runScript } from '../helpers/run.ts';
import { OUTPUT_MARKER } from '../../src/tools/output-folder.ts';

describe('npm run build', () => {
  test('stops on a content error before writing anything, leaving the earlier output as it was', async () => {
    const dir = await copyFixture();
    const out = path.join(os.tmpdir(), `shequ-out-${process.pid}`);
    try {
      await mkdir(out, { recursive: true });
      await writeFile(path.join(out, 'index.html'), 'earlier build');
      await writeFile(path.join(out, OUTPUT_MARKER), '');
      await editFile(dir, 'communities/hetang.md', 'area_m2: 600', 'area_m2: 六百');
      const { status, stdout, stderr } = runScript('scripts/build.ts', ['--content', dir, '--out', out]);
      expect(status).toBe(1);
      expect(stdout).toContain(`${path.relative(process.cwd(), path.join(dir, 'communities/hetang.md'))}:11:3: facility.area_m2：`);
      expect(stderr).toContain('构建已停止');
      expect(stderr + stdout).not.toMatch(/\n\s+at /);
      expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('earlier build');
      expect((await readdir(path.dirname(out))).filter((n) => n.startsWith(`${path.basename(out)}.`))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(out, { recursive: true, force: true });
    }
  });

  test('refuses to build into a folder another running build is writing, and takes over a lock its owner left', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shequ-lock-'));
    const out = path.join(root, 'dist');
    try {
      // This test's own process is alive: its id in the lock means a build is running.
      await writeFile(`${out}.lock`, String(process.pid));
      const refused = runScript('scripts/build.ts', ['--content', 'tests/fixtures/site', '--out', out]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(`另一个构建（进程 ${process.pid}）正在写入`);
      expect(existsSync(out)).toBe(false);
      // A process id that no process has: the lock of a build that was killed.
      await writeFile(`${out}.lock`, '2147483646');
      const taken = await buildSite('tests/fixtures/site', out);
      expect(taken).toContain('构建完成');
      expect(existsSync(path.join(out, 'index.html'))).toBe(true);
      expect(existsSync(`${out}.lock`)).toBe(false);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 120_000);

  test('replaces an earlier output folder whole when the build succeeds', () => {
    const dist = inject('fixtureDist');
    // The global setup left a stale file in the output folder before building.
    expect(existsSync(path.join(dist, 'stale.html'))).toBe(false);
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
  });
});
