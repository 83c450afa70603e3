import { describe, expect, test } from 'vitest';
import { createError, createWarning, formatPath, formatProblem, isFailing, sortProblems } from '../../src/lib/problems.ts';

describe('formatProblem', () => {
  test.each([
    [createError('content/site.yaml', { line: 3 }, 'title', '缺少必填字段 title'), 'content/site.yaml:3: 缺少必填字段 title'],
    [createError('a.md', { line: 4, column: 7 }, 'x', '错'), 'a.md:4:7: 错'],
    [createWarning('a.md', { line: 2 }, 'volunters', '未知字段'), 'a.md:2: warning: 未知字段'],
  ])('formats %o', (problem, line) => {
    expect(formatProblem(problem)).toBe(line);
  });
});

describe('sortProblems', () => {
  test('orders by file, then line, then column', () => {
    const problems = [createError('b.md', { line: 1 }, '', ''), createError('a.md', { line: 9 }, '', ''), createError('a.md', { line: 2, column: 5 }, '', ''), createError('a.md', { line: 2, column: 1 }, '', '')];
    expect(sortProblems(problems).map(formatProblem)).toEqual(['a.md:2:1: ', 'a.md:2:5: ', 'a.md:9: ', 'b.md:1: ']);
  });
});

describe('isFailing', () => {
  const warning = createWarning('a.md', { line: 1 }, '', '');
  test.each([
    [[], false, false],
    [[warning], false, false],
    [[warning], true, true],
    [[createError('a.md', { line: 1 }, '', '')], false, true],
  ])('for %o with strict %s is %s', (problems, strict, failing) => {
    expect(isFailing(problems, strict)).toBe(failing);
  });
});

describe('formatPath', () => {
  test.each([
    [['facility', 'area_m2'], 'facility.area_m2'],
    [['funding', 2, 'year'], 'funding[2].year'],
    [[], ''],
  ])('writes %o as %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});
