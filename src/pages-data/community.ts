import type { ImageMetadata } from 'astro';
import type { Chart } from '../lib/charts/build.ts';
import { buildCommunityCharts } from '../lib/charts/builtin.ts';
import { getCommunityChartId, getStreetMapId } from '../lib/charts/ids.ts';
import type { MapChart } from '../lib/geo/map.ts';
import type { Heading } from '../lib/markdown/headings.ts';
import { getCommunitySections } from '../lib/sections.ts';
import type { CommunityEntry } from '../site.ts';
import { getCommunities, getMapChart, getPageCacheKey, getSite } from '../site.ts';
import { getBodyInfo } from '../bodies.ts';

// A community page's route and model: src/pages/communities/[slug].astro reads one of each,
// src/components/CommunityPage.astro shows it.

/** What a community's route hands its page: the community and its pager neighbours in the street. */
export interface CommunityRouteProps {
  community: CommunityEntry;
  previous?: CommunityEntry;
  next?: CommunityEntry;
}

/** Everything a community page shows. */
export interface CommunityPageModel extends CommunityRouteProps, Awaited<ReturnType<typeof getSite>> {
  headings: Heading[];
  /** The table of contents, in the fixed order of community pages. */
  sections: Heading[];
  charts: { funding?: Chart; satisfaction?: Chart; ratios?: Chart };
  streetMap?: MapChart;
  cover?: ImageMetadata;
  /** Whether the body has chart blocks (the page then loads the chart script). */
  hasChartBlocks: boolean;
}

/** The community pages' routes, each with a key for the incremental build. */
export async function listCommunityRoutes(): Promise<{ params: { slug: string }; props: CommunityRouteProps; cacheKey: string }[]> {
  const communities = await getCommunities();
  // The street's map shows the neighbours' values: one key per street map, worked out once.
  const mapKeys = new Map<string, Promise<string>>();
  const getMapKey = (street: string) => {
    if (!mapKeys.has(street))
      mapKeys.set(
        street,
        getMapChart(getStreetMapId(street)).then((map) => getPageCacheKey(JSON.stringify(map ?? null))),
      );
    return mapKeys.get(street)!;
  };
  // Communities come ordered by street, so neighbours in the list are neighbours in the street.
  return Promise.all(
    communities.map(async (community, i) => {
      const sameStreet = (other?: CommunityEntry) => (other?.data.street === community.data.street ? other : undefined);
      const [previous, next] = [sameStreet(communities[i - 1]), sameStreet(communities[i + 1])];
      // The pager shows the neighbours' names: they are part of what this page reads.
      const cacheKey = await getPageCacheKey(community.digest, previous?.id, previous?.data.name, next?.id, next?.data.name, await getMapKey(community.data.street));
      return { params: { slug: community.id }, props: { community, previous, next }, cacheKey };
    }),
  );
}

/** A community page's model, from its route's props. */
export async function getCommunityPage(props: CommunityRouteProps): Promise<CommunityPageModel> {
  const { community } = props;
  const [site, { headings, hasCharts }] = await Promise.all([getSite(), getBodyInfo(community)]);
  // Drawn from this community's own data and the district medians, so nothing scales with the district.
  const drawn = buildCommunityCharts(community.id, community.data, { site: site.site }, site.medians, site.t);
  const chart = (name: string) => drawn.find((c) => c.id === getCommunityChartId(community.id, name));
  return {
    ...props,
    ...site,
    headings,
    sections: getCommunitySections(community.data, site.t, headings),
    charts: { funding: chart('funding'), satisfaction: chart('satisfaction'), ratios: chart('ratios') },
    streetMap: await getMapChart(getStreetMapId(community.data.street)),
    cover: community.data.cover,
    hasChartBlocks: hasCharts,
  };
}
