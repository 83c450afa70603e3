import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { findColonSlips, findUnclosedBracket } from '../../src/lib/yaml-slips.ts';
import { parseYaml } from '../../src/lib/yaml.ts';

const problemsOf = (text: string) => parseYaml(text, 'f.md', { firstLine: 2, blockLine: 1 }).problems.map(formatProblem);

describe('findColonSlips (through parseYaml)', () => {
  test.each([
    ['a full-width colon', 'name: 青石\nhouseholds：3200\npopulation: 9600\n', ['f.md:3:1: “households：3200”用了全角冒号“：”：字段名后面要用半角冒号加一个空格，应写成 households: 3200']],
    ['a full-width colon on the last line', 'name: 青石\npopulation: 9600\nhouseholds：3200\n', ['f.md:4:1: “households：3200”用了全角冒号“：”：字段名后面要用半角冒号加一个空格，应写成 households: 3200']],
    ['no space after the colon', 'name: 青石\nhouseholds:3200\npopulation: 9600\n', ['f.md:3:1: “households:3200”的冒号后面缺少空格：字段名后面要用半角冒号加一个空格，应写成 households: 3200']],
    ['a nested full-width colon', 'name: 青石\nfacility:\n  area_m2：820\n  rooms: []\n', ['f.md:4:3: “area_m2：820”用了全角冒号“：”：字段名后面要用半角冒号加一个空格，应写成 area_m2: 820']],
    [
      'two slips at once',
      'households：3200\npopulation:9600\n',
      ['f.md:2:1: “households：3200”用了全角冒号“：”：字段名后面要用半角冒号加一个空格，应写成 households: 3200', 'f.md:3:1: “population:9600”的冒号后面缺少空格：字段名后面要用半角冒号加一个空格，应写成 population: 9600'],
    ],
  ])('names the colon for %s, and nothing else', (_, text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });

  test('leaves prose in a block scalar and web addresses alone', () => {
    expect(findColonSlips('summary: |\n  备注:见附件\n  时间：上午\nurl: https://example.org\n', 'f', 1)).toEqual([]);
  });
});

describe('findUnclosedBracket (through parseYaml)', () => {
  test.each([
    ['a list', 'name: 青石\nrooms: [一站式服务大厅, 日间照料中心\nx: 1\n', 'f.md:3: YAML 语法错误：这一行的“[”没有配对的“]”：写在一行里的列表要以“]”结尾，如 rooms: [一站式服务大厅, 日间照料中心]'],
    ['a list inside a map', 'name: 青石\nfacility: { area_m2: 820, rooms: [a, b }\nx: 1\n', 'f.md:3: YAML 语法错误：这一行的“[”没有配对的“]”：写在一行里的列表要以“]”结尾，如 rooms: [一站式服务大厅, 日间照料中心]'],
    ['a row of a list', 'funding:\n  - { year: 2019, office: 3\n  - { year: 2020 }\n', 'f.md:3: YAML 语法错误：这一行的“{”没有配对的“}”：写在一行里的一组字段要以“}”结尾，如 { year: 2019, pct: 82.5 }'],
  ])('points at the line that opened %s', (_, text, expected) => {
    expect(problemsOf(text)).toEqual([expected]);
  });

  test('ignores brackets in quotes and comments', () => {
    expect(findUnclosedBracket('a: "[x"\nb: 1 # [\n', 1, 2)).toBeUndefined();
  });
});
