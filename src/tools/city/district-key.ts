import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

// What a district's build depends on besides its own folder: the code that builds it.
const CODE_PATHS = ['src', 'scripts', 'public', 'astro.config.mjs', 'package-lock.json'];

/**
 * The key of one district's build inside a city: its folder's files (names and bytes), the
 * generator's code and the city context it is built with. An unchanged key means the district's
 * previous output can be reused as it is.
 */
export async function computeDistrictKey(folder: string, checkout: string, context: unknown): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(context));
  await hashTree(hash, folder, '');
  hash.update('\0code\0');
  for (const entry of CODE_PATHS) await hashTree(hash, path.join(checkout, entry), entry);
  return hash.digest('hex');
}

async function hashTree(hash: ReturnType<typeof createHash>, target: string, name: string): Promise<void> {
  const entries = await readdir(target, { withFileTypes: true }).catch(() => undefined);
  if (!entries) {
    const bytes = await readFile(target).catch(() => undefined);
    if (bytes) hash.update(`${name}\0${bytes.length}\0`).update(bytes);
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue;
    const child = path.join(target, entry.name);
    if (entry.isDirectory()) await hashTree(hash, child, `${name}/${entry.name}`);
    else if (entry.isFile()) {
      const bytes = await readFile(child);
      hash.update(`${name}/${entry.name}\0${bytes.length}\0`).update(bytes);
    }
  }
}
