import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Puts every file of `from` into `to` as a hard link (a copy where links cannot be made, across
 * file systems): a district's unchanged output is reused in the city without copying its bytes.
 * Symbolic links are skipped, so nothing outside `from` is ever published.
 */
export async function linkTree(from: string, to: string, skip: (name: string) => boolean = () => false): Promise<number> {
  await mkdir(to, { recursive: true });
  let files = 0;
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) files += await linkTree(source, target);
    else if (entry.isFile()) {
      await link(source, target).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
        await copyFile(source, target);
      });
      files++;
    }
  }
  return files;
}
