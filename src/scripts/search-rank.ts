// The search page's one change to Pagefind's order. Pagefind ranks words, not names: it splits
// 安坝社区 into 安 + 坝 + 社区, and 安坝二社区's page holds those words as often as 安坝社区's
// own. The name is weighted in the index (src/tools/search/pages.ts) so the own page comes
// near the top; the page whose title is the query itself then goes first.

/**
 * Moves the results whose title is exactly the query (a community's or report's name, ignoring
 * white space) to the front, keeping Pagefind's order otherwise.
 */
export function putExactTitlesFirst<T extends { meta: { title?: string } }>(query: string, results: readonly T[]): T[] {
  const wanted = normalizeTitle(query);
  if (!wanted) return [...results];
  const exact = results.filter((r) => normalizeTitle(r.meta.title ?? '') === wanted);
  return [...exact, ...results.filter((r) => !exact.includes(r))];
}

function normalizeTitle(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}
