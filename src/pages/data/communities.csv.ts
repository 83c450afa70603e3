import type { APIRoute } from 'astro';
import { getCommunitiesCsv } from '../../lib/export.ts';
import { getCommunities, getSite } from '../../site.ts';

// Every published community's facts in one spreadsheet.
export const GET: APIRoute = async () => {
  const [{ site }, communities] = await Promise.all([getSite(), getCommunities()]);
  const csv = getCommunitiesCsv(
    communities.map((c) => ({ slug: c.id, data: c.data })),
    site,
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
