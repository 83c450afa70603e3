import { describe, expect, test } from 'vitest';
import { getColumns } from '../../../src/tools/import/columns.ts';
import type { Sheet } from '../../../src/tools/import/sheet.ts';
import { findYearColumns, readWideSheet } from '../../../src/tools/import/wide-sheet.ts';

const measures = getColumns().filter((c) => c.sheet === 'yearly' && c.field !== 'year');
const wide = (headers: string[], more: Partial<Sheet> = {}): Sheet => ({
  label: 'w.xlsx',
  headers,
  rows: [{ line: 2, cells: ['荷塘社区', ...headers.slice(1).map((_, i) => i + 1)] }],
  ...more,
});

describe('findYearColumns', () => {
  test('finds 2019, 2019年 and 2019年度, under a group too', () => {
    expect(findYearColumns(['社区名称', '2019', '2020年', '2021年度', '办公经费·2022年', '2023年满意度', '备注'])).toEqual([1, 2, 3, 4]);
  });
});

describe('readWideSheet', () => {
  test.each<[string, Partial<Sheet>, string, string]>([
    ['the worksheet name', { name: '办公经费' }, 'funding.office', '办公经费'],
    ['a title row', { titles: ['东城街道各社区居民满意度（%）'], name: 'Sheet1' }, 'satisfaction.pct', '满意度（%）'],
    ['a file name', { name: '党建工作经费' }, 'funding.party', '党建经费'],
  ])('takes the measure from %s', (_, more, field, header) => {
    const result = readWideSheet(wide(['社区名称', '2019年', '2020年'], more), [1, 2], measures);
    expect(result).toMatchObject({ headers: ['社区名称', '年度', header] });
    expect('rows' in result && result.rows).toEqual([
      { line: 2, cells: ['荷塘社区', 2019, 1], labels: ['社区名称', '年度', `2019年（${measures.find((m) => m.field === field)!.headers[0]}）`], problem: undefined },
      { line: 2, cells: ['荷塘社区', 2020, 2], labels: ['社区名称', '年度', `2020年（${measures.find((m) => m.field === field)!.headers[0]}）`], problem: undefined },
    ]);
  });

  test('takes measures from group cells, several in one sheet, one row per community and year', () => {
    const sheet = wide(['社区名称', '办公经费·2019', '办公经费·2020', '满意度·2019'], { name: 'Sheet1' });
    const result = readWideSheet(sheet, [1, 2, 3], measures) as Sheet;
    expect(result.headers).toEqual(['社区名称', '年度', '办公经费', '满意度']);
    expect(result.rows.map((r) => r.cells)).toEqual([
      ['荷塘社区', 2019, 1, 3],
      ['荷塘社区', 2020, 2, null],
    ]);
  });

  test('refuses, with what to do, a sheet that does not say what it holds', () => {
    expect(readWideSheet(wide(['社区名称', '2019年', '2020年'], { name: 'Sheet1', titles: ['各社区运转经费'] }), [1, 2], measures)).toEqual({
      error:
        '有年份列（2019年、2020年），但看不出是哪一项数据，没有导入。请任选其一：把工作表改名为这一项的名称（如“办公经费”“满意度”）；或在表头上方加一行标题写明（如“各社区办公经费（万元）”）；或改成年度表：每个社区每年一行，列为“社区名称、年度、办公经费……”',
    });
  });
});
