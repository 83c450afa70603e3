import type { Located, MarkdownEntry } from './content.ts';
import type { Problem } from './problems.ts';
import { createWarning } from './problems.ts';
import type { Community, Site } from './schema.ts';

// Slips that still parse, and so would silently change what the site says: a room list typed
// with Chinese commas is one room; 0.885 in a 0–100 field is under one per cent.

const FULL_WIDTH_SEPARATOR = /[，、；]/;

/** Warnings for the slips of one community: name lists joined by Chinese commas, fractions for percentages. */
export function checkCommunitySlips({ data, file, locate }: MarkdownEntry<Community>): Problem[] {
  const lists: [PropertyKey[], readonly string[]][] = [
    [['facility', 'rooms'], data.facility.rooms],
    [['partners'], data.partners ?? []],
  ];
  const percentages: [PropertyKey[], number | undefined][] = [[['facility', 'activity_share_pct'], data.facility.activity_share_pct], ...data.satisfaction.map((row, i): [PropertyKey[], number] => [['satisfaction', i, 'pct'], row.pct])];
  return [...lists.flatMap(([path, items]) => findJoinedItems(items).map((i) => warnJoined(file, locate, [...path, i], items[i]))), ...percentages.flatMap(([path, value]) => (isFraction(value) ? [warnFraction(file, locate, path, value)] : []))];
}

/** The same for site.yaml: its community types, and its percentage targets (`satisfaction_pct`). */
export function checkSiteSlips({ data, file, locate }: Located<Site>): Problem[] {
  const types = data.community_types ?? [];
  return [
    ...findJoinedItems(types).map((i) => warnJoined(file, locate, ['community_types', i], types[i])),
    ...Object.entries(data.targets ?? {}).flatMap(([name, value]) => (name.endsWith('_pct') && isFraction(value) ? [warnFraction(file, locate, ['targets', name], value)] : [])),
  ];
}

function findJoinedItems(items: readonly string[]): number[] {
  return items.flatMap((item, i) => (FULL_WIDTH_SEPARATOR.test(item) ? [i] : []));
}

function isFraction(value: number | undefined): value is number {
  return value !== undefined && value > 0 && value <= 1;
}

type Locate = (path: readonly PropertyKey[]) => { line: number; column?: number };

function label(path: PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

function warnJoined(file: string, locate: Locate, path: PropertyKey[], item: string): Problem {
  const separator = FULL_WIDTH_SEPARATOR.exec(item)![0];
  const parts = item
    .split(new RegExp(`[${FULL_WIDTH_SEPARATOR.source.slice(1, -1)}]`))
    .map((p) => p.trim())
    .filter(Boolean);
  return createWarning(file, locate(path), label(path), `${label(path)}：“${item}”中有全角的“${separator}”，会被当作一项：列表各项之间要用半角逗号加空格分开，如 [${parts.join(', ')}]`);
}

function warnFraction(file: string, locate: Locate, path: PropertyKey[], value: number): Problem {
  const percent = Number((value * 100).toFixed(2));
  return createWarning(file, locate(path), label(path), `${label(path)}：是否把 ${percent}% 写成了 ${value}？百分数写 0–100 之间的数，应写 ${percent}`);
}
