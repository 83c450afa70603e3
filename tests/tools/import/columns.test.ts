import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { COLUMNS, createHeaderLookup, getColumns, getHeaderUnit, mapHeaders, normalizeHeader } from '../../../src/tools/import/columns.ts';
import { siteSchema } from '../../../src/lib/schema.ts';

const site = siteSchema.parse({
  title: '测试区',
  district: '测试区',
  period: { from: 2019, to: 2023 },
  standards: [
    { id: 'organization', name: '组织设置规范' },
    { id: 'venue', name: '阵地建设规范' },
  ],
});
const columns = getColumns(site);
const fieldsOf = (headers: string[]) => mapHeaders(headers, columns).columns.map((c) => c?.field);

describe('normalizeHeader', () => {
  test.each([
    ['户数（户）', '户数'],
    [' 辖区面积 (平方公里) ', '辖区面积'],
    ['Households', 'households'],
    ['所属 街道', '所属街道'],
  ])('%s → %s', (header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });
});

describe('mapHeaders', () => {
  test('maps Chinese headers, with or without units', () => {
    expect(fieldsOf(['社区名称', '所属街道（镇）', '户数（户）', '服务用房面积(㎡)', '社区工作者'])).toEqual(['name', 'street', 'households', 'facility.area_m2', 'staff.workers']);
  });

  test('maps the contract field names, full paths and short ones', () => {
    expect(fieldsOf(['slug', 'name', 'facility.area_m2', 'workers', 'office', 'pct', 'year'])).toEqual(['slug', 'name', 'facility.area_m2', 'staff.workers', 'funding.office', 'satisfaction.pct', 'year']);
  });

  test('maps a standard by its name or id', () => {
    expect(fieldsOf(['组织设置规范', 'venue', 'standards.venue'])).toEqual(['standards.organization', 'standards.venue', 'standards.venue']);
  });

  test('lists unknown headers and pairs of headers for one field', () => {
    const mapping = mapHeaders(['社区名称', '备注', '户数', 'households', ''], columns);
    expect(mapping.unknown).toEqual(['备注']);
    expect(mapping.duplicates).toEqual([['户数', 'households']]);
  });

  test.each([
    [['社区名称', '户数'], 'profile'],
    [['社区名称', '年度', '办公经费'], 'yearly'],
  ])('takes %j for a %s sheet', (headers, kind) => {
    expect(mapHeaders(headers, columns).kind).toBe(kind);
  });
});

describe('createHeaderLookup', () => {
  const lookup = createHeaderLookup(columns);
  test.each([
    ['服务阵地·服务用房面积（㎡）', 'facility.area_m2'],
    ['服务阵地·功能用房', 'facility.rooms'],
    ['服务阵地·面积', 'facility.area_m2'],
    ['基本情况·面积（平方公里）', 'area_km2'],
    ['人员情况·社区工作者', 'staff.workers'],
    ['满意度测评·样本数', 'satisfaction.sample'],
    ['经费（万元）·党员活动经费', 'funding.members'],
    ['社区基本情况·楼栋数', undefined],
  ])('maps the combined header %s to %s', (header, field) => {
    expect(lookup(header)?.field).toBe(field);
  });
});

describe('getHeaderUnit', () => {
  test.each([
    ['户数（户）', '户'],
    ['改造投入(元)', '元'],
    ['服务阵地·服务用房面积（㎡）', '㎡'],
    ['办公经费（万元）·2019', '万元'],
    ['户数', undefined],
  ])('%s → %s', (header, unit) => {
    expect(getHeaderUnit(header)).toBe(unit);
  });
});

describe('the editors guide', () => {
  test('lists every accepted header', () => {
    const guide = readFileSync('docs/编辑指南.md', 'utf8');
    const missing = COLUMNS.flatMap((c) => [...c.headers, c.field]).filter((h) => !guide.includes(h));
    expect(missing).toEqual([]);
  });
});
