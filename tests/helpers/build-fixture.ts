import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the built fixture site (tests/fixtures/site). */
    fixtureDist: string;
    /** Folder holding the built sample district (content/). */
    sampleDist: string;
  }
}

const run = promisify(execFile);

/** Builds a content folder with the real build command. */
export async function buildSite(content: string, out: string): Promise<void> {
  await run(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
    env: { ...process.env, SHEQU_QUIET: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
}

/**
 * Builds the two sites every test reads, once: the small fixture (exact assertions) and the
 * sample district (browser checks, accessibility, HTML validity, budgets).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shequ-sites-'));
  const fixtureDist = path.join(root, 'fixture');
  // A stale page from an "earlier build": a successful build must replace the folder whole.
  await mkdir(fixtureDist);
  await writeFile(path.join(fixtureDist, 'stale.html'), 'stale');
  await buildSite('tests/fixtures/site', fixtureDist);
  const sampleDist = path.join(root, 'sample');
  await buildSite('content', sampleDist);
  project.provide('fixtureDist', fixtureDist);
  project.provide('sampleDist', sampleDist);
  return () => rm(root, { recursive: true, force: true });
}
