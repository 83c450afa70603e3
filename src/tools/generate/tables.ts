import type { GeneratedCommunity } from './community.ts';
import type { Random } from './random.ts';
import { roundTo } from './random.ts';
import { PERIOD } from './site.ts';
import type { YamlValue } from '../../lib/yaml-writer.ts';

/** A data table: `data/<name>.csv` and its description `data/<name>.yaml`. */
export interface GeneratedTable {
  name: string;
  csv: string;
  description: Record<string, YamlValue>;
}

const FUND_USES = ['养老服务（日间照料、助餐、上门探访）', '小区环境整治与微更新', '文体活动与阅读推广', '儿童与青少年服务', '就业与技能培训', '矛盾调解与法律服务', '志愿服务激励', '困难群众帮扶'];
const AGE_GROUPS = ['18—34岁', '35—49岁', '50—64岁', '65岁及以上'];

/**
 * The district's extra tables, worked out from the published communities so that reports
 * quoting them agree with the community files: one row per street, the uses of the special
 * funds, a survey by age group (with a missing cell) and training by year.
 */
export function createTables(random: Random, communities: readonly GeneratedCommunity[]): GeneratedTable[] {
  return [createStreetSummary(communities), createFundUses(random, communities), createSurveyByAge(random), createTraining(random, communities.length)];
}

function createStreetSummary(communities: readonly GeneratedCommunity[]): GeneratedTable {
  const streets = new Map<string, GeneratedCommunity[]>();
  for (const c of communities) streets.set(c.street.name, [...(streets.get(c.street.name) ?? []), c]);
  const rows = [...streets].map(([street, members]) => {
    const statuses = members.flatMap((c) => Object.values(c.facts.standards).map((s) => (typeof s === 'string' ? s : s.status)));
    return [
      street,
      members.length,
      sum(members.map((c) => c.facts.households)),
      sum(members.map((c) => c.facts.population)),
      roundTo(sum(members.map((c) => c.facts.renovation?.cost_wan ?? 0)), 1),
      roundTo((statuses.filter((s) => s === 'met').length / Math.max(1, statuses.length)) * 100, 1),
    ];
  });
  return {
    name: 'street-summary',
    csv: toCsv(['street', 'communities', 'households', 'population', 'investment_wan', 'met_pct'], rows),
    description: {
      title: '各街道（镇）社区基本情况',
      source: '星河区民政局社区台账',
      columns: { street: '街道（镇）', communities: '社区数', households: '户数', population: '常住人口', investment_wan: '改造投入（万元）', met_pct: '规范达标率（%）' },
    },
  };
}

function createFundUses(random: Random, communities: readonly GeneratedCommunity[]): GeneratedTable {
  const total = sum(communities.flatMap((c) => (c.facts.funding ?? []).map((f) => f.special ?? 0)));
  const weights = FUND_USES.map((_, i) => random.float(0.5, 2, 3) * (FUND_USES.length - i));
  const weightSum = sum(weights);
  const rows = FUND_USES.map((use, i) => [use, roundTo((total * weights[i]) / weightSum, 1), Math.max(1, Math.round(((communities.length * weights[i]) / weightSum) * random.float(1.5, 3)))]);
  return {
    name: 'special-funds-use',
    csv: toCsv(['category', 'amount_wan', 'projects'], rows),
    description: { title: `公共服务专项资金使用情况（${PERIOD.from + 2}—${PERIOD.to}年合计）`, source: '星河区社会事务局、区财政局', columns: { category: '使用方向', amount_wan: '金额（万元）', projects: '项目数（个）' } },
  };
}

function createSurveyByAge(random: Random): GeneratedTable {
  const rows = AGE_GROUPS.map((group, i) => {
    const before = random.float(74, 84, 1) + i * 1.5;
    // One group was not asked in the earlier survey: an empty cell is a missing value.
    return [group, i === 0 ? '' : roundTo(before, 1), roundTo(before + random.float(2, 6, 1), 1), random.int(800, 2400)];
  });
  return {
    name: 'survey-age',
    csv: toCsv(['group', 'pct_2021', 'pct_2023', 'sample'], rows),
    description: { title: '居民满意度调查结果（按年龄分组）', source: '星河区居民满意度调查（2021年、2023年）', columns: { group: '年龄组', pct_2021: '2021年满意度（%）', pct_2023: '2023年满意度（%）', sample: '2023年样本数（份）' } },
  };
}

function createTraining(random: Random, communities: number): GeneratedTable {
  const rows = [];
  for (let year = PERIOD.from; year <= PERIOD.to; year++) {
    const sessions = Math.max(2, Math.round(communities / random.int(8, 14)));
    rows.push([year, sessions, sessions * random.int(25, 60), random.int(24, 48)]);
  }
  return {
    name: 'training',
    csv: toCsv(['year', 'sessions', 'participants', 'hours'], rows),
    description: { title: '社区工作者培训情况', source: '星河区社会事务局', columns: { year: '年度', sessions: '培训班次', participants: '参训人次', hours: '人均学时' } },
  };
}

function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number) => (typeof value === 'string' && /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : String(value));
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\n')}\n`;
}

function sum(values: readonly number[]): number {
  return roundTo(
    values.reduce((a, b) => a + b, 0),
    2,
  );
}
