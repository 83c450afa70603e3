import { formatValue } from '../charts/build.ts';
import type { MapChart, MapDrawing, MapShape } from './map.ts';
import { getValueClass } from './classify.ts';

/** The words of a map figure besides those every chart has. */
export interface MapWords {
  measureLabel: string;
  noData: string;
  legend: string;
  note: string;
  schematic: string;
  current: string;
  hint: string;
}

/** The words every chart figure has (toggle, downloads). */
export interface FigureWords {
  toggleLabel: string;
  chart: string;
  table: string;
  downloadCsv: string;
  downloadImage: string;
  source: string;
}

// A street's map appears on each of its communities' pages, the same but for the highlighted
// community: its shapes and table are drawn once per map object (and words) and reused,
// instead of formatting every neighbour's values again on every page.
const plainShapes = new WeakMap<MapShape, { words: MapWords; html: string }>();
const tables = new WeakMap<MapChart, { words: MapWords; html: { head: string; body: string } }>();

/** The cached drawing of `key` in these words, or a new one. */
function drawOnce<K extends object, T>(cache: WeakMap<K, { words: MapWords; html: T }>, key: K, words: MapWords, draw: () => T): T {
  const hit = cache.get(key);
  if (hit?.words === words) return hit.html;
  const html = draw();
  cache.set(key, { words, html });
  return html;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/**
 * Renders a map chart as a figure: the inline SVG (drawn at build time, readable without
 * JavaScript and in print), the measure switch, legend, the schematic note, the table of every
 * value, caption, the chart/table toggle and the downloads — the same order as other charts.
 * Every shape is named by a `<title>` and an aria-label with its values, so colour is never the
 * only carrier; interactive shapes are links (communities) or focusable images (streets).
 */
export function renderMapFigure(chart: MapChart, s: FigureWords, w: MapWords, csvHref: string, options: { uiLang?: string; highlight?: string } = {}): string {
  const lang = options.uiLang ? ` lang="${options.uiLang}"` : '';
  const { map } = chart;
  const id = escapeHtml(chart.id);
  const current = map.shapes.find((shape) => shape.kind === 'community' && shape.key === options.highlight);
  const switcher =
    map.measures.length > 1
      ? `<div class="map-switch chart-toggle" role="group" aria-label="${escapeHtml(w.measureLabel)}" hidden${lang}>${map.measures.map((m, i) => `<button type="button" data-measure="${i}" aria-pressed="${i === 0}">${escapeHtml(m.label)}</button>`).join('')}</div>`
      : '';
  const { head, body } = drawOnce(tables, chart, w, () => renderTableParts(chart));
  return [
    `<figure class="map-figure" id="chart-${id}" data-view="chart" data-measure="0" data-pagefind-ignore>`,
    `<figcaption class="chart-title">${escapeHtml(chart.title)}</figcaption>`,
    switcher,
    `<div class="map-box">${renderMapSvg(chart, w, options.highlight)}</div>`,
    current ? `<p class="map-current">${escapeHtml(`${w.current}：${current.name}`)}</p>` : '',
    `<p class="map-readout" aria-live="polite" hidden${lang}>${escapeHtml(w.hint)}</p>`,
    renderLegend(map, w, lang),
    `<p class="map-note"${lang}>${escapeHtml(map.schematic ? `${w.schematic}。${w.note}` : w.note)}</p>`,
    `<div class="chart-table table-scroll" tabindex="0" role="region" aria-label="${escapeHtml(`${s.table}：${chart.title}`)}"><table class="data numeric"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`,
    chart.caption ? `<p class="chart-caption">${escapeHtml(chart.caption)}</p>` : '',
    `<div class="chart-actions"${lang}>`,
    `<div class="chart-toggle map-view" role="group" aria-label="${escapeHtml(s.toggleLabel)}" hidden><button type="button" data-view="chart" aria-pressed="true">${escapeHtml(s.chart)}</button><button type="button" data-view="table" aria-pressed="false">${escapeHtml(s.table)}</button></div>`,
    `<a class="chart-download" href="${escapeHtml(csvHref)}" download="${id}.csv">${escapeHtml(s.downloadCsv)}</a>`,
    `<button type="button" class="chart-download" data-download-image hidden>${escapeHtml(s.downloadImage)}</button>`,
    `</div>`,
    `</figure>`,
  ].join('');
}

/** The SVG alone: shapes with their classes per measure, names and values, and street labels. */
export function renderMapSvg(chart: MapChart, w: MapWords, highlight?: string): string {
  const { map } = chart;
  const shapes = map.shapes.map((shape) => (shape.kind === 'community' && shape.key === highlight ? renderShape(shape, map, w, true) : drawOnce(plainShapes, shape, w, () => renderShape(shape, map, w, false)))).join('');
  const current = map.shapes.find((s) => s.kind === 'community' && s.key === highlight);
  const texts = [...map.labels.map((l) => `<text x="${l.x}" y="${l.y}"${map.schematic ? '' : ' text-anchor="middle"'}>${escapeHtml(l.text)}</text>`), ...(current && !map.schematic ? [renderCurrentLabel(current, w, map.width)] : [])];
  // A halo under each label keeps it legible on any fill (a copy, as validators reject CSS paint-order).
  const labels = [...texts.map((text) => text.replace('<text', '<text data-halo=""')), ...texts].join('');
  return `<svg class="map-svg${map.schematic ? ' map-schematic' : ''}" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" role="group" aria-label="${escapeHtml(chart.summary)}" xmlns="http://www.w3.org/2000/svg">${shapes}<g class="map-labels" aria-hidden="true">${labels}</g></svg>`;
}

function renderShape(shape: MapShape, map: MapDrawing, w: MapWords, isCurrent: boolean): string {
  if (shape.kind === 'base') return `<path class="map-base" d="${shape.d ?? ''}" aria-hidden="true"></path>`;
  const values = map.measures.map((m, i) => `${m.label} ${formatValue(shape.values[i] ?? null, m.format)}${shape.values[i] === null || shape.values[i] === undefined ? `（${w.noData}）` : m.unit}`);
  const name = shape.kind === 'street' ? shape.name : `${shape.name}（${shape.street}）`;
  const label = escapeHtml(`${isCurrent ? `${w.current}：` : ''}${name}：${values.join('；')}`);
  const classes = map.measures.map((m, i) => ` data-c${i}="${getValueClass(shape.values[i] ?? null, m.breaks)}"`).join('');
  const kind = `map-shape map-${shape.kind}${isCurrent ? ' is-current' : ''}`;
  const geometry = shape.d
    ? `<path d="${shape.d}"></path>`
    : shape.tile
      ? `<rect x="${shape.tile[0]}" y="${shape.tile[1]}" width="${shape.tile[2]}" height="${shape.tile[2]}"></rect>`
      : `<circle cx="${shape.dot?.[0] ?? 0}" cy="${shape.dot?.[1] ?? 0}" r="${isCurrent ? 11 : 7}"></circle>`;
  const inner = `<title>${label}</title>${geometry}`;
  if (shape.href) return `<a class="${kind}" href="${escapeHtml(shape.href)}" aria-label="${label}"${classes}>${inner}</a>`;
  return `<g class="${kind}" tabindex="0" role="img" aria-label="${label}"${classes}>${inner}</g>`;
}

function renderCurrentLabel(shape: MapShape, w: MapWords, width: number): string {
  const [x, y] = shape.dot ?? (shape.tile ? [shape.tile[0] + shape.tile[2] / 2, shape.tile[1]] : [0, 0]);
  const anchor = x > width * 0.7 ? 'end' : x < width * 0.3 ? 'start' : 'middle';
  return `<text class="map-current-label" x="${x}" y="${Math.max(20, y - 16)}" text-anchor="${anchor}">${escapeHtml(`${w.current}：${shape.name}`)}</text>`;
}

function renderTableParts(chart: MapChart): { head: string; body: string } {
  const head = chart.columns.map((c, i) => `<th scope="col"${i > 1 ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`).join('');
  const body = chart.rows
    .map(
      (row) =>
        `<tr><td>${escapeHtml(String(row[0]))}</td><th scope="row">${escapeHtml(String(row[1]))}</th>${row
          .slice(2)
          .map((v, i) => `<td class="num">${formatValue(v as number | null, chart.columns[i + 2].format)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  return { head, body };
}

function renderLegend(map: MapDrawing, w: MapWords, lang: string): string {
  const lists = map.measures.map((m, i) => {
    const items = m.ranges.map(([from, to], c) => `<li><span class="map-key" data-c="${c + 1}" aria-hidden="true"></span>${formatValue(from, m.format)}–${formatValue(to, m.format)}${escapeHtml(m.unit)}</li>`);
    const hasMissing = map.shapes.some((s) => s.kind !== 'base' && (s.values[i] === null || s.values[i] === undefined));
    if (hasMissing) items.push(`<li><span class="map-key" data-c="0" aria-hidden="true"></span><span${lang}>${escapeHtml(w.noData)}</span></li>`);
    return `<div class="map-legend-set" data-legend="${i}"><p class="map-legend-title">${escapeHtml(`${w.legend}：${m.label}`)}</p><ul>${items.join('')}</ul></div>`;
  });
  return `<div class="map-legend">${lists.join('')}</div>`;
}
