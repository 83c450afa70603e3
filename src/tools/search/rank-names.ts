// How well searching a community's name finds its own page: the measure behind issue 15's
// "names rank" target, run by scripts/bench-search.ts against a built site.

/**
 * The share of names whose own page must come first: 190 of 200 at 10,000 generated
 * communities (docs/performance.md, "Search from the model"). Below it the script fails.
 */
export const MIN_FIRST_SHARE = 0.95;

/** One name searched: the page it should find and the result URLs, best first. */
export interface NameSearch {
  name: string;
  expected: string;
  urls: string[];
}

/** How often the community's own page came first and in the top ten, with the misses. */
export interface NameRanking {
  searched: number;
  first: number;
  topTen: number;
  /** Names whose page was not first, with where it came (0 when not in the results at all). */
  misses: { name: string; rank: number }[];
}

/** Picks `count` items spread evenly over a list (the same ones for the same list). */
export function pickEvenly<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]);
}

/** Counts where each name's own page came in its results. */
export function rankNames(searches: readonly NameSearch[]): NameRanking {
  const ranks = searches.map((s) => ({ name: s.name, rank: s.urls.indexOf(s.expected) + 1 }));
  return {
    searched: searches.length,
    first: ranks.filter((r) => r.rank === 1).length,
    topTen: ranks.filter((r) => r.rank >= 1 && r.rank <= 10).length,
    misses: ranks.filter((r) => r.rank !== 1),
  };
}

/** Whether a ranking meets the target share of names found first. */
export function meetsNameTarget(ranking: NameRanking): boolean {
  return ranking.searched > 0 && ranking.first >= Math.ceil(ranking.searched * MIN_FIRST_SHARE);
}
