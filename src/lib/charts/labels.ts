/** How a figure is written: 万元 amounts, percentages, whole counts, or plain numbers. */
export type ValueFormat = 'wan' | 'pct' | 'int' | 'number';

interface FieldInfo {
  label: string;
  format: ValueFormat;
}

/**
 * Built-in Chinese labels (with units) and formats of the contract's fields and of the derived
 * and district fields, for chart legends, axes and table headers.
 */
const FIELDS: Record<string, FieldInfo> = {
  name: { label: '社区', format: 'number' },
  street: { label: '街道（镇）', format: 'number' },
  type: { label: '类型', format: 'number' },
  demonstration: { label: '示范等级', format: 'number' },
  year: { label: '年度', format: 'number' },
  established: { label: '成立年份', format: 'number' },
  area_km2: { label: '辖区面积（平方公里）', format: 'number' },
  households: { label: '户数', format: 'int' },
  population: { label: '常住人口', format: 'int' },
  party_members: { label: '党员人数', format: 'int' },
  'facility.area_m2': { label: '服务用房面积（㎡）', format: 'number' },
  'facility.activity_share_pct': { label: '活动用房占比（%）', format: 'pct' },
  'staff.workers': { label: '社区工作者（人）', format: 'int' },
  'staff.licensed_social_workers': { label: '持证社工（人）', format: 'int' },
  'staff.seconded_cadres': { label: '下派干部（人）', format: 'int' },
  grids: { label: '网格数', format: 'int' },
  volunteers: { label: '注册志愿者（人）', format: 'int' },
  social_orgs: { label: '社会组织（个）', format: 'int' },
  'renovation.year': { label: '改造年份', format: 'number' },
  'renovation.cost_wan': { label: '改造投入（万元）', format: 'wan' },
  area_per_100_households_m2: { label: '每百户服务用房（㎡）', format: 'number' },
  workers_per_10k_residents: { label: '每万人社区工作者', format: 'number' },
  funding_wan: { label: '运转经费合计（万元）', format: 'wan' },
  satisfaction_pct: { label: '居民满意度（%）', format: 'pct' },
  office: { label: '办公经费（万元）', format: 'wan' },
  party: { label: '党建经费（万元）', format: 'wan' },
  members: { label: '党员活动经费（万元）', format: 'wan' },
  special: { label: '公共服务专项资金（万元）', format: 'wan' },
  other: { label: '其他（万元）', format: 'wan' },
  total: { label: '合计（万元）', format: 'wan' },
  pct: { label: '满意度（%）', format: 'pct' },
  sample: { label: '样本数', format: 'int' },
  communities: { label: '社区数', format: 'int' },
  beneficiaries: { label: '受益人数', format: 'int' },
  since: { label: '开始时间', format: 'number' },
  partner: { label: '合作方', format: 'number' },
};

/** The label of a field: a table's own description first, then the built-in label, else its name. */
export function getFieldLabel(field: string, columns?: Record<string, string>): string {
  return columns?.[field] ?? FIELDS[field]?.label ?? field;
}

/**
 * The format of a field's numbers. Fields that are not the contract's are judged by their name
 * and label: `_wan` or 万元 means money, `pct` or % a percentage.
 */
export function getFieldFormat(field: string, label = ''): ValueFormat {
  const known = FIELDS[field]?.format;
  if (known) return known;
  if (/(^|_)wan($|_)/.test(field) || label.includes('万元')) return 'wan';
  if (/(^|_)pct($|_)/.test(field) || /[%％]/.test(label)) return 'pct';
  return 'number';
}

// A series keeps its colour on every page: known series have fixed palette slots.
const SERIES_SLOTS: Record<string, number> = {
  office: 1,
  party: 2,
  members: 3,
  special: 4,
  other: 5,
  total: 6,
  pct: 1,
  satisfaction_pct: 1,
  'renovation.cost_wan': 1,
  funding_wan: 4,
  area_per_100_households_m2: 3,
  workers_per_10k_residents: 2,
  met_pct: 3,
  coverage_pct: 3,
  community: 2,
  median: 8,
  communities: 1,
};

/** The palette slot (1–8) of a series, stable across pages and builds. */
export function getSeriesSlot(field: string): number {
  if (SERIES_SLOTS[field]) return SERIES_SLOTS[field];
  let hash = 0;
  for (const ch of field) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  // Other series share the six strongest colours; olive and grey stay for named uses.
  return (hash % 6) + 1;
}
