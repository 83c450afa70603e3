// The compare page: two to four communities (?c=a,b,c) side by side. Their small JSON files
// and the district's medians were written at build time; charts go through the same drawing
// script as every other chart of the site.
import { buildTargetDataset } from '../lib/charts/target-line.ts';
import { drawChartsWhenVisible } from './charts.ts';

interface Figures {
  [key: string]: number | null;
}
interface CommunityRecord {
  slug: string;
  name: string;
  street: string;
  type: string;
  figures: Figures;
  standards: Record<string, 'met' | 'partial' | 'unmet'>;
  funding: { year: number; total: number }[];
  satisfaction: { year: number; pct: number }[];
}
interface DistrictRecord {
  fields: { key: string; label: string; format: 'wan' | 'pct' | 'int' | 'number'; median: number | null }[];
  standards: { id: string; name: string }[];
  satisfactionTarget: number | null;
}
type Strings = Record<string, string> & { status: Record<string, string>; chart: Record<string, string> };

const SYMBOLS = { met: '✓', partial: '◐', unmet: '✗' } as const;
const numbers = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** Reads the picked communities from the URL and draws the comparison. */
export async function startCompare(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-compare]');
  const strings = JSON.parse(document.getElementById('compare-strings')?.textContent ?? '{}') as Strings;
  if (!root) return;
  const base = root.dataset.base ?? '/';
  const slugs = [...new Set((new URLSearchParams(location.search).get('c') ?? '').split(',').filter((s) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s)))].slice(0, 4);
  const empty = root.querySelector<HTMLElement>('[data-compare-empty]');
  if (slugs.length < 2) {
    if (empty) empty.hidden = false;
    return;
  }
  let district: DistrictRecord;
  let records: CommunityRecord[];
  try {
    const load = async <T>(path: string): Promise<T> => {
      const response = await fetch(`${base}${path}`);
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json() as Promise<T>;
    };
    [district, ...records] = (await Promise.all([load<DistrictRecord>('data/district.json'), ...slugs.map((s) => load<CommunityRecord>(`data/communities/${s}.json`))])) as [DistrictRecord, ...CommunityRecord[]];
  } catch {
    root.append(element('p', { class: 'note' }, strings.failed));
    return;
  }
  const names = records.map((r) => element('a', { href: `${base}communities/${r.slug}/` }, r.name));
  root.append(
    element('h2', { id: 'compare-figures' }, strings.figures),
    scrollTable(
      strings.figures,
      [strings.indicator, ...names, strings.median],
      district.fields.map((field) => [field.label, ...records.map((r) => formatFigure(r.figures[field.key], field.format)), formatFigure(field.median, field.format)]),
    ),
    element('h2', { id: 'compare-standards' }, strings.standards),
    scrollTable(
      strings.standards,
      ['', ...names],
      district.standards.map((s) => [s.name, ...records.map((r) => `${SYMBOLS[r.standards[s.id]]} ${strings.status[r.standards[s.id]]}`)]),
      false,
    ),
    chartFigure(
      'compare-funding',
      strings.funding,
      'bar',
      records.map((r) => r.name),
      yearsOf(records.flatMap((r) => r.funding.map((f) => f.year))),
      records.map((r) => r.funding.map((f) => [f.year, f.total])),
      'wan',
      strings,
      null,
    ),
    chartFigure(
      'compare-satisfaction',
      strings.satisfaction,
      'line',
      records.map((r) => r.name),
      yearsOf(records.flatMap((r) => r.satisfaction.map((s) => s.year))),
      records.map((r) => r.satisfaction.map((s) => [s.year, s.pct])),
      'pct',
      strings,
      district.satisfactionTarget,
    ),
  );
  drawChartsWhenVisible();
}

function yearsOf(years: number[]): number[] {
  return [...new Set(years)].sort((a, b) => a - b);
}

function formatFigure(value: number | null, format: string): string {
  if (value === null) return '—';
  if (format === 'int') return numbers.format(Math.round(value));
  if (format === 'pct') return `${value.toFixed(1)}%`;
  return numbers.format(value);
}

function element(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function scrollTable(label: string, head: (Node | string)[], rows: string[][], numeric = true): HTMLElement {
  const table = element(
    'table',
    { class: numeric ? 'data numeric' : 'data' },
    element('thead', {}, element('tr', {}, ...head.map((cell) => element('th', { scope: 'col' }, typeof cell === 'string' ? cell : cell.cloneNode(true))))),
    element('tbody', {}, ...rows.map(([first, ...rest]) => element('tr', {}, element('th', { scope: 'row' }, first), ...rest.map((cell) => element('td', {}, cell))))),
  );
  return element('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': label }, table);
}

/** A figure in the site's chart markup, so the shared script draws it (table, toggle, image). */
function chartFigure(id: string, title: string, type: 'bar' | 'line', names: string[], years: number[], series: [number, number][][], format: 'wan' | 'pct', s: Strings, target: number | null): HTMLElement {
  const values = series.map((points) => years.map((year) => points.find(([y]) => y === year)?.[1] ?? null));
  const datasets: Record<string, unknown>[] = names.map((name, i) => ({
    label: name,
    data: values[i],
    backgroundColor: `--chart-${i + 1}`,
    borderColor: `--chart-${i + 1}`,
    pointStyle: type === 'line' ? 'circle' : 'rect',
    ...(type === 'line' ? { fill: false, spanGaps: false, tension: 0.2 } : {}),
  }));
  if (target !== null && type === 'line') {
    datasets.push(buildTargetDataset(`${s.chart.target} ${target}`, target, years.length));
  }
  const config = {
    type,
    format,
    data: { labels: years.map(String), datasets },
    options: { scales: { x: { stacked: false }, y: { beginAtZero: type === 'bar', stacked: false } }, plugins: { legend: { display: true, labels: { usePointStyle: true } } } },
  };
  const summary = `${title}：${names.join('、')}，${years[0] ?? ''}–${years[years.length - 1] ?? ''}`;
  const figure = element(
    'figure',
    { class: 'chart', id: `chart-${id}`, 'data-view': 'chart' },
    element('figcaption', { class: 'chart-title' }, title),
    element('div', { class: 'chart-box chart-m' }, element('canvas', { role: 'img', 'aria-label': summary })),
    scrollTable(
      `${s.chart.table}：${title}`,
      [s.year, ...names],
      years.map((year, j) => [String(year), ...values.map((v) => formatFigure(v[j], format))]),
    ),
    element(
      'div',
      { class: 'chart-actions' },
      element(
        'div',
        { class: 'chart-toggle', role: 'group', 'aria-label': s.chart.toggleLabel, hidden: '' },
        element('button', { type: 'button', 'data-view': 'chart', 'aria-pressed': 'true' }, s.chart.chart),
        element('button', { type: 'button', 'data-view': 'table', 'aria-pressed': 'false' }, s.chart.table),
      ),
      element('button', { type: 'button', class: 'chart-download', 'data-download-image': '', hidden: '' }, s.chart.downloadImage),
    ),
    element('script', { type: 'application/json', class: 'chart-config' }, JSON.stringify(config)),
  );
  figure.querySelector('.table-scroll')?.classList.add('chart-table');
  return figure;
}
