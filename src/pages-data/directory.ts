import { getStreetMapId } from '../lib/charts/ids.ts';
import type { MapChart } from '../lib/geo/map.ts';
import { groupByStreet } from '../lib/model.ts';
import { isLargeDistrict } from '../lib/scale.ts';
import type { CommunityEntry } from '../site.ts';
import { getCommunities, getMapChart, getPageCacheKey, getSite } from '../site.ts';

// The directory's models: /communities/ (src/pages/communities/index.astro) and, in a large
// district, a page per street (src/pages/communities/street/[street].astro).

/** Everything /communities/ shows. */
export interface DirectoryPageModel extends Awaited<ReturnType<typeof getSite>> {
  communities: CommunityEntry[];
  streets: { street: string; communities: CommunityEntry[] }[];
  /** A large district lists its streets here; each street has its own directory page. */
  large: boolean;
}

/** The directory page's model. */
export async function getDirectoryPage(): Promise<DirectoryPageModel> {
  const [site, communities] = await Promise.all([getSite(), getCommunities()]);
  return { ...site, communities, streets: groupByStreet(communities, (c) => c.data), large: isLargeDistrict(communities) };
}

/** What a street's route hands its page. */
export interface StreetRouteProps {
  street: string;
  members: CommunityEntry[];
}

/** Everything a street's directory page shows. */
export interface StreetPageModel extends StreetRouteProps, Awaited<ReturnType<typeof getSite>> {
  map?: MapChart;
}

/** The street pages' routes: only a large district gets them (see src/lib/scale.ts). */
export async function listStreetRoutes(): Promise<{ params: { street: string }; props: StreetRouteProps; cacheKey: string }[]> {
  const communities = await getCommunities();
  if (!isLargeDistrict(communities)) return [];
  return Promise.all(
    groupByStreet(communities, (c) => c.data).map(async ({ street, communities: members }) => ({
      params: { street },
      props: { street, members },
      // The street's map is drawn from the boundary files too, which no member's digest covers.
      cacheKey: await getPageCacheKey(...members.map((m) => m.digest), JSON.stringify((await getMapChart(getStreetMapId(street))) ?? null)),
    })),
  );
}

/** A street page's model, from its route's props. */
export async function getStreetPage(props: StreetRouteProps): Promise<StreetPageModel> {
  const [site, map] = await Promise.all([getSite(), getMapChart(getStreetMapId(props.street))]);
  return { ...props, ...site, map };
}
