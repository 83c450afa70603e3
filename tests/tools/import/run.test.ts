import { describe, expect, test } from 'vitest';
import { runImport } from '../../../src/tools/import/run.ts';
import type { Sheet } from '../../../src/tools/import/sheet.ts';
import { createCommunityStore } from '../../../src/tools/import/store.ts';
import type { CommunityFile } from '../../../src/tools/import/store.ts';
import { siteSchema } from '../../../src/lib/schema.ts';

const site = siteSchema.parse({
  title: '测试区',
  district: '测试区',
  period: { from: 2019, to: 2023 },
  community_types: ['老旧小区', '村改居'],
  standards: [{ id: 'organization', name: '组织设置规范' }],
});
const HETANG = '---\nname: 荷塘社区\nhouseholds: 2000   # 户数\nfunding:\n  - { year: 2019, office: 3 }\n---\n## 基本情况\n\n荷塘社区 --- 原文不动。\n';
const file = (slug: string, text: string): CommunityFile => ({ slug, file: `communities/${slug}.md`, original: text, text });
const sheet = (headers: string[], ...rows: (string | number | null)[][]): Sheet => ({ label: '台账.xlsx', headers, rows: rows.map((cells, i) => ({ line: i + 2, cells })) });

function run(sheets: Sheet[], files: CommunityFile[] = [file('hetang', HETANG)]) {
  const store = createCommunityStore(files);
  const outcome = runImport(sheets, store, { site });
  return { store, outcome, statuses: outcome.rows.map((r) => r.status) };
}

describe('runImport', () => {
  test('updates the frontmatter of a community found by name and leaves the narrative alone', () => {
    const { store, outcome } = run([sheet(['社区名称', '户数'], ['荷塘社区', 2100])]);
    expect(outcome.rows).toEqual([{ sheet: '台账.xlsx', line: 2, status: 'updated', file: 'communities/hetang.md', messages: ['户数：2000 → 2100'] }]);
    expect(store.get('hetang')?.text).toBe(HETANG.replace('households: 2000   #', 'households: 2100   #'));
  });

  test('creates a community from a complete row as published, and from an incomplete one as a draft', () => {
    const headers = ['拼音', '社区名称', '所属街道', '社区类型', '辖区面积', '户数', '常住人口', '党员数', '服务用房面积', '功能用房', '社区工作者', '组织设置规范'];
    const { store, outcome } = run([
      sheet(headers, ['qingshi', '青石社区', '城关街道', '老旧小区', 1.8, 3200, 9600, 186, 820, '一站式服务大厅、日间照料中心', 12, '达标'], ['baiyun', '白云社区', '城关街道', null, null, 1000, null, null, null, null, null, null]),
    ]);
    expect(outcome.rows.map((r) => [r.status, r.file, r.messages])).toEqual([
      ['created', 'communities/qingshi.md', []],
      ['created', 'communities/baiyun.md', ['缺少必填字段 社区类型、辖区面积、常住人口、党员数、服务用房面积、功能用房、社区工作者、组织设置规范，已存为草稿（draft: true）']],
    ]);
    expect(store.get('qingshi')?.text).toMatch(/^households: 3200 +# 必填/m);
    expect(store.get('qingshi')?.text).not.toMatch(/^draft: true/m);
    expect(store.get('baiyun')?.text).toMatch(/^draft: true/m);
  });

  test('rejects every bad row with all its reasons, and applies the good ones', () => {
    const { outcome } = run([sheet(['社区名称', '户数', '社区类型'], ['荷塘社区', '约3000', '别墅区'], ['荷塘社区', 2100, null])]);
    expect(outcome.rows.map((r) => [r.line, r.status, r.messages])).toEqual([
      [2, 'rejected', ['户数：“约3000”不是整数', '社区类型：“别墅区”不在 site.yaml 的 community_types 中（应为：老旧小区、村改居）']],
      [3, 'updated', ['户数：2000 → 2100']],
    ]);
  });

  test.each([
    ['a new community without a slug', [['白云社区', 1]], '没有名为“白云社区”的社区；新社区需要在“拼音”列写上文件名（如 qingshi）'],
    ['a row naming no community', [[null, 1]], '“社区名称”和“拼音”都是空的，不知道这一行是哪个社区'],
  ])('rejects %s', (_, rows, message) => {
    expect(run([sheet(['社区名称', '户数'], ...rows)]).outcome.rows[0]).toMatchObject({ status: 'rejected', messages: [message] });
  });

  test('rejects a second row for the same community', () => {
    expect(run([sheet(['社区名称', '户数'], ['荷塘社区', 2100], ['荷塘社区', 2200])]).outcome.rows[1]).toMatchObject({ status: 'rejected', messages: ['与第 2 行是同一个社区：每个社区只写一行'] });
  });

  test('rejects a name that two files share', () => {
    const { outcome } = run([sheet(['社区名称', '户数'], ['荷塘社区', 1])], [file('hetang', HETANG), file('hetang-2', HETANG)]);
    expect(outcome.rows[0].messages).toEqual(['有 2 个社区文件名为“荷塘社区”（communities/hetang.md、communities/hetang-2.md）：请加“拼音”列指明']);
  });

  test('rejects a whole sheet that names no community, and notes unknown columns', () => {
    const { outcome } = run([sheet(['户数', '党员人员'], [1, 2])]);
    expect(outcome.rows[0].messages).toEqual(['找不到“社区名称”或“拼音”列，无法知道每一行是哪个社区（表头：户数、党员人员）']);
    expect(outcome.notes).toEqual(['台账.xlsx: 列“党员人员”无法识别，已忽略（是否应为“党员人数”？）；可用的列名见 docs/编辑指南.md']);
  });

  test('finds the header row under a title row', () => {
    const titled: Sheet = {
      label: '台账.xlsx',
      headers: ['荷塘街道社区台账（2023年）', '', ''],
      rows: [
        { line: 2, cells: ['社区名称', '户数（户）', '备注'] },
        { line: 3, cells: ['荷塘社区', 2100, null] },
      ],
    };
    expect(run([titled]).outcome.rows).toEqual([{ sheet: '台账.xlsx', line: 3, status: 'updated', file: 'communities/hetang.md', messages: ['户数：2000 → 2100'] }]);
  });

  test('skips a sheet without any importable column, such as instructions', () => {
    const { outcome } = run([sheet(['填表说明'], ['户数只写数字'])]);
    expect(outcome.rows).toEqual([]);
    expect(outcome.notes).toEqual(['台账.xlsx: 没有可导入的列，已跳过（表头：填表说明）']);
  });

  test('fills yearly rows, after profile sheets that create their communities', () => {
    const yearly = sheet(['社区名称', '年度', '办公经费', '满意度'], ['青石社区', 2021, 3, 90], ['荷塘社区', 2020, 3, null], ['荷塘社区', 2020, 4, null], ['无名社区', 2021, 1, null]);
    const profile = sheet(['拼音', '社区名称'], ['qingshi', '青石社区']);
    const { store, outcome } = run([yearly, profile]);
    expect(outcome.rows.map((r) => [r.status, r.messages])).toEqual([
      ['created', ['缺少必填字段 所属街道、社区类型、辖区面积、户数、常住人口、党员数、服务用房面积、功能用房、社区工作者、组织设置规范，已存为草稿（draft: true）']],
      ['updated', ['运转经费 2021 年：新增 { office: 3 }', '满意度 2021 年：新增 { pct: 90 }']],
      ['updated', ['运转经费 2020 年：新增 { office: 3 }']],
      ['rejected', ['与第 3 行是同一个社区、同一年度：每个社区每年只写一行']],
      ['rejected', ['没有名为“无名社区”的社区：请先导入台账表，或用 npm run new 新建']],
    ]);
    expect(store.get('hetang')?.text).toContain('  - { year: 2019, office: 3 }\n  - { year: 2020, office: 3 }\n---');
    expect(store.get('qingshi')?.text).toMatch(/^funding: +# 可选.*\n {2}- \{ year: 2021, office: 3 \}$/m);
  });

  test('reports every row unchanged when the same sheet is imported again', () => {
    const sheets = [sheet(['社区名称', '户数'], ['荷塘社区', 2100]), sheet(['社区名称', '年度', '办公经费'], ['荷塘社区', 2020, 3])];
    const first = run(sheets);
    const again = run(sheets, [file('hetang', first.store.get('hetang')!.text!)]);
    expect(first.statuses).toEqual(['updated', 'updated']);
    expect(again.statuses).toEqual(['unchanged', 'unchanged']);
    expect(again.store.listChanged()).toEqual([]);
  });

  test('refuses a column whose header states another unit, for the whole sheet', () => {
    const { outcome } = run([sheet(['社区名称', '改造年份', '改造投入（元）'], ['荷塘社区', 2019, 1205000], ['柳岸社区', 2020, 300000])]);
    expect(outcome.rows.map((r) => [r.status, r.sheetError, r.messages])).toEqual([
      ['rejected', true, ['列“改造投入（元）”的单位是“元”，而这一项以万元计：不会自动换算，请换算成万元并改正表头']],
      ['rejected', true, ['列“改造投入（元）”的单位是“元”，而这一项以万元计：不会自动换算，请换算成万元并改正表头']],
    ]);
  });

  test('applies a row with a slip it warns about, and keeps the warning with the row', () => {
    const { outcome, store } = run([sheet(['社区名称', '年度', '满意度'], ['荷塘社区', 2022, 0.92])]);
    expect(outcome.rows[0]).toMatchObject({ status: 'updated', warnings: ['满意度：是否把 92% 写成了 0.92？这一列是 0–100 的百分数，已按 0.92 导入；如有误请改为 92'] });
    expect(store.get('hetang')?.text).toContain('  - { year: 2022, pct: 0.92 }');
  });

  test('sets aside blank, totals and footer rows with a notice each, and imports the rest', () => {
    const { outcome } = run(
      [sheet(['序号', '社区名称', '户数'], [1, '荷塘社区', 2100], [null, null, null], [2, '柳岸社区', 1000], ['合计', null, 3100], ['填表人：王五', null, null])],
      [file('hetang', HETANG), file('liuan', HETANG.replace('荷塘社区', '柳岸社区'))],
    );
    expect(outcome.skipped).toEqual(['台账.xlsx: 第 3 行是空行，已跳过', '台账.xlsx: 第 5 行是合计行（“合计 3100”），已跳过：合计由网站自己计算', '台账.xlsx: 第 6 行是表尾（“填表人：王五”），已跳过']);
    expect(outcome.rows.map((r) => [r.line, r.status])).toEqual([
      [2, 'updated'],
      [4, 'updated'],
    ]);
    expect(outcome.notes).toEqual([]);
  });

  test('reports progress after each row', () => {
    const calls: number[][] = [];
    runImport([sheet(['社区名称', '户数'], ['荷塘社区', 1], ['荷塘社区', 2])], createCommunityStore([file('hetang', HETANG)]), { site, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});
