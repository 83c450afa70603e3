import type { Site } from '../../lib/schema.ts';

/** How a column's cells are read and checked. */
export type CellKind = 'slug' | 'text' | 'list' | 'count' | 'amount' | 'positive' | 'percent' | 'year' | 'demonstration' | 'status';

/** Which sheets a column belongs to: the key columns name the community in both. */
export type SheetKind = 'key' | 'profile' | 'yearly';

/** One importable column: where its value goes and the headers that name it. */
export interface ColumnSpec {
  /**
   * Where the value goes: a field path of the community file (`facility.area_m2`), `slug`,
   * or in a yearly sheet `year`, `funding.<source>` or `satisfaction.<field>`.
   */
  field: string;
  /** Chinese headers, the usual one first; the field path and its last part are accepted too. */
  headers: string[];
  kind: CellKind;
  sheet: SheetKind;
  /** Units a cell may carry after its number (`3200户`, `150万元`): the usual one first. */
  units?: readonly string[];
}

const PEOPLE = ['人', '名'];
const WAN = ['万元', '万'];
const KM2 = ['平方公里', '平方千米', 'km²', 'km2'];
const M2 = ['㎡', '平方米', '平米', 'm²', 'm2'];
const PERCENT = ['%', '％'];
const YEAR = ['年', '年度'];

/**
 * Every column a sheet may have, the mapping the editors' guide lists. Units in brackets after
 * a header (`户数（户）`, `辖区面积(平方公里)`) are ignored when matching.
 */
export const COLUMNS: readonly ColumnSpec[] = [
  { field: 'slug', headers: ['拼音', '拼音名', '文件名'], kind: 'slug', sheet: 'key' },
  { field: 'name', headers: ['社区名称', '社区', '名称'], kind: 'text', sheet: 'key' },
  { field: 'street', headers: ['所属街道', '街道', '所属街道（镇）', '街道（镇）', '所属镇', '镇'], kind: 'text', sheet: 'profile' },
  { field: 'type', headers: ['社区类型', '类型'], kind: 'text', sheet: 'profile' },
  { field: 'demonstration', headers: ['示范等级', '示范社区'], kind: 'demonstration', sheet: 'profile' },
  { field: 'established', headers: ['成立年份', '成立时间'], kind: 'year', sheet: 'profile', units: YEAR },
  { field: 'area_km2', headers: ['辖区面积', '面积'], kind: 'positive', sheet: 'profile', units: KM2 },
  { field: 'households', headers: ['户数', '总户数'], kind: 'count', sheet: 'profile', units: ['户'] },
  { field: 'population', headers: ['常住人口', '人口', '居民人数'], kind: 'count', sheet: 'profile', units: PEOPLE },
  { field: 'party_members', headers: ['党员数', '党员人数', '党员'], kind: 'count', sheet: 'profile', units: PEOPLE },
  { field: 'facility.area_m2', headers: ['服务用房面积', '服务用房', '阵地面积'], kind: 'amount', sheet: 'profile', units: M2 },
  { field: 'facility.activity_share_pct', headers: ['活动用房占比', '活动面积占比'], kind: 'percent', sheet: 'profile', units: PERCENT },
  { field: 'facility.rooms', headers: ['功能用房'], kind: 'list', sheet: 'profile' },
  { field: 'staff.workers', headers: ['社区工作者', '社区工作者人数', '社区工作者数'], kind: 'count', sheet: 'profile', units: PEOPLE },
  { field: 'staff.licensed_social_workers', headers: ['持证社工', '持证社会工作者', '持证社工人数'], kind: 'count', sheet: 'profile', units: PEOPLE },
  { field: 'staff.seconded_cadres', headers: ['下派干部', '下派干部人数'], kind: 'count', sheet: 'profile', units: PEOPLE },
  { field: 'grids', headers: ['网格数', '网格'], kind: 'count', sheet: 'profile', units: ['个'] },
  { field: 'volunteers', headers: ['注册志愿者', '志愿者', '志愿者人数', '注册志愿者人数'], kind: 'count', sheet: 'profile', units: PEOPLE },
  { field: 'social_orgs', headers: ['社会组织', '社区社会组织', '社会组织数'], kind: 'count', sheet: 'profile', units: ['个', '家'] },
  { field: 'partners', headers: ['共建单位'], kind: 'list', sheet: 'profile' },
  { field: 'renovation.year', headers: ['改造年份', '改造完工年份'], kind: 'year', sheet: 'profile', units: YEAR },
  { field: 'renovation.cost_wan', headers: ['改造投入', '改造资金'], kind: 'amount', sheet: 'profile', units: WAN },
  { field: 'highlights', headers: ['特色做法'], kind: 'list', sheet: 'profile' },
  { field: 'year', headers: ['年度', '年份'], kind: 'year', sheet: 'yearly', units: YEAR },
  { field: 'funding.office', headers: ['办公经费'], kind: 'amount', sheet: 'yearly', units: WAN },
  { field: 'funding.party', headers: ['党建经费', '党建工作经费'], kind: 'amount', sheet: 'yearly', units: WAN },
  { field: 'funding.members', headers: ['党员活动经费'], kind: 'amount', sheet: 'yearly', units: WAN },
  { field: 'funding.special', headers: ['专项资金', '公共服务专项资金'], kind: 'amount', sheet: 'yearly', units: WAN },
  { field: 'funding.other', headers: ['其他', '其他经费'], kind: 'amount', sheet: 'yearly', units: WAN },
  { field: 'satisfaction.pct', headers: ['满意度', '居民满意度', '满意率'], kind: 'percent', sheet: 'yearly', units: PERCENT },
  { field: 'satisfaction.sample', headers: ['样本数', '样本量', '调查样本'], kind: 'count', sheet: 'yearly', units: ['人', '份', '个'] },
];

/**
 * The columns for one district: the fixed ones, and one per standard of its site.yaml, named
 * by the standard's name (`组织设置规范`) or id, holding 达标 / 部分达标 / 未达标.
 */
export function getColumns(site?: Site): ColumnSpec[] {
  const standards = (site?.standards ?? []).map((s): ColumnSpec => ({ field: `standards.${s.id}`, headers: [s.name], kind: 'status', sheet: 'profile' }));
  return [...COLUMNS, ...standards];
}

/** Joins a group header and its sub-header (`服务阵地·服务用房面积（㎡）`) into one column name. */
export const HEADER_JOINER = '·';

/** Reduces a header to what matching compares: no spaces, no unit in brackets, ASCII lower case. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/\s+/g, '')
    .replace(/[（(][^（）()]*[)）]$/, '')
    .toLowerCase();
}

/** The unit a header states in brackets (`户数（户）` → 户, `服务阵地（㎡）·面积` → ㎡), if any. */
export function getHeaderUnit(header: string): string | undefined {
  for (const part of header.split(HEADER_JOINER).reverse()) {
    const unit = /[（(]([^（）()]*)[)）]\s*$/.exec(part)?.[1]?.trim();
    if (unit) return unit;
  }
  return undefined;
}

/** How a sheet's headers were understood. */
export interface HeaderMapping {
  /** The column for each header, or undefined when it is not importable. */
  columns: (ColumnSpec | undefined)[];
  /** Headers that name no importable column. */
  unknown: string[];
  /** Two headers naming the same field. */
  duplicates: [string, string][];
  /** `yearly` when a year column is present. */
  kind: 'profile' | 'yearly';
}

/**
 * Finds the column a header names: Chinese, the field path, or its last part. A combined
 * header (group·sub-header) is matched as a whole, then by the known name that reaches furthest
 * into the sub-header, the longest of those: `服务阵地·面积` is the facility's area (阵地面积), not the district's (面积).
 */
export function createHeaderLookup(columns: readonly ColumnSpec[]): (header: string) => ColumnSpec | undefined {
  const names = new Map<string, ColumnSpec>();
  const claim = (name: string, column: ColumnSpec) => {
    if (!names.has(normalizeHeader(name))) names.set(normalizeHeader(name), column);
  };
  for (const column of columns) for (const name of [...column.headers, column.field]) claim(name, column);
  // Short names come last, so that `year` is the year column and not `renovation.year`.
  for (const column of columns) claim(column.field.split('.').at(-1)!, column);
  const chinese = [...names.keys()].filter((name) => /[^ -~]/.test(name) && name.length >= 2);
  return (header) => {
    if (!header.includes(HEADER_JOINER)) return names.get(normalizeHeader(header));
    const parts = header.split(HEADER_JOINER).map(normalizeHeader);
    const joined = parts.join('');
    const exact = names.get(joined);
    if (exact) return exact;
    // The name must reach into the sub-header: a group alone (社区基本情况·楼栋数) names nothing.
    const subStart = joined.length - parts.at(-1)!.length;
    let best: string | undefined;
    let bestEnd = -1;
    for (const name of chinese) {
      const end = joined.lastIndexOf(name) + name.length;
      if (end < name.length || end <= subStart) continue;
      if (end > bestEnd || (end === bestEnd && name.length > best!.length)) [best, bestEnd] = [name, end];
    }
    return best === undefined ? undefined : names.get(best);
  };
}

/** Matches each header against the accepted names: Chinese, the field path, or its last part. */
export function mapHeaders(headers: readonly string[], columns: readonly ColumnSpec[]): HeaderMapping {
  const lookup = createHeaderLookup(columns);
  const mapped = headers.map((h) => (h.trim() === '' ? undefined : lookup(h)));
  const duplicates: [string, string][] = [];
  mapped.forEach((column, i) => {
    const first = mapped.findIndex((c) => c === column);
    if (column && first < i) duplicates.push([headers[first], headers[i]]);
  });
  return {
    columns: mapped,
    unknown: headers.filter((h, i) => h.trim() !== '' && !mapped[i]),
    duplicates,
    kind: mapped.some((c) => c?.field === 'year') ? 'yearly' : 'profile',
  };
}
