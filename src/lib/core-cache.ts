import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import type { DataContext } from './charts/sources.ts';
import type { FileCache } from './file-cache.ts';
import { openFileCache } from './file-cache.ts';

// What the core produced from the content in an earlier load, so that a rebuild after one changed
// file does only that file's share: rendered bodies (at 10,000 communities rendering took 2.4 s
// of every rebuild) and the built-in charts' CSVs (1.2 s). A body's HTML depends on more than
// its own text: inline values and chart blocks read the site, every community, the tables and
// the boundary files, as the built-in charts read the site, their community and the medians. So
// a cached value is found by a digest of all of that (and, for a body, its file and text); a
// change to any of it produces every value again.

/** The core folder (this module's), whose code decides what a body renders to. */
const CORE = new URL('.', import.meta.url);

/**
 * Opens a cache of what the core produces from the content folder `root`: `rendered` (bodies,
 * by loadProject) or `charts` (the built-in charts' CSVs, by the build). Any change to the
 * core's code empties it (rendering reaches Markdown, charts, maps, number formats and
 * interface words). Without the core's source files to fingerprint (bundled code), nothing is cached.
 */
export async function openCoreCache(kind: 'rendered' | 'charts', root: string, cacheDir: string | undefined): Promise<FileCache> {
  const code = await listCoreModules();
  const name = `${kind}-${createHash('sha1').update(root).digest('hex').slice(0, 12)}`;
  return openFileCache(name, code, code.length > 0 ? cacheDir : undefined);
}

async function listCoreModules(): Promise<URL[]> {
  try {
    const names = (await readdir(CORE, { recursive: true })).filter((name) => name.endsWith('.ts')).sort();
    // This module among them: the folder is the source tree, not a bundle.
    return names.includes('core-cache.ts') ? names.map((name) => new URL(name, CORE)) : [];
  } catch {
    return [];
  }
}

/** A digest of everything besides a body's own text that its rendering reads. */
export function digestRenderContext(context: DataContext): string {
  const json = JSON.stringify(context, (_key, value: unknown) => (value instanceof Map ? [...value] : value instanceof Set ? [...value] : value));
  return createHash('sha1').update(json).digest('base64');
}

/** The bytes a body is cached under, with its file's path (see FileCache.remember). */
export function getRenderKey(contextDigest: string, entry: { slug: string; bodyLine: number; body: string }, kind: string): Uint8Array {
  return Buffer.from(`${contextDigest}\0${kind}\0${entry.slug}\0${entry.bodyLine}\0${entry.body}`);
}
