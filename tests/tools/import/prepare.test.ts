import { describe, expect, test } from 'vitest';
import { getColumns } from '../../../src/tools/import/columns.ts';
import { prepareSheet } from '../../../src/tools/import/prepare.ts';
import { readCsv } from '../../../src/tools/import/read-csv.ts';

const columns = getColumns();
function prepare(csv: string, label = 'a.csv') {
  const notes: string[] = [];
  const skipped: string[] = [];
  const prepared = prepareSheet(readCsv(new TextEncoder().encode(csv), label).sheets[0], columns, notes, skipped);
  return { prepared, notes, skipped };
}

describe('prepareSheet', () => {
  test('reads a CSV as an office writes it: title, two-row header, 小计 and a note', () => {
    const { prepared, skipped } = prepare('东城街道社区台账\n序号,社区名称,户数,服务阵地,,人员\n,,,服务用房面积,功能用房,社区工作者\n1,荷塘社区,2100户,650,日间照料中心,12人\n,,,,,\n小计,,2100,650,,12\n注：面积单位为平方米\n');
    expect(prepared?.sheet).toMatchObject({
      headers: ['序号', '社区名称', '户数', '服务阵地·服务用房面积', '服务阵地·功能用房', '人员·社区工作者'],
      titles: ['东城街道社区台账'],
      rows: [{ line: 4, cells: ['1', '荷塘社区', '2100户', '650', '日间照料中心', '12人'] }],
    });
    expect(prepared?.mapping.columns.map((c) => c?.field)).toEqual([undefined, 'name', 'households', 'facility.area_m2', 'facility.rooms', 'staff.workers']);
    expect(skipped).toEqual(['a.csv: 第 5 行是空行，已跳过', 'a.csv: 第 6 行是合计行（“小计 2100 650 12”），已跳过：合计由网站自己计算', 'a.csv: 第 7 行是表尾（“注：面积单位为平方米”），已跳过']);
  });

  test('marks a CSV row with more cells than its header, under a title too', () => {
    const { prepared } = prepare('社区台账\n社区名称,户数\n荷塘社区,2,100\n');
    expect(prepared?.sheet.rows[0].problem).toBe('这一行有 3 个单元格，比表头多（表头 2 列）：单元格里的逗号要用引号括起来');
  });

  test('turns a wide sheet named by its file into yearly rows', () => {
    const { prepared } = prepare('社区名称,2019年,2020年\n荷塘社区,3,\n', '党建经费.csv');
    expect(prepared?.mapping.kind).toBe('yearly');
    expect(prepared?.sheet.rows.map((r) => r.cells)).toEqual([['荷塘社区', 2019, '3']]);
  });

  test('keeps a wide sheet that names no measure, with the reason for all its rows', () => {
    expect(prepare('社区名称,2019年\n荷塘社区,3\n').prepared?.error).toMatch(/^有年份列（2019年），但看不出是哪一项数据/);
  });

  test("takes one year column beside a profile's columns for an unknown column, not a wide sheet", () => {
    const { prepared } = prepare('社区名称,户数,2023年\n荷塘社区,2100,x\n');
    expect(prepared).toMatchObject({ error: undefined, mapping: { kind: 'profile', unknown: ['2023年'] } });
  });

  test('sets aside a sheet with nothing to import, with a note', () => {
    expect(prepare('填表说明\n户数只写数字\n')).toEqual({ prepared: undefined, notes: ['a.csv: 没有可导入的列，已跳过（表头：填表说明）'], skipped: [] });
  });
});
