import { getOwn } from '../own.ts';
import { suggestName } from '../suggest.ts';
import { z } from 'astro/zod';
import { parseFields } from '../fields.ts';
import type { Position, Problem } from '../problems.ts';
import { createError } from '../problems.ts';
import type { YamlOrigin } from '../yaml.ts';
import { parseYaml } from '../yaml.ts';
import type { RowSource } from './sources.ts';
import { getRowSource } from './sources.ts';
import type { DataContext } from './sources.ts';
import type { MapSpec } from './map-spec.ts';
import { parseMapSpec } from './map-spec.ts';

/** Kinds of chart a block may ask for. */
export const CHART_TYPES = ['bar', 'stacked-bar', 'line', 'pie', 'doughnut', 'radar', 'scatter', 'map'] as const;

const text = () => z.string({ error: '应为文字' }).trim().min(1, { error: '不能为空' });
const field = () => z.string({ error: '应为字段名（可用点号路径，如 renovation.cost_wan）' }).trim().min(1, { error: '不能为空' });

/** A chart block (```chart): what to draw from which rows. */
export const chartSpecSchema = z.object({
  /** bar | stacked-bar | line | pie | doughnut | radar | scatter (map blocks have their own fields). */
  type: z.enum(CHART_TYPES, { error: `应为 ${CHART_TYPES.join('、')} 之一` }),
  /** The chart's title; best a sentence that states the finding. */
  title: text(),
  /** Where the rows come from: communities, district.funding, district.satisfaction, community.*, data/<name>. */
  from: text(),
  /** The field for categories (dot paths allowed). */
  x: field(),
  /** One field, or a list of fields for several series. */
  y: z.union([field(), z.array(field(), { error: '应为字段名或字段名列表' }).min(1, { error: '至少需要一个字段' })], { error: '应为字段名或字段名列表' }),
  /** Sort rows by y (stacked: by the total). */
  sort: z.enum(['asc', 'desc'], { error: '应为 asc 或 desc' }).optional(),
  /** A site.yaml target drawn as a horizontal reference line. */
  target: text().optional(),
  /** Shown under the chart. */
  caption: text().optional(),
});

export type ChartType = (typeof CHART_TYPES)[number];

// A long list helps nobody: past this many, the reference (docs/content-format.md) has them all.
const MAX_LISTED = 30;

/** The closest field and the fields a chart may use there (numeric ones where a number is needed). */
function describeChoices(name: string, source: RowSource, numeric: boolean): string {
  const fields = numeric ? source.fields.filter((f) => source.describe(f) === 'number') : source.fields;
  if (fields.length === 0) return '';
  const listed = fields.length > MAX_LISTED ? `${fields.slice(0, MAX_LISTED).join('、')} 等，全部见 docs/content-format.md` : fields.join('、');
  return `（是否应为“${suggestName(name, fields)}”？可用：${listed}）`;
}

/** A chart block as written, with its y fields always as a list. */
export interface ChartSpec extends Omit<z.output<typeof chartSpecSchema>, 'y'> {
  y: string[];
}

/** A checked chart spec with the source its rows come from. */
export interface ResolvedSpec {
  spec: ChartSpec;
  source: RowSource;
}

/**
 * Parses and checks the YAML of a chart block against the data it names. Every problem is at
 * the line of the offending key, or at the opening fence for YAML syntax errors.
 */
export function parseChartSpec(yamlText: string, file: string, origin: YamlOrigin, context: Pick<DataContext, 'tables' | 'site'> & { onCommunityPage: boolean }): { resolved?: ResolvedSpec; map?: MapSpec; problems: Problem[] } {
  const yaml = parseYaml(yamlText, file, origin);
  if (yaml.data === undefined) {
    return { problems: yaml.problems.map((p) => ({ ...p, line: origin.blockLine, column: undefined, message: `图表块的${p.message}` })) };
  }
  // A map names a value, not x and y: it has its own fields (src/lib/charts/map-spec.ts).
  if ((yaml.data as { type?: unknown } | null)?.type === 'map') {
    const { spec: map, problems } = parseMapSpec(yaml, file);
    return { map, problems };
  }
  const { data, problems } = parseFields(chartSpecSchema, yaml, file);
  if (!data) return { problems };
  const spec: ChartSpec = { ...data, y: typeof data.y === 'string' ? [data.y] : data.y };
  const at = (key: PropertyKey[]): Position => yaml.locate(key);
  const source = getRowSource(spec.from, context);
  if (!source) {
    const message =
      spec.from.startsWith('community.') && !context.onCommunityPage
        ? `from：“${spec.from}”只能用在社区页面的正文中`
        : `from：没有名为“${spec.from}”的数据来源（可用：communities、district.funding、district.satisfaction、community.funding、community.satisfaction、community.services、data/<表名>）`;
    return { problems: [...problems, createError(file, at(['from']), 'from', message)] };
  }
  const checkField = (path: PropertyKey[], name: string, numeric: boolean) => {
    const label = path
      .map((k) => (typeof k === 'number' ? `[${k}]` : k))
      .join('.')
      .replace('.[', '[');
    const kind = source.describe(name);
    if (kind === 'unknown') {
      problems.push(createError(file, at(path), label, `${label}：“${spec.from}”中没有字段“${name}”${describeChoices(name, source, numeric)}`));
    } else if (kind === 'list') {
      problems.push(createError(file, at(path), label, `${label}：“${name}”经过一个列表，图表不能取列表中的字段（可改用 community.funding 等逐行的数据来源）`));
    } else if (numeric && kind !== 'number') {
      const role = path[0] === 'x' ? '散点图的 x' : ' y';
      problems.push(createError(file, at(path), label, `${label}：“${name}”不是数值字段，不能作为${role}`));
    }
  };
  checkField(['x'], spec.x, spec.type === 'scatter');
  const yPath = (i: number): PropertyKey[] => (typeof data.y === 'string' ? ['y'] : ['y', i]);
  spec.y.forEach((name, i) => checkField(yPath(i), name, true));
  if ((spec.type === 'pie' || spec.type === 'doughnut') && spec.y.length > 1) {
    problems.push(createError(file, at(['y']), 'y', `y：${spec.type} 图只能有一个 y 字段，现有 ${spec.y.length} 个`));
  }
  if (spec.target !== undefined && getOwn(context.site.targets, spec.target) === undefined) {
    const names = Object.keys(context.site.targets ?? {});
    problems.push(createError(file, at(['target']), 'target', `target：site.yaml 的 targets 中没有“${spec.target}”${names.length ? `（可用：${names.join('、')}）` : ''}`));
  }
  return problems.some((p) => p.severity === 'error') ? { problems } : { resolved: { spec, source }, problems };
}
