import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildSite } from './build-fixture.ts';

/** Path of the fixture content folder that tests copy and break. */
export const FIXTURE = path.resolve('tests/fixtures/site');

/** Copies the fixture content into a fresh temporary folder and returns its path. */
export async function copyFixture(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shequ-content-'));
  await cp(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Replaces one piece of text in a file of a content folder (the text must be there). */
export async function editFile(dir: string, file: string, from: string | RegExp, to: string): Promise<void> {
  const target = path.join(dir, file);
  const text = await readFile(target, 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`${file} does not contain ${String(from)}`);
  await writeFile(target, edited);
}

/**
 * Builds a copy of the fixture with extra site.yaml settings for the tests of one `describe`
 * block, and removes it afterwards. Read `dist` inside tests (it is set in `beforeAll`).
 */
export function useFixtureVariant(siteSettings: string): { dist: string } {
  const state = { dist: '', content: '' };
  beforeAll(async () => {
    state.content = await copyFixture();
    await editFile(state.content, 'site.yaml', 'district: 测试区', `district: 测试区\n${siteSettings}`);
    state.dist = path.join(await mkdtemp(path.join(os.tmpdir(), 'shequ-variant-')), 'dist');
    await buildSite(state.content, state.dist);
  }, 120_000);
  afterAll(async () => {
    await rm(state.content, { recursive: true, force: true });
    if (state.dist) await rm(path.dirname(state.dist), { recursive: true, force: true });
  });
  return state;
}
