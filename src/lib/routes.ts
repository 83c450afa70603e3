/** Pages the site always has, whatever the content. */
export const BUILT_IN_PAGES = ['/', '/communities/', '/reports/', '/standards/', '/data/completeness/'] as const;

/** The site path of a community page. */
export function getCommunityPath(slug: string): string {
  return `/communities/${slug}/`;
}

/** The site path of a report page. */
export function getReportPath(slug: string): string {
  return `/reports/${slug}/`;
}

/** The site path of a street's directory page (large districts only). */
export function getStreetPath(street: string): string {
  return `/communities/street/${encodeURIComponent(street)}/`;
}

/** The site path of a chart's CSV download. */
export function getChartCsvPath(chartId: string): string {
  return `/charts/${chartId}.csv`;
}

/** Every page a build will write, for checking the links editors write in Markdown. */
export function listSitePaths(communitySlugs: readonly string[], reportSlugs: readonly string[]): Set<string> {
  return new Set([...BUILT_IN_PAGES, ...communitySlugs.map(getCommunityPath), ...reportSlugs.map(getReportPath)]);
}

/** Puts the site's base path in front of a site path (`/x/` under `/sub/` is `/sub/x/`). */
export function withBase(base: string, sitePath: string): string {
  return base.replace(/\/+$/, '') + sitePath;
}
