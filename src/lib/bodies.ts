import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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

/** Writes a rendered body into `folder` under its key, unless an earlier load did; returns the key. */
export async function writeBody(folder: string, html: string): Promise<string> {
  const key = getBodyKey(html);
  const file = getBodyFile(folder, key);
  if (existsSync(file)) return key;
  await mkdir(folder, { recursive: true });
  // Written aside and renamed: a page rendering meanwhile (dev, or a parallel build of the same
  // content) never reads half a body.
  const aside = `${file}.${randomUUID()}.partial`;
  await writeFile(aside, html);
  await rename(aside, file);
  return key;
}

/** The HTML of a body that `writeBody` wrote; a clear error when the file has gone. */
export async function readBodyFile(folder: string, key: string): Promise<string> {
  const file = getBodyFile(folder, key);
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new Error(`找不到正文文件 ${file}：缓存文件夹被清理过？请重新运行 npm run build（或重启 npm run dev）。`);
  }
}
