import { createHash } from 'node:crypto';

// Every chart of the site has one id, and its CSV download, its store entry and its figure's
// anchor are named after it. The scheme lives here alone: the district's charts (the overview's
// and the maps) start with `overview-`, a page's own charts with the page's kind and slug.

const OVERVIEW = 'overview-';

/** The id of one of the overview's built-in charts (`overview-funding`). */
export function getOverviewChartId(name: string): string {
  return `${OVERVIEW}${name}`;
}

/** The overview map's chart id. */
export const OVERVIEW_MAP_ID = getOverviewChartId('map');

/** The id of a street's map (on community pages, and street pages of large districts); file-name safe. */
export function getStreetMapId(street: string): string {
  return `${OVERVIEW_MAP_ID}-street-${createHash('sha1').update(street).digest('hex').slice(0, 10)}`;
}

/** The id of one of a community page's built-in charts (`community-qingshi-ratios`). */
export function getCommunityChartId(slug: string, name: string): string {
  return `community-${slug}-${name}`;
}

/** What the ids of a body's chart blocks start with: `community-qingshi`, then `-1`, `-2`… */
export function getBodyChartIdPrefix(kind: 'community' | 'report', slug: string): string {
  return `${kind}-${slug}`;
}

/** The id of a body's nth chart block (from 1), after its prefix. */
export function getBodyChartId(prefix: string, n: number): string {
  return `${prefix}-${n}`;
}

/** Whether a chart is the district's (the overview's, or a map): these the pages look up by id. */
export function isDistrictChartId(id: string): boolean {
  return id.startsWith(OVERVIEW);
}
