import { describe, expect, test } from 'vitest';
import { renderFields, renderMarkdownFile } from '../../../src/tools/templates/render.ts';
import type { TemplateField } from '../../../src/tools/templates/render.ts';

const FIELDS: TemplateField[] = [
  { key: 'name', comment: '名称', required: true },
  {
    key: 'facility',
    comment: '阵地',
    required: true,
    children: [
      { key: 'area_m2', comment: '面积', required: true },
      { key: 'rooms', comment: '用房' },
    ],
  },
  { key: 'funding', comment: '经费', examples: ['- { year: 2023, office: 3 }'] },
];

describe('renderFields', () => {
  test('comments out every field without a value, children of an empty group too', () => {
    expect(renderFields(FIELDS, {})).toEqual([
      '# name:                           # 必填：名称',
      '# facility:                       # 必填：阵地',
      '#   area_m2:                      # 必填：面积',
      '#   rooms:                        # 可选：用房',
      '# funding:                        # 可选：经费',
      '#   - { year: 2023, office: 3 }',
    ]);
  });

  test('writes the values it has and leaves the rest as placeholders', () => {
    expect(renderFields(FIELDS, { name: '青石社区', facility: { area_m2: 820 }, funding: [{ year: 2021, office: 3 }] })).toEqual([
      'name: 青石社区                    # 必填：名称',
      'facility:                         # 必填：阵地',
      '  area_m2: 820                    # 必填：面积',
      '#   rooms:                        # 可选：用房',
      'funding:                          # 可选：经费',
      '  - { year: 2021, office: 3 }',
    ]);
  });
});

describe('renderMarkdownFile', () => {
  test('puts the header comments and fields between --- lines, then the body', () => {
    expect(renderMarkdownFile(['说明'], ['name: x'], '## 基本情况')).toBe('---\n# 说明\nname: x\n---\n## 基本情况\n');
    expect(renderMarkdownFile([], ['name: x'], '')).toBe('---\nname: x\n---\n');
  });
});
