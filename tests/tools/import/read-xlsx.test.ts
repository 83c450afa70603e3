import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readXlsx, shiftDecimal } from '../../../src/tools/import/read-xlsx.ts';
import { writeXlsx } from '../../helpers/xlsx.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shequ-xlsx-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readXlsx', () => {
  test('reads cells as the editor sees them, with Excel row numbers and blank rows', async () => {
    const file = path.join(dir, 'a.xlsx');
    await writeXlsx(file, [
      {
        name: '年度',
        rows: [['社区名称', '年度', '满意度', '办公经费', '备注'], [{ richText: [{ text: '荷塘' }, { text: '社区' }] }, 2021, 0.885, { formula: '1+2', result: 3 }, new Date(Date.UTC(2021, 5, 1))], [], ['柳岸社区', '2022', 88, null, true]],
        formats: { C2: '0.0%' },
      },
    ]);
    expect(await readXlsx(file, 'a.xlsx')).toEqual({
      notes: [],
      sheets: [
        {
          label: 'a.xlsx',
          name: '年度',
          headers: ['社区名称', '年度', '满意度', '办公经费', '备注'],
          rows: [
            { line: 2, cells: ['荷塘社区', 2021, 88.5, 3, '2021-06-01'] },
            { line: 3, cells: [null, null, null, null, null] },
            { line: 4, cells: ['柳岸社区', '2022', 88, null, 'TRUE'] },
          ],
        },
      ],
    });
  });

  test('reads every worksheet with data, naming each in messages', async () => {
    const file = path.join(dir, 'b.xlsx');
    await writeXlsx(file, [
      { name: '台账', rows: [['社区名称'], ['荷塘社区']] },
      { name: '空表', rows: [] },
      { name: '年度', rows: [['社区名称', '年度']] },
    ]);
    const { sheets } = await readXlsx(file, 'b.xlsx');
    expect(sheets.map((s) => [s.label, s.rows.length])).toEqual([
      ['b.xlsx［台账］', 1],
      ['b.xlsx［年度］', 0],
    ]);
  });

  test('reads a merged cell as its value in every cell it covers', async () => {
    const file = path.join(dir, 'merged.xlsx');
    await writeXlsx(file, [
      {
        name: '台账',
        rows: [
          ['社区名称', '服务阵地', null],
          [null, '服务用房面积（㎡）', '功能用房'],
          ['荷塘社区', 820, '图书室'],
        ],
        merges: ['A1:A2', 'B1:C1'],
      },
    ]);
    const [sheet] = (await readXlsx(file, 'merged.xlsx')).sheets;
    expect(sheet.headers).toEqual(['社区名称', '服务阵地', '服务阵地']);
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      ['社区名称', '服务用房面积（㎡）', '功能用房'],
      ['荷塘社区', 820, '图书室'],
    ]);
  });

  test('names by its cell a formula saved without its result, and an error value', async () => {
    const file = path.join(dir, 'formula.xlsx');
    await writeXlsx(file, [
      {
        name: 'Sheet1',
        rows: [
          ['社区名称', '户数', '人口'],
          ['荷塘社区', { formula: 'SUM(B1:B1)' } as never, { error: '#DIV/0!' } as never],
        ],
      },
    ]);
    const [sheet] = (await readXlsx(file, 'formula.xlsx')).sheets;
    expect(sheet.rows[0].cells.slice(1)).toEqual([
      { problem: '单元格 Sheet1!B2 是公式（=SUM(B1:B1)），文件里没有保存计算结果：请用 Excel 或 WPS 打开、保存一次，或把公式换成数值' },
      { problem: '单元格 Sheet1!C2 是错误值 #DIV/0!：请在 Excel 中改正' },
    ]);
  });

  test('says plainly when a file is not an XLSX workbook', async () => {
    const file = path.join(dir, 'c.xlsx');
    await writeFile(file, 'not a workbook');
    await expect(readXlsx(file, 'c.xlsx')).rejects.toThrow(/^c\.xlsx: 无法读取这个 Excel 文件.*请确认它是 \.xlsx 格式/);
  });
});

describe('shiftDecimal', () => {
  test.each([
    [0.915, 91.5],
    [0.885, 88.5],
    [0.07, 7],
    [1, 100],
    [0.123456, 12.3456],
    [-0.5, -50],
    [1e-7, 0.00001],
  ])('%d × 100 is exactly %d', (value, expected) => {
    expect(shiftDecimal(value, 2)).toBe(expected);
  });
});
