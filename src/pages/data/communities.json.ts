import type { APIRoute } from 'astro';
import { getCommunityExport } from '../../lib/export.ts';
import { getCommunities } from '../../site.ts';

// Every published community's facts (and derived figures) as JSON, for machines.
export const GET: APIRoute = async () => {
  const communities = await getCommunities();
  return Response.json(communities.map((c) => getCommunityExport(c.id, c.data)));
};
