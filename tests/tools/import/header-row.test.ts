import { describe, expect, test } from 'vitest';
import { getColumns } from '../../../src/tools/import/columns.ts';
import { findHeaderRow } from '../../../src/tools/import/header-row.ts';
import type { Sheet, SheetValue } from '../../../src/tools/import/sheet.ts';

const columns = getColumns();
/** A sheet as a reader gives it: the first row as headers, the rest as rows from line 2. */
const sheet = (first: string[], ...rest: SheetValue[][]): Sheet => ({ label: 't.xlsx', headers: first, rows: rest.map((cells, i) => ({ line: i + 2, cells })) });

describe('findHeaderRow', () => {
  test('keeps a sheet whose first row is the header', () => {
    const plain = sheet(['社区名称', '户数'], ['荷塘社区', 2000]);
    expect(findHeaderRow(plain, columns)).toEqual({ ...plain, titles: [] });
  });

  test('finds the header under a title, keeping the title', () => {
    const found = findHeaderRow(sheet(['岚溪区社区台账（2023年）', '岚溪区社区台账（2023年）'], [null, null], ['社区名称', '户数'], ['荷塘社区', 2000]), columns);
    expect(found).toMatchObject({ headers: ['社区名称', '户数'], titles: ['岚溪区社区台账（2023年）'], rows: [{ line: 4, cells: ['荷塘社区', 2000] }] });
  });

  test('combines a merged two-row header: group and sub-header, vertical merges read once', () => {
    // As exceljs reads merges: every covered cell holds the merged value.
    const found = findHeaderRow(sheet(['社区名称', '户数', '服务阵地', '服务阵地'], ['社区名称', '户数', '服务用房面积（㎡）', '功能用房'], ['荷塘社区', 2000, 600, '图书室']), columns);
    expect(found.headers).toEqual(['社区名称', '户数', '服务阵地·服务用房面积（㎡）', '服务阵地·功能用房']);
    expect(found.rows.map((r) => r.line)).toEqual([3]);
  });

  test('carries a group typed in its first cell only (no merge, or CSV) over its sub-headers', () => {
    const found = findHeaderRow(sheet(['社区名称', '户数', '人员', '', '备注'], ['', '', '社区工作者', '持证社工', ''], ['荷塘社区', '2000', '11', '3', '']), columns);
    expect(found.headers).toEqual(['社区名称', '户数', '人员·社区工作者', '人员·持证社工', '备注']);
  });

  test('takes years under a group as sub-headers', () => {
    const found = findHeaderRow(sheet(['社区名称', '办公经费（万元）', '办公经费（万元）'], ['社区名称', 2019, 2020], ['荷塘社区', 3, 3.5]), columns);
    expect(found.headers).toEqual(['社区名称', '办公经费（万元）·2019', '办公经费（万元）·2020']);
  });

  test.each<[string, SheetValue[]]>([
    ['a community row', ['荷塘社区', 2000]],
    ['a row without a name but with a figure', [null, 2000]],
    ['a row without a name, with a text cell and figures', [null, 2000, '老旧小区']],
  ])('does not take %s for a sub-header', (_, row) => {
    expect(findHeaderRow(sheet(['社区名称', '户数', '社区类型'], row), columns).rows).toHaveLength(1);
  });
});
