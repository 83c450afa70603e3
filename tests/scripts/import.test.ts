import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
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
      households: 3200,
      facility: { area_m2: 820, rooms: ['一站式服务大厅', '日间照料中心'] },
      standards: { organization: 'met', venue: 'partial' },
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

  test("reads a street office's ledger: title row, merged two-row header, units, blank, 合计 and signature rows; again: all unchanged, exit 0", async () => {
    const xlsx = path.join(dir, '西城街道台账.xlsx');
    await writeXlsx(xlsx, [
      {
        name: '台账',
        rows: [
          ['西城街道社区基本情况统计表（2023年）'],
          ['序号', '拼音', '社区名称', '户数', '辖区面积', '服务阵地', null, '活动用房占比'],
          [null, null, null, null, null, '服务用房面积（㎡）', '功能用房', null],
          [1, 'liuan', '柳岸社区', '1100户', '3.5平方公里', '320平方米', '一站式服务大厅、图书室', 0.62],
          [],
          [2, 'hetang', '荷塘社区', 2100, 1.2, '650㎡', null, '91%'],
          ['合计', null, null, 3200, 4.7, 970, null, null],
          ['审核人：李四    填表人：王五    填报日期：2023年12月31日'],
        ],
        merges: ['A1:H1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:G2', 'H2:H3', 'A7:C7', 'A8:H8'],
        formats: { H4: '0%' },
      },
    ]);
    const first = importFile(xlsx);
    expect(first.stdout.split('\n').filter((l) => l.startsWith('西城街道台账.xlsx:'))).toEqual([
      '西城街道台账.xlsx: 第 5 行是空行，已跳过',
      '西城街道台账.xlsx: 第 7 行是合计行（“合计 3200 4.7 970”），已跳过：合计由网站自己计算',
      '西城街道台账.xlsx: 第 8 行是表尾（“审核人：李四    填表人：王五    填报日期：2023年…”），已跳过',
    ]);
    expect(first.stdout).toContain('新建 0，更新 2，未变 0，拒绝 0');
    expect(first.status).toBe(0);
    const project = await loadProject(dir);
    const data = (slug: string) => project.content.communities.find((c) => c.slug === slug)?.data;
    expect(data('liuan')).toMatchObject({ households: 1100, area_km2: 3.5, facility: { area_m2: 320, activity_share_pct: 62, rooms: ['一站式服务大厅', '图书室'] } });
    expect(data('hetang')).toMatchObject({ households: 2100, facility: { area_m2: 650, activity_share_pct: 91, rooms: ['日间照料中心', '四点半课堂'] } });

    const again = importFile(xlsx);
    expect(again.stdout).toContain('新建 0，更新 0，未变 2，拒绝 0');
    expect(again.status).toBe(0);
  });

  test('imports a wide sheet whose worksheet name says the measure, and its group header', async () => {
    const xlsx = path.join(dir, '经费.xlsx');
    await writeXlsx(xlsx, [
      {
        name: '办公经费',
        rows: [
          ['社区名称', '2019年', '2020年', '2021年'],
          ['荷塘社区', 3, 3.5, '4万元'],
          ['柳岸社区', null, null, 2],
        ],
      },
      {
        name: '年度',
        rows: [
          ['社区名称', '居民满意度（%）', null],
          [null, '2022年', '2023年'],
          ['柳岸社区', 0.9, 0.95],
        ],
        merges: ['A1:A2', 'B1:C1'],
        formats: { B3: '0.0%', C3: '0.0%' },
      },
    ]);
    const { status, stdout } = importFile(xlsx);
    expect(stdout).toContain('新建 0，更新 5，未变 1，拒绝 0');
    expect(status).toBe(0);
    const text = await readFile(file('hetang'), 'utf8');
    expect(text).toContain('  - { year: 2020, office: 3.5, party: 1, members: 1.5, special: 20, other: 60 }\n  - { year: 2021, office: 4 }\n');
    const liuan = await readFile(file('liuan'), 'utf8');
    expect(liuan).toContain('funding:\n  - { year: 2021, office: 2 }\n');
    expect(liuan).toContain('satisfaction:\n  - { year: 2022, pct: 90 }\n  - { year: 2023, pct: 95 }\n');
  });

  test('refuses a wide sheet that does not say what it holds, with what to do, and exits 1', async () => {
    const xlsx = path.join(dir, 'wide.xlsx');
    await writeXlsx(xlsx, [
      {
        name: 'Sheet1',
        rows: [
          ['社区名称', '2019年', '2020年', '2021年', '2022年'],
          ['荷塘社区', 3, 3, 3, 3],
          ['柳岸社区', 2, 2, 2, 2],
        ],
      },
    ]);
    const { status, stdout } = importFile(xlsx);
    expect(stdout).toContain(
      'wide.xlsx: 有年份列（2019年、2020年、2021年…），但看不出是哪一项数据，没有导入。请任选其一：把工作表改名为这一项的名称（如“办公经费”“满意度”）；或在表头上方加一行标题写明（如“各社区办公经费（万元）”）；或改成年度表：每个社区每年一行，列为“社区名称、年度、办公经费……”（这张表的 2 行都没有导入）',
    );
    expect(stdout).toContain('新建 0，更新 0，未变 0，拒绝 2');
    expect(status).toBe(1);
  });

  test("refuses a unit that is not the column's, a formula without its result and a formula-like name, by row and cell", async () => {
    const xlsx = path.join(dir, '台账.xlsx');
    await writeXlsx(xlsx, [
      {
        name: 'Sheet1',
        rows: [
          ['拼音', '社区名称', '改造年份', '改造投入', '户数', '常住人口'],
          ['hetang', '荷塘社区', 2019, '150元', null, null],
          ['liuan', '柳岸社区', null, null, { formula: 'B2*2' }, null],
          ['qingshi', '=HYPERLINK("http://evil.example","点击")', null, null, null, 100],
        ],
      },
    ]);
    const before = await readFile(file('hetang'), 'utf8');
    const { status, stdout } = importFile(xlsx);
    expect(stdout.split('\n').filter((l) => l.startsWith('台账.xlsx:'))).toEqual([
      '台账.xlsx: 第 2 行，改造投入：“150元”的单位是“元”，这一列以万元计：不会自动换算，请换算成万元后填写',
      '台账.xlsx: 第 3 行，户数：单元格 Sheet1!E3 是公式（=B2*2），文件里没有保存计算结果：请用 Excel 或 WPS 打开、保存一次，或把公式换成数值',
      '台账.xlsx: 第 4 行，社区名称：“=HYPERLINK("http://evil.example","点击")”以“=”开头，Excel 和 WPS 会把它当作公式运行，没有导入：请删去开头的符号',
    ]);
    expect(status).toBe(1);
    expect(await readFile(file('hetang'), 'utf8')).toBe(before);
    expect(existsSync(file('qingshi'))).toBe(false);
  });

  test('refuses a 300-character slug in the checking pass: no stack trace, no such file', async () => {
    const csv = path.join(dir, 'long.csv');
    await writeFile(csv, `拼音,社区名称,户数\nqingshi,青石社区,100\n${'a'.repeat(300)},长名社区,200\n`);
    const { status, stdout, stderr } = importFile(csv);
    expect(stdout).toContain(`long.csv: 第 3 行，拼音：“${'a'.repeat(40)}…”有 300 个字符，太长：文件名最多 64 个字符`);
    expect(stdout).toContain('新建 1，更新 0，未变 0，拒绝 1');
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(existsSync(file('qingshi'))).toBe(true);
  });

  test('prints the first 50 errors of many rejected rows, then how many more', async () => {
    const csv = path.join(dir, 'bad.csv');
    await writeFile(csv, ['社区名称,户数', ...Array.from({ length: 3000 }, () => '柳岸社区,约3000')].join('\n'));
    const { status, stdout } = importFile(csv, '--dry-run');
    const lines = stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('bad.csv: 第'))).toHaveLength(50);
    expect(lines).toContain('……另有 2950 个错误未列出（只列出前 50 个）');
    expect(lines).toContain('新建 0，更新 0，未变 0，拒绝 3000（试运行：没有写入任何文件）');
    expect(status).toBe(1);
  });

  test('changes no file when one cannot be written (a file-size limit, as a full disk)', async () => {
    const csv = path.join(dir, 'a.csv');
    // liuan.md is small and written first; the new zzz.md (the whole template) passes the limit.
    await writeFile(csv, '拼音,社区名称,户数\nliuan,柳岸社区,1100\nzzz,新社区,100\n');
    const before = await readFile(file('liuan'), 'utf8');
    const { status, stdout, stderr } = spawnSync('bash', ['-c', `ulimit -f 1; exec "${process.execPath}" scripts/import.ts "${csv}" --content "${dir}"`], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    expect(stdout).toContain('新建 1，更新 1，未变 0，拒绝 0');
    expect(stderr).toMatch(/^写入 \S*communities\/zzz\.md 失败（EFBIG：超过了文件大小或磁盘配额的限制）：没有修改任何文件\n$/);
    expect(status).toBe(1);
    expect(await readFile(file('liuan'), 'utf8')).toBe(before);
    expect(readdirSync(path.join(dir, 'communities')).sort()).toEqual(['caogao.md', 'hetang.md', 'liuan.md']);
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
