import type { Strings } from '../i18n/index.ts';
import type { Chart } from './build.ts';
import { formatValue } from './build.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** Serialises JSON for a `<script type="application/json">` block: nothing in it can close the block. */
function serializeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * Renders a chart as a figure: title, a canvas the browser draws into (with a reserved height
 * and a summary for screen readers), the table of exactly the plotted numbers (always in the
 * HTML, so the chart reads without JavaScript and in print), caption, source, the chart/table
 * toggle and the downloads. The same HTML serves Markdown charts and the built-in pages.
 */
export function renderChartFigure(chart: Chart, s: Strings['chart'], csvHref: string, uiLang?: string): string {
  // English interface text inside Chinese pages says it is English.
  const lang = uiLang ? ` lang="${uiLang}"` : '';
  const head = chart.columns.map((c, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`).join('');
  const body = chart.rows
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(String(row[0]))}</th>${row
          .slice(1)
          .map((v, i) => `<td class="num">${formatValue(v as number | null, chart.columns[i + 1].format)}</td>`)
          .join('')}</tr>`,
    )
    .join('');
  const id = escapeHtml(chart.id);
  return [
    `<figure class="chart" id="chart-${id}" data-view="chart" data-pagefind-ignore>`,
    `<figcaption class="chart-title">${escapeHtml(chart.title)}</figcaption>`,
    `<div class="chart-box chart-${chart.size}"><canvas role="img" aria-label="${escapeHtml(chart.summary)}"></canvas></div>`,
    `<div class="chart-table table-scroll" tabindex="0" role="region" aria-label="${escapeHtml(`${s.table}：${chart.title}`)}"><table class="data numeric"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`,
    chart.caption ? `<p class="chart-caption">${escapeHtml(chart.caption)}</p>` : '',
    chart.source ? `<p class="chart-source"><span${lang}>${escapeHtml(s.source)}</span>：${escapeHtml(chart.source)}</p>` : '',
    `<div class="chart-actions"${lang}>`,
    `<div class="chart-toggle" role="group" aria-label="${escapeHtml(s.toggleLabel)}" hidden><button type="button" data-view="chart" aria-pressed="true">${escapeHtml(s.chart)}</button><button type="button" data-view="table" aria-pressed="false">${escapeHtml(s.table)}</button></div>`,
    `<a class="chart-download" href="${escapeHtml(csvHref)}" download="${id}.csv">${escapeHtml(s.downloadCsv)}</a>`,
    `<button type="button" class="chart-download" data-download-image hidden>${escapeHtml(s.downloadImage)}</button>`,
    `</div>`,
    `<script type="application/json" class="chart-config">${serializeJson(chart.config)}</script>`,
    `</figure>`,
  ].join('');
}
