import type { Project } from '../project.ts';
import { getStrings } from '../i18n/index.ts';
import { buildDistrictMaps } from '../geo/district.ts';
import type { Chart } from './build.ts';
import { buildCommunityCharts, buildOverviewCharts } from './builtin.ts';

// Charts are produced here, apart from checking: `npm run validate` draws none, the pages draw
// the district's (the overview's and the maps), and the build writes every published chart's CSV.

/** The district's charts: the overview's built-in charts and the maps; none without valid settings. */
export function buildDistrictCharts(project: Project): Chart[] {
  const { context, content } = project;
  if (!context) return [];
  const strings = getStrings(context.site.locale);
  const communities = content.communities.map((c) => ({ slug: c.slug, data: c.data }));
  return [...buildOverviewCharts(context, strings), ...buildDistrictMaps(communities, context.site, context.geo?.layers ?? {}, strings)];
}

/**
 * Every chart a built site publishes (each gets a CSV download): the district's, each
 * community's built-in charts and every chart block of a published body. A draft report is
 * rendered (the dev server shows it) but publishes nothing, charts included.
 */
export function buildPublishedCharts(project: Project): Chart[] {
  const { context, content, rendered, medians } = project;
  if (!context || !medians) return [];
  const strings = getStrings(context.site.locale);
  const published = [...content.communities, ...content.reports.filter((r) => !r.data.draft)];
  return [...buildDistrictCharts(project), ...content.communities.flatMap((c) => buildCommunityCharts(c.slug, c.data, context, medians, strings)), ...published.flatMap((entry) => rendered.get(entry.file)?.charts ?? [])];
}
