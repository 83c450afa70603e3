import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatMarkdownFile, formatScalar, formatYamlMap, formatYamlValue, getDisplayWidth, withComment } from '../../src/lib/yaml-writer.ts';
import { parseYaml } from '../../src/lib/yaml.ts';

describe('formatScalar', () => {
  test.each([
    ['青石社区', '青石社区'],
    ['2019-06-01', '2019-06-01'],
    ['2020-03', '2020-03'],
    ['活动用房占比不足60%', '活动用房占比不足60%'],
    ['3200', '"3200"'],
    ['true', '"true"'],
    ['null', '"null"'],
    ['a, b', '"a, b"'],
    ['key: value', '"key: value"'],
    ['[x]', '"[x]"'],
    ['# note', '"# note"'],
    ['- item', '"- item"'],
    ['', '""'],
    [' padded', '" padded"'],
  ])('%j → %s', (text, written) => {
    expect(formatScalar(text)).toBe(written);
  });

  test('writes numbers and booleans as they are', () => {
    expect([formatScalar(1.86), formatScalar(0), formatScalar(false)]).toEqual(['1.86', '0', 'false']);
  });
});

describe('formatYamlValue', () => {
  test('writes rows and lists on one line, leaving out undefined values', () => {
    expect(formatYamlValue({ year: 2019, pct: 82.5, sample: undefined })).toBe('{ year: 2019, pct: 82.5 }');
    expect(formatYamlValue(['第一小学', 'a, b'])).toBe('[第一小学, "a, b"]');
  });

  test.each([
    ['plain Chinese text', '青石社区', '青石社区'],
    ['a month', '2020-03', '2020-03'],
    ['text that reads as a number', '2019', '"2019"'],
    ['text that reads as a boolean', 'true', '"true"'],
    ['text with a comma', '甲, 乙', '"甲, 乙"'],
    ['text with a comment sign', '第 #1 号', '"第 #1 号"'],
    ['text starting like a list item', '- 一', '"- 一"'],
    ['empty text', '', '""'],
    ['a number', 1.86, '1.86'],
    ['a whole number', 3200, '3200'],
    ['a boolean', true, 'true'],
    ['a list of text', ['一站式服务大厅', '日间照料中心'], '[一站式服务大厅, 日间照料中心]'],
    ['an empty list', [], '[]'],
    ['a row', { year: 2019, office: 3, party: 1 }, '{ year: 2019, office: 3, party: 1 }'],
    ['a row without its undefined fields', { year: 2019, office: undefined }, '{ year: 2019 }'],
  ])('writes %s', (_, value, expected) => {
    expect(formatYamlValue(value)).toBe(expected);
  });

  test.each(['青石社区', '2019', 'a: b', '甲, 乙', '"引号"', '[x]', 'null', '第 #1 号'])('writes %s so that YAML reads it back', (text) => {
    expect(parse(`k: ${formatYamlValue(text)}`, { schema: 'core' })).toEqual({ k: text });
    expect(parse(`[${formatYamlValue(text)}]`, { schema: 'core' })).toEqual([text]);
  });

  // The one quoting rule is the stricter of the two writers it replaced (generate's and import's).
  test.each([
    ['a YAML 1.1 boolean word', 'yes', '"yes"'],
    ['an apostrophe', "it's", `"it's"`],
    ['a leading %', '%50', '"%50"'],
    ['a leading @', '@街道', '"@街道"'],
    ['a tab', 'a\tb', '"a\\tb"'],
    ['a key that reads as a number', { 2019: 1 }, '{ "2019": 1 }'],
  ])('quotes %s', (_, value, expected) => {
    expect(formatYamlValue(value)).toBe(expected);
  });
});

describe('formatYamlMap', () => {
  const value = {
    name: '青石社区',
    facility: { area_m2: 820, rooms: ['一站式服务大厅', '调解室'] },
    funding: [{ year: 2019, office: 3 }],
    standards: { organization: 'met', venue: { status: 'partial', note: '活动用房不足' } },
    list: [{ id: 'x', items: ['a', 'b'] }],
    cover: undefined,
    draft: true,
  };

  test('writes the block and flow styles editors use', () => {
    expect(formatYamlMap(value)).toMatchInlineSnapshot(`
      "name: 青石社区
      facility:
        area_m2: 820
        rooms: [一站式服务大厅, 调解室]
      funding:
        - { year: 2019, office: 3 }
      standards:
        organization: met
        venue: { status: partial, note: 活动用房不足 }
      list:
        - id: x
          items: [a, b]
      draft: true
      "
    `);
  });

  test("reads back as the same data through the project's YAML parser", () => {
    const { cover: _cover, ...expected } = value;
    expect(parseYaml(formatYamlMap(value), 'x.yaml').data).toEqual(expected);
  });
});

describe('formatMarkdownFile', () => {
  test('puts the frontmatter between --- lines and ends with a line break', () => {
    expect(formatMarkdownFile({ title: '报告' }, '## 一')).toBe('---\ntitle: 报告\n---\n## 一\n');
  });
});

describe('getDisplayWidth', () => {
  test.each([
    ['abc', 3],
    ['青石', 4],
    ['青石 1', 6],
    ['（）', 4],
  ])('%s takes %i columns', (text, width) => {
    expect(getDisplayWidth(text)).toBe(width);
  });
});

describe('withComment', () => {
  test('lines comments up at a column, counting Chinese as two', () => {
    expect(withComment('name: 青石', '名称', 16)).toBe('name: 青石      # 名称');
    expect(withComment('households: 3200', '户数', 16)).toBe('households: 3200  # 户数');
  });

  test('leaves a line without a comment alone', () => {
    expect(withComment('draft: true', undefined, 30)).toBe('draft: true');
  });
});
