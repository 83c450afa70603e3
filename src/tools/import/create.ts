import type { Site } from '../../lib/schema.ts';
import { renderCommunityFile } from '../templates/community.ts';
import { getFieldLabel } from './plan.ts';
import type { ParsedRow } from './rows.ts';

/** The facts a published community must have (see the contract); standards come from site.yaml. */
const REQUIRED_FIELDS = ['name', 'street', 'type', 'area_km2', 'households', 'population', 'party_members', 'facility.area_m2', 'facility.rooms', 'staff.workers'] as const;

/**
 * Writes a new community file from a profile row: the template with the row's values filled
 * in. A community missing any required fact is written as a draft, so nothing half-known is
 * published; the message names what is missing.
 */
export function createCommunity(row: ParsedRow, site?: Site): { text: string; messages: string[] } {
  const values: Record<string, unknown> = {};
  for (const [field, value] of row.values) {
    if (field === 'slug') continue;
    const path = field.split('.');
    let node = values;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[path.at(-1)!] = value;
  }
  const required = [...REQUIRED_FIELDS, ...(site?.standards ?? []).map((s) => `standards.${s.id}`)];
  const missing = required.filter((field) => !row.values.has(field));
  if (missing.length > 0) values.draft = true;
  const text = renderCommunityFile({ values, site, origin: 'npm run import', body: missing.length > 0 ? undefined : '' });
  const messages = missing.length > 0 ? [`缺少必填字段 ${missing.map((f) => getFieldLabel(f, site)).join('、')}，已存为草稿（draft: true）`] : [];
  return { text, messages };
}
