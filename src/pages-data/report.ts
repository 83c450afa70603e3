import type { Heading } from '../lib/markdown/headings.ts';
import { getBodyInfo } from '../bodies.ts';
import type { ReportEntry } from '../site.ts';
import { getPageCacheKey, getReports, getSite } from '../site.ts';

// A report page's route and model: src/pages/reports/[slug].astro reads one of each,
// src/components/ReportPage.astro shows it.

/** What a report's route hands its page. */
export interface ReportRouteProps {
  report: ReportEntry;
}

/** Everything a report page shows. */
export interface ReportPageModel extends ReportRouteProps, Awaited<ReturnType<typeof getSite>> {
  /** The table of contents: the body's headings down to level 3. */
  headings: Heading[];
  /** Whether the body has chart blocks (the page then loads the chart script). */
  hasChartBlocks: boolean;
}

/** The report pages' routes (drafts only in `npm run dev`), each with a key for the incremental build. */
export async function listReportRoutes(): Promise<{ params: { slug: string }; props: ReportRouteProps; cacheKey: string }[]> {
  const reports = await getReports();
  return Promise.all(reports.map(async (report) => ({ params: { slug: report.id }, props: { report }, cacheKey: await getPageCacheKey(report.digest) })));
}

/** A report page's model, from its route's props. */
export async function getReportPage(props: ReportRouteProps): Promise<ReportPageModel> {
  const [site, { headings, hasCharts }] = await Promise.all([getSite(), getBodyInfo(props.report)]);
  return { ...props, ...site, headings: headings.filter((h) => h.depth <= 3), hasChartBlocks: hasCharts };
}
