import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { HTMLElement } from 'node-html-parser';
import { inject } from 'vitest';

/** The built fixture site (see build-fixture.ts). */
export function getDist(): string {
  return inject('fixtureDist');
}

/** Reads and parses one built page by its site path (`/communities/hetang/`). */
export async function readPage(sitePath: string): Promise<HTMLElement> {
  const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return parse(await readFile(path.join(getDist(), file), 'utf8'));
}

/** Lists every HTML file of the built site, relative to it. */
export async function listPages(): Promise<string[]> {
  const entries = await readdir(getDist(), { recursive: true });
  return entries.filter((e) => e.endsWith('.html')).sort();
}

/** The visible text of an element with runs of white space collapsed. */
export function textOf(element: HTMLElement | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
