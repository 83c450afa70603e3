import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { copyFixture, editFile, FIXTURE } from '../helpers/content.ts';
import { acquireLock, buildSite } from '../helpers/build-fixture.ts';
import { canMakeImmutable, canMountTmpfs, mountTmpfs, setImmutable, unmountTmpfs } from '../helpers/file-system.ts';
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

  test('prints no framework warning for valid content without tables, reports or room lists', async () => {
    const dir = await copyFixture();
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'shequ-quiet-')), 'dist');
    try {
      await rm(path.join(dir, 'data'), { recursive: true });
      await rm(path.join(dir, 'reports'), { recursive: true });
      await editFile(dir, 'communities/hetang.md', /\(\/reports\/[^)]*\)/, '(/communities/liuan/)');
      await editFile(dir, 'communities/hetang.md', /rooms: \[[^\]]*\]/, 'rooms: []');
      const printed = await buildSite(dir, out, { stderr: true });
      expect(printed).toContain('构建完成');
      // Before: `The collection "tables" does not exist or is empty`, `Entry charts → overview-rooms was not found`.
      expect(printed).not.toMatch(/\[WARN\]|does not exist|was not found/);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(path.dirname(out), { recursive: true, force: true });
    }
  }, 120_000);

  test('replaces an earlier output folder whole when the build succeeds', () => {
    const dist = inject('fixtureDist');
    // The global setup left a stale file in the output folder before building.
    expect(existsSync(path.join(dist, 'stale.html'))).toBe(false);
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
  });
});

/** Runs the build command, optionally under a file-size limit in KiB (`ulimit -f`). */
function runBuild(out: string, { fileSizeLimit }: { fileSizeLimit?: number } = {}): { status: number | null; stdout: string; stderr: string } {
  const command = [process.execPath, 'scripts/build.ts', '--content', FIXTURE, '--out', out];
  const result =
    fileSizeLimit === undefined
      ? spawnSync(command[0], command.slice(1), { encoding: 'utf8', env: { ...process.env, SHEQU_QUIET: '1' }, timeout: 120_000 })
      : spawnSync('sh', ['-c', `ulimit -f ${fileSizeLimit} && exec "$@"`, 'sh', ...command], { encoding: 'utf8', env: { ...process.env, SHEQU_QUIET: '1' }, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What a folder holds beside an output folder: leftovers of a build would show here. */
async function listBeside(out: string): Promise<string[]> {
  return (await readdir(path.dirname(out))).filter((name) => name.startsWith(`${path.basename(out)}`)).sort();
}

describe('npm run build --out', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'shequ-guard-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  test('refuses the content folder, a folder holding content/ and .git/, a file, the checkout and the root, before deleting anything (exit 2)', async () => {
    const content = await copyFixture();
    try {
      await mkdir(path.join(root, 'project', '.git'), { recursive: true });
      await writeFile(path.join(root, 'project', '.git', 'HEAD'), 'ref: refs/heads/main');
      await writeFile(path.join(root, 'notes.txt'), '笔记');
      const cases: [string[], RegExp][] = [
        [['--content', content, '--out', content], /^--out .+ 是内容文件夹：不能作为输出文件夹/],
        [['--content', content, '--out', path.dirname(content)], /^--out .+ 是内容文件夹的上级文件夹/],
        [['--content', FIXTURE, '--out', path.join(root, 'project')], /^--out .+ 不是空文件夹，也不是本工具构建的网站/],
        [['--content', FIXTURE, '--out', path.join(root, 'notes.txt')], /^--out .+ 是一个文件，不是文件夹/],
        [['--content', FIXTURE, '--out', '.'], /^--out \. 是项目文件夹：/],
        [['--content', FIXTURE, '--out', '/'], /^--out \/ 是文件系统的根目录/],
      ];
      for (const [args, message] of cases) {
        const { status, stderr } = runScript('scripts/build.ts', args);
        expect(status).toBe(2);
        expect(stderr.trim().split('\n')).toHaveLength(1);
        expect(stderr).toMatch(message);
      }
      expect(readFileSync(path.join(content, 'site.yaml'), 'utf8')).toContain('district: 测试区');
      expect(readFileSync(path.join(root, 'project', '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main');
      expect(readFileSync(path.join(root, 'notes.txt'), 'utf8')).toBe('笔记');
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });

  test('recovers from a build killed while the old site was being deleted: a half-deleted .previous and a stale .building', async () => {
    const out = path.join(root, 'dist');
    await buildSite(FIXTURE, out);
    await mkdir(path.join(`${out}.previous`, 'communities', 'hetang'), { recursive: true });
    await writeFile(path.join(`${out}.previous`, 'communities', 'hetang', 'index.html'), 'half deleted');
    await mkdir(path.join(`${out}.building`, '_astro'), { recursive: true });
    await mkdir(`${out}.building.charts`);
    await writeFile(`${out}.building.summary.json`, '{');
    expect(await buildSite(FIXTURE, out)).toContain('构建完成');
    expect(await listBeside(out)).toEqual(['dist']);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
  }, 120_000);

  test('puts the old site back when a build was killed between the two renames of the swap', async () => {
    const out = path.join(root, 'dist');
    await buildSite(FIXTURE, out);
    const { rename } = await import('node:fs/promises');
    await rename(out, `${out}.previous`);
    await editFile(`${out}.previous`, 'index.html', '</html>', '<!-- old --></html>');
    // A content error stops the build after the recovery: the old site is back, untouched.
    const content = await copyFixture();
    try {
      await editFile(content, 'communities/hetang.md', 'area_m2: 600', 'area_m2: 六百');
      const { status, stderr } = runScript('scripts/build.ts', ['--content', content, '--out', out]);
      expect(status).toBe(1);
      expect(stderr).toContain('上次构建在替换输出文件夹时中断：已恢复原来的 dist/。');
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<!-- old -->');
      expect(await listBeside(out)).toEqual(['dist']);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('npm run build: one build per checkout', () => {
  test('a second build into another folder waits, naming the running build; both finish', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shequ-checkout-'));
    const release = await acquireLock();
    try {
      const first = spawn(process.execPath, ['scripts/build.ts', '--content', FIXTURE, '--out', path.join(root, 'a')], { env: { ...process.env, SHEQU_QUIET: '1' } });
      const firstDone = new Promise((resolve) => first.on('exit', resolve));
      await expect.poll(() => readLock()?.pid, { timeout: 30_000, interval: 50 }).toBe(first.pid);
      const second = spawn(process.execPath, ['scripts/build.ts', '--content', FIXTURE, '--out', path.join(root, 'b')], { env: { ...process.env, SHEQU_QUIET: '1' } });
      let stderr = '';
      second.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const secondDone = new Promise((resolve) => second.on('exit', resolve));
      expect(await firstDone).toBe(0);
      expect(await secondDone).toBe(0);
      expect(stderr).toContain(`另一个构建正在使用本项目的缓存（进程 ${first.pid}，输出到 ${path.relative(process.cwd(), path.join(root, 'a'))}/）：等它结束后再开始……`);
      expect(existsSync(path.join(root, 'a', 'index.html')) && existsSync(path.join(root, 'b', 'index.html'))).toBe(true);
    } finally {
      await release();
      await rm(root, { recursive: true, force: true });
    }
  }, 120_000);

  test.each([
    ['SIGKILL', 'the next build cleans up'],
    ['SIGTERM', 'the build cleans up itself'],
  ] as const)(
    '%s of the build takes its Astro child with it (%s), and the next build succeeds',
    async (signal, _cleanup) => {
      const root = await mkdtemp(path.join(os.tmpdir(), 'shequ-kill-'));
      const out = path.join(root, 'dist');
      const release = await acquireLock();
      try {
        const parent = spawn(process.execPath, ['scripts/build.ts', '--content', FIXTURE, '--out', out], { env: { ...process.env, SHEQU_QUIET: '1' }, stdio: 'ignore' });
        const exited = new Promise((resolve) => parent.on('exit', resolve));
        await expect.poll(() => readLock()?.child, { timeout: 30_000, interval: 50 }).toBeGreaterThan(0);
        const child = readLock()!.child!;
        parent.kill(signal);
        await exited;
        await expect.poll(() => isAlive(child), { timeout: 30_000, interval: 100 }).toBe(false);
        // `kill -9` cannot be caught: its leftovers wait for the next build.
        if (signal === 'SIGTERM') expect(await listBeside(out)).toEqual([]);
      } finally {
        await release();
      }
      try {
        expect(await buildSite(FIXTURE, out)).toContain('构建完成');
        expect(await listBeside(out)).toEqual(['dist']);
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    },
    120_000,
  );
});

function readLock(): { pid: number; child?: number } | undefined {
  try {
    return JSON.parse(readFileSync('node_modules/.cache/shequ-build.lock', 'utf8')) as { pid: number; child?: number };
  } catch {
    return undefined;
  }
}

/** Alive and not a zombie (a killed build's child is handed to a first process that may reap nobody). */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

const mountable = canMountTmpfs();

describe.runIf(mountable)('npm run build on other file systems', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'shequ-fs-'));
  });
  afterEach(async () => {
    for (const name of await readdir(root)) unmountTmpfs(path.join(root, name));
    await rm(root, { recursive: true, force: true });
  });

  test('builds and rebuilds into an output on another file system (a mounted web root)', async () => {
    mountTmpfs(path.join(root, 'www'), '50m');
    const out = path.join(root, 'www', 'site');
    for (let i = 0; i < 2; i++) expect(await buildSite(FIXTURE, out)).toContain('构建完成');
    expect(existsSync(path.join(out, 'index.html')) && existsSync(path.join(out, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(await listBeside(out)).toEqual(['site']);
    expect(existsSync(path.join('node_modules', '.cache', 'shequ-build')) ? await readdir(path.join('node_modules', '.cache', 'shequ-build')) : []).toEqual([]);
  }, 120_000);

  test.each([
    ['a full disk', '300k', false, /^构建失败：无法写入 .+\/：磁盘已满（ENOSPC）。.+\/ 保持不变。$/],
    ['a read-only file system', '1m', true, /^构建失败：无法写入 .+\/：文件系统是只读的（EROFS）。.+\/ 保持不变。$/],
  ])(
    'says in one line when the output is on %s, and leaves nothing behind',
    async (_, size, readOnly, message) => {
      mountTmpfs(path.join(root, 'www'), size, { readOnly });
      const out = path.join(root, 'www', 'site');
      const release = await acquireLock();
      try {
        const { status, stderr } = runBuild(out);
        expect(status).toBe(1);
        expect(stderr.trim().split('\n').at(-1)).toMatch(message);
        expect(stderr).not.toMatch(/\n\s+at /);
        expect(await readdir(path.join(root, 'www'))).toEqual([]);
      } finally {
        await release();
      }
    },
    120_000,
  );
});

describe('npm run build: write failures', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'shequ-write-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  test('says in one line when a file-size limit (ulimit -f) stops a write, and leaves nothing behind', async () => {
    const out = path.join(root, 'dist');
    const release = await acquireLock();
    try {
      const { status, stderr } = runBuild(out, { fileSizeLimit: 40 });
      expect(status).toBe(1);
      expect(stderr.trim().split('\n').at(-1)).toMatch(/^构建失败：无法写入 .+\/：文件大小超过了系统限制（(EFBIG|SIGXFSZ)）。.+\/ 保持不变。$/);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(await readdir(root)).toEqual([]);
    } finally {
      await release();
    }
  }, 120_000);

  test.runIf(canMakeImmutable())(
    'says in one line that an immutable output folder cannot be replaced, leaving it and nothing else',
    async () => {
      const out = path.join(root, 'dist');
      await buildSite(FIXTURE, out);
      setImmutable(out, true);
      const release = await acquireLock();
      try {
        const { status, stderr } = runBuild(out);
        expect(status).toBe(1);
        expect(stderr.trim().split('\n').at(-1)).toBe(`构建失败：无法写入 ${out}/：不允许修改，文件夹可能被设为只读或不可更改（EPERM）。${out}/ 保持不变。`);
        expect(stderr).not.toMatch(/\n\s+at /);
        expect(await listBeside(out)).toEqual(['dist']);
      } finally {
        setImmutable(out, false);
        await release();
      }
    },
    120_000,
  );
});
