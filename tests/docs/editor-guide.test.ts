import { readFileSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Problem } from '../../src/lib/problems.ts';
import { loadProject } from '../../src/lib/project.ts';
import { describeBuildError } from '../../src/tools/build-errors.ts';
import { formatBuildFailure } from '../../src/tools/build-failure.ts';
import { formatLockWait } from '../../src/tools/build-lock.ts';
import { checkOutputFolder } from '../../src/tools/output-folder.ts';
import { copyFixture, editFile } from '../helpers/content.ts';

// The editors' guide quotes what the tool says in its table "常见错误和改法". Each quote must
// be what the tool really prints for that case: `…` stands for any text. A row added without a
// case here, or a message changed without the guide, fails.

const HEIC = Buffer.from([0, 0, 0, 24, ...Buffer.from('ftypheic')]);
const HETANG = 'communities/hetang.md';
const SHIJIAN = 'reports/shijian.md';
type Edit = (dir: string) => Promise<unknown>;
const edit =
  (file: string, from: string | RegExp, to: string): Edit =>
  (dir) =>
    editFile(dir, file, from, to);
const write =
  (file: string, content: string | Buffer): Edit =>
  async (dir) => {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  };
const both =
  (...edits: Edit[]): Edit =>
  async (dir) => {
    for (const e of edits) await e(dir);
  };

/** A case producing each quoted message, by the quote as the guide writes it. */
type Produced = () => string | undefined | Promise<string | undefined>;
const CASES: Record<string, Edit | 'missing folder' | 'build' | { command: Produced }> = {
  '文件不是 UTF-8 编码（可能是 GBK/GB18030）': write('communities/gbk.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc7, 0xe0, 0xca, 0xaf, 0x0a])),
  '内容文件夹“…”不存在': 'missing folder',
  'households：应为不小于 0 的整数，现为 “3200”（数字请直接写……）': edit(HETANG, 'households: 2000', 'households: "3200"'),
  '是全角数字：请改成半角的 3200': edit(HETANG, 'households: 2000', 'households: ３２００'),
  '“households：3200”用了全角冒号“：”': edit(HETANG, 'households: 2000', 'households：3200'),
  '“households:3200”的冒号后面缺少空格': edit(HETANG, 'households: 2000', 'households:3200'),
  '应为 0–100 之间的数字': edit(HETANG, 'pct: 85.5', 'pct: 120'),
  '是否把 92% 写成了 0.92？': edit(HETANG, 'pct: 85.5', 'pct: 0.92'),
  '“一站式服务大厅，日间照料中心”中有全角的“，”，会被当作一项': edit(HETANG, 'rooms: [日间照料中心, 四点半课堂]', 'rooms: [一站式服务大厅，日间照料中心]'),
  '缺少必填字段 facility.area_m2': edit(HETANG, '  area_m2: 600\n', ''),
  '草稿缺少必填字段 …': async () => undefined,
  '草稿的 standards 缺少规范“…”': edit('communities/caogao.md', 'draft: true', 'draft: true\nstandards: { organization: met }'),
  '未知字段“volunters”：是否应为“volunteers”？': edit(HETANG, 'households: 2000', 'households: 2000\nvolunters: 30'),
  'YAML 语法错误：缩进不正确': edit(HETANG, '  rooms: [', ' rooms: ['),
  'YAML 语法错误：这一行的“[”没有配对的“]”': edit(HETANG, 'rooms: [日间照料中心, 四点半课堂]', 'rooms: [日间照料中心, 四点半课堂'),
  'YAML 语法错误：缺少字符（引号或括号未闭合？）': edit(HETANG, 'name: 荷塘社区', 'name: "荷塘社区'),
  'YAML 语法错误：不能用 Tab 缩进，请用空格': edit(HETANG, '  area_m2: 600', '\tarea_m2: 600'),
  'YAML 语法错误：同一层级出现重复的键': edit(HETANG, 'households: 2000', 'households: 2000\nhouseholds: 2100'),
  'type：“别墅区”不在 site.yaml 的 community_types 中': edit(HETANG, 'type: 老旧小区', 'type: 别墅区'),
  'standards 缺少规范“venue”': edit(HETANG, '  venue: { status: partial, note: 活动用房不足 }\n', ''),
  'standards 中的“safty”不是 site.yaml 中的规范 id': edit(HETANG, '  organization: met', '  organization: met\n  safty: met'),
  'funding 中年份 2021 重复：每年只写一行': both(edit(HETANG, '{ year: 2019, office: 3', '{ year: 2021, office: 3'), edit(HETANG, '{ year: 2020, office: 3', '{ year: 2021, office: 3')),
  '…：年份 2016 不在报告期 2017–2023 内': both(edit('site.yaml', 'from: 2019', 'from: 2017'), edit(HETANG, '{ year: 2021, pct: 85.5', '{ year: 2016, pct: 85.5')),
  '应为真实存在的日期，格式 YYYY-MM-DD': edit(SHIJIAN, 'date: 2023-03-29', 'date: 2024-02-30'),
  '图片“…”不存在（按本文件所在位置查找：…）': edit(HETANG, '](../media/hetang.png)', '](../media/none.jpg)'),
  '图片“…”是 HEIC 格式，网站无法显示': both(write('media/IMG_1234.HEIC', HEIC), edit(HETANG, '](../media/hetang.png)', '](../media/IMG_1234.HEIC)')),
  '图片“…”文件名是 JPG，内容却是 HEIC 格式': both(write('media/IMG_1234.jpg', HEIC), edit(HETANG, '](../media/hetang.png)', '](../media/IMG_1234.jpg)')),
  '图片“…”的文件名里有 ? 或 #': both(write('media/a#1.png', HEIC), edit(HETANG, '](../media/hetang.png)', '](../media/a%231.png)')),
  '图片“…”是外部网址': edit(HETANG, '](../media/hetang.png)', '](https://example.com/a.jpg)'),
  '链接“/communities/xx/”指向的页面不存在（或是草稿）': edit(HETANG, '荷塘社区是一个老旧小区。', '荷塘社区是一个老旧小区，见[别处](/communities/xx/)。'),
  '文件名“青石”不符合规则': write('communities/青石.md', '---\nname: 青石\n---\n'),
  '内嵌数值“…”没有值（该字段缺失）': edit(HETANG, '荷塘社区是一个老旧小区。', '荷塘社区有{{ community.grids }}个网格。'),
  '内嵌数值“community.…”只能用在社区页面的正文中': edit(SHIJIAN, '满意度稳步提升。', '共{{ community.households }}户。'),
  'from：没有名为“…”的数据来源': edit(SHIJIAN, 'from: district.funding', 'from: data/nothing'),
  'y：“data/jingfei”中没有字段“amout”（是否应为“amount”？可用：year、amount）': edit(SHIJIAN, 'from: district.funding\nx: year\ny: [office, party, members, special, other]', 'from: data/jingfei\nx: year\ny: amout'),
  '“amount”列是数字列，单元格“约20”不是数字': write('data/jingfei.csv', 'year,amount\n2020,9\n2021,10.5\n2022,约20\n'),
  '构建时找不到图片“…”': 'build',
  '这是一个符号链接（快捷方式）：内容文件夹中不允许链接……': (dir) => symlink('/etc/hostname', path.join(dir, 'data', 'keys.csv')),
  '正文有 … MB，超过 5 MB 的上限……': edit(SHIJIAN, '满意度稳步提升。', `满意度稳步提升。${'社区'.repeat(1_000_000)}`),
  '--out … 不是空文件夹，也不是本工具构建的网站……': {
    command: async () => {
      const out = path.join(os.tmpdir(), `shequ-guide-out-${process.pid}`);
      await mkdir(out, { recursive: true });
      await writeFile(path.join(out, 'notes.txt'), '');
      try {
        return checkOutputFolder(out, { content: 'content', checkout: process.cwd(), home: os.homedir() }, process.cwd());
      } finally {
        await rm(out, { recursive: true, force: true });
      }
    },
  },
  '另一个构建正在使用本项目的缓存（进程 …）：等它结束后再开始……': { command: () => formatLockWait({ pid: 4242, out: path.resolve('dist') }, process.cwd()) },
  '构建失败：无法写入 dist/：磁盘已满（ENOSPC）。': {
    command: () => formatBuildFailure(Object.assign(new Error('write failed'), { code: 'ENOSPC' }), { out: 'dist', folder: path.resolve('dist'), cwd: process.cwd(), verbose: false }),
  },
  'SVG 图片“…”含有…，打开时可能在本站运行代码，不能发布': both(write('media/evil.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), edit(HETANG, '](../media/hetang.png)', '](../media/evil.svg)')),
  '…个字符是看不见的控制字符 U+…': edit(HETANG, 'name: 荷塘社区', 'name: 荷塘\x01社区'),
  '…个字符是看不见的字符 U+…（零宽空格）': edit(HETANG, 'name: 荷塘社区', 'name: 荷塘\u200b社区'),
  'YAML 语法错误：“*…”是 YAML 的别名…': edit(HETANG, 'note: 活动用房不足', 'note: *重点*'),
};

/** The rows of the guide's table of common errors: the quoted message, and whether it is a warning. */
function readGuideRows(): { quote: string; warning: boolean }[] {
  const guide = readFileSync('docs/编辑指南.md', 'utf8');
  const section = guide.slice(guide.indexOf('## 常见错误和改法'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| 提示 |')));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cell = line.split(' | ')[0];
      return { quote: /`([^`]+)`/.exec(cell)![1], warning: cell.includes('（警告）') };
    });
}

function toPattern(quote: string): RegExp {
  return new RegExp(
    quote
      .split(/…+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*'),
  );
}

async function produce(how: (typeof CASES)[string]): Promise<Problem[]> {
  if (typeof how === 'object') {
    const message = await how.command();
    return message ? [{ file: '', line: 1, path: '', message, severity: 'error' }] : [];
  }
  if (how === 'missing folder') return (await loadProject(path.join(process.cwd(), 'tests', 'no-such-folder'))).problems;
  if (how === 'build') {
    const error = new Error('ImageNotFound: Could not find requested image `../media/%E5%A4%96%E6%99%AF.jpg`. Does it exist?');
    return describeBuildError(error, { content: 'tests/fixtures/site' }).map((message) => ({ file: '', line: 1, path: '', message, severity: 'error' }));
  }
  const dir = await copyFixture();
  try {
    await how(dir);
    return (await loadProject(dir)).problems;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('docs/编辑指南.md, 常见错误和改法', () => {
  const rows = readGuideRows();

  test('quotes only messages this test has a case for', () => {
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.map((r) => r.quote).filter((q) => !(q in CASES))).toEqual([]);
  });

  test.each(rows)('“$quote” is what the tool says', async ({ quote, warning }) => {
    const problems = await produce(CASES[quote]);
    const found = problems.filter((p) => toPattern(quote).test(p.message));
    expect(found, problems.map((p) => p.message).join('\n')).not.toEqual([]);
    expect(found.every((p) => p.severity === (warning ? 'warning' : 'error'))).toBe(true);
  });
});
