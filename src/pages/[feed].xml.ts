import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReportPath } from '../lib/routes.ts';
import { getReports, getSite } from '../site.ts';

// The RSS feed of reports, at /rss.xml. It needs the site's public address: without `url` in
// site.yaml no feed is written (the build says so).
export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { feed: 'rss' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const [{ site }, reports] = await Promise.all([getSite(), getReports()]);
  return rss({
    title: site.title,
    description: site.description ?? site.title,
    site: new URL(import.meta.env.BASE_URL, context.site).href,
    items: reports.map((report) => ({
      title: report.data.title,
      description: report.data.summary,
      pubDate: new Date(`${report.data.date}T00:00:00+08:00`),
      link: getReportPath(report.id).slice(1),
      author: report.data.author,
    })),
    customData: '<language>zh-cn</language>',
  });
};
