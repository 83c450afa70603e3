import type { APIRoute } from 'astro';
import { getReports, getSite } from '../../site.ts';

// The district as a city reads it (city roll-up): names, period, standards, targets, the
// headline figures exactly as the overview shows them, and the published reports.
export const GET: APIRoute = async () => {
  const [{ site, district }, reports] = await Promise.all([getSite(), getReports()]);
  return Response.json({
    title: site.title,
    district: site.district,
    city: site.city ?? null,
    period: site.period,
    standards: site.standards.map(({ id, name }) => ({ id, name })),
    targets: site.targets ?? {},
    figures: district,
    reports: reports.map((r) => ({ slug: r.id, title: r.data.title, date: r.data.date, author: r.data.author ?? null, summary: r.data.summary ?? null })),
  });
};
