import { beforeAll, describe, expect, test } from 'vitest';
import { getStrings } from '../../../src/lib/i18n/index.ts';
import type { PageData } from '../../../src/lib/markdown/env.ts';
import { loadProject } from '../../../src/lib/project.ts';
import { FIXTURE } from '../../helpers/content.ts';
import { createMarkdown } from '../../../src/lib/markdown/index.ts';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';

const md = createMarkdown({ base: '/' });
const render = (body: string) => renderMarkdown(md, body);

describe('renderMarkdown', () => {
  test.each([
    ['chinese', '## 一、基本情况\n\n青石社区位于城关街道，\n辖区共有3200户。\n\n**“四点半课堂”**由第一小学承办。\n\n## 一、基本情况\n'],
    ['table', '| 年度 | 经费（万元） |\n|---|---:|\n| 2019 | 24.86 |\n| 2020 | 84.86 |\n'],
    ['footnotes', '补助60万元[^1]。\n\n[^1]: 计入2020年度“其他”一项。\n'],
    [
      'xss',
      [
        '<script>alert(1)</script>',
        '',
        '<img src=x onerror=alert(1)>',
        '',
        '[点我](javascript:alert(1)) [再点](JaVaScRiPt:alert(1)) [藏起来](java&#09;script:alert(1))',
        '',
        '[数据](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vb](vbscript:msgbox(1))',
        '',
        '![x](javascript:alert(1)) <a href="javascript:alert(1)">a</a>',
        '',
        '[正常](https://example.org/) [站内](/communities/qingshi/) [邮件](mailto:a@example.org)',
      ].join('\n'),
    ],
  ])('renders %s like its golden file', async (name, body) => {
    await expect(render(body).html).toMatchFileSnapshot(`golden/${name}.html`);
  });

  test('never lets script, event handlers or javascript: URLs through', () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[a](javascript:alert(1)) [b](java\tscript:alert(1)) ![c](javascript:alert(1))\n').html;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/src="javascript:/i);
  });

  test('joins Chinese lines without a stray space', () => {
    expect(render('第一行\n第二行\n').html).toBe('<p>第一行第二行</p>\n');
  });

  test('keeps the space between Latin lines', () => {
    expect(render('first line\nsecond line\n').html).toBe('<p>first line\nsecond line</p>\n');
  });

  test('gives headings ids that keep Chinese and are unique', () => {
    expect(render('## 一、基本情况\n\n## 主要做法 (2023)\n\n## 主要做法 (2023)\n').headings).toEqual([
      { depth: 2, slug: '一基本情况', text: '一、基本情况' },
      { depth: 2, slug: '主要做法-2023', text: '主要做法 (2023)' },
      { depth: 2, slug: '主要做法-2023-1', text: '主要做法 (2023)' },
    ]);
  });

  test('lists links and images at the body line they are written on', () => {
    const { links, images } = render('第一行\n见[青石](/communities/qingshi/)。\n\n![图](../media/a.png)\n');
    expect(links).toEqual([{ url: '/communities/qingshi/', line: 2 }]);
    expect(images).toEqual([{ url: '../media/a.png', line: 4 }]);
  });

  test('marks local images for Astro and never fetches remote ones', () => {
    const html = render('![外景](../media/a.png)\n\n![远程](https://example.com/a.png)\n').html;
    expect(html).toContain('<img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;../media/a.png&quot;,&quot;alt&quot;:&quot;外景&quot;,&quot;index&quot;:0,&quot;widths&quot;:[480,960],&quot;sizes&quot;:&quot;(min-width: 60rem) 48rem, 100vw&quot;}">');
    expect(html).not.toContain('example.com');
    expect(html).toContain('<span class="image-missing">远程</span>');
  });

  test('puts the base path in front of site links and reports them as written', () => {
    const result = renderMarkdown(createMarkdown({ base: '/qinghe/' }), '[青石](/communities/qingshi/) [外](https://example.org/)\n');
    expect(result.html).toContain('href="/qinghe/communities/qingshi/"');
    expect(result.html).toContain('href="https://example.org/"');
    expect(result.links.map((l) => l.url)).toEqual(['/communities/qingshi/', 'https://example.org/']);
  });
});

describe('renderMarkdown when a plugin fails', () => {
  test('turns the exception into an error at the body line instead of throwing', () => {
    const failing = createMarkdown({ base: '/' });
    failing.core.ruler.push('fails', () => {
      throw new TypeError('Expected a code point, got undefined');
    });
    const result = renderMarkdown(failing, '正文', { file: 'content/reports/x.md', bodyLine: 7 } as PageData);
    expect(result.html).toBe('');
    expect(result.problems.map((p) => [p.file, p.line, p.severity, p.message])).toMatchInlineSnapshot(`
      [
        [
          "content/reports/x.md",
          7,
          "error",
          "正文无法转换为网页（Expected a code point, got undefined）：请检查正文里的强调符号（* 或 _）、括号和换行，仍不行请把正文交给技术人员",
        ],
      ]
    `);
  });
});

describe('renderMarkdown with page data', () => {
  // The fixture's data, as a report body at line 5 of content/reports/x.md would see it.
  let data: PageData;
  beforeAll(async () => {
    const project = await loadProject(FIXTURE);
    data = { context: project.context!, file: 'content/reports/x.md', bodyLine: 5, chartIdPrefix: 'report-x', strings: getStrings('zh-CN').chart, base: '/' };
  });

  test('fills inline values, leaves code alone, and draws chart blocks', async () => {
    const body = '共{{ district.households | int }}户，`{{ district.households }}`。\n\n```chart\ntype: bar\ntitle: 各社区户数\nfrom: communities\nx: name\ny: households\n```\n\n```\n{{ district.households }}\n```\n';
    const result = renderMarkdown(md, body, data);
    expect(result.problems).toEqual([]);
    expect(result.charts.map((c) => c.id)).toEqual(['report-x-1']);
    await expect(result.html).toMatchFileSnapshot('golden/values-and-chart.html');
  });

  test('reports bad inline values and chart blocks at their file lines', async () => {
    const body = '第一段。\n共{{ district.housholds }}户。\n\n```chart\ntype: bar\ntitle: 户数\nfrom: communities\nx: name\ny: househols\n```\n';
    const { problems, html } = renderMarkdown(md, body, data);
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [6, 2, '内嵌数值“district.housholds”未知：是否应为“district.households”？'],
      [
        13,
        1,
        'y：“communities”中没有字段“househols”（是否应为“households”？可用：established、area_km2、households、population、party_members、facility.area_m2、facility.activity_share_pct、staff.workers、staff.licensed_social_workers、staff.seconded_cadres、grids、volunteers、social_orgs、renovation.year、renovation.cost_wan、area_per_100_households_m2、workers_per_10k_residents、funding_wan、satisfaction_pct）',
      ],
    ]);
    expect(html).toContain('{{ district.housholds }}');
  });
});
