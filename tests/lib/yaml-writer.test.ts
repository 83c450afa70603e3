import { describe, expect, test } from 'vitest';
import { formatFlow, formatMarkdownFile, formatScalar, formatYamlMap } from '../../src/lib/yaml-writer.ts';
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

describe('formatFlow', () => {
  test('writes rows and lists on one line, leaving out undefined values', () => {
    expect(formatFlow({ year: 2019, pct: 82.5, sample: undefined })).toBe('{ year: 2019, pct: 82.5 }');
    expect(formatFlow(['第一小学', 'a, b'])).toBe('[第一小学, "a, b"]');
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
