import { beforeAll, describe, expect, test } from 'vitest';
import MarkdownIt from 'markdown-it';
import spec from 'commonmark-spec';
import { createRandom } from '../../../src/tools/generate/random.ts';
import type { Random } from '../../../src/tools/generate/random.ts';
import { getStrings } from '../../../src/lib/i18n/index.ts';
import { createEnv } from '../../../src/lib/markdown/env.ts';
import type { PageData } from '../../../src/lib/markdown/env.ts';
import { createMarkdown } from '../../../src/lib/markdown/index.ts';
import { loadProject } from '../../../src/lib/project.ts';
import { FIXTURE } from '../../helpers/content.ts';

const md = createMarkdown({ base: '/' });

// Every CommonMark 0.31.2 example where our factory renders differently from plain markdown-it
// with `html: false`, and why that is intended.
const INTENDED_DIFFERENCES: readonly { reason: string; examples: readonly number[] }[] = [
  {
    reason: 'h2–h4 get ids for the table of contents (markdown-it-anchor)',
    examples: [59, 62, 68, 71, 73, 74, 76, 77, 79, 80, 83, 84, 86, 89, 90, 91, 95, 96, 102, 103, 115, 141, 300, 646, 647],
  },
  {
    reason: "images carry Astro's image marker, which render() swaps for an optimised file; titles are dropped",
    examples: [517, 520, 531, ...Array.from({ length: 18 }, (_, i) => 572 + i), 591],
  },
  {
    reason: 'links with schemes outside http(s)/mailto/tel stay text (validateLink)',
    examples: [596, 598, 599, 601],
  },
];

const withoutHeadingIds = (html: string) => html.replace(/(<h[234]) id="[^"]*"/g, '$1');

describe('createMarkdown', () => {
  const plain = new MarkdownIt('commonmark', { html: false });
  const rendered = spec.tests.map((example) => {
    try {
      return { example, ours: md.render(example.markdown, createEnv()), crash: '' };
    } catch (error) {
      return { example, ours: '', crash: String(error) };
    }
  });

  test('renders all CommonMark spec examples without a crash', () => {
    expect(spec.tests.length).toBe(652);
    expect(rendered.filter((r) => r.crash).map((r) => `${r.example.number}: ${r.crash}`)).toEqual([]);
  });

  test('differs from plain markdown-it only where the difference is listed as intended', () => {
    const differing = rendered.filter((r) => r.ours !== plain.render(r.example.markdown)).map((r) => r.example.number);
    expect(differing).toEqual(INTENDED_DIFFERENCES.flatMap((d) => d.examples).sort((a, b) => a - b));
  });

  test('adds nothing but ids to the headings it differs on', () => {
    const headings = rendered.filter((r) => INTENDED_DIFFERENCES[0].examples.includes(r.example.number));
    for (const { example, ours } of headings) expect(withoutHeadingIds(ours)).toBe(plain.render(example.markdown));
  });

  test.each([
    ['nested emphasis across a line break (spec example 432 in Chinese)', '**社区 *党建 **服务**\n阵地* 建设**', '<p><strong>社区 <em>党建 <strong>服务</strong>阵地</em> 建设</strong></p>\n'],
    [
      'an image between two joined lines',
      '中\n![图](a.png)\n文',
      '<p>中<img __ASTRO_IMAGE_="{&quot;src&quot;:&quot;a.png&quot;,&quot;alt&quot;:&quot;图&quot;,&quot;index&quot;:0,&quot;widths&quot;:[480,960],&quot;sizes&quot;:&quot;(min-width: 60rem) 48rem, 100vw&quot;}">文</p>\n',
    ],
    ['code between two joined lines', '中\n`a`\n文', '<p>中<code>a</code>文</p>\n'],
  ])('renders %s', (_, body, html) => {
    expect(md.render(body, createEnv())).toBe(html);
  });
});

// Pieces a fuzzed body is stitched from: the syntax editors actually mix.
const PIECES = [
  '社区',
  '党建',
  '服务阵地',
  '居民',
  '，',
  '。',
  '“',
  '”',
  '（',
  '）',
  'abc',
  ' ',
  '  ',
  '\t',
  '*',
  '**',
  '***',
  '_',
  '__',
  '~~',
  '`',
  '``',
  '[',
  ']',
  '(',
  ')',
  '![',
  '](',
  '[^1]',
  '[^1]: 注',
  '\n',
  '\n',
  '\n\n',
  '\\',
  '#',
  '## ',
  '> ',
  '- ',
  '1. ',
  '|',
  '---',
  '\u200b',
  '😀',
  '<',
  '&amp;',
  '{{',
  '}}',
  '{{ district.households | int }}',
  '{{ community.name }}',
  '{{ sum data/funding amount }}',
  '\n```\n',
  '\n```chart\ntype: bar\nfrom: communities\nx: name\ny: households\n```\n',
  '\n```chart\n',
  '~~~',
];

function createBody(random: Random): string {
  return Array.from({ length: random.int(1, 40) }, () => random.pick(PIECES)).join('');
}

describe('createMarkdown under fuzzing', () => {
  let data: PageData;
  beforeAll(async () => {
    const project = await loadProject(FIXTURE);
    data = { context: project.context!, file: 'content/reports/x.md', bodyLine: 5, chartIdPrefix: 'report-x', strings: getStrings('zh-CN').chart, base: '/' };
  });

  test('renders 5000 seeded random bodies without throwing', () => {
    const random = createRandom(20261129);
    const failures: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const body = createBody(random);
      try {
        md.render(body, createEnv(i % 2 === 0 ? data : undefined));
      } catch (error) {
        failures.push(`${JSON.stringify(body)}: ${String(error)}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
