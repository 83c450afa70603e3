import { formatPublishedCsv } from '../csv.ts';
import { formatInt, formatNumber, formatPct, MISSING } from '../format.ts';
import type { Strings } from '../i18n/index.ts';
import type { ValueFormat } from './labels.ts';
import { getFieldFormat, getFieldLabel, getSeriesSlot } from './labels.ts';
import type { ChartSpec, ChartType } from './spec.ts';
import type { Row } from './sources.ts';
import type { MapDrawing } from '../geo/map.ts';
import { getPath } from './sources.ts';
import { buildTargetDataset } from './target-line.ts';

/** A table column of a chart: the x column first, then one per series. */
export interface ChartColumn {
  key: string;
  label: string;
  format: ValueFormat;
}

/** A chart ready for a page: its table, its chart.js config and its downloads. */
export interface Chart {
  /** Stable id: the CSV's file name and the figure's anchor. */
  id: string;
  type: ChartType;
  title: string;
  caption?: string;
  source?: string;
  columns: ChartColumn[];
  /** Exactly the plotted numbers, x first; null where a value is missing. */
  rows: (string | number | null)[][];
  /** chart.js configuration; colours are CSS custom property names resolved in the browser. */
  config: ChartConfig;
  /** What the canvas shows, for screen readers. */
  summary: string;
  /** Height class reserved for the canvas, so nothing shifts when it draws. */
  size: 'm' | 'l' | 'xl' | 'xxl';
  /** The table as CSV, UTF-8 with a BOM so that Excel opens Chinese correctly. */
  csv: string;
  /** For a map: the drawing laid out at build time (src/lib/geo/map.ts). */
  map?: MapDrawing;
}

/** The JSON handed to the browser: chart.js's own shape plus our formatting hints. */
export interface ChartConfig {
  type: 'bar' | 'line' | 'pie' | 'doughnut' | 'radar' | 'scatter';
  data: { labels: string[]; datasets: Record<string, unknown>[] };
  options: Record<string, unknown>;
  /** How the browser formats axis and tooltip numbers. */
  format: ValueFormat;
}

/** What a chart needs besides its spec and rows. */
export interface ChartOptions {
  id: string;
  strings: Strings['chart'];
  /** Column labels from a CSV table's description. */
  columns?: Record<string, string>;
  /** Source note (from a table's description). */
  source?: string;
  /** Reference value of the spec's `target`. */
  targetValue?: number;
}

/** Turns a chart spec and its rows into a chart: table, config, summary and CSV. */
export function buildChart(spec: ChartSpec, sourceRows: readonly Row[], options: ChartOptions): Chart {
  const isStacked = spec.type === 'stacked-bar';
  const value = (row: Row, field: string) => toNumber(getPath(row, field));
  const total = (row: Row) => spec.y.reduce((sum, field) => sum + (value(row, field) ?? 0), 0);
  const rows = [...sourceRows];
  if (spec.sort) {
    const key = (row: Row) => (isStacked ? total(row) : (value(row, spec.y[0]) ?? -Infinity));
    rows.sort((a, b) => (spec.sort === 'asc' ? key(a) - key(b) : key(b) - key(a)));
  }
  const columns: ChartColumn[] = [
    { key: spec.x, label: getFieldLabel(spec.x, options.columns), format: 'number' },
    ...spec.y.map((field) => {
      const label = getFieldLabel(field, options.columns);
      return { key: field, label, format: getFieldFormat(field, label) };
    }),
  ];
  const labels = rows.map((row) => formatCategory(getPath(row, spec.x)));
  // The table, the chart and the CSV all carry the numbers as the table shows them.
  const tableRows = rows.map((row, i) => [labels[i], ...spec.y.map((field, j) => roundFor(value(row, field), columns[j + 1].format))]);
  const format = columns[1].format;
  const horizontal = (spec.type === 'bar' || isStacked) && labels.length > 8;
  const config = buildConfig(spec, columns, labels, tableRows, { horizontal, format, target: options.targetValue, strings: options.strings });
  return {
    id: options.id,
    type: spec.type,
    title: spec.title,
    caption: spec.caption,
    source: options.source,
    columns,
    rows: tableRows,
    config,
    summary: summarize(spec, columns, tableRows, options.strings),
    size: !horizontal ? 'm' : labels.length <= 12 ? 'l' : labels.length <= 24 ? 'xl' : 'xxl',
    csv: formatPublishedCsv([columns.map((c) => c.label), ...tableRows]),
  };
}

function buildConfig(spec: ChartSpec, columns: ChartColumn[], labels: string[], rows: (string | number | null)[][], hints: { horizontal: boolean; format: ValueFormat; target?: number; strings: Strings['chart'] }): ChartConfig {
  const isStacked = spec.type === 'stacked-bar';
  const isRound = spec.type === 'pie' || spec.type === 'doughnut';
  const datasets: Record<string, unknown>[] = columns.slice(1).map((column, i) => {
    const data = spec.type === 'scatter' ? rows.map((r) => ({ x: toNumber(r[0]), y: r[i + 1] })) : rows.map((r) => r[i + 1]);
    const colour = `--chart-${getSeriesSlot(column.key)}`;
    return {
      label: column.label,
      data,
      backgroundColor: isRound ? rows.map((_, j) => `--chart-${(j % 8) + 1}`) : colour,
      borderColor: isRound ? '--chart-surface' : colour,
      pointStyle: spec.type === 'line' || spec.type === 'scatter' || spec.type === 'radar' ? 'circle' : 'rect',
      ...(spec.type === 'line' || spec.type === 'radar' ? { fill: false, spanGaps: false, tension: 0.2 } : {}),
    };
  });
  if (hints.target !== undefined && !isRound && spec.type !== 'radar') {
    datasets.push(buildTargetDataset(`${hints.strings.target} ${formatNumber(hints.target)}`, hints.target, labels.length));
  }
  // Bars start at zero so lengths compare honestly; lines zoom to their range.
  const valueAxis = { beginAtZero: spec.type !== 'line' && spec.type !== 'scatter', stacked: isStacked };
  const categoryAxis = { stacked: isStacked };
  const scales = isRound || spec.type === 'radar' ? undefined : hints.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis };
  return {
    // Map blocks never come here: they are built by src/lib/charts/map-chart.ts.
    type: (spec.type === 'stacked-bar' ? 'bar' : spec.type) as ChartConfig['type'],
    data: { labels: spec.type === 'scatter' ? [] : labels, datasets },
    options: {
      ...(hints.horizontal ? { indexAxis: 'y' } : {}),
      ...(scales ? { scales } : {}),
      plugins: { legend: { display: datasets.length > 1 || isRound, labels: { usePointStyle: true } } },
    },
    format: hints.format,
  };
}

/** A screen-reader summary: what is shown, its range, and its total or latest value. */
function summarize(spec: ChartSpec, columns: ChartColumn[], rows: (string | number | null)[][], s: Strings['chart']): string {
  const parts = [`${s.types[spec.type]}：${spec.title}`, s.count.replace('{count}', String(rows.length))];
  columns.slice(1).forEach((column, i) => {
    const points = rows.flatMap((r) => (typeof r[i + 1] === 'number' ? [{ label: String(r[0]), value: r[i + 1] as number }] : []));
    if (points.length === 0) return;
    const max = points.reduce((a, b) => (b.value > a.value ? b : a));
    const min = points.reduce((a, b) => (b.value < a.value ? b : a));
    const fmt = (v: number) => formatValue(v, column.format);
    const detail = [`${s.highest} ${max.label} ${fmt(max.value)}`, `${s.lowest} ${min.label} ${fmt(min.value)}`];
    if (spec.type === 'line') detail.push(`${s.latest} ${points[points.length - 1].label} ${fmt(points[points.length - 1].value)}`);
    // A total only means something for amounts and counts, not for ratios or percentages.
    else if (column.format === 'wan' || column.format === 'int') detail.push(`${s.total} ${fmt(points.reduce((sum, p) => sum + p.value, 0))}`);
    parts.push(`${column.label}：${detail.join('，')}`);
  });
  return `${parts.join('；')}。`;
}

/** A table cell or summary figure in a column's format (the unit is in the header). */
export function formatValue(value: number | null, format: ValueFormat): string {
  if (value === null) return MISSING;
  if (format === 'int') return formatInt(value);
  if (format === 'pct') return formatPct(value).slice(0, -1);
  return formatNumber(value);
}

/** Rounds to the decimals a column shows: none for counts, one for percentages, two otherwise. */
function roundFor(value: number | null, format: ValueFormat): number | null {
  if (value === null) return null;
  const scale = format === 'int' ? 1 : format === 'pct' ? 10 : 100;
  return Math.round(value * scale) / scale;
}

function formatCategory(value: unknown): string {
  return value === null || value === undefined ? MISSING : String(value);
}

function toNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
