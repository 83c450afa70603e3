import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchPage } from './pages.ts';

/**
 * Pages per Pagefind index. Pagefind holds everything it indexes in memory until it writes,
 * about 0.36 MB a page even for the small documents built from the model, and it runs beside
 * Astro's render: a large site is indexed in shards of at most this many pages, one after the
 * other, each index deleted from Pagefind's memory once written. The browser merges the shards
 * (`mergeIndex`), loading Pagefind's WebAssembly once.
 */
export const PAGES_PER_SHARD = 2500;

/** The file beside the main bundle that lists the other shards (src/scripts/search.ts reads it). */
const SHARD_LIST_FILE = 'shards.json';

// Written into each shard's folder: what it was built from, so an unchanged shard is reused.
const SHARD_STAMP = 'shequ-shard.json';

/** What indexing did, for the build's summary and the bench. */
export interface IndexSummary {
  pages: number;
  shards: number;
  /** Shards taken unchanged from the previous output instead of indexed again. */
  reused: number;
}

/** How to index: the previous bundle to reuse shards from, and the shard size. */
export interface IndexOptions {
  /** The `pagefind/` folder of the site this build replaces. */
  reuseFrom?: string;
  pagesPerShard?: number;
}

/**
 * Reads a shard size as `SHEQU_PAGES_PER_SHARD` gives it (a machine with less memory; tests
 * of sharding): a positive whole number, or the default.
 */
export function readPagesPerShard(text: string | undefined): number {
  const set = Number(text);
  return Number.isInteger(set) && set > 0 ? set : PAGES_PER_SHARD;
}

/**
 * Indexes pages for search with Pagefind's Node API, writing its bundle to `outputDir` (and,
 * for a large site, further shards to `<outputDir>/shard-<n>/`, listed in `shards.json`).
 * Pagefind runs as a process of its own (its service), so this can run while Astro renders,
 * on the other core. Pagefind reads `lang="zh-CN"` and segments Chinese at index time, so
 * unspaced queries find words.
 *
 * With `reuseFrom`, a shard whose documents are those it was built from last time is
 * hard-linked from there instead of indexed again: a rebuild after editing one community
 * re-indexes one shard.
 */
export async function indexPages(pages: readonly SearchPage[], outputDir: string, { reuseFrom, pagesPerShard = PAGES_PER_SHARD }: IndexOptions = {}): Promise<IndexSummary> {
  const shards = splitIntoShards(pages, pagesPerShard);
  let reused = 0;
  await rm(outputDir, { recursive: true, force: true });
  try {
    // The main bundle first: writing it must not touch the shard folders inside it.
    for (const [n, members] of shards.entries()) {
      const folder = n === 0 ? '' : `shard-${n}`;
      const stamp = fingerprintShard(members, shards.length);
      if (reuseFrom && (await reuseShard(path.join(reuseFrom, folder), path.join(outputDir, folder), stamp, n === 0))) {
        reused++;
        continue;
      }
      await writeShard(members, path.join(outputDir, folder));
      await writeFile(path.join(outputDir, folder, SHARD_STAMP), JSON.stringify({ stamp, pages: members.length }));
    }
  } finally {
    // Pagefind's service would otherwise keep this process alive.
    await pagefind.close();
  }
  const others = shards.slice(1).map((_, i) => `shard-${i + 1}/`);
  await writeFile(path.join(outputDir, SHARD_LIST_FILE), JSON.stringify({ shards: others }));
  return { pages: pages.length, shards: shards.length, reused };
}

/** Splits pages into shards by a hash of their file, so a page stays in its shard from build to build. */
function splitIntoShards(pages: readonly SearchPage[], pagesPerShard: number): SearchPage[][] {
  const count = Math.max(1, Math.ceil(pages.length / pagesPerShard));
  const shards: SearchPage[][] = Array.from({ length: count }, () => []);
  for (const page of pages) shards[parseInt(createHash('sha1').update(page.file).digest('hex').slice(0, 8), 16) % count].push(page);
  return shards;
}

function fingerprintShard(members: readonly SearchPage[], shardCount: number): string {
  const hash = createHash('sha1').update(`${getPagefindVersion()}\0${shardCount}\0`);
  for (const page of members) hash.update(`${page.file}\0${page.html}\0`);
  return hash.digest('hex');
}

let pagefindVersion: string | undefined;

/** Pagefind's version: a new Pagefind indexes every shard again. */
function getPagefindVersion(): string {
  if (pagefindVersion === undefined) {
    try {
      // pagefind/lib/index.js → pagefind/package.json (the package exports no package.json).
      const manifest = new URL('../package.json', import.meta.resolve('pagefind'));
      pagefindVersion = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    } catch {
      pagefindVersion = 'unknown';
    }
  }
  return pagefindVersion;
}

/** Indexes one shard in Pagefind's service and writes it; the index leaves Pagefind's memory after. */
async function writeShard(members: readonly SearchPage[], folder: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`Pagefind: ${errors.join('\n')}`);
  try {
    const failed: string[] = [];
    // A batch at a time: Pagefind parses them as they come, and the messages stay few in flight.
    for (let i = 0; i < members.length; i += 64) {
      const added = await Promise.all(members.slice(i, i + 64).map((page) => index.addHTMLFile({ url: toUrl(page.file), content: page.html })));
      failed.push(...added.flatMap((result) => result.errors));
    }
    const written = await index.writeFiles({ outputPath: folder });
    failed.push(...written.errors);
    if (failed.length > 0) throw new Error(`Pagefind: ${failed.join('\n')}`);
  } finally {
    await index.deleteIndex();
  }
}

/** A page file's URL as Pagefind would make it (`communities/x/index.html` → `/communities/x/`). */
function toUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Links the previous build's copy of a shard when it was built from the same documents. */
async function reuseShard(from: string, to: string, stamp: string, isMain: boolean): Promise<boolean> {
  const previous = await readFile(path.join(from, SHARD_STAMP), 'utf8').then(
    (text) => JSON.parse(text) as { stamp?: string },
    () => undefined,
  );
  if (previous?.stamp !== stamp) return false;
  const files = (await readdir(from, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    // The main bundle's folder holds the other shards: those are decided on their own.
    .filter((name) => !(isMain && /^shard-\d+\//.test(name)));
  await Promise.all(files.map((name) => linkFile(path.join(from, name), path.join(to, name))));
  return true;
}

/** A hard link where the file system allows one (same disk), a copy otherwise. */
async function linkFile(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await link(from, to).catch(() => copyFile(from, to));
}
