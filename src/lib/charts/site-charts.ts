import type { FileCache } from '../file-cache.ts';
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
 * The id and CSV of every chart a built site publishes (each gets a CSV download): the
 * district's, each community's built-in charts and every chart block of a published body. A
 * draft report is rendered (the dev server shows it) but publishes nothing, charts included.
 * The communities' built-in charts (three per community: about 30,000 at 10,000 communities,
 * 1.2 s to draw) come from `cache` while nothing they are drawn from changed: a community's
 * data, the district medians and the settings, all in the project's context digest.
 */
export function listPublishedCsvs(project: Project, cache: FileCache): Pick<Chart, 'id' | 'csv'>[] {
  const { context, content, rendered, medians, contextDigest } = project;
  if (!context || !medians || contextDigest === undefined) return [];
  const strings = getStrings(context.site.locale);
  const pick = ({ id, csv }: Chart) => ({ id, csv });
  const published = [...content.communities, ...content.reports.filter((r) => !r.data.draft)];
  const community = cache.remember(content.root, Buffer.from(`community-charts\0${contextDigest}`), () => content.communities.flatMap((c) => buildCommunityCharts(c.slug, c.data, context, medians, strings).map(pick)));
  return [...buildDistrictCharts(project).map(pick), ...community, ...published.flatMap((entry) => (rendered.get(entry.file)?.charts ?? []).map(pick))];
}
