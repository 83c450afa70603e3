import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

// Rendered bodies travel from the loaders to the pages as files, not through Astro's data
// store: Astro compiles its whole store into the bundle as one string module, and at 10,000
// communities the bodies made it a 103 MB module (docs/performance.md, "Bodies beside the
// data store"). The store keeps each body's key and metadata; the HTML waits in a file named
// after its content, so the same file serves `npm run dev` and builds, and equal bodies share it.

/** The folder of rendered bodies inside the cache folder. */
export function getBodiesFolder(cacheDir: string): string {
  return path.join(cacheDir, 'bodies');
}

/** The key of a rendered body: a hash of its HTML (a changed body gets a new key, and a new file). */
export function getBodyKey(html: string): string {
  return createHash('sha1').update(html).digest('hex');
}

function getBodyFile(folder: string, key: string): string {
  return path.join(folder, `${key}.html`);
}

/** Writes rendered bodies into one folder; see `openBodyFolder`. */
export interface BodyFolder {
  /** Writes a body under its key unless the folder has it already; returns the key. */
  write(html: string): Promise<string>;
  /**
   * Deletes the bodies (and left-over partial files) this load did not write or ask for and
   * that are older than `minAgeMs`: each edit adds a file, and a folder of 10,000 communities
   * adds 10,000 when every body changes. The age spares a dev server or build of another
   * content folder of the same checkout; a body deleted too eagerly is written again by the
   * next load that needs it. Returns how many files went.
   */
  prune(minAgeMs: number): Promise<number>;
}

/**
 * Opens the folder of rendered bodies for one load: made if missing and listed once, so that a
 * load of 10,000 bodies asks the file system once what is there rather than once per body (at
 * 10,000 communities those checks cost the build's main thread about 3 s).
 */
export async function openBodyFolder(folder: string): Promise<BodyFolder> {
  await mkdir(folder, { recursive: true });
  const names = await readdir(folder);
  const written = new Map<string, Promise<void>>();
  for (const name of names) if (name.endsWith('.html')) written.set(name.slice(0, -'.html'.length), Promise.resolve());
  const used = new Set<string>();
  return {
    async write(html) {
      const key = getBodyKey(html);
      used.add(key);
      // Equal bodies share a file: the second waits for the first's write.
      if (!written.has(key)) written.set(key, writeAside(getBodyFile(folder, key), html));
      await written.get(key);
      return key;
    },
    async prune(minAgeMs) {
      const before = Date.now() - minAgeMs;
      const unused = names.filter((name) => !(name.endsWith('.html') && used.has(name.slice(0, -'.html'.length))));
      let pruned = 0;
      await Promise.all(
        unused.map(async (name) => {
          const file = path.join(folder, name);
          try {
            if ((await stat(file)).mtimeMs >= before) return;
            await rm(file);
            pruned++;
          } catch {
            // Gone already (another load pruned it), or not ours to delete: left as it is.
          }
        }),
      );
      return pruned;
    },
  };
}

/** Writes `file` aside and renames it: a page rendering meanwhile (dev, or a parallel build of the same content) never reads half a body. */
async function writeAside(file: string, html: string): Promise<void> {
  const aside = `${file}.${randomUUID()}.partial`;
  await writeFile(aside, html);
  await rename(aside, file);
}

/** The HTML of a body that a `BodyFolder` wrote; a clear error when the file has gone. */
export async function readBodyFile(folder: string, key: string): Promise<string> {
  const file = getBodyFile(folder, key);
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new Error(`找不到正文文件 ${file}：缓存文件夹被清理过？请重新运行 npm run build（或重启 npm run dev）。`);
  }
}
