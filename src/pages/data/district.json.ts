import type { APIRoute } from 'astro';
import { getCommunityRecord, getDistrictRecord } from '../../lib/compare.ts';
import { getCommunities, getSite } from '../../site.ts';

// Labels, district medians and standards for the compare page.
export const GET: APIRoute = async () => {
  const [{ site }, communities] = await Promise.all([getSite(), getCommunities()]);
  const records = communities.map((c) => getCommunityRecord(c.id, c.data, site));
  return Response.json(getDistrictRecord(records, site));
};
