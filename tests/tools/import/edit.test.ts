import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { Edit, YamlPath } from '../../../src/tools/import/edit.ts';
import { applyEdit, EditError } from '../../../src/tools/import/edit.ts';

const ORDER: Record<string, string[]> = {
  '': ['name', 'street', 'households', 'population', 'facility', 'staff', 'grids', 'volunteers', 'funding', 'standards', 'draft'],
  facility: ['area_m2', 'activity_share_pct', 'rooms'],
  'funding.0': ['year', 'office', 'party'],
};
const keyOrder = (path: YamlPath) => ORDER[path.join('.')];

/** Applies edits in turn, as an import row does. */
function edit(text: string, ...edits: Edit[]): string {
  return edits.reduce((t, e) => applyEdit(t, e, { keyOrder }), text);
}

const FILE = `name: 荷塘社区          # 名称
households: 2000        # 户数
facility:
  area_m2: 600
  rooms: [日间照料中心, 四点半课堂]
staff: { workers: 11 }
funding:
  - { year: 2019, office: 3, party: 1 }
  - { year: 2021, office: 3 }
standards:
  organization: met
  venue: { status: partial, note: 活动用房不足 }
`;

describe('applyEdit', () => {
  test.each<[string, Edit, string, string]>([
    ['a number, keeping the comment in its column', { path: ['households'], value: 12000 }, 'households: 2000        # 户数', 'households: 12000       # 户数'],
    ['text, with Chinese widths', { path: ['name'], value: '荷塘' }, 'name: 荷塘社区          # 名称', 'name: 荷塘              # 名称'],
    ['a list', { path: ['facility', 'rooms'], value: ['图书室'] }, '  rooms: [日间照料中心, 四点半课堂]', '  rooms: [图书室]'],
    ['a value inside a flow map', { path: ['staff', 'workers'], value: 12 }, 'staff: { workers: 11 }', 'staff: { workers: 12 }'],
    ['a value in a row', { path: ['funding', 1, 'office'], value: 4 }, '  - { year: 2021, office: 3 }', '  - { year: 2021, office: 4 }'],
    ['a key missing from a row, in the usual order', { path: ['funding', 0, 'office'], value: 5 }, '  - { year: 2019, office: 3, party: 1 }', '  - { year: 2019, office: 5, party: 1 }'],
    ['a status written with a note', { path: ['standards', 'venue', 'status'], value: 'met' }, '  venue: { status: partial, note: 活动用房不足 }', '  venue: { status: met, note: 活动用房不足 }'],
  ])('replaces %s and nothing else', (_, change, before, after) => {
    expect(edit(FILE, change)).toBe(FILE.replace(before, after));
  });

  test('adds a missing key after the sibling before it in the usual order', () => {
    expect(edit(FILE, { path: ['population'], value: 6000 })).toBe(FILE.replace('households: 2000        # 户数\n', 'households: 2000        # 户数\npopulation: 6000\n'));
    expect(edit(FILE, { path: ['facility', 'activity_share_pct'], value: 60 })).toBe(FILE.replace('  area_m2: 600\n', '  area_m2: 600\n  activity_share_pct: 60\n'));
    expect(edit(FILE, { path: ['volunteers'], value: 900 })).toBe(FILE.replace('funding:\n', 'volunteers: 900\nfunding:\n'));
  });

  test('adds a missing group as a block', () => {
    const result = edit('name: x\ndraft: true\n', { path: ['facility', 'area_m2'], value: 600 });
    expect(result).toBe('name: x\nfacility:\n  area_m2: 600\ndraft: true\n');
  });

  test('adds a key to a flow map in the usual order', () => {
    const result = edit(FILE, { path: ['funding', 1, 'party'], value: 1 }, { path: ['staff', 'licensed_social_workers'], value: 3 });
    expect(result).toContain('  - { year: 2021, office: 3, party: 1 }\n');
    expect(result).toContain('staff: { workers: 11, licensed_social_workers: 3 }\n');
  });

  test('inserts a row into a block list at its place', () => {
    const result = edit(FILE, { path: ['funding'], insert: { year: 2020, office: 3 }, index: 1 }, { path: ['funding'], insert: { year: 2022, party: 1 }, index: 3 });
    expect(result).toBe(FILE.replace('  - { year: 2021, office: 3 }\n', '  - { year: 2020, office: 3 }\n  - { year: 2021, office: 3 }\n  - { year: 2022, party: 1 }\n'));
  });

  test.each([
    ['missing', 'name: x\n', 'name: x\nsatisfaction:\n  - { year: 2021, pct: 90 }\n'],
    ['empty', 'name: x\nsatisfaction: []   # 调查\n', 'name: x\nsatisfaction:   # 调查\n  - { year: 2021, pct: 90 }\n'],
    ['written in flow style', 'satisfaction: [{ year: 2019, pct: 80 }]\n', 'satisfaction:\n  - { year: 2019, pct: 80 }\n  - { year: 2021, pct: 90 }\n'],
  ])('writes a list that is %s as a block list', (_, text, expected) => {
    const current = (parse(text) as { satisfaction?: unknown[] }).satisfaction ?? [];
    expect(edit(text, { path: ['satisfaction'], insert: { year: 2021, pct: 90 }, index: current.length })).toBe(expected);
  });

  test('fills the template placeholders where they are, keeping their comments', () => {
    const template = [
      'name: 青石社区      # 名称',
      '# households:       # 户数',
      '# facility:         # 阵地',
      '#   area_m2:        # 面积',
      '#   rooms:          # 用房',
      '# funding:          # 经费',
      '#   - { year: 2023, office: 3 }',
      'draft: true',
      '',
    ].join('\n');
    const result = edit(template, { path: ['households'], value: 3200 }, { path: ['facility', 'area_m2'], value: 820 }, { path: ['funding'], insert: { year: 2021, office: 3 }, index: 0 });
    expect(result).toBe(
      [
        'name: 青石社区      # 名称',
        'households: 3200    # 户数',
        'facility:           # 阵地',
        '  area_m2: 820      # 面积',
        '#   rooms:          # 用房',
        'funding:            # 经费',
        '  - { year: 2021, office: 3 }',
        '#   - { year: 2023, office: 3 }',
        'draft: true',
        '',
      ].join('\n'),
    );
  });

  test('refuses to write into a value that is not a group', () => {
    expect(() => edit('facility: 600\n', { path: ['facility', 'area_m2'], value: 600 })).toThrow(new EditError('facility 不是一组字段，无法写入 facility.area_m2'));
  });

  test('refuses YAML it cannot read', () => {
    expect(() => edit('name: [x\n', { path: ['name'], value: 'y' })).toThrow(EditError);
  });
});
