import { describe, expect, test } from 'vitest';
import MarkdownIt from 'markdown-it';
import { cjkBreaks } from '../../../src/lib/markdown/cjk-breaks.ts';

const md = new MarkdownIt('commonmark').use(cjkBreaks);

describe('cjkBreaks', () => {
  test.each([
    ['joins two Chinese lines', '第一行\n第二行', '<p>第一行第二行</p>\n'],
    ['keeps the break between Latin lines', 'first\nsecond', '<p>first\nsecond</p>\n'],
    ['keeps the break between Chinese and Latin', '中文\nLatin', '<p>中文\nLatin</p>\n'],
    ['keeps the break between Korean lines', '한국\n한국', '<p>한국\n한국</p>\n'],
    ['joins at a zero-width space', 'a\u200b\nb', '<p>a\u200bb</p>\n'],
    ['joins across emphasis', '**第一**\n第二', '<p><strong>第一</strong>第二</p>\n'],
    ['joins surrogate pairs of wide characters', '𠀀\n𠀁', '<p>𠀀𠀁</p>\n'],
    ['skips the empty text nested emphasis leaves', '**社区 *党建 **服务**\n阵地* 建设**', '<p><strong>社区 <em>党建 <strong>服务</strong>阵地</em> 建设</strong></p>\n'],
    ['skips a break it already removed', '中\n`a`\n文', '<p>中<code>a</code>文</p>\n'],
    ['skips two breaks it already removed', '中\n`a`\n`b`\n文', '<p>中<code>a</code><code>b</code>文</p>\n'],
  ])('%s', (_, body, html) => {
    expect(md.render(body)).toBe(html);
  });
});
