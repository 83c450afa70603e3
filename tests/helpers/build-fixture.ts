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
  }
}

/** Builds the fixture site once, with the real build command, for all tests to read. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shequ-fixture-'));
  const out = path.join(root, 'dist');
  // A stale page from an "earlier build": a successful build must replace the folder whole.
  await mkdir(out);
  await writeFile(path.join(out, 'stale.html'), 'stale');
  await promisify(execFile)(process.execPath, ['scripts/build.ts', '--content', 'tests/fixtures/site', '--out', out], {
    env: { ...process.env, SHEQU_QUIET: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  project.provide('fixtureDist', out);
  return () => rm(root, { recursive: true, force: true });
}
