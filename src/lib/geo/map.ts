import type { Chart } from '../charts/build.ts';
import { formatValue } from '../charts/build.ts';
import type { ValueFormat } from '../charts/labels.ts';
import { formatPublishedCsv } from '../csv.ts';
import { classifyBreaks, listClassRanges } from './classify.ts';
import { layOutTiles } from './grid.ts';
import type { GeoShape } from './project.ts';
import { projectShapes } from './project.ts';
import type { GeoLayer } from './read.ts';
import type { Point } from './simplify.ts';

/** The checked boundary files of a district; either may be missing. */
export interface GeoLayers {
  streets?: GeoLayer;
  communities?: GeoLayer;
}

/** What a map can colour its shapes by. */
export interface MapMeasure {
  label: string;
  /** Shown in the legend and the table header: `%`, `元/户`. */
  unit: string;
  format: ValueFormat;
}

/** A street or community to show, with one value per measure. */
export interface MapItem {
  kind: 'street' | 'community';
  /** The street's name or the community's slug: what boundary features are keyed by. */
  key: string;
  name: string;
  street: string;
  href?: string;
  values: (number | null)[];
}

/** A drawn shape: an area (`d`), a dot or a tile; `base` shapes are outlines for orientation only. */
export interface MapShape {
  kind: 'street' | 'community' | 'base';
  key: string;
  name: string;
  street: string;
  href?: string;
  values: (number | null)[];
  d?: string;
  dot?: Point;
  tile?: [number, number, number];
}

/** A map laid out at build time: everything the SVG needs, nothing computed in the browser. */
export interface MapDrawing {
  width: number;
  height: number;
  /** A tile-grid map (no boundary files) rather than a geographic one. */
  schematic: boolean;
  measures: (MapMeasure & { breaks: number[]; ranges: [number, number][] })[];
  shapes: MapShape[];
  labels: { text: string; x: number; y: number }[];
}

/** A chart whose figure is a map. */
export type MapChart = Chart & { map: MapDrawing };

/** What a map chart is built from. */
export interface MapInput {
  id: string;
  title: string;
  caption?: string;
  measures: MapMeasure[];
  items: MapItem[];
  geo: GeoLayers;
  /** Interface words: the table's street and community columns, the whole-street row, the map type. */
  words: { street: string; community: string; wholeStreet: string; map: string; count: string; highest: string; lowest: string };
}

/**
 * Builds a map chart: a geographic map when the boundary files have shapes for the items, a
 * tile-grid map (a square per community, in blocks by street) otherwise; classed colours per
 * measure; the table of every item (also what the CSV holds) and a summary for screen readers.
 */
export function buildMapChart(input: MapInput): MapChart {
  const { items, geo, measures } = input;
  const drawing = drawItems(items, geo);
  const classed = measures.map((m, i) => {
    const values = items.map((item) => item.values[i]);
    const breaks = classifyBreaks(values);
    return { ...m, breaks, ranges: listClassRanges(values, breaks) };
  });
  const columns = [
    { key: 'street', label: input.words.street, format: 'number' as const },
    { key: 'name', label: input.words.community, format: 'number' as const },
    ...measures.map((m, i) => ({ key: `m${i}`, label: m.unit ? `${m.label}（${m.unit}）` : m.label, format: m.format })),
  ];
  const rows = items.map((item) => [item.street, item.kind === 'street' ? input.words.wholeStreet : item.name, ...item.values]);
  return {
    id: input.id,
    type: 'map',
    title: input.title,
    caption: input.caption,
    columns,
    rows,
    config: { type: 'bar', data: { labels: [], datasets: [] }, options: {}, format: measures[0]?.format ?? 'number' },
    summary: summarizeMap(input, columns.slice(2)),
    size: 'm',
    csv: formatPublishedCsv([columns.map((c) => c.label), ...rows]),
    map: { ...drawing, measures: classed },
  };
}

function drawItems(items: readonly MapItem[], geo: GeoLayers): Omit<MapDrawing, 'measures'> {
  const layerFor = (kind: MapItem['kind']) => (kind === 'street' ? geo.streets : geo.communities);
  const featureOf = (item: MapItem) => layerFor(item.kind)?.features.find((f) => f.key === item.key);
  const placed = items.flatMap((item) => {
    const feature = featureOf(item);
    return feature ? [{ item, feature }] : [];
  });
  if (placed.length > 0) {
    // Streets drawn for orientation under a map of communities.
    const shown = new Set(items.filter((i) => i.kind === 'street').map((i) => i.key));
    const streetsOfItems = new Set(items.map((i) => i.street));
    const base = items.some((i) => i.kind === 'community') ? (geo.streets?.features ?? []).filter((f) => !shown.has(f.key) && streetsOfItems.has(f.key)) : [];
    const shapes: GeoShape[] = [...base.map((f) => ({ id: `base:${f.key}`, polygons: f.polygons })), ...placed.map(({ item, feature }) => ({ id: `${item.kind}:${item.key}`, polygons: feature.polygons, point: feature.point }))];
    const projected = projectShapes(shapes);
    const shapeOf = (kind: MapShape['kind'], item: Omit<MapShape, 'kind'>): MapShape => {
      const id = `${kind}:${item.key}`;
      const d = projected.paths.get(id);
      return { ...item, kind, ...(d ? { d } : { dot: projected.centres.get(id) }) };
    };
    const drawn = [
      ...base.map((f) => shapeOf('base', { key: f.key, name: f.key, street: f.key, values: [] })),
      // Areas under dots: streets first, then community areas, then community dots.
      ...placed.map(({ item }) => shapeOf(item.kind, item)).sort((a, b) => rank(a) - rank(b)),
    ];
    const labelled = drawn.filter((s) => s.kind !== 'community' && s.d);
    const labels = labelled.map((s) => {
      const [x, y] = projected.centres.get(`${s.kind}:${s.key}`)!;
      return { text: s.name, x, y };
    });
    return { width: projected.width, height: projected.height, schematic: false, shapes: drawn, labels };
  }
  const communities = items.filter((i) => i.kind === 'community');
  const tiled = communities.length > 0 ? communities : items;
  const groups = [...new Set(tiled.map((i) => i.street))].map((street) => ({ label: street, ids: tiled.filter((i) => i.street === street).map((i) => i.key) }));
  const layout = layOutTiles(groups, communities.length > 0 ? 32 : 44);
  const shapes = tiled.map((item): MapShape => {
    const tile = layout.tiles.get(item.key)!;
    return { ...item, tile: [tile.x, tile.y, tile.size] };
  });
  return { width: layout.width, height: layout.height, schematic: true, shapes, labels: layout.labels };
}

function rank(shape: MapShape): number {
  return shape.kind === 'street' ? 0 : shape.d ? 1 : 2;
}

function summarizeMap(input: MapInput, columns: { label: string; format: ValueFormat }[]): string {
  const parts = [`${input.words.map}：${input.title}`, input.words.count.replace('{count}', String(input.items.length))];
  columns.forEach((column, i) => {
    const points = input.items.flatMap((item) => (item.values[i] === null ? [] : [{ name: item.kind === 'street' ? item.street : item.name, value: item.values[i]! }]));
    if (points.length === 0) return;
    const max = points.reduce((a, b) => (b.value > a.value ? b : a));
    const min = points.reduce((a, b) => (b.value < a.value ? b : a));
    parts.push(`${column.label}：${input.words.highest} ${max.name} ${formatValue(max.value, column.format)}，${input.words.lowest} ${min.name} ${formatValue(min.value, column.format)}`);
  });
  return `${parts.join('；')}。`;
}
