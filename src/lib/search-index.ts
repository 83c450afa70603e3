import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * Pages per Pagefind index. Pagefind holds everything it indexes in memory, about 0.55 MB per
 * community page at its peak (5.3 GiB for 9,905 pages in one index), so a large site is indexed
 * in shards of at most this many pages, one Pagefind process after the other: about 1.4 GiB
 * each. The browser merges the shards (`mergeIndex`), loading Pagefind's WebAssembly once.
 */
export const PAGES_PER_SHARD = 2500;

/** `SHEQU_PAGES_PER_SHARD` overrides it (a machine with less memory; tests of sharding). */
function getPagesPerShard(): number {
  const set = Number(process.env.SHEQU_PAGES_PER_SHARD);
  return Number.isInteger(set) && set > 0 ? set : PAGES_PER_SHARD;
}

/** The file beside the main bundle that lists the other shards (src/scripts/search.ts reads it). */
const SHARD_LIST_FILE = 'shards.json';

// Written into each shard's folder: what it was built from, so an unchanged shard is reused.
const SHARD_STAMP = 'shequ-shard.json';
const run = promisify(execFile);
const BUNDLE = 'pagefind';

interface Page {
  /** Path of the HTML file, relative to the site, with forward slashes. */
  file: string;
  hash: string;
}

/** What indexing did, for the build's summary and the bench. */
export interface IndexSummary {
  pages: number;
  shards: number;
  /** Shards taken unchanged from the previous output instead of indexed again. */
  reused: number;
}

/**
 * Indexes a built site for search with Pagefind, writing its bundle to `<site>/pagefind/` (and,
 * for a large site, further shards to `<site>/pagefind/shard-<n>/`, listed in `shards.json`).
 * Pagefind reads `lang="zh-CN"` and segments Chinese at index time, so unspaced queries find
 * words; only pages with a `data-pagefind-body` element are indexed, and only that element.
 *
 * With `reuseFrom` (the site this build replaces), a shard whose pages are byte for byte those
 * it was built from last time is hard-linked from there instead of indexed again: a rebuild
 * after editing one community re-indexes one shard.
 */
export async function indexSite(siteDir: string, { reuseFrom }: { reuseFrom?: string } = {}): Promise<IndexSummary> {
  const pages = await listIndexedPages(siteDir);
  const shards = splitIntoShards(pages);
  let reused = 0;
  // The main bundle first: writing it must not touch the shard folders inside it.
  for (const [n, members] of shards.entries()) {
    const folder = n === 0 ? BUNDLE : `${BUNDLE}/shard-${n}`;
    const stamp = fingerprintShard(members, shards.length);
    if (reuseFrom && (await reuseShard(reuseFrom, siteDir, folder, stamp))) {
      reused++;
      continue;
    }
    await buildShard(siteDir, folder, members);
    await writeFile(path.join(siteDir, folder, SHARD_STAMP), JSON.stringify({ stamp, pages: members.length }));
  }
  const others = shards.slice(1).map((_, i) => `shard-${i + 1}/`);
  await writeFile(path.join(siteDir, BUNDLE, SHARD_LIST_FILE), JSON.stringify({ shards: others }));
  return { pages: pages.length, shards: shards.length, reused };
}

/** Every HTML page that marks a body to index, with a hash of its bytes. */
async function listIndexedPages(siteDir: string): Promise<Page[]> {
  const files = (await readdir(siteDir, { recursive: true }))
    .map(toSlashes)
    .filter((name) => name.endsWith('.html') && !name.startsWith(`${BUNDLE}/`))
    .sort();
  const pages: Page[] = [];
  // In batches: reading ten thousand files at once would hold them all in memory.
  for (let i = 0; i < files.length; i += 64) {
    const batch = await Promise.all(files.slice(i, i + 64).map(async (file) => {
      const bytes = await readFile(path.join(siteDir, file));
      return bytes.includes('data-pagefind-body') ? { file, hash: createHash('sha1').update(bytes).digest('hex') } : undefined;
    }));
    pages.push(...batch.filter((page) => page !== undefined));
  }
  return pages;
}

/** Splits pages into shards by a hash of their path, so a page stays in its shard from build to build. */
function splitIntoShards(pages: Page[]): Page[][] {
  const count = Math.max(1, Math.ceil(pages.length / getPagesPerShard()));
  const shards: Page[][] = Array.from({ length: count }, () => []);
  for (const page of pages) shards[parseInt(createHash('sha1').update(page.file).digest('hex').slice(0, 8), 16) % count].push(page);
  return shards;
}

function fingerprintShard(members: Page[], shardCount: number): string {
  const hash = createHash('sha1').update(`${getPagefindVersion()}\0${shardCount}\0`);
  for (const page of members) hash.update(`${page.file}\0${page.hash}\0`);
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

/**
 * Indexes one shard with Pagefind's command line, a process of its own whose memory is
 * returned before the next shard starts. Pagefind reads a folder (parsing it on both cores),
 * so the shard's pages are hard-linked into a folder of their own first. (The command line
 * writes a 2,500-page shard about a third faster than Pagefind's Node API, measured.)
 */
async function buildShard(siteDir: string, folder: string, members: Page[]): Promise<void> {
  const shardDir = `${siteDir}.index-${folder.replaceAll('/', '-')}`;
  await rm(shardDir, { recursive: true, force: true });
  try {
    await Promise.all(members.map((page) => linkFile(path.join(siteDir, page.file), path.join(shardDir, page.file))));
    const bin = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));
    await run(process.execPath, [bin, '--site', shardDir, '--output-path', path.join(siteDir, folder), '--quiet'], { maxBuffer: 16 * 1024 * 1024 })
      .catch((error: { stdout?: string; stderr?: string; message: string }) => {
        // The cause keeps Pagefind's exit signal (SIGXFSZ at a file-size limit) for the message.
        throw new Error(`Pagefind: ${[error.stderr, error.stdout].filter(Boolean).join('\n').trim() || error.message}`, { cause: error });
      });
  } finally {
    await rm(shardDir, { recursive: true, force: true });
  }
}

/** Links the previous build's copy of a shard when it was built from the same pages. */
async function reuseShard(previousSite: string, siteDir: string, folder: string, stamp: string): Promise<boolean> {
  const from = path.join(previousSite, folder);
  const previous = await readFile(path.join(from, SHARD_STAMP), 'utf8').then((text) => JSON.parse(text) as { stamp?: string }, () => undefined);
  if (previous?.stamp !== stamp) return false;
  const files = (await readdir(from, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => toSlashes(path.relative(from, path.join(entry.parentPath, entry.name))))
    // The main bundle's folder holds the other shards: those are decided on their own.
    .filter((name) => !(folder === BUNDLE && /^shard-\d+\//.test(name)));
  await Promise.all(files.map((name) => linkFile(path.join(from, name), path.join(siteDir, folder, name))));
  return true;
}

/** A relative path with forward slashes, as URLs and the shard patterns write it. */
function toSlashes(relativePath: string): string {
  return relativePath.split(path.sep).join('/');
}

/** A hard link where the file system allows one (same disk), a copy otherwise. */
async function linkFile(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await link(from, to).catch(() => copyFile(from, to));
}
