import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCity } from '../city.ts';

// Every district's reports in one feed at /rss.xml, newest first; like a district's feed it
// needs the public address (`url` in city.yaml), else none is written.
export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { feed: 'rss' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const { settings, model } = getCity();
  const site = new URL(import.meta.env.BASE_URL, context.site);
  return rss({
    title: settings.title,
    description: settings.description ?? settings.title,
    site: site.href,
    items: model.reports.map((r) => ({ title: `${r.title}（${r.districtName}）`, link: new URL(r.href, site).href, pubDate: new Date(`${r.date}T00:00:00+08:00`), description: r.summary ?? undefined })),
    customData: '<language>zh-cn</language>',
  });
};
