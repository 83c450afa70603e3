import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { getDist, listPages, readPage, textOf } from '../helpers/dist.ts';
import { hashScript } from '../../src/lib/csp.ts';

describe('the built fixture site', () => {
  test('has exactly the pages of the published content', async () => {
    expect(await listPages()).toEqual([
      '404.html',
      'accessibility/index.html',
      'communities/hetang/index.html',
      'communities/index.html',
      'communities/liuan/index.html',
      'compare/index.html',
      'data/completeness/index.html',
      'data/index.html',
      'index.html',
      'reports/index.html',
      'reports/shijian/index.html',
      'search/index.html',
      'standards/index.html',
    ]);
  });

  test.each(['/', '/communities/', '/communities/hetang/', '/reports/shijian/', '/standards/', '/404.html'])('%s declares Chinese content and has one h1', async (page) => {
    const html = await readPage(page);
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(html.querySelectorAll('h1')).toHaveLength(1);
    expect(html.querySelector('title')?.textContent).toContain('测试区社区建设报告');
  });
});

describe('the overview', () => {
  test('shows the headline figures summed over published communities', async () => {
    const cards = (await readPage('/')).querySelectorAll('.figure-card').map(textOf);
    expect(cards).toEqual(['2个社区', '3,000户户数', '9,200人常住人口', '210人党员', '120.5万元改造建设投入', '111万元运转经费（累计）', '1个示范社区', '50.0%规范达标率']);
  });

  test('lists published reports only', async () => {
    const titles = (await readPage('/')).querySelectorAll('.report-title').map(textOf);
    expect(titles).toEqual(['测试区规范化建设实践']);
  });
});

describe('the directory', () => {
  test('groups cards by street with type, badge and highlights', async () => {
    const html = await readPage('/communities/');
    const streets = html.querySelectorAll('.street').map((s) => [textOf(s.querySelector('h2')), s.querySelectorAll('.card-title').map(textOf)]);
    expect(streets).toEqual([
      ['东城街道 1 个社区', ['荷塘社区']],
      ['西城街道 1 个社区', ['柳岸社区']],
    ]);
    const card = textOf(html.querySelector('.card'));
    expect(card).toContain('老旧小区');
    expect(card).toContain('市级示范社区');
    expect(card).toContain('开办四点半课堂');
  });
});

describe('a community page', () => {
  test('shows every fact in tables', async () => {
    const text = textOf(await readPage('/communities/hetang/'));
    for (const fact of ['东城街道', '2,000', '6,000', '600 ㎡', '30 ㎡', '日间照料中心、四点半课堂', '2019 · 120.5万元', '85.5', '91.0', '实验小学', '2020年3月', '服务中心改造完工', '2019年6月1日']) {
      expect(text).toContain(fact);
    }
  });

  test('shows each standard with a symbol, a word and its note', async () => {
    const rows = (await readPage('/communities/hetang/')).querySelector('#standards')?.parentNode?.querySelectorAll('tbody tr') ?? [];
    expect(rows.map((r) => r.querySelectorAll('th, td').map(textOf))).toEqual([
      ['组织设置规范', '✓ 达标', '—'],
      ['阵地建设规范', '◐ 部分达标', '活动用房不足'],
    ]);
  });

  test('totals the funding table', async () => {
    const total = (await readPage('/communities/hetang/')).querySelector('#funding')?.parentNode?.querySelector('tfoot tr');
    expect(total?.querySelectorAll('th, td').map(textOf)).toEqual(['合计', '6', '2', '3', '40', '60', '111']);
  });

  test('links its table of contents to the sections and the narrative headings', async () => {
    const html = await readPage('/communities/hetang/');
    const toc = html.querySelectorAll('.toc a').map((a) => a.getAttribute('href'));
    expect(toc).toEqual(['#profile', '#standards', '#funding', '#services', '#satisfaction', '#milestones', '#基本情况', '#主要做法']);
    for (const href of toc) expect(html.getElementById(decodeURI(href!).slice(1))).not.toBeNull();
  });

  test('serves the cover and the Markdown image from the site', async () => {
    const images = (await readPage('/communities/hetang/')).querySelectorAll('img');
    expect(images.map((i) => i.getAttribute('alt'))).toEqual(['荷塘社区', '服务中心外景']);
    for (const image of images) {
      expect(image.getAttribute('src')).toMatch(/^\/_astro\//);
      expect(existsSync(path.join(getDist(), image.getAttribute('src')!))).toBe(true);
    }
  });

  test('keeps its tables of years and amounts out of the search index, its words in', async () => {
    const html = await readPage('/communities/hetang/');
    const ignored = (element: { closest(selector: string): unknown } | null) => {
      if (!element) throw new Error('missing element');
      return element.closest('[data-pagefind-ignore]') !== null;
    };
    // The funding and satisfaction tables (charts' own tables sit in ignored figures anyway).
    const tables = html.querySelectorAll('table.numeric').filter((table) => !table.closest('figure'));
    expect(tables).toHaveLength(2);
    expect(tables.map(ignored)).toEqual([true, true]);
    expect(ignored(html.querySelector('section[aria-labelledby="services"] table'))).toBe(false);
    expect(ignored(html.querySelector('#narrative-body'))).toBe(false);
  });

  test('keeps script out of the narrative', async () => {
    // The fixture's narrative tries a script element, an event handler and a javascript: link.
    const html = await readPage('/communities/liuan/');
    const elements = html.querySelectorAll('*');
    // Every script that runs is the site's own: a bundle, or inline text the CSP lists by hash.
    const policy = html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    const running = html.querySelectorAll('script').filter((script) => script.getAttribute('type') !== 'application/json');
    for (const script of running) {
      const src = script.getAttribute('src');
      if (src) expect(src).toMatch(/^\/_astro\//);
      else expect(policy).toContain(hashScript(script.textContent));
    }
    expect(
      html
        .querySelectorAll('script')
        .map((script) => script.textContent)
        .join(''),
    ).not.toContain('alert');
    expect(elements.flatMap((e) => Object.keys(e.attributes)).filter((name) => /^on/i.test(name))).toEqual([]);
    expect(elements.flatMap((e) => Object.values(e.attributes)).filter((value) => /^\s*javascript:/i.test(value))).toEqual([]);
    expect(textOf(html.querySelector('.narrative'))).toContain('<script>alert("xss")</script>');
  });
});

describe('the standards page', () => {
  test('lists each standard, its items and the communities by status', async () => {
    const sections = (await readPage('/standards/')).querySelectorAll('.standard');
    expect(sections.map((s) => textOf(s.querySelector('h2')))).toEqual(['组织设置规范', '阵地建设规范']);
    expect(textOf(sections[0])).toContain('党员3人以上成立党支部');
    expect(sections[1].querySelectorAll('.standing-group').map((g) => [textOf(g.querySelector('dt')), textOf(g.querySelector('dd'))])).toEqual([
      ['✓ 达标', '无'],
      ['◐ 部分达标', '荷塘社区（活动用房不足）'],
      ['✗ 未达标', '柳岸社区'],
    ]);
  });
});

describe('the reports', () => {
  test('list published reports and render them with a table of contents', async () => {
    expect((await readPage('/reports/')).querySelectorAll('.report-title').map(textOf)).toEqual(['测试区规范化建设实践']);
    const report = await readPage('/reports/shijian/');
    expect(report.querySelectorAll('.toc a').map((a) => a.getAttribute('href'))).toEqual(['#一做法', '#二成效']);
    expect(textOf(report.querySelector('.report-meta'))).toBe('2023年3月29日 · 测试区社会事务局');
  });
});

describe('charts in the built site', () => {
  test('the overview draws every built-in chart and the standards matrix', async () => {
    const html = await readPage('/');
    expect(html.querySelectorAll('figure.chart .chart-title').map(textOf)).toEqual([
      '1个社区改造建设共投入120.5万元',
      '运转经费由2019年的25.5万元增至2020年的85.5万元',
      '各社区每百户服务用房面积',
      '各社区规范达标情况',
      '各项规范的达标率',
      '功能用房覆盖情况：日间照料中心最为普遍',
      '居民满意度由2021年的85.5%变为2023年的91.0%',
      '共有1个示范社区',
    ]);
    const matrix = html.querySelectorAll('table.matrix tbody tr').map((r) => r.querySelectorAll('th, td').map(textOf));
    expect(matrix).toEqual([
      ['荷塘社区', '✓达标', '◐部分达标'],
      ['柳岸社区', '✓达标', '✗未达标'],
    ]);
  });

  test('every chart has a described canvas, a table, and a CSV of the same rows', async () => {
    for (const page of ['/', '/communities/hetang/', '/reports/shijian/']) {
      const figures = (await readPage(page)).querySelectorAll('figure.chart:not(.matrix-figure)');
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) {
        expect(figure.querySelector('canvas')?.getAttribute('role')).toBe('img');
        expect(figure.querySelector('canvas')?.getAttribute('aria-label')).toMatch(/^.+图：.+；共 \d+ 项/);
        const tableRows = figure.querySelectorAll('.chart-table tbody tr');
        const csvHref = figure.querySelector('a.chart-download')!.getAttribute('href')!;
        const csv = await readFile(path.join(getDist(), csvHref), 'utf8');
        expect(csv.startsWith('\uFEFF')).toBe(true);
        expect(csv.trim().split('\n')).toHaveLength(tableRows.length + 1);
        expect(csv.split('\n')[1].split(',')[0]).toBe(textOf(tableRows[0].querySelector('th')));
      }
    }
  });

  test('chart blocks and inline values in a report are filled in at build time', async () => {
    const html = await readPage('/reports/shijian/');
    const prose = textOf(html.querySelector('.prose'));
    expect(prose).toContain('全区2个社区共3,000户，改造投入120.5万元，满意度91.0%。');
    expect(prose).toContain('{{ 不求值 }}');
    expect(html.querySelector('figure.chart .chart-title')?.textContent).toBe('运转经费按来源逐年增加');
    expect(
      html
        .querySelectorAll('script[type="module"]')
        .map((script) => script.getAttribute('src'))
        .filter((src) => /chart/i.test(src ?? '')),
    ).toHaveLength(1);
  });

  test('a community page fills in its own values and charts', async () => {
    const html = await readPage('/communities/hetang/');
    expect(textOf(html.querySelector('.narrative'))).toContain('本社区2,000户，服务用房600平方米。');
    expect(html.querySelectorAll('figure.chart').map((f) => f.getAttribute('id'))).toEqual(['chart-community-hetang-ratios', 'chart-community-hetang-funding', 'chart-community-hetang-satisfaction', 'chart-community-hetang-1']);
  });

  test('pages without charts ship no chart code', async () => {
    for (const page of ['/communities/', '/standards/', '/reports/', '/404.html']) {
      const html = await readPage(page);
      expect(html.querySelectorAll('figure.chart')).toHaveLength(0);
      const sources = html.querySelectorAll('script[src]').map((script) => script.getAttribute('src'));
      expect(sources.filter((src) => /chart/i.test(src ?? ''))).toEqual([]);
      expect(html.querySelectorAll('script.chart-config')).toHaveLength(0);
    }
  });
});
