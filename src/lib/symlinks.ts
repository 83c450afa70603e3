import { readdir } from 'node:fs/promises';
import path from 'node:path';

// Folders that are never content: a content folder kept in its own repository has `.git`.
const NOT_CONTENT = new Set(['.git', 'node_modules']);

/**
 * Every symbolic link under a folder, files and folders alike, found without following any
 * (a linked folder is listed, not entered). Sorted.
 */
export async function findSymlinks(root: string): Promise<string[]> {
  const links: string[] = [];
  for (let folders = [root]; folders.length > 0;) {
    const listed = await Promise.all(
      folders.map(async (folder) => {
        const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
        return entries.map((entry) => ({ entry, absolutePath: path.join(folder, entry.name) }));
      }),
    );
    folders = [];
    for (const { entry, absolutePath } of listed.flat()) {
      if (entry.isSymbolicLink()) links.push(absolutePath);
      else if (entry.isDirectory() && !NOT_CONTENT.has(entry.name)) folders.push(absolutePath);
    }
  }
  return links.sort();
}

/** Whether a path is one of the links or lies under a linked folder. */
export function isUnderLink(absolutePath: string, links: readonly string[]): boolean {
  return links.some((link) => absolutePath === link || absolutePath.startsWith(`${link}${path.sep}`));
}
