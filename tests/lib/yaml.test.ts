import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYaml, parseYamlData } from '../../src/lib/yaml.ts';

/** What the `yaml` package alone makes of a text (core schema), the reference for both parsers. */
const reference = (text: string) => parseDocument(text, { schema: 'core' }).toJS();

describe('parseYaml', () => {
  test.each([
    ['numbers in every core form', 'a: 0o14\nb: 0x1F\nc: .inf\nd: -.5\ne: +12\nf: 012\ng: 1_000\nh: 3,200'],
    ['null, booleans and words that are not booleans', 'a: ~\nb:\nc: True\nd: false\ne: yes\nf: off'],
    ['dates and months stay text', 'date: 2023-03-29\nsince: 2020-03\nbad: 2024-02-30'],
    ['quoted numbers stay text', 'a: "3200"\nb: \'88%\'\nc: 约3000'],
    ['anchors, aliases and a literal `<<` key', 'x: &a [1, 2]\ny: *a\n<<: {k: 1}'],
    ['block scalars', 'a: |\n  第一行\n  第二行\nb: >\n  折叠\n  文字\n'],
    ['nested maps and lists', 'facility:\n  area_m2: 820\n  rooms: [大厅, 课堂]\nfunding:\n  - year: 2019\n    office: 3\n'],
    ['text js-yaml leaves to `yaml`: empty, a comment, an unknown tag', '# 只有注释'],
  ])('%s: the same data as the `yaml` package', (_name, text) => {
    const parsed = parseYaml(text, 'a.yaml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual(reference(text));
  });

  test('an empty text is null, as `yaml` reads it', () => {
    expect(parseYaml('', 'a.yaml').data).toBeNull();
  });

  test.each([
    ['a duplicate key', 'name: 青石\nname: 白石\n', 2, '同一层级出现重复的键'],
    ['a tab as indentation', 'facility:\n\tarea_m2: 1\n', 2, '不能用 Tab 缩进'],
    ['an unclosed bracket', 'rooms: [大厅, 课堂\nnext: 1\n', 1, 'YAML 语法错误：这一行的“[”没有配对的“]”'],
  ])('%s is an error at its line, with no data', (_name, text, line, message) => {
    const parsed = parseYaml(text, 'a.yaml');
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems[0]).toMatchObject({ file: 'a.yaml', severity: 'error' });
    expect(parsed.problems[0].line).toBeGreaterThanOrEqual(line);
    expect(parsed.problems[0].message).toContain(message);
  });

  test('an alias without its anchor (a value starting with *) is an error at the alias, not a crash', () => {
    const parsed = parseYaml('title: 标题\nnote: *重点*\n', 'a.md', { firstLine: 2, blockLine: 1 });
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems.map((p) => [p.line, p.column, p.message])).toMatchInlineSnapshot(`
      [
        [
          3,
          7,
          "YAML 语法错误：“*重点*”是 YAML 的别名，但前面没有对应的“&重点*”；以 * 开头的文字请加引号",
        ],
      ]
    `);
  });

  test('locates keys and list items, offset by where the text starts in its file', () => {
    const text = 'name: 青石\nfacility:\n  area_m2: 820\nfunding:\n  - year: 2019\n  - year: 2020\n';
    const { locate } = parseYaml(text, 'a.md', { firstLine: 2, blockLine: 1 });
    expect(locate(['name'])).toEqual({ line: 2, column: 1 });
    expect(locate(['facility', 'area_m2'])).toEqual({ line: 4, column: 3 });
    expect(locate(['funding', 1, 'year'])).toEqual({ line: 7, column: 5 });
    // A missing key points at its parent, a missing top-level key at the block.
    expect(locate(['facility', 'rooms'])).toEqual({ line: 3, column: 1 });
    expect(locate(['missing'])).toEqual({ line: 1 });
  });

  test('a parse is plain data that survives a structured clone (the parse cache stores it)', () => {
    const parsed = parseYamlData('a: 1\nb:\n  c: 2\n', 'a.yaml');
    expect(structuredClone(parsed)).toEqual(parsed);
  });
});
