import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadProject } from '../../src/lib/project.ts';
import { copyFixture } from '../helpers/content.ts';
import { encodeGb18030 } from '../helpers/encoding.ts';
import { runScript } from '../helpers/run.ts';
import { writeXlsx } from '../helpers/xlsx.ts';

let dir: string;
beforeEach(async () => {
  dir = await copyFixture();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const PROFILE = ['拼音', '社区名称', '所属街道', '社区类型', '辖区面积（平方公里）', '户数', '常住人口', '党员数', '服务用房面积', '功能用房', '社区工作者', '组织设置规范', '阵地建设规范'];
const ROWS = [
  ['qingshi', '青石社区', '东城街道', '老旧小区', 1.8, 3200, 9600, 186, 820, '一站式服务大厅、日间照料中心', 12, '达标', '部分达标'],
  ['baiyun', '白云社区', '西城街道', '村改居', 2.5, '约3000', 5000, 80, 400, '一站式服务大厅', 6, '达标', '达标'],
  ['songlin', '松林社区', '西城街道', '村改居', 3, 1500, 4500, 90, 500, '一站式服务大厅', 7, '达标', '未达标'],
  ['zhuyuan', '竹园社区', '东城街道', '别墅区', 1, 900, -1, 40, 300, '', 5, '达标', '达标'],
  ['meiyuan', '梅园社区', '东城街道', '老旧小区', 1.1, 1100, 3300, null, null, null, null, null, null],
];
const file = (slug: string) => path.join(dir, 'communities', `${slug}.md`);
const importFile = (source: string, ...flags: string[]) => runScript('scripts/import.ts', [source, '--content', dir, ...flags]);

describe('npm run import', () => {
  test('creates three communities from an XLSX, rejects the two bad rows with row and reason, then finds nothing to change', async () => {
    const xlsx = path.join(dir, '社区台账.xlsx');
    await writeXlsx(xlsx, [{ name: '台账', rows: [PROFILE, ...ROWS] }]);
    const first = importFile(xlsx);
    const lines = first.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('社区台账.xlsx:'))).toEqual([
      '社区台账.xlsx: 第 3 行，户数：“约3000”不是整数',
      '社区台账.xlsx: 第 5 行，社区类型：“别墅区”不在 site.yaml 的 community_types 中（应为：老旧小区、村改居）',
      '社区台账.xlsx: 第 5 行，常住人口：-1 不能小于 0',
    ]);
    expect(lines).toContain('新建 3，更新 0，未变 0，拒绝 2');
    expect(first.status).toBe(1);
    expect(['qingshi', 'songlin', 'meiyuan', 'baiyun', 'zhuyuan'].map((slug) => existsSync(file(slug)))).toEqual([true, true, true, false, false]);

    const project = await loadProject(dir);
    expect(project.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(project.content.communities.map((c) => c.slug)).toEqual(['hetang', 'liuan', 'qingshi', 'songlin']);
    expect(project.content.draftCommunities).toEqual(['caogao', 'meiyuan']);
    expect(project.content.communities.find((c) => c.slug === 'qingshi')?.data).toMatchObject({
      households: 3200, facility: { area_m2: 820, rooms: ['一站式服务大厅', '日间照料中心'] }, standards: { organization: 'met', venue: 'partial' },
    });

    const again = importFile(xlsx);
    expect(again.stdout).toContain('新建 0，更新 0，未变 3，拒绝 2');
  });

  test('updates the frontmatter from a GB18030 CSV and leaves the narrative byte for byte', async () => {
    const before = await readFile(file('hetang'));
    const csv = path.join(dir, '年度数据.csv');
    await writeFile(csv, encodeGb18030('社区名称,年度,办公经费,党建经费,满意度,样本数\r\n荷塘社区,2021,3,1,88.5,220\r\n荷塘社区,2019,3,1,,\r\n'));
    const { status, stdout } = importFile(csv);
    expect(stdout).toContain('年度数据.csv 不是 UTF-8 编码，已按 GB18030');
    expect(stdout).toContain('运转经费 2021 年：新增 { office: 3, party: 1 }；满意度 2021 年：85.5 → 88.5；满意度 2021 年 样本数：200 → 220');
    expect(stdout).toContain('新建 0，更新 1，未变 1，拒绝 0');
    expect(status).toBe(0);
    const after = await readFile(file('hetang'), 'utf8');
    const body = (text: string) => text.slice(text.indexOf('\n---\n'));
    expect(body(after)).toBe(body(before.toString('utf8')));
    expect(after).toContain('  - { year: 2020, office: 3, party: 1, members: 1.5, special: 20, other: 60 }\n  - { year: 2021, office: 3, party: 1 }\n');
    expect(after).toContain('  - { year: 2021, pct: 88.5, sample: 220 }');
  });

  test('shows what would change with --dry-run and writes nothing', async () => {
    const before = await readFile(file('liuan'), 'utf8');
    const csv = path.join(dir, 'a.csv');
    await writeFile(csv, '社区名称,户数,注册志愿者\n柳岸社区,1100,300\n');
    const { stdout } = importFile(csv, '--dry-run');
    expect(stdout).toContain('将更新');
    expect(stdout).toContain('户数：1000 → 1100；注册志愿者：（空） → 300');
    expect(stdout).toContain('新建 0，更新 1，未变 0，拒绝 0（试运行：没有写入任何文件）');
    expect(await readFile(file('liuan'), 'utf8')).toBe(before);
  });

  test('prints a progress line for a large sheet', async () => {
    const csv = path.join(dir, 'big.csv');
    await writeFile(csv, ['社区名称,户数', ...Array.from({ length: 240 }, () => '柳岸社区,1000')].join('\n'));
    const { stdout } = importFile(csv, '--dry-run');
    expect(stdout).toContain('导入中：240/240 行');
    expect(stdout).toContain('新建 0，更新 0，未变 1，拒绝 239');
  });

  test.each([
    ['a file that does not exist', 'nowhere.csv', '找不到文件 nowhere.csv'],
    ['an old .xls workbook', 'old.xls', 'old.xls: 只能导入 .csv 或 .xlsx 文件：请在 Excel 中“另存为”Excel 工作簿（.xlsx）'],
  ])('stops on %s', (_, source, message) => {
    const { status, stderr } = importFile(source);
    expect(stderr).toContain(message);
    expect(status).toBe(1);
  });
});
