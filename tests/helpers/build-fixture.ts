import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, open, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { OUTPUT_MARKER } from '../../src/tools/output-folder.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the built fixture site (tests/fixtures/site). */
    fixtureDist: string;
    /** Folder holding the built sample district (content/). */
    sampleDist: string;
  }
}

const run = promisify(execFile);

const LOCK = path.join(os.tmpdir(), 'shequ-test-build.lock');

/**
 * Builds a content folder with the real build command. Builds in one checkout share Astro's
 * caches (`.astro/`, `node_modules/.astro/`), so test files running in parallel take turns.
 * With `log`, Astro's log (a line per page) is returned; with `stderr`, its warnings too.
 */
export async function buildSite(content: string, out: string, { log = false, env = {}, stderr = false }: { log?: boolean; env?: Record<string, string>; stderr?: boolean } = {}): Promise<string> {
  const release = await acquireLock();
  try {
    const result = await run(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
      env: { ...process.env, ...(log ? {} : { SHEQU_QUIET: '1' }), ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return stderr ? result.stdout + result.stderr : result.stdout;
  } finally {
    await release();
  }
}

/**
 * Takes the tests' turn to build (a lock file created exclusively; a stale one, its owner gone
 * for minutes, is taken over); tests that run the build command themselves take it too.
 */
export async function acquireLock(): Promise<() => Promise<void>> {
  for (;;) {
    try {
      const handle = await open(LOCK, 'wx');
      await handle.close();
      return () => rm(LOCK, { force: true });
    } catch {
      const age = Date.now() - ((await stat(LOCK).catch(() => undefined))?.mtimeMs ?? Date.now());
      if (age > 5 * 60_000) await rm(LOCK, { force: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/**
 * Builds the two sites every test reads, once: the small fixture (exact assertions) and the
 * sample district (browser checks, accessibility, HTML validity, budgets).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shequ-sites-'));
  // Tests read many throwaway content folders: their parse caches go with this run, not into
  // the checkout's node_modules/.cache. Test workers and the builds they start inherit it.
  process.env.SHEQU_CACHE_DIR = path.join(root, 'cache');
  const fixtureDist = path.join(root, 'fixture');
  // A stale page from an "earlier build" (it has the marker of our builds): a successful build
  // must replace the folder whole.
  await mkdir(fixtureDist);
  await writeFile(path.join(fixtureDist, 'stale.html'), 'stale');
  await writeFile(path.join(fixtureDist, OUTPUT_MARKER), '');
  await buildSite('tests/fixtures/site', fixtureDist);
  const sampleDist = path.join(root, 'sample');
  await buildSite('content', sampleDist);
  project.provide('fixtureDist', fixtureDist);
  project.provide('sampleDist', sampleDist);
  return () => rm(root, { recursive: true, force: true });
}
