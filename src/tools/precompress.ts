// gzip copies (`<file>.gz`) of a built site's text files, for web servers that send a
// pre-compressed file as it is (nginx `gzip_static on`) instead of compressing every response.
import { link, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const compress = promisify(gzip);

/** Text kinds worth compressing. Pagefind's index files are gzip already and stay out. */
export const TEXT_EXTENSIONS = ['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt', '.csv'];

/**
 * Text files smaller than this get no `.gz`: compressed or not, they fit in one network packet,
 * and a server with `gzip on` (deploy/nginx.conf) still compresses those of 256 bytes or more as
 * it sends them. At 10,000 communities they are 49,000 of 59,000 text files (chart CSVs, the
 * per-community JSON of the data package); leaving them out took the step after Astro from
 * 22.2 s to 12.3 s, with level 6 (docs/performance.md).
 */
export const MIN_GZIP_BYTES = 1024;

// zlib's thread pool has four threads; more in flight only holds more files in memory.
const IN_FLIGHT = 8;

/**
 * The one gzip setting of a site's `.gz` copies. Level 6, not 9: on 500 generated community
 * pages level 9 took 1.6 times the CPU for files 1.2 % smaller (docs/performance.md).
 */
function gzipBytes(bytes: Buffer): Promise<Buffer> {
  return compress(bytes, { level: 6 });
}

/**
 * Writes `<file>.gz` beside every text file of `siteDir` of at least MIN_GZIP_BYTES,
 * byte-reproducible: zlib's gzip header carries no file name and a zero time, so the same file
 * always gives the same bytes. With `reuseFrom` (the site this build replaces), a file byte for
 * byte as it was there takes its `.gz` by hard link instead of being compressed again. Returns
 * how many were written, reused and left small.
 */
export async function precompressSite(siteDir: string, { reuseFrom }: { reuseFrom?: string } = {}): Promise<{ written: number; reused: number; small: number }> {
  const names = await readdir(siteDir, { recursive: true });
  const present = new Set(names);
  const files = names.filter((name) => TEXT_EXTENSIONS.includes(path.extname(name))).sort();
  const counts = { written: 0, reused: 0, small: 0 };
  let next = 0;
  const work = async () => {
    while (next < files.length) {
      const name = files[next++];
      counts[await precompressFile(siteDir, name, { reuseFrom, hasGzip: present.has(`${name}.gz`) })]++;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, work));
  return counts;
}

/** Compresses one file, links the old `.gz` when the file is unchanged, or leaves a small one as it is. */
async function precompressFile(siteDir: string, name: string, { reuseFrom, hasGzip }: { reuseFrom?: string; hasGzip: boolean }): Promise<'written' | 'reused' | 'small'> {
  const source = path.join(siteDir, name);
  const target = `${source}.gz`;
  // A `.gz` hard-linked in with a reused search shard may be the live site's file: never write
  // through it, replace it. A small file keeps no `.gz` at all, so none can be stale.
  if (hasGzip) await rm(target, { force: true });
  if ((await stat(source)).size < MIN_GZIP_BYTES) return 'small';
  const bytes = await readFile(source);
  if (reuseFrom && (await linkUnchanged(bytes, path.join(reuseFrom, name), target))) return 'reused';
  await writeFile(target, await gzipBytes(bytes));
  return 'written';
}

async function linkUnchanged(bytes: Buffer, previous: string, target: string): Promise<boolean> {
  const before = await readFile(previous).catch(() => undefined);
  if (!before?.equals(bytes)) return false;
  return link(`${previous}.gz`, target).then(
    () => true,
    () => false,
  );
}
