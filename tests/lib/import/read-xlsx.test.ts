import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readXlsx } from '../../../src/lib/import/read-xlsx.ts';
import { writeXlsx } from '../../helpers/xlsx.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shequ-xlsx-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readXlsx', () => {
  test('reads cells as the editor sees them, with Excel row numbers', async () => {
    const file = path.join(dir, 'a.xlsx');
    await writeXlsx(file, [{
      name: '年度',
      rows: [
        ['社区名称', '年度', '满意度', '办公经费', '备注'],
        [{ richText: [{ text: '荷塘' }, { text: '社区' }] }, 2021, 0.885, { formula: '1+2', result: 3 }, new Date(Date.UTC(2021, 5, 1))],
        [],
        ['柳岸社区', '2022', 88, null, true],
      ],
      formats: { C2: '0.0%' },
    }]);
    expect(await readXlsx(file, 'a.xlsx')).toEqual({
      notes: [],
      sheets: [{
        label: 'a.xlsx',
        headers: ['社区名称', '年度', '满意度', '办公经费', '备注'],
        rows: [
          { line: 2, cells: ['荷塘社区', 2021, 88.5, 3, '2021-06-01'] },
          { line: 4, cells: ['柳岸社区', '2022', 88, null, 'TRUE'] },
        ],
      }],
    });
  });

  test('reads every worksheet with data, naming each in messages', async () => {
    const file = path.join(dir, 'b.xlsx');
    await writeXlsx(file, [{ name: '台账', rows: [['社区名称'], ['荷塘社区']] }, { name: '空表', rows: [] }, { name: '年度', rows: [['社区名称', '年度']] }]);
    const { sheets } = await readXlsx(file, 'b.xlsx');
    expect(sheets.map((s) => [s.label, s.rows.length])).toEqual([['b.xlsx［台账］', 1], ['b.xlsx［年度］', 0]]);
  });

  test('says plainly when a file is not an XLSX workbook', async () => {
    const file = path.join(dir, 'c.xlsx');
    await writeFile(file, 'not a workbook');
    await expect(readXlsx(file, 'c.xlsx')).rejects.toThrow(/^c\.xlsx: 无法读取这个 Excel 文件.*请确认它是 \.xlsx 格式/);
  });
});
