import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

describe('splitFrontmatter', () => {
  test('maps YAML lines to file lines and finds where the body starts', () => {
    const split = splitFrontmatter('---\nname: 青石\nfacility:\n  area_m2: 820\n---\n## 基本情况\n', 'a.md');
    if ('problem' in split) throw new Error(split.problem.message);
    expect(split.yaml.locate(['name'])).toEqual({ line: 2, column: 1 });
    expect(split.yaml.locate(['facility', 'area_m2'])).toEqual({ line: 4, column: 3 });
    expect(split.yaml.locate(['missing'])).toEqual({ line: 1 });
    expect(split.body).toBe('## 基本情况\n');
    expect(split.bodyLine).toBe(6);
  });

  test('keeps dates and date-like values as text', () => {
    const split = splitFrontmatter('---\ndate: 2023-03-29\nsince: 2020-03\n---\n', 'a.md');
    if ('problem' in split) throw new Error(split.problem.message);
    expect(split.yaml.data).toEqual({ date: '2023-03-29', since: '2020-03' });
  });

  test.each([
    ['no frontmatter', '# 标题\n', 1, '缺少 frontmatter：文件应以一行 --- 开头，字段写完后再以一行 --- 结束'],
    ['an unclosed frontmatter', '---\nname: 青石\n', 1, 'frontmatter 没有结束：字段写完后需要单独一行 ---'],
  ])('reports %s', (_, text, line, message) => {
    expect(splitFrontmatter(text, 'a.md')).toEqual({ problem: expect.objectContaining({ line, message }) });
  });

  test('reports a YAML syntax error where the parser stops', () => {
    const split = splitFrontmatter('---\nname: 青石\nfacility: [a, b\nstreet: x\n---\n', 'a.md');
    if ('problem' in split) throw new Error(split.problem.message);
    expect(split.yaml.data).toBeUndefined();
    expect(split.yaml.problems[0]).toMatchObject({ file: 'a.md', severity: 'error' });
    expect(split.yaml.problems[0].line).toBeGreaterThanOrEqual(3);
    expect(split.yaml.problems[0].message).toMatch(/^YAML 语法错误：/);
  });

  test('reports a duplicate key at its line', () => {
    const split = splitFrontmatter('---\nname: 青石\nname: 白石\n---\n', 'a.md');
    if ('problem' in split) throw new Error(split.problem.message);
    expect(split.yaml.problems).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('同一层级出现重复的键') })]);
  });
});
