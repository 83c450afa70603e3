import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { loadProject } from '../../src/lib/project.ts';
import { copyFixture, editFile, FIXTURE } from '../helpers/content.ts';

/** Loads a copy of the fixture after one edit, and returns its problems as printed lines. */
async function problemsAfter(edit: (dir: string) => Promise<void>): Promise<string[]> {
  const dir = await copyFixture();
  try {
    await edit(dir);
    const { problems } = await loadProject(dir);
    return problems.filter((p) => !p.file.endsWith('caogao.md')).map((p) => formatProblem({ ...p, file: path.relative(dir, path.resolve(p.file)) }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('loadProject', () => {
  test('reads the fixture: published communities, drafts apart, figures summed', async () => {
    const project = await loadProject(FIXTURE);
    expect(project.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(project.content.communities.map((c) => c.slug)).toEqual(['hetang', 'liuan']);
    expect(project.content.draftCommunities).toEqual(['caogao']);
    expect(project.content.reports.map((r) => [r.slug, r.data.draft])).toEqual([
      ['shijian', false],
      ['weiwan', true],
    ]);
    expect(project.district).toMatchObject({ communities: 2, households: 3000, investment_wan: 120.5, funding_wan: 111, demonstrations: 1, standards_met_pct: 50, satisfaction_pct: 91 });
  });

  test('warns of every missing fact of a draft community, at line 1', async () => {
    const { problems } = await loadProject(FIXTURE);
    const draft = problems.filter((p) => p.file.endsWith('caogao.md'));
    expect(draft.length).toBeGreaterThan(5);
    expect(draft.every((p) => p.severity === 'warning' && p.line === 1)).toBe(true);
  });

  test.each([
    ['missing other facts', async (dir: string) => editFile(dir, 'communities/caogao.md', 'draft: true', 'draft: true\nstandards:\n  organization: met'), 'caogao'],
    [
      'all its other facts',
      async (dir: string) => {
        await writeFile(path.join(dir, 'communities', 'xinjian.md'), (await readFile(path.join(dir, 'communities', 'liuan.md'), 'utf8')).replace('---\n', '---\ndraft: true\n').replace('  venue: unmet\n', ''));
      },
      'xinjian',
    ],
  ])('warns of the standards a draft lacks, with %s', async (_, edit, slug) => {
    const dir = await copyFixture();
    try {
      await edit(dir);
      const { problems } = await loadProject(dir);
      const standards = problems.filter((p) => p.file.endsWith(`${slug}.md`) && p.path === 'standards');
      expect(standards.map((p) => [p.severity, p.message])).toEqual([['warning', '草稿的 standards 缺少规范“venue”：发布前每项规范都要填写 met、partial 或 unmet']]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test.each([
    ['a standard missing from a community', 'communities/liuan.md', '  venue: unmet\n', '', ['communities/liuan.md:14:1: standards 缺少规范“venue”：每项规范都要填写 met、partial 或 unmet']],
    ['a standard the site does not have', 'communities/liuan.md', '  venue: unmet\n', '  venue: unmet\n  safety: met\n', ['communities/liuan.md:17:3: standards 中的“safety”不是 site.yaml 中的规范 id（应为：organization、venue）']],
    ['a type outside community_types', 'communities/liuan.md', 'type: 村改居', 'type: 别墅区', ['communities/liuan.md:4:1: type：“别墅区”不在 site.yaml 的 community_types 中（应为：老旧小区、村改居）']],
    ['a repeated funding year', 'communities/hetang.md', '{ year: 2020, office: 3', '{ year: 2019, office: 3', ['communities/hetang.md:19:7: funding 中年份 2019 重复：每年只写一行']],
    ['a year outside the period', 'communities/hetang.md', '{ year: 2021, pct: 85.5', '{ year: 2018, pct: 85.5', ['communities/hetang.md:24:7: warning: satisfaction[0].year：年份 2018 不在报告期 2019–2023 内']],
    ['a cover that does not exist', 'communities/hetang.md', 'cover: ../media/hetang.png', 'cover: ../media/none.png', [expect.stringMatching(/^communities\/hetang\.md:31:1: cover：图片“\.\.\/media\/none\.png”不存在/)]],
    ['a cover outside the content folder', 'communities/hetang.md', 'cover: ../media/hetang.png', 'cover: ../../secret.png', ['communities/hetang.md:31:1: cover：图片“../../secret.png”在内容文件夹之外：图片须放在 content/ 内']],
    [
      'a remote cover',
      'communities/hetang.md',
      'cover: ../media/hetang.png',
      'cover: https://example.com/a.png',
      ['communities/hetang.md:31:1: cover：图片“https://example.com/a.png”是外部网址：请把图片放进 content/media/ 并写相对路径（读者的浏览器不从其他网站取图）'],
    ],
    ['a link to a community that does not exist', 'communities/hetang.md', '(/communities/liuan/)', '(/communities/nowhere/)', ['communities/hetang.md:42: 链接“/communities/nowhere/”指向的页面不存在（或是草稿）']],
    ['a link to a draft', 'communities/hetang.md', '(/communities/liuan/)', '(/communities/caogao/)', ['communities/hetang.md:42: 链接“/communities/caogao/”指向的页面不存在（或是草稿）']],
    [
      'a remote image in Markdown',
      'communities/hetang.md',
      '(../media/hetang.png)',
      '(http://example.com/x.png)',
      ['communities/hetang.md:38: 图片“http://example.com/x.png”是外部网址：请把图片放进 content/media/ 并写相对路径（读者的浏览器不从其他网站取图）'],
    ],
  ])('reports %s', async (_, file, from, to, expected) => {
    expect(await problemsAfter((dir) => editFile(dir, file, from, to))).toEqual(expected);
  });

  const HEIC = Buffer.from([0, 0, 0, 24, ...Buffer.from('ftypheic')]);
  test.each([
    ['a HEIC photo', 'IMG_1234.HEIC', HEIC, '图片“../media/IMG_1234.HEIC”是 HEIC 格式，网站无法显示：请用手机相册的“导出”、微信“保存图片”或画图工具另存为 JPG、PNG 或 WebP，再改这里的文件名'],
    ['a HEIC photo named .jpg', 'IMG_1234.jpg', HEIC, '图片“../media/IMG_1234.jpg”文件名是 JPG，内容却是 HEIC 格式，网站无法显示：请用手机相册的“导出”、微信“保存图片”或画图工具另存为 JPG、PNG 或 WebP，再改这里的文件名'],
    ['a BMP scan', '扫描件.bmp', Buffer.from('BM'), '图片“../media/扫描件.bmp”是 BMP 格式，网站无法显示：请用手机相册的“导出”、微信“保存图片”或画图工具另存为 JPG、PNG 或 WebP，再改这里的文件名'],
    ['a TIFF scan', 'scan.TIF', Buffer.from('II*\0'), '图片“../media/scan.TIF”是 TIFF 格式，网站无法显示：请用手机相册的“导出”、微信“保存图片”或画图工具另存为 JPG、PNG 或 WebP，再改这里的文件名'],
    ['a Word file', '说明.docx', Buffer.from('PK'), '图片“../media/说明.docx”不是网站能用的图片格式（能用：.jpg .jpeg .png .webp .gif .svg），网站无法显示：请用手机相册的“导出”、微信“保存图片”或画图工具另存为 JPG、PNG 或 WebP，再改这里的文件名'],
    ['a broken download', '外景.png', Buffer.from('<html>'), '图片“../media/外景.png”不是完整的图片文件（可能已损坏或只下载了一部分），网站无法显示：请用手机相册的“导出”、微信“保存图片”或画图工具另存为 JPG、PNG 或 WebP，再改这里的文件名'],
  ])('reports %s in the body and as the cover, at their lines', async (_, name, bytes, message) => {
    const lines = await problemsAfter(async (dir) => {
      await writeFile(path.join(dir, 'media', name), bytes);
      await editFile(dir, 'communities/hetang.md', /\.\.\/media\/hetang\.png/g, `../media/${name}`);
    });
    expect(lines).toEqual([`communities/hetang.md:31:1: cover：${message}`, `communities/hetang.md:38: ${message}`]);
  });

  test.each([
    ['a WeChat name', '微信图片_20230512093015.jpg', '微信图片_20230512093015.jpg'],
    ['a camera name', 'IMG_1234.JPG', 'IMG_1234.JPG'],
    ['spaces and full-width brackets', '外景 照片（一）.png', '外景 照片（一）.png'],
    ['angle brackets', '外景 照片（一）.png', '<../media/外景 照片（一）.png>'],
    ['a URL-encoded path', '外景.jpg', '%E5%A4%96%E6%99%AF.jpg'],
  ])('accepts an image with %s', async (_, name, written) => {
    const lines = await problemsAfter(async (dir) => {
      await rename(path.join(dir, 'media', 'hetang.png'), path.join(dir, 'media', name));
      const target = written.startsWith('<') ? written : `../media/${written}`;
      await editFile(dir, 'communities/hetang.md', '](../media/hetang.png)', `](${target})`);
      await editFile(dir, 'communities/hetang.md', 'cover: ../media/hetang.png', `cover: ../media/${written.startsWith('<') ? name : written}`);
    });
    expect(lines).toEqual([]);
  });

  test('reports an image whose file name holds # (Astro reads it as a fragment)', async () => {
    const lines = await problemsAfter(async (dir) => {
      await writeFile(path.join(dir, 'media', 'a#1.png'), await readFile(path.join(dir, 'media', 'hetang.png')));
      await editFile(dir, 'communities/hetang.md', '](../media/hetang.png)', '](../media/a%231.png)');
    });
    expect(lines).toEqual(['communities/hetang.md:38: 图片“../media/a#1.png”的文件名里有 ? 或 #：请给文件改名（去掉这两个符号），再改这里的文件名']);
  });

  test('accepts a site link without its trailing slash and with a fragment', async () => {
    expect(await problemsAfter((dir) => editFile(dir, 'communities/hetang.md', '(/communities/liuan/)', '(/communities/liuan#基本情况)'))).toEqual([]);
  });

  test.each([
    ['an upper-case file name', 'communities/HeTang.md'],
    ['a file name with a space', 'communities/he tang.md'],
    ['a Chinese file name', 'reports/报告.md'],
  ])('rejects %s', async (_, name) => {
    const lines = await problemsAfter((dir) => writeFile(path.join(dir, name), '---\ntitle: x\ndate: 2023-01-01\n---\n'));
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^${name.replace('.', '\\.')}:1: 文件名“.+”不符合规则`))]);
  });

  test('reports a table description column the CSV does not have', async () => {
    const lines = await problemsAfter((dir) => editFile(dir, 'data/jingfei.yaml', '  amount:', '  amout:'));
    expect(lines).toEqual(['data/jingfei.yaml:4:3: columns 中的“amout”不是 jingfei.csv 的列（现有列：year、amount）']);
  });

  const USES_TABLE = '满意度稳步提升，经费合计{{ sum data/jingfei amount }}万元。\n\n```chart\ntype: bar\ntitle: 经费\nfrom: data/jingfei\nx: year\ny: amount\n```\n';
  test.each([
    [
      'one bad cell',
      (dir: string) => writeFile(path.join(dir, 'data', 'jingfei.csv'), 'year,amount\n2020,9\n2021,10.5\n2022,约12\n2023,13\n'),
      ['data/jingfei.csv:4: “amount”列是数字列，单元格“约12”不是数字（只写阿拉伯数字，不加逗号、单位或百分号；缺失请留空）'],
    ],
    [
      'full-width digits',
      (dir: string) => writeFile(path.join(dir, 'data', 'jingfei.csv'), 'year,amount\n2020,9\n2021,10.5\n2022,１２\n2023,13\n'),
      ['data/jingfei.csv:4: “amount”列是数字列，单元格“１２”是全角数字：请改成半角的 12（切换到英文输入法再输入）'],
    ],
    ['a ragged row', (dir: string) => editFile(dir, 'data/jingfei.csv', '2022,12', '2022,12,3'), ['data/jingfei.csv:3: 这一行有 3 个单元格，表头有 2 列']],
    ['an unclosed quote', (dir: string) => editFile(dir, 'data/jingfei.csv', '2022,12', '2022,"12'), [expect.stringMatching(/^data\/jingfei\.csv:\d+: CSV 格式错误：/)]],
    ['a GBK file', (dir: string) => writeFile(path.join(dir, 'data', 'jingfei.csv'), Buffer.from([0x79, 0x65, 0x61, 0x72, 0x2c, 0xbe, 0xad, 0xb7, 0xd1, 0x0a])), [expect.stringMatching(/^data\/jingfei\.csv:1: .*GBK/)]],
  ])('reports a table with %s once: the chart and inline value using it add nothing', async (_, breakTable, expected) => {
    const lines = await problemsAfter(async (dir) => {
      await editFile(dir, 'reports/shijian.md', '满意度稳步提升。', USES_TABLE);
      await breakTable(dir);
    });
    expect(lines).toEqual(expected);
  });

  test('reports a chart column the table lacks, listing the columns it has', async () => {
    const lines = await problemsAfter((dir) => editFile(dir, 'reports/shijian.md', '满意度稳步提升。', USES_TABLE.replace('y: amount', 'y: 金额')));
    expect(lines).toEqual(['reports/shijian.md:21:1: y：“data/jingfei”中没有字段“金额”（是否应为“year”？可用：year、amount）']);
  });

  test('reports a description without a table', async () => {
    const lines = await problemsAfter(async (dir) => {
      await mkdir(path.join(dir, 'data'), { recursive: true });
      await writeFile(path.join(dir, 'data', 'lonely.yaml'), 'title: x\n');
    });
    expect(lines).toEqual(['data/lonely.yaml:1: 没有同名的 CSV 表格（lonely.csv）：说明文件需与表格同名']);
  });

  test('reports a missing site.yaml', async () => {
    const lines = await problemsAfter((dir) => rm(path.join(dir, 'site.yaml')));
    expect(lines).toEqual(['site.yaml:1: 缺少 site.yaml：内容文件夹需要描述本区的 site.yaml']);
  });

  test('reports a content folder that does not exist, and nothing else', async () => {
    const { problems } = await loadProject(path.join(FIXTURE, 'nowhere'));
    expect(problems.map(formatProblem)).toEqual(['tests/fixtures/site/nowhere:1: 内容文件夹“tests/fixtures/site/nowhere”不存在：请检查 --content（或 SHEQU_CONTENT）写的路径']);
  });

  test('reports duplicate standard ids', async () => {
    const lines = await problemsAfter((dir) => editFile(dir, 'site.yaml', '  - id: venue', '  - id: organization'));
    expect(lines).toContain('site.yaml:12:5: 规范 id“organization”重复：每项规范的 id 必须唯一');
  });

  test('reports problems in several files in one run', async () => {
    const lines = await problemsAfter(async (dir) => {
      await editFile(dir, 'communities/hetang.md', 'households: 2000', 'households: 两千');
      await editFile(dir, 'communities/liuan.md', 'population: 3200', 'population: "3200"');
      await editFile(dir, 'reports/shijian.md', 'date: 2023-03-29', 'date: 2023-02-30');
    });
    expect(lines.map((l) => l.split(' ')[0])).toEqual(['communities/hetang.md:7:1:', 'communities/liuan.md:7:1:', 'reports/shijian.md:3:1:']);
  });
});

describe('loadProject with the parse cache', () => {
  test('a second load parses no unchanged file, with the same data and problems; an edited file is parsed again', async () => {
    const dir = await copyFixture();
    const cache = { cacheDir: `${dir}-cache` };
    try {
      // A problem with a line, so that problems read back from the cache are checked too.
      await editFile(dir, 'communities/hetang.md', 'area_m2: 600', 'area_m2: 六百');
      const first = await loadProject(dir, cache);
      const second = await loadProject(dir, cache);
      const files = first.content.fileCounts.communities + first.content.fileCounts.reports;
      expect(first.content.parsedFiles).toBe(files);
      expect(second.content.parsedFiles).toBe(0);
      expect(second.problems.map(formatProblem)).toEqual(first.problems.map(formatProblem));
      expect(second.problems.map(formatProblem).join('\n')).toMatch(/hetang\.md:\d+:3: facility\.area_m2/);
      expect(second.content.communities.map((c) => c.data)).toEqual(first.content.communities.map((c) => c.data));
      expect([...second.rendered.values()].map((r) => r.html)).toEqual([...first.rendered.values()].map((r) => r.html));

      await editFile(dir, 'communities/hetang.md', 'area_m2: 六百', 'area_m2: 650');
      const third = await loadProject(dir, cache);
      expect(third.content.parsedFiles).toBe(1);
      expect(third.problems.filter((p) => p.file.endsWith('hetang.md'))).toEqual([]);
      expect(third.content.communities.find((c) => c.slug === 'hetang')?.data.facility.area_m2).toBe(650);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(cache.cacheDir, { recursive: true, force: true });
    }
  });
});

describe('loadProject with the cache of rendered bodies', () => {
  test('a second load renders no body; an edited body is rendered alone; a changed community renders every body again', async () => {
    const dir = await copyFixture();
    const cache = { cacheDir: `${dir}-cache` };
    const htmlOf = (project: Awaited<ReturnType<typeof loadProject>>, file: string) => [...project.rendered].find(([f]) => f.endsWith(file))?.[1].html ?? '';
    try {
      const first = await loadProject(dir, cache);
      const bodies = first.rendered.size;
      expect(first.renderedBodies).toBe(bodies);
      const second = await loadProject(dir, cache);
      expect(second.renderedBodies).toBe(0);
      expect([...second.rendered]).toEqual([...first.rendered]);
      expect(second.problems.map(formatProblem)).toEqual(first.problems.map(formatProblem));

      await editFile(dir, 'communities/hetang.md', '服务用房{{ community.facility.area_m2 }}平方米。', '服务用房{{ community.facility.area_m2 }}平方米，周末开放。');
      const third = await loadProject(dir, cache);
      expect(third.renderedBodies).toBe(1);
      expect(htmlOf(third, 'hetang.md')).toContain('周末开放');
      expect(htmlOf(third, 'shijian.md')).toBe(htmlOf(first, 'shijian.md'));

      // The district's households, which the report quotes, change with one community's.
      await editFile(dir, 'communities/hetang.md', 'households: 2000', 'households: 2100');
      const fourth = await loadProject(dir, cache);
      expect(fourth.renderedBodies).toBe(bodies);
      expect(htmlOf(fourth, 'shijian.md')).not.toBe(htmlOf(third, 'shijian.md'));
      expect(htmlOf(fourth, 'shijian.md')).toBe(htmlOf(await loadProject(dir), 'shijian.md'));
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(cache.cacheDir, { recursive: true, force: true });
    }
  });
});

describe('loadProject with keys named like Object.prototype members', () => {
  const KEYS = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];
  // Where a content key is looked up: [place, file, text to find, text with the key, line, severity].
  const PLACES: [string, string, string | RegExp, (key: string) => string, number, string][] = [
    ['a community field', 'communities/hetang.md', 'street: 东城街道', (k) => `street: 东城街道\n${k}: 1`, 4, 'warning'],
    ['a nested community field', 'communities/hetang.md', '  workers: 11', (k) => `  workers: 11\n  ${k}: 1`, 15, 'warning'],
    ["a community's standards map", 'communities/hetang.md', '  organization: met', (k) => `  organization: met\n  ${k}: met`, 22, ''],
    ['a chart block key', 'reports/shijian.md', 'x: year\n', (k) => `x: year\n${k}: 1\n`, 23, 'warning'],
    ['a chart field', 'reports/shijian.md', 'x: year\n', (k) => `x: ${k}\n`, 22, 'error'],
    ['a chart target', 'reports/shijian.md', 'x: year\n', (k) => `x: year\ntarget: ${k}\n`, 23, 'error'],
    ['a data .yaml field', 'data/jingfei.yaml', 'title: 经费', (k) => `title: 经费\n${k}: 1`, 2, 'warning'],
    ['a data .yaml column', 'data/jingfei.yaml', '  year: 年度', (k) => `  year: 年度\n  ${k}: 年`, 4, ''],
    ['a site.yaml field', 'site.yaml', 'district: 测试区', (k) => `district: 测试区\n${k}: 1`, 3, 'warning'],
    ['an inline value format', 'reports/shijian.md', /\n## /, (k) => `\n{{ district.households | ${k} }}\n\n## `, 8, 'error'],
  ];
  const cases = PLACES.flatMap(([place, ...rest]) => KEYS.map((key) => [place, key, ...rest] as const));

  test.each(cases)('%s named %s is a problem at its line, not a crash', async (_place, key, file, from, to, line, severity) => {
    const dir = await copyFixture();
    try {
      await editFile(dir, file, from, to(key));
      const { problems } = await loadProject(dir);
      const found = problems.filter((p) => p.file.endsWith(file) && p.line === line && p.message.includes(key));
      // '' where the severity depends on the key: `__proto__` is an unknown key, the others are not ids or columns.
      expect(found.length).toBeGreaterThan(0);
      if (severity) expect(found.map((p) => p.severity)).toContain(severity);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a target named like a member is a target like any other', async () => {
    const dir = await copyFixture();
    try {
      await editFile(dir, 'site.yaml', '  satisfaction_pct: 90', '  satisfaction_pct: 90\n  valueOf: 95');
      await editFile(dir, 'reports/shijian.md', 'x: year\n', 'x: year\ntarget: valueOf\n');
      expect((await loadProject(dir)).problems.filter((p) => p.severity === 'error')).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a standard id named like a member still needs its entry in every community', async () => {
    const dir = await copyFixture();
    try {
      await editFile(dir, 'site.yaml', '  - id: venue', '  - id: constructor');
      await editFile(dir, 'communities/hetang.md', '  venue: { status: partial, note: 活动用房不足 }', '  constructor: met');
      const { problems } = await loadProject(dir);
      expect(
        problems
          .map(formatProblem)
          .filter((p) => p.includes('constructor'))
          .map((p) => p.slice(p.indexOf('communities/'))),
      ).toEqual(['communities/liuan.md:14:1: standards 缺少规范“constructor”：每项规范都要填写 met、partial 或 unmet', 'communities/liuan.md:16:3: standards 中的“venue”不是 site.yaml 中的规范 id（应为：organization、constructor）']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('loadProject with invisible characters', () => {
  test('control characters are errors and invisible ones in names warnings, at their lines', async () => {
    const dir = await copyFixture();
    try {
      await editFile(dir, 'reports/shijian.md', 'title: 测试区规范化建设实践', 'title: "测试区\\x01规范化\\b建设"');
      await editFile(dir, 'reports/shijian.md', 'summary: 一份用于测试的报告。', 'summary: 一份用于\uFFFE测试的报告。');
      await editFile(dir, 'reports/shijian.md', '满意度稳步提升。', '满意度\x08稳步提升。');
      await editFile(dir, 'communities/hetang.md', 'name: 荷塘社区', 'name: 荷塘\u202E社区');
      await editFile(dir, 'communities/liuan.md', 'name: 柳岸社区', 'name: 柳岸\u200B社区');
      await writeFile(path.join(dir, 'data/jingfei.csv'), 'year,amount,note\n2021,10.5,备\x01注\n');
      const { problems } = await loadProject(dir);
      const found = problems.filter((p) => p.message.includes('看不见')).map((p) => formatProblem({ ...p, file: path.relative(dir, p.file) }));
      expect(found).toMatchInlineSnapshot(`
        [
          "communities/hetang.md:2:1: warning: name：第 3 个字符是看不见的字符 U+202E（从右到左覆盖）：名称看起来一样，却与别处写的不相等或显示顺序被改变，请删除它",
          "communities/liuan.md:2:1: warning: name：第 3 个字符是看不见的字符 U+200B（零宽空格）：名称看起来一样，却与别处写的不相等或显示顺序被改变，请删除它",
          "data/jingfei.csv:2: “note”列：第 2 个字符是看不见的控制字符 U+0001，会使网页和订阅源（rss.xml）出错：请删除它（常见于从网页、PDF 或 Word 复制的文字）",
          "reports/shijian.md:2:1: title：第 4 个字符是看不见的控制字符 U+0001，会使网页和订阅源（rss.xml）出错：请删除它（常见于从网页、PDF 或 Word 复制的文字）",
          "reports/shijian.md:5:1: summary：第 5 个字符是看不见的控制字符 U+FFFE，会使网页和订阅源（rss.xml）出错：请删除它（常见于从网页、PDF 或 Word 复制的文字）",
          "reports/shijian.md:14:4: 正文这一行第 4 个字符是看不见的控制字符 U+0008，会使网页和订阅源（rss.xml）出错：请删除它（常见于从网页、PDF 或 Word 复制的文字）",
        ]
      `);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('loadProject with SVG images', () => {
  test('an SVG with anything active is refused at the line that uses it, as a body image or a cover', async () => {
    const dir = await copyFixture();
    try {
      const evil = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><script>alert(1)</script></svg>';
      await writeFile(path.join(dir, 'media/evil.svg'), evil);
      await writeFile(path.join(dir, 'media/plain.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>');
      await editFile(dir, 'communities/hetang.md', 'cover: ../media/hetang.png', 'cover: ../media/evil.svg');
      await editFile(dir, 'reports/shijian.md', '满意度稳步提升。', '满意度稳步提升。\n\n![图](../media/evil.svg) ![图](../media/plain.svg)');
      const { problems } = await loadProject(dir);
      const found = problems.filter((p) => p.message.includes('SVG')).map((p) => formatProblem({ ...p, file: path.relative(dir, p.file) }));
      expect(found).toMatchInlineSnapshot(`
        [
          "communities/hetang.md:31:1: cover：SVG 图片“../media/evil.svg”含有事件属性 onload，打开时可能在本站运行代码，不能发布：请用绘图软件重新导出为不含脚本和外部链接的 SVG，或改用 PNG、JPG",
          "reports/shijian.md:16: SVG 图片“../media/evil.svg”含有事件属性 onload，打开时可能在本站运行代码，不能发布：请用绘图软件重新导出为不含脚本和外部链接的 SVG，或改用 PNG、JPG",
        ]
      `);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
