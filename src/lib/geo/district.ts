import type { Strings } from '../i18n/index.ts';
import { fillTemplate } from '../i18n/index.ts';
import { deriveCommunity, getStatus, groupByStreet } from '../model.ts';
import { getCommunityPath, withBase } from '../routes.ts';
import { isLargeDistrict } from '../scale.ts';
import type { Community, Site } from '../schema.ts';
import type { GeoLayers, MapChart, MapItem, MapMeasure } from './map.ts';
import { buildMapChart } from './map.ts';
import { getStreetMapId, OVERVIEW_MAP_ID } from '../charts/ids.ts';

/** A published community with its slug. */
export interface SluggedCommunity {
  slug: string;
  data: Community;
}

// Chart ids are named in one module; re-exported for the pages and tests that import them here.
export { getStreetMapId, OVERVIEW_MAP_ID } from '../charts/ids.ts';

/**
 * The district's maps: the overview (streets coloured by standards met, investment per
 * household and latest satisfaction, communities on top — streets only in a large district)
 * and one per street (its communities), which community pages show with themselves
 * highlighted. Each map's size thus stays bounded by a street, never the whole district.
 */
export function buildDistrictMaps(communities: readonly SluggedCommunity[], site: Site, geo: GeoLayers, t: Strings): MapChart[] {
  const measures: MapMeasure[] = [
    { label: t.map.metPct, unit: '%', format: 'pct' },
    { label: t.map.investment, unit: t.map.perHousehold, format: 'int' },
    { label: t.map.satisfaction, unit: '%', format: 'pct' },
  ];
  const words = { street: t.map.street, community: t.map.community, wholeStreet: t.map.wholeStreet, map: t.chart.types.map, count: t.chart.count, highest: t.chart.highest, lowest: t.chart.lowest };
  const groups = groupByStreet(communities, (c) => c.data);
  const communityItem = (c: SluggedCommunity): MapItem => ({
    kind: 'community',
    key: c.slug,
    name: c.data.name,
    street: c.data.street,
    href: withBase(site.base, getCommunityPath(c.slug)),
    values: measureCommunities([c.data], site),
  });
  const streetItem = (street: string, members: readonly SluggedCommunity[]): MapItem => ({
    kind: 'street',
    key: street,
    name: street,
    street,
    values: measureCommunities(
      members.map((m) => m.data),
      site,
    ),
  });
  const large = isLargeDistrict(communities);
  const overview = buildMapChart({
    id: OVERVIEW_MAP_ID,
    title: t.map.title,
    measures,
    geo,
    words,
    items: [...groups.map((g) => streetItem(g.street, g.communities)), ...(large ? [] : communities.map(communityItem))],
  });
  const streets = groups.map((g) =>
    buildMapChart({
      id: getStreetMapId(g.street),
      title: fillTemplate(t.map.streetTitle, { street: g.street }),
      measures,
      geo,
      words,
      items: [streetItem(g.street, g.communities), ...g.communities.map(communityItem)],
    }),
  );
  return [overview, ...streets];
}

/**
 * The three overview measures over a set of communities (one, or a street's): standards met
 * over all community×standard pairs, renovation investment per household in 元, and the mean
 * of the latest surveys.
 */
export function measureCommunities(communities: readonly Community[], site: Site): (number | null)[] {
  const pairs = communities.length * site.standards.length;
  const met = communities.reduce((n, c) => n + site.standards.filter((s) => getStatus(c, s.id) === 'met').length, 0);
  const households = communities.reduce((n, c) => n + c.households, 0);
  const investment = communities.reduce((n, c) => n + (c.renovation?.cost_wan ?? 0), 0);
  const surveys = communities.map((c) => deriveCommunity(c).satisfaction_pct).filter((p) => p !== null);
  return [pairs > 0 ? Math.round((met / pairs) * 1000) / 10 : null, households > 0 ? Math.round((investment * 10000) / households) : null, surveys.length > 0 ? Math.round((surveys.reduce((a, b) => a + b, 0) / surveys.length) * 10) / 10 : null];
}
