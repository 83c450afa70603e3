import { formatNumber, formatPct, formatWan } from '../format.ts';
import { getOwn } from '../own.ts';
import { median } from '../stats.ts';
import { BARS_PER_COMMUNITY_LIMIT } from '../scale.ts';
import type { Strings } from '../i18n/index.ts';
import { fillTemplate as fill } from '../i18n/index.ts';
import { deriveCommunity, getStatus, groupByStreet } from '../model.ts';
import type { Community } from '../schema.ts';
import { DEMONSTRATION_LEVELS } from '../schema.ts';
import type { Chart } from './build.ts';
import { buildChart } from './build.ts';
import { getCommunityChartId, getOverviewChartId } from './ids.ts';
import type { ChartSpec } from './spec.ts';
import type { DataContext, Row } from './sources.ts';
import { getDistrictFunding, getDistrictSatisfaction } from './sources.ts';

const FUNDING_SERIES = ['office', 'party', 'members', 'special', 'other'];
const MAX_ROOMS = 12;

/** The overview's charts, specs in code, through the same pipeline as chart blocks. */
export function buildOverviewCharts(context: DataContext, t: Strings): Chart[] {
  const { communities, site } = context;
  const s = t.chart;
  const c = t.charts;
  const rows = communities.map((community) => ({ ...community, ...deriveCommunity(community) }));
  const make = (id: string, spec: Omit<ChartSpec, 'y'> & { y: string[] }, data: Row[], columns?: Record<string, string>) =>
    buildChart(spec, data, { id: getOverviewChartId(id), strings: s, columns, targetValue: spec.target ? getOwn(site.targets, spec.target) : undefined });
  const charts: Chart[] = [];

  // A bar per community reads up to a point; past it, a bar per street.
  const byStreet = rows.length > BARS_PER_COMMUNITY_LIMIT ? groupByStreet(rows, (r) => r) : undefined;
  const streetColumns = { street: t.community.street };

  const invested = rows.filter((r) => r.renovation);
  if (invested.length > 0) {
    const total = invested.reduce((sum, r) => sum + (r.renovation?.cost_wan ?? 0), 0);
    const title = fill(c.investment, { count: invested.length, total: formatWan(total) });
    charts.push(
      byStreet
        ? make(
            'investment',
            { type: 'bar', title, from: 'streets', x: 'street', y: ['renovation.cost_wan'], sort: 'desc' },
            byStreet.map(({ street, communities: members }) => ({ street, renovation: { cost_wan: members.reduce((sum, r) => sum + (r.renovation?.cost_wan ?? 0), 0) } })),
            streetColumns,
          )
        : make('investment', { type: 'bar', title, from: 'communities', x: 'name', y: ['renovation.cost_wan'], sort: 'desc' }, rows),
    );
  }

  const funding = getDistrictFunding(context);
  const funded = funding.filter((r) => (r.total as number) > 0);
  if (funded.length > 0) {
    const first = funded[0];
    const last = funded[funded.length - 1];
    charts.push(
      make(
        'funding',
        { type: 'stacked-bar', title: fill(c.funding, { from: String(first.year), to: String(last.year), start: formatWan(first.total as number), end: formatWan(last.total as number) }), from: 'district.funding', x: 'year', y: FUNDING_SERIES },
        funding,
      ),
    );
  }

  const target = site.targets?.area_per_100_households_m2;
  const reaching = target === undefined ? 0 : rows.filter((r) => (r.area_per_100_households_m2 ?? 0) >= target).length;
  const facilityTitle = target === undefined ? c.facilityNoTarget : fill(c.facility, { count: reaching, total: rows.length, target: formatNumber(target) });
  const facilityTarget = target === undefined ? undefined : 'area_per_100_households_m2';
  charts.push(
    byStreet
      ? make(
          'facility',
          { type: 'bar', title: facilityTitle, from: 'streets', x: 'street', y: ['area_per_100_households_m2'], sort: 'desc', target: facilityTarget, caption: c.streetMean },
          byStreet.map(({ street, communities: members }) => ({ street, area_per_100_households_m2: mean(members.map((r) => r.area_per_100_households_m2)) })),
          streetColumns,
        )
      : make('facility', { type: 'bar', title: facilityTitle, from: 'communities', x: 'name', y: ['area_per_100_households_m2'], sort: 'desc', target: facilityTarget }, rows),
  );

  const metRates = site.standards.map((standard) => ({
    standard: standard.name,
    met_pct: communities.length === 0 ? null : (communities.filter((x) => getStatus(x, standard.id) === 'met').length / communities.length) * 100,
  }));
  charts.push(make('standards', { type: 'bar', title: c.standards, from: 'standards', x: 'standard', y: ['met_pct'] }, metRates, { standard: t.community.standard, met_pct: c.metPct }));

  const rooms = countRooms(communities);
  if (rooms.length > 0) {
    // The long tail of rooms only one or two communities have would drown the common ones.
    const shown = rooms.slice(0, MAX_ROOMS);
    const caption = rooms.length > MAX_ROOMS ? fill(c.roomsOthers, { count: rooms.length - MAX_ROOMS }) : undefined;
    charts.push(make('rooms', { type: 'bar', title: fill(c.rooms, { room: rooms[0].room as string }), from: 'rooms', x: 'room', y: ['coverage_pct'], sort: 'desc', caption }, shown, { room: t.community.rooms, coverage_pct: c.roomCoverage }));
  }

  const satisfaction = getDistrictSatisfaction(context);
  if (satisfaction.length > 0) {
    const first = satisfaction[0];
    const last = satisfaction[satisfaction.length - 1];
    charts.push(
      make(
        'satisfaction',
        {
          type: 'line',
          title: fill(c.satisfaction, { from: String(first.year), to: String(last.year), start: formatPct(first.pct as number), end: formatPct(last.pct as number) }),
          from: 'district.satisfaction',
          x: 'year',
          y: ['pct'],
          target: site.targets?.satisfaction_pct === undefined ? undefined : 'satisfaction_pct',
        },
        satisfaction,
      ),
    );
  }

  const levels = DEMONSTRATION_LEVELS.filter((l) => l !== 'none').map((level) => ({ level: t.demonstration[level], communities: communities.filter((x) => x.demonstration === level).length }));
  const demonstrations = levels.reduce((sum, l) => sum + l.communities, 0);
  charts.push(make('demonstrations', { type: 'bar', title: fill(c.demonstrations, { count: demonstrations }), from: 'demonstrations', x: 'level', y: ['communities'] }, levels, { level: t.community.demonstration, communities: c.communityCount }));
  return charts;
}

/** Medians over the district of the ratios a community page compares itself with. */
export interface DistrictMedians {
  workers_per_10k: number | null;
  volunteers_per_1k: number | null;
  area_per_100_households: number | null;
  social_workers_per_10k: number | null;
}

/** Computes the district medians once, for every community page to compare against. */
export function getDistrictMedians(communities: readonly Community[]): DistrictMedians {
  const ratios = communities.map(getRatios);
  const pick = (key: keyof DistrictMedians) => median(ratios.map((r) => r[key]).filter((v): v is number => v !== null));
  return { workers_per_10k: pick('workers_per_10k'), volunteers_per_1k: pick('volunteers_per_1k'), area_per_100_households: pick('area_per_100_households'), social_workers_per_10k: pick('social_workers_per_10k') };
}

function getRatios(c: Community): DistrictMedians {
  const derived = deriveCommunity(c);
  const per = (value: number | undefined, base: number, scale: number) => (value === undefined || base <= 0 ? null : (value / base) * scale);
  return {
    workers_per_10k: derived.workers_per_10k_residents,
    volunteers_per_1k: per(c.volunteers, c.population, 1000),
    area_per_100_households: derived.area_per_100_households_m2,
    social_workers_per_10k: per(c.staff.licensed_social_workers, c.population, 10000),
  };
}

/** A community page's charts: funding by year, satisfaction against the target, ratios against the median. */
export function buildCommunityCharts(slug: string, community: Community, context: Pick<DataContext, 'site'>, medians: DistrictMedians, t: Strings): Chart[] {
  const s = t.chart;
  const c = t.charts;
  const targets = context.site.targets;
  const make = (id: string, spec: ChartSpec, data: Row[], columns?: Record<string, string>) => buildChart(spec, data, { id: getCommunityChartId(slug, id), strings: s, columns, targetValue: spec.target ? targets?.[spec.target] : undefined });
  const charts: Chart[] = [];
  if (community.funding.length > 0) {
    const rows = [...community.funding].sort((a, b) => a.year - b.year);
    charts.push(make('funding', { type: 'stacked-bar', title: c.communityFunding, from: 'community.funding', x: 'year', y: FUNDING_SERIES }, rows));
  }
  if (community.satisfaction.length > 0) {
    const rows = [...community.satisfaction].sort((a, b) => a.year - b.year);
    const latest = rows[rows.length - 1];
    charts.push(
      make(
        'satisfaction',
        {
          type: 'line',
          title: fill(c.communitySatisfaction, { year: String(latest.year), pct: formatPct(latest.pct) }),
          from: 'community.satisfaction',
          x: 'year',
          y: ['pct'],
          target: targets?.satisfaction_pct === undefined ? undefined : 'satisfaction_pct',
        },
        rows,
      ),
    );
  }
  const own = getRatios(community);
  const ratioRows = (Object.keys(own) as (keyof DistrictMedians)[]).map((key) => ({ indicator: c.ratios[key], community: round2(own[key]), median: round2(medians[key]) })).filter((r) => r.community !== null || r.median !== null);
  charts.push(make('ratios', { type: 'bar', title: c.communityRatios, from: 'ratios', x: 'indicator', y: ['community', 'median'] }, ratioRows, { indicator: c.indicator, community: c.thisCommunity, median: c.districtMedian }));
  return charts;
}

/** Share of communities that have each function room, most common first. */
function countRooms(communities: readonly Community[]): Row[] {
  const counts = new Map<string, number>();
  for (const room of communities.flatMap((c) => [...new Set(c.facility.rooms)])) counts.set(room, (counts.get(room) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'zh-CN')).map(([room, count]) => ({ room, coverage_pct: round2((count / communities.length) * 100) }));
}

function round2(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

function mean(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}
