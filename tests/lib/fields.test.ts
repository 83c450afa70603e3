import { describe, expect, test } from 'vitest';
import { parseFields } from '../../src/lib/fields.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { communitySchema, reportSchema, siteSchema } from '../../src/lib/schema.ts';
import { parseYaml } from '../../src/lib/yaml.ts';

const FILE = 'content/communities/qingshi.md';

// Line numbers below count from the opening `---` (line 1).
const COMMUNITY = `---
name: 青石社区
street: 城关街道
type: 老旧小区
demonstration: city
area_km2: 1.8
households: 3200
population: 9600
party_members: 186
facility:
  area_m2: 820
  activity_share_pct: 65
  rooms: [一站式服务大厅, 四点半课堂]
staff:
  workers: 12
renovation:
  year: 2019
  cost_wan: 150
funding:
  - { year: 2019, office: 3, party: 1, members: 1.86, special: 20 }
standards:
  organization: met
  venue: { status: partial, note: 活动用房不足 }
satisfaction:
  - { year: 2019, pct: 82.5, sample: 300 }
services:
  - { name: 四点半课堂, since: 2020-03 }
milestones:
  - { date: 2019-06-01, title: 改造完工 }
---
正文
`;

function checkCommunity(text: string) {
  const split = splitFrontmatter(text, FILE);
  if ('problem' in split) return { problems: [split.problem] };
  const draft = (split.yaml.data as { draft?: unknown }).draft === true;
  return parseFields(communitySchema, split.yaml, FILE, { draft });
}

/** The valid community with one line swapped for another. */
function withLine(from: string, to: string): string {
  if (!COMMUNITY.includes(from)) throw new Error(`not in the sample: ${from}`);
  return COMMUNITY.replace(from, to);
}

describe('parseFields on a community', () => {
  test('accepts the sample and fills defaults', () => {
    const { data, problems } = checkCommunity(COMMUNITY);
    expect(problems).toEqual([]);
    expect(data?.funding[0]).toEqual({ year: 2019, office: 3, party: 1, members: 1.86, special: 20, other: 0 });
    expect(data?.highlights).toEqual([]);
    expect(data?.draft).toBe(false);
  });

  test.each([
    ['a number written as text', 'households: 3200', 'households: "3200"', 7, 'households', 'households：应为不小于 0 的整数，现为 “3200”（数字请直接写，不加引号、逗号、单位或百分号）'],
    ['a number with separators', 'households: 3200', 'households: 3,200', 7, 'households', 'households：应为不小于 0 的整数，现为 “3,200”（数字请直接写，不加引号、逗号、单位或百分号）'],
    ['an approximate number', 'population: 9600', 'population: 约9600', 8, 'population', 'population：应为不小于 0 的整数，现为 “约9600”（数字请直接写，不加引号、逗号、单位或百分号）'],
    ['a negative count', 'party_members: 186', 'party_members: -3', 9, 'party_members', 'party_members：应为不小于 0 的整数，现为 -3'],
    ['a fractional count', 'workers: 12', 'workers: 12.5', 15, 'staff.workers', 'staff.workers：应为不小于 0 的整数，现为 12.5'],
    ['a zero area', 'area_km2: 1.8', 'area_km2: 0', 6, 'area_km2', 'area_km2：应为大于 0 的数字（平方公里），现为 0'],
    ['a nested wrong value', 'area_m2: 820', 'area_m2: 八百', 11, 'facility.area_m2', 'facility.area_m2：应为不小于 0 的数字（平方米），现为 “八百”'],
    ['a percentage over 100', 'activity_share_pct: 65', 'activity_share_pct: 165', 12, 'facility.activity_share_pct', 'facility.activity_share_pct：应为 0–100 之间的数字，现为 165'],
    ['a percentage as text', 'pct: 82.5', 'pct: 88%', 25, 'satisfaction[0].pct', 'satisfaction[0].pct：应为 0–100 之间的数字，现为 “88%”（数字请直接写，不加引号、逗号、单位或百分号）'],
    ['an unknown demonstration level', 'demonstration: city', 'demonstration: 市级', 5, 'demonstration', 'demonstration：应为 none、district、city、province、national 之一，现为 “市级”'],
    ['an impossible date', 'date: 2019-06-01', 'date: 2022-13-45', 29, 'milestones[0].date', 'milestones[0].date：应为真实存在的日期，格式 YYYY-MM-DD，现为 “2022-13-45”'],
    ['the 30th of February', 'date: 2019-06-01', 'date: 2024-02-30', 29, 'milestones[0].date', 'milestones[0].date：应为真实存在的日期，格式 YYYY-MM-DD，现为 “2024-02-30”'],
    ['an impossible month', 'since: 2020-03', 'since: 2020-13', 27, 'services[0].since', 'services[0].since：应为真实存在的年月（YYYY-MM）或日期（YYYY-MM-DD），现为 “2020-13”'],
    ['a bad standard status', 'organization: met', 'organization: yes', 22, 'standards.organization', 'standards.organization：应为 met、partial、unmet 之一，或 { status: partial, note: 说明 }，现为 “yes”'],
    ['negative money', 'cost_wan: 150', 'cost_wan: -1', 18, 'renovation.cost_wan', 'renovation.cost_wan：应为不小于 0 的数字（万元），现为 -1'],
    ['a list where text belongs', 'name: 青石社区', 'name: [青石]', 2, 'name', 'name：应为文字，现为 列表'],
    ['an empty name', 'name: 青石社区', 'name: ""', 2, 'name', 'name：不能为空，现为 “”'],
  ])('reports %s at the line of its key', (_, from, to, line, path, message) => {
    const { data, problems } = checkCommunity(withLine(from, to));
    expect(data).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ file: FILE, line, path, message, severity: 'error' })]);
  });

  test.each([
    ['a top-level key', 'name: 青石社区\n', 1, 'name', '缺少必填字段 name'],
    ['a nested key', '  area_m2: 820\n', 10, 'facility.area_m2', '缺少必填字段 facility.area_m2'],
    ['a key of a list row', ', pct: 82.5', 25, 'satisfaction[0].pct', '缺少必填字段 satisfaction[0].pct'],
  ])('reports a missing %s at the line of its parent', (_, remove, line, path, message) => {
    const { problems } = checkCommunity(withLine(remove, ''));
    expect(problems).toEqual([expect.objectContaining({ file: FILE, line, path, message, severity: 'error' })]);
  });

  test('reports every problem of a file at once', () => {
    const text = withLine('households: 3200', 'households: "3200"').replace('population: 9600', 'population: -1');
    const { problems } = checkCommunity(text);
    expect(problems.map((p) => [p.line, p.path])).toEqual([
      [7, 'households'],
      [8, 'population'],
    ]);
  });

  test('makes missing facts of a draft warnings, wrong values still errors', () => {
    const { problems } = checkCommunity('---\nname: 新社区\ndraft: true\nhouseholds: 很多\n---\n');
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.path)).toEqual(['households']);
    expect(problems.filter((p) => p.severity === 'warning').map((p) => p.message)).toContain('草稿缺少必填字段 street');
  });

  test.each([
    ['a top-level typo', 'volunteers: 900', 'volunters: 900', 'volunters', 'volunteers'],
    ['a nested typo', 'workers: 12', 'workers: 12\n  seconded_cadre: 2', 'staff.seconded_cadre', 'seconded_cadres'],
    ['a typo in a list row', '{ year: 2019, pct: 82.5, sample: 300 }', '{ year: 2019, pct: 82.5, smaple: 300 }', 'satisfaction[0].smaple', 'sample'],
    ['a typo in a status object', '{ status: partial, note: 活动用房不足 }', '{ status: partial, notes: 活动用房不足 }', 'standards.venue.notes', 'note'],
  ])('warns of %s naming the closest known key', (_, from, to, path, closest) => {
    const text = from === 'volunteers: 900' ? withLine('party_members: 186', `party_members: 186\n${to}`) : withLine(from, to);
    const { data, problems } = checkCommunity(text);
    expect(data).toBeDefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', path });
    expect(problems[0].message).toContain(`是否应为“${closest}”`);
  });
});

describe('parseFields on a report', () => {
  test('keeps dates as text', () => {
    const split = splitFrontmatter('---\ntitle: 报告\ndate: 2023-03-29\n---\n', 'content/reports/a.md');
    if ('problem' in split) throw new Error('no frontmatter');
    expect(parseFields(reportSchema, split.yaml, 'content/reports/a.md').data).toEqual({ title: '报告', date: '2023-03-29', draft: false });
  });
});

describe('parseFields on site.yaml', () => {
  const SITE = 'title: 示例\ndistrict: 示例区\nperiod: { from: 2019, to: 2023 }\nstandards:\n  - { id: organization, name: 组织设置规范 }\n';

  test('fills locale and base', () => {
    const { data } = parseFields(siteSchema, parseYaml(SITE, 'content/site.yaml'), 'content/site.yaml');
    expect(data).toMatchObject({ locale: 'zh-CN', base: '/' });
  });

  test.each([
    ['a reversed period', 'from: 2019, to: 2023', 'from: 2024, to: 2023', 3, 'period.to', 'period.to：from 不能晚于 to，现为 2023'],
    ['a non-ASCII standard id', 'id: organization', 'id: 组织', 5, 'standards[0].id', 'standards[0].id：应为小写英文字母开头的 ASCII 标识（organization），现为 “组织”'],
    ['an unknown locale', 'district: 示例区', 'district: 示例区\nlocale: fr', 3, 'locale', 'locale：应为 zh-CN 或 en，现为 “fr”'],
  ])('reports %s', (_, from, to, line, path, message) => {
    const { problems } = parseFields(siteSchema, parseYaml(SITE.replace(from, to), 'content/site.yaml'), 'content/site.yaml');
    expect(problems).toEqual([expect.objectContaining({ line, path, message })]);
  });
});
