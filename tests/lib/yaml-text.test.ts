import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatYamlValue, getDisplayWidth, withComment } from '../../src/lib/yaml-text.ts';

describe('formatYamlValue', () => {
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
});

describe('getDisplayWidth', () => {
  test.each([['abc', 3], ['青石', 4], ['青石 1', 6], ['（）', 4]])('%s takes %i columns', (text, width) => {
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
