import { z } from 'astro/zod';
import { parseFields } from '../fields.ts';
import type { Problem } from '../problems.ts';
import { createError } from '../problems.ts';
import { suggestName } from '../suggest.ts';
import type { YamlSource } from '../yaml.ts';
import { getRowSource } from './sources.ts';

const text = () => z.string({ error: '应为文字' }).trim().min(1, { error: '不能为空' });

/** A map block (```chart with `type: map`): which community field colours which shapes. */
export const mapSpecSchema = z.object({
  /** Always `map`. */
  type: z.literal('map'),
  /** The map's title; best a sentence that states the finding. */
  title: text(),
  /** Only `communities`: maps colour communities or streets. */
  from: text(),
  /** The numeric community field to colour by (dot paths allowed, e.g. renovation.cost_wan). */
  value: z.string({ error: '应为字段名（可用点号路径，如 renovation.cost_wan）' }).trim().min(1, { error: '不能为空' }),
  /** streets: one shape per street (the communities' values combined); communities (default): one per community. */
  geo: z.enum(['streets', 'communities'], { error: '应为 streets 或 communities' }).optional(),
  /** Shown under the map. */
  caption: text().optional(),
});

/** A checked map block. */
export type MapSpec = z.output<typeof mapSpecSchema>;

/**
 * Checks a map block: the usual fields, `from: communities` (the only rows a map can place)
 * and a numeric `value` field of the communities, each problem at its key's line.
 */
export function parseMapSpec(yaml: YamlSource, file: string): { spec?: MapSpec; problems: Problem[] } {
  const { data, problems } = parseFields(mapSpecSchema, yaml, file);
  if (!data) return { problems };
  if (data.from !== 'communities') {
    problems.push(createError(file, yaml.locate(['from']), 'from', `from：地图只能画 communities 的数据（现为“${data.from}”）`));
  }
  const source = getRowSource('communities', { tables: new Map(), onCommunityPage: false })!;
  const kind = source.describe(data.value);
  if (kind === 'unknown') {
    problems.push(createError(file, yaml.locate(['value']), 'value', `value：“communities”中没有字段“${data.value}”（是否应为“${suggestName(data.value, source.fields)}”？）`));
  } else if (kind !== 'number') {
    problems.push(createError(file, yaml.locate(['value']), 'value', `value：“${data.value}”不是数值字段，地图不能按它着色`));
  }
  return problems.some((p) => p.severity === 'error') ? { problems } : { spec: data, problems };
}
