import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

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
