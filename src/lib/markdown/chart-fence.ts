import type { MarkdownIt } from 'markdown-it';
import { buildChart } from '../charts/build.ts';
import { getBodyChartId } from '../charts/ids.ts';
import { renderChartFigure } from '../charts/figure.ts';
import { parseChartSpec } from '../charts/spec.ts';
import { getOwn } from '../own.ts';
import { createError } from '../problems.ts';
import { withBase } from '../routes.ts';
import { getChartCsvPath } from '../routes.ts';
import type { RenderEnv } from './env.ts';
import { buildMapBlockChart } from '../charts/map-chart.ts';
import { renderMapFigure } from '../geo/svg.ts';
import { getStrings } from '../i18n/index.ts';

/**
 * A fenced block whose language is `chart` becomes a chart figure: its YAML is checked against
 * the page's data (problems at the line of the offending key), then built into a table and a
 * chart.js config. Other fences stay code.
 */
export function chartFences(md: MarkdownIt): void {
  md.core.ruler.push('chart_fence', (state) => {
    const env = state.env as Partial<RenderEnv>;
    for (const token of state.tokens) {
      if (token.type !== 'fence' || token.info.trim() !== 'chart') continue;
      token.type = 'chart';
      const data = env.data;
      if (!data) continue;
      const fenceLine = data.bodyLine + (token.map?.[0] ?? 0);
      const onCommunityPage = data.context.community !== undefined;
      const { resolved, map, problems } = parseChartSpec(token.content, data.file, { firstLine: fenceLine + 1, blockLine: fenceLine }, { ...data.context, onCommunityPage });
      env.problems?.push(...problems);
      if (map) {
        const id = getBodyChartId(data.chartIdPrefix, (env.charts?.length ?? 0) + 1);
        const t = getStrings(data.uiLang === 'en' ? 'en' : 'zh-CN');
        const chart = buildMapBlockChart(map, data.context, id, t);
        env.charts?.push(chart);
        token.meta = { html: renderMapFigure(chart, data.strings, t.map, withBase(data.base, getChartCsvPath(id)), { uiLang: data.uiLang }) };
      }
      if (!resolved) continue;
      const { spec, source } = resolved;
      const id = getBodyChartId(data.chartIdPrefix, (env.charts?.length ?? 0) + 1);
      try {
        const chart = buildChart(spec, source.getRows(data.context), {
          id,
          strings: data.strings,
          columns: source.columns,
          source: source.source,
          targetValue: spec.target === undefined ? undefined : getOwn(data.context.site.targets, spec.target),
        });
        env.charts?.push(chart);
        token.meta = { html: renderChartFigure(chart, data.strings, withBase(data.base, getChartCsvPath(id)), data.uiLang) };
      } catch (error) {
        env.problems?.push(createError(data.file, { line: fenceLine }, '', `图表无法生成：${(error as Error).message}`));
      }
    }
  });
  md.renderer.rules.chart = (tokens, idx) => String(tokens[idx].meta?.html ?? '');
}
