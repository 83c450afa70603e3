import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { linkTree } from './link-tree.ts';

/**
 * Prepares a district's content for its build inside the city: the folder's files hard-linked
 * into `target`, and site.yaml with the city's `base` (`<city base><slug>/`) and address. The
 * editors' folder is never written to.
 */
export async function prepareDistrictContent(folder: string, target: string, { base, url }: { base: string; url?: string }): Promise<void> {
  await rm(target, { recursive: true, force: true });
  await linkTree(folder, target, (name) => name === 'site.yaml' || name === '.git' || name === 'node_modules');
  const doc = parseDocument((await readFile(path.join(folder, 'site.yaml'), 'utf8')).replace(/^\uFEFF/, ''));
  doc.set('base', base);
  // Canonical links and the sitemap point at the city's address, or nowhere without one.
  if (url) doc.set('url', url);
  else doc.delete('url');
  await writeFile(path.join(target, 'site.yaml'), doc.toString());
}
