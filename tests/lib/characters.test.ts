import { describe, expect, test } from 'vitest';
import { describeStrangeCharacter, findControlCharacters, findStrangeCharacter, findStrangeCharacters } from '../../src/lib/characters.ts';

describe('findStrangeCharacter', () => {
  test.each([
    ['a C0 control', '标\x01题', false, { label: 'U+0001', index: 2, severity: 'error' }],
    ['a backspace', '\b', false, { label: 'U+0008', index: 1, severity: 'error' }],
    ['a form feed', 'a\fb', false, { label: 'U+000C', index: 2, severity: 'error' }],
    ['DEL', 'a\x7F', false, { label: 'U+007F', index: 2, severity: 'error' }],
    ['a C1 control', 'a\x85', false, { label: 'U+0085', index: 2, severity: 'error' }],
    ['the non-character U+FFFE', '报告\uFFFE', false, { label: 'U+FFFE', index: 3, severity: 'error' }],
    ['a lone surrogate', 'a\uD800', false, { label: 'U+D800', index: 2, severity: 'error' }],
    ['a control after an astral character', '😀\x02', false, { label: 'U+0002', index: 2, severity: 'error' }],
    ['a right-to-left override in a name', '荷塘\u202E社区', true, { label: 'U+202E（从右到左覆盖）', index: 3, severity: 'warning' }],
    ['an isolate in a name', '\u2066荷塘', true, { label: 'U+2066（从左到右隔离）', index: 1, severity: 'warning' }],
    ['a zero-width space in a name', '荷塘\u200B社区', true, { label: 'U+200B（零宽空格）', index: 3, severity: 'warning' }],
    ['a zero-width joiner in a name', 'a\u200Db', true, { label: 'U+200D（零宽连接符）', index: 2, severity: 'warning' }],
    ['a BOM inside a name', 'a\uFEFFb', true, { label: 'U+FEFF（零宽不换行空格（BOM））', index: 2, severity: 'warning' }],
  ])('finds %s', (_, text, isName, found) => {
    expect(findStrangeCharacter(text, isName)).toEqual(found);
  });

  test.each([
    ['tab, newline and carriage return', 'a\tb\nc\r\n', true],
    ['Chinese, emoji and full-width punctuation', '荷塘社区（一）😀，', true],
    ['a zero-width space outside a name', '长句\u200B换行', false],
  ])('leaves %s alone', (_, text, isName) => {
    expect(findStrangeCharacter(text, isName)).toBeUndefined();
  });
});

describe('findStrangeCharacters', () => {
  test('walks maps and lists and treats fields called name or title as names', () => {
    const data = { title: 'a\u202Eb', summary: 'c\u202Ed', services: [{ name: 'x', note: 'y\x01' }, { name: '\u200Bz' }] };
    expect(findStrangeCharacters(data).map(({ path, severity }) => [path.join('.'), severity])).toEqual([
      ['title', 'warning'],
      ['services.0.note', 'error'],
      ['services.1.name', 'warning'],
    ]);
  });
});

describe('findControlCharacters', () => {
  test('gives the line and column of the first control character of each body line', () => {
    expect(findControlCharacters('第一行\n第\b二行\n\x01\x02').map(({ line, column, label }) => [line, column, label])).toEqual([
      [2, 2, 'U+0008'],
      [3, 1, 'U+0001'],
    ]);
  });
});

describe('describeStrangeCharacter', () => {
  test('says what the character is, where, and what to do', () => {
    expect(describeStrangeCharacter('title：', { label: 'U+0001', index: 4, severity: 'error' })).toMatchInlineSnapshot(
      `"title：第 4 个字符是看不见的控制字符 U+0001，会使网页和订阅源（rss.xml）出错：请删除它（常见于从网页、PDF 或 Word 复制的文字）"`,
    );
    expect(describeStrangeCharacter('name：', { label: 'U+202E（从右到左覆盖）', index: 3, severity: 'warning' })).toMatchInlineSnapshot(
      `"name：第 3 个字符是看不见的字符 U+202E（从右到左覆盖）：名称看起来一样，却与别处写的不相等或显示顺序被改变，请删除它"`,
    );
  });
});
