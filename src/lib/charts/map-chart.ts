import { buildMapChart } from '../geo/map.ts';
import type { MapChart, MapItem } from '../geo/map.ts';
import type { Strings } from '../i18n/index.ts';
import { groupByStreet } from '../model.ts';
import { getCommunityPath, withBase } from '../routes.ts';
import { isLargeDistrict } from '../scale.ts';
import { getFieldFormat, getFieldLabel } from './labels.ts';
import type { MapSpec } from './map-spec.ts';
import type { DataContext, Row } from './sources.ts';
import { getPath, getRowSource } from './sources.ts';

/**
 * Builds the map of a map block: one shape per community (`geo: communities`, the default) or
 * per street, whose value combines its communities' — a sum for amounts and counts, the mean
 * for percentages and ratios. A large district's block is drawn per street, so that no page
 * carries thousands of shapes.
 */
export function buildMapBlockChart(spec: MapSpec, context: DataContext, id: string, t: Strings): MapChart {
  const label = getFieldLabel(spec.value);
  const format = getFieldFormat(spec.value, label);
  const source = getRowSource('communities', { tables: context.tables, onCommunityPage: false })!;
  const rows = source.getRows(context);
  const slugs = context.geo?.slugs ?? [];
  const value = (row: Row) => {
    const v = getPath(row, spec.value);
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
  };
  const perStreet = spec.geo === 'streets' || isLargeDistrict(rows);
  const entries = rows.map((row, i) => ({ row, slug: slugs[i] ?? String(i), community: context.communities[i] }));
  const items: MapItem[] = perStreet
    ? groupByStreet(entries, (e) => e.community).map(({ street, communities }) => ({
        kind: 'street',
        key: street,
        name: street,
        street,
        values: [
          combine(
            communities.map((e) => value(e.row)),
            format === 'wan' || format === 'int',
          ),
        ],
      }))
    : entries.map(({ row, slug, community }) => ({
        kind: 'community',
        key: slug,
        name: community.name,
        street: community.street,
        href: withBase(context.site.base, getCommunityPath(slug)),
        values: [value(row)],
      }));
  const unit = label.match(/（([^（）]+)）$/)?.[1] ?? (format === 'pct' ? '%' : format === 'wan' ? '万元' : '');
  return buildMapChart({
    id,
    title: spec.title,
    caption: spec.caption,
    items,
    geo: context.geo?.layers ?? {},
    measures: [{ label: label.replace(/（[^（）]+）$/, ''), unit, format }],
    words: { street: t.map.street, community: t.map.community, wholeStreet: t.map.wholeStreet, map: t.chart.types.map, count: t.chart.count, highest: t.chart.highest, lowest: t.chart.lowest },
  });
}

function combine(values: (number | null)[], add: boolean): number | null {
  const known = values.filter((v) => v !== null);
  if (known.length === 0) return null;
  const total = known.reduce((a, b) => a + b, 0);
  return Math.round((add ? total : total / known.length) * 100) / 100;
}
