import type { APIRoute, GetStaticPaths } from 'astro';
import { getCommunityRecord } from '../../../lib/compare.ts';
import type { CommunityEntry } from '../../../site.ts';
import { getCommunities, getPageCacheKey, getSite } from '../../../site.ts';

// One small file per community, so the compare page fetches only the communities it shows.
export const getStaticPaths = (async () => {
  const communities = await getCommunities();
  return Promise.all(communities.map(async (community) => ({ params: { slug: community.id }, props: { community }, cacheKey: await getPageCacheKey(community.digest) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { site } = await getSite();
  const { community } = props as { community: CommunityEntry };
  return Response.json(getCommunityRecord(community.id, community.data, site));
};
