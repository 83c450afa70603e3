import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Indexes a built site for search with Pagefind, writing its bundle to `<site>/pagefind/`.
 * Pagefind reads `lang="zh-CN"` and segments Chinese at index time, so unspaced queries find
 * words; only elements marked `data-pagefind-body` are indexed (no navigation or footer).
 */
export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
