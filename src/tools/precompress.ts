// gzip copies (`<file>.gz`) of a built site's text files, for web servers that send a
// pre-compressed file as it is (nginx `gzip_static on`) instead of compressing every response.
import { link, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';

const compress = promisify(gzip);

/** Text kinds worth compressing. Pagefind's index files are gzip already and stay out. */
export const TEXT_EXTENSIONS = ['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt', '.csv'];

// zlib's thread pool has four threads; more in flight only holds more files in memory.
const IN_FLIGHT = 8;

/**
 * Writes `<file>.gz` beside every text file of `siteDir`, byte-reproducible: zlib's gzip header
 * carries no file name and a zero time, so the same file always gives the same bytes. With
 * `reuseFrom` (the site this build replaces), a file byte for byte as it was there takes its
 * `.gz` by hard link instead of being compressed again. Returns how many were written and reused.
 */
export async function precompressSite(siteDir: string, { reuseFrom }: { reuseFrom?: string } = {}): Promise<{ written: number; reused: number }> {
  const files = (await readdir(siteDir, { recursive: true })).filter((name) => TEXT_EXTENSIONS.includes(path.extname(name))).sort();
  const counts = { written: 0, reused: 0 };
  let next = 0;
  const work = async () => {
    while (next < files.length) {
      const name = files[next++];
      counts[(await precompressFile(siteDir, name, reuseFrom)) ? 'reused' : 'written']++;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, work));
  return counts;
}

/** Compresses one file, or links the old `.gz` when the file is unchanged; true if reused. */
async function precompressFile(siteDir: string, name: string, reuseFrom: string | undefined): Promise<boolean> {
  const source = path.join(siteDir, name);
  const target = `${source}.gz`;
  const bytes = await readFile(source);
  // A `.gz` hard-linked in with a reused search shard may be the live site's file: never write
  // through it, replace it.
  await rm(target, { force: true });
  if (reuseFrom && (await linkUnchanged(bytes, path.join(reuseFrom, name), target))) return true;
  await writeFile(target, await compress(bytes, { level: constants.Z_BEST_COMPRESSION }));
  return false;
}

async function linkUnchanged(bytes: Buffer, previous: string, target: string): Promise<boolean> {
  const before = await readFile(previous).catch(() => undefined);
  if (!before?.equals(bytes)) return false;
  return link(`${previous}.gz`, target).then(
    () => true,
    () => false,
  );
}
