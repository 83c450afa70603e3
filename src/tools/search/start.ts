// The build's search step: documents from the checked model, indexed while Astro renders.
import path from 'node:path';
import type { Project } from '../../lib/project.ts';
import type { IndexSummary } from './index-pages.ts';
import { indexPages, readPagesPerShard } from './index-pages.ts';
import { buildSearchPages } from './pages.ts';

/**
 * Starts indexing a checked project's pages into `folder` and returns at once: the documents
 * are built now (so the caller may let the project go), Pagefind's own process does the rest.
 * Shards unchanged since `previousSite` was built are linked from its `pagefind/` folder.
 * The returned promise is marked handled, so a failure surfaces where it is awaited, not as a
 * crash while Astro is still rendering.
 */
export function startSearchIndex(project: Project, folder: string, { previousSite, pagesPerShard }: { previousSite?: string; pagesPerShard?: string }): Promise<IndexSummary> {
  const pages = buildSearchPages(project);
  const indexing = indexPages(pages, folder, {
    reuseFrom: previousSite && path.join(previousSite, 'pagefind'),
    pagesPerShard: readPagesPerShard(pagesPerShard),
  });
  indexing.catch(() => undefined);
  return indexing;
}

/** The build's line about the search index (the bench reads its time). */
export function formatIndexSummary({ pages, shards, reused }: IndexSummary): string {
  const reuse = shards > 1 ? `，${shards} 个分片${reused > 0 ? `（${reused} 个未变，沿用上次的索引）` : ''}` : reused > 0 ? '（未变，沿用上次的索引）' : '';
  return `搜索索引：${pages} 个页面${reuse}`;
}
