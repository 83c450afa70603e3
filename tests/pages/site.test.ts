import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { getDist, listPages, readPage, textOf } from '../helpers/dist.ts';

describe('the built fixture site', () => {
  test('has exactly the pages of the published content', async () => {
    expect(await listPages()).toEqual([
      '404.html',
      'communities/hetang/index.html',
      'communities/index.html',
      'communities/liuan/index.html',
      'index.html',
      'reports/index.html',
      'reports/shijian/index.html',
      'standards/index.html',
    ]);
  });

  test.each(['/', '/communities/', '/communities/hetang/', '/reports/shijian/', '/standards/', '/404.html'])('%s declares Chinese content and has one h1', async (page) => {
    const html = await readPage(page);
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(html.querySelectorAll('h1')).toHaveLength(1);
    expect(html.querySelector('title')?.textContent).toContain('测试区社区建设报告');
  });

  test('every internal link and asset resolves to a built file', async () => {
    const missing: string[] = [];
    for (const page of await listPages()) {
      const html = await readPage(`/${page}`);
      for (const element of html.querySelectorAll('[href], [src], [srcset]')) {
        const urls = [element.getAttribute('href'), element.getAttribute('src'), ...(element.getAttribute('srcset')?.split(',').map((s) => s.trim().split(' ')[0]) ?? [])];
        for (const url of urls.filter((u): u is string => !!u && u.startsWith('/'))) {
          const [pathname, fragment] = decodeURI(url).split('#');
          const file = path.join(getDist(), pathname.endsWith('/') ? `${pathname}index.html` : pathname);
          if (!existsSync(file)) missing.push(`${page} → ${url}`);
          else if (fragment && file.endsWith('.html') && !(await readFile(file, 'utf8')).includes(`id="${fragment}"`)) missing.push(`${page} → ${url}`);
        }
      }
    }
    expect(missing).toEqual([]);
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
    expect(streets).toEqual([['东城街道 1 个社区', ['荷塘社区']], ['西城街道 1 个社区', ['柳岸社区']]]);
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
    expect(rows.map((r) => r.querySelectorAll('th, td').map(textOf))).toEqual([['组织设置规范', '✓ 达标', '—'], ['阵地建设规范', '◐ 部分达标', '活动用房不足']]);
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

  test('keeps script out of the narrative', async () => {
    // The fixture's narrative tries a script element, an event handler and a javascript: link.
    const html = await readPage('/communities/liuan/');
    const elements = html.querySelectorAll('*');
    expect(html.querySelectorAll('script')).toEqual([]);
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
      ['✓ 达标', '无'], ['◐ 部分达标', '荷塘社区（活动用房不足）'], ['✗ 未达标', '柳岸社区'],
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
