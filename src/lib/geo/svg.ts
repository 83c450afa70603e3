import { createHash } from 'node:crypto';
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
// community. So the figure is drawn once per map object (and words, download address and
// language) as a frame, and each page takes the frame's strings and draws only the highlighted
// shape and its label: slices and joins of strings V8 does not copy, instead of formatting every
// neighbour's values and copying the whole figure again on every page.
interface MapFrame {
  /** What the frame was drawn with; another call with the same map object may differ. */
  with: { s: FigureWords; w: MapWords; csvHref: string; lang: string };
  /** The figure up to the first shape. */
  head: string;
  /** Every shape, none highlighted. */
  shapes: string;
  /** Where each community's shape lies in `shapes`, to draw it highlighted instead. */
  spans: Map<string, { shape: MapShape; index: number; from: number; to: number }>;
  /** What the ids of the shapes' titles start with, unique to the map. */
  idPrefix: string;
  /** The map's labels with their halos (see `renderLabels`). */
  halos: string;
  labels: string;
  /** The figure after the current community's line. */
  tail: string;
}
const frames = new WeakMap<MapChart, MapFrame>();

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/**
 * Renders a map chart as a figure: the inline SVG (drawn at build time, readable without
 * JavaScript and in print), the measure switch, legend, the schematic note, the table of every
 * value, caption, the chart/table toggle and the downloads — the same order as other charts.
 * Every shape is named by its `<title>` with its values (through aria-labelledby, which screen
 * readers and checkers honour more widely than a title alone), so colour is never the only
 * carrier; interactive shapes are links (communities) or focusable images (streets).
 */
export function renderMapFigure(chart: MapChart, s: FigureWords, w: MapWords, csvHref: string, options: { uiLang?: string; highlight?: string } = {}): string {
  const frame = getFrame(chart, { s, w, csvHref, lang: options.uiLang ? ` lang="${options.uiLang}"` : '' });
  const span = options.highlight === undefined ? undefined : frame.spans.get(options.highlight);
  if (!span) return frame.head + frame.shapes + renderLabels(frame, '') + frame.tail;
  const { shape } = span;
  const shapes = frame.shapes.slice(0, span.from) + renderShape(shape, chart.map, w, `${frame.idPrefix}${span.index}`, true) + frame.shapes.slice(span.to);
  const label = chart.map.schematic ? '' : renderCurrentLabel(shape, w, chart.map.width);
  return frame.head + shapes + renderLabels(frame, label) + `<p class="map-current">${escapeHtml(`${w.current}：${shape.name}`)}</p>` + frame.tail;
}

/** The drawn frame of a map figure, from the cache when it was drawn with the same words. */
function getFrame(chart: MapChart, drawnWith: MapFrame['with']): MapFrame {
  const hit = frames.get(chart);
  if (hit && (Object.keys(drawnWith) as (keyof MapFrame['with'])[]).every((k) => hit.with[k] === drawnWith[k])) return hit;
  const frame = drawFrame(chart, drawnWith);
  frames.set(chart, frame);
  return frame;
}

function drawFrame(chart: MapChart, drawnWith: MapFrame['with']): MapFrame {
  const { s, w, csvHref, lang } = drawnWith;
  const { map } = chart;
  const id = escapeHtml(chart.id);
  const switcher =
    map.measures.length > 1
      ? `<div class="map-switch chart-toggle" role="group" aria-label="${escapeHtml(w.measureLabel)}" hidden${lang}>${map.measures.map((m, i) => `<button type="button" data-measure="${i}" aria-pressed="${i === 0}">${escapeHtml(m.label)}</button>`).join('')}</div>`
      : '';
  const spans: MapFrame['spans'] = new Map();
  // Short title ids, unique on a page that shows several maps: a hash of the chart's id.
  const idPrefix = `t${createHash('sha1').update(chart.id).digest('hex').slice(0, 6)}-`;
  let shapes = '';
  map.shapes.forEach((shape, index) => {
    const html = renderShape(shape, map, w, `${idPrefix}${index}`, false);
    if (shape.kind === 'community' && !spans.has(shape.key)) spans.set(shape.key, { shape, index, from: shapes.length, to: shapes.length + html.length });
    shapes += html;
  });
  const texts = map.labels.map((l) => `<text x="${l.x}" y="${l.y}"${map.schematic ? '' : ' text-anchor="middle"'}>${escapeHtml(l.text)}</text>`);
  const { head, body } = renderTableParts(chart);
  return {
    with: drawnWith,
    head: [
      `<figure class="map-figure" id="chart-${id}" data-view="chart" data-measure="0" data-pagefind-ignore>`,
      `<figcaption class="chart-title">${escapeHtml(chart.title)}</figcaption>`,
      switcher,
      `<div class="map-box">`,
      `<svg class="map-svg${map.schematic ? ' map-schematic' : ''}" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}" role="group" aria-label="${escapeHtml(chart.summary)}" xmlns="http://www.w3.org/2000/svg">`,
    ].join(''),
    shapes,
    spans,
    idPrefix,
    halos: texts.map(addHalo).join(''),
    labels: texts.join(''),
    tail: [
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
    ].join(''),
  };
}

/**
 * The labels layer, closing the SVG: every label first as a halo that keeps it legible on any
 * fill (a copy, as validators reject CSS paint-order), then the labels, the current community's last.
 */
function renderLabels(frame: MapFrame, current: string): string {
  return `<g class="map-labels" aria-hidden="true">${frame.halos}${current && addHalo(current)}${frame.labels}${current}</g></svg></div>`;
}

const addHalo = (text: string) => text.replace('<text', '<text data-halo=""');

function renderShape(shape: MapShape, map: MapDrawing, w: MapWords, titleId: string, isCurrent: boolean): string {
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
  const inner = `<title id="${titleId}">${label}</title>${geometry}`;
  if (shape.href) return `<a class="${kind}" href="${escapeHtml(shape.href)}" aria-labelledby="${titleId}"${classes}>${inner}</a>`;
  return `<g class="${kind}" tabindex="0" role="img" aria-labelledby="${titleId}"${classes}>${inner}</g>`;
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
