import type { Chart } from '../lib/charts/build.ts';
import { getOverviewChartId, OVERVIEW_MAP_ID } from '../lib/charts/ids.ts';
import type { MapChart } from '../lib/geo/map.ts';
import { getHeadlineFigures } from '../lib/headline.ts';
import type { CommunityEntry, ReportEntry } from '../site.ts';
import { getChart, getCommunities, getMapChart, getReports, getSite } from '../site.ts';

// The overview's model: src/pages/index.astro reads it.

/** Everything the overview shows. */
export interface OverviewPageModel extends Awaited<ReturnType<typeof getSite>> {
  figures: ReturnType<typeof getHeadlineFigures>;
  reports: ReportEntry[];
  communities: CommunityEntry[];
  map?: MapChart;
  /** The built-in charts in reading order; the standards matrix sits beside the met-rate chart. */
  charts: { before: Chart[]; standards?: Chart; after: Chart[] };
}

/** The overview page's model. */
export async function getOverviewPage(): Promise<OverviewPageModel> {
  const site = await getSite();
  const [reports, communities, map] = await Promise.all([getReports(), getCommunities(), getMapChart(OVERVIEW_MAP_ID)]);
  const charts = (names: string[]) => Promise.all(names.map((name) => getChart(getOverviewChartId(name)))).then((found) => found.filter((c) => c !== undefined));
  const [before, after, [standards]] = await Promise.all([charts(['investment', 'funding', 'facility']), charts(['rooms', 'satisfaction', 'demonstrations']), charts(['standards'])]);
  return { ...site, figures: getHeadlineFigures(site.district, site.t), reports, communities, map, charts: { before, standards, after } };
}
