import { describe, expect, test } from 'vitest';
import { readCsv } from '../../../src/tools/import/read-csv.ts';
import { encodeGb18030 } from '../../helpers/encoding.ts';

const CSV = '社区名称,户数,备注\n荷塘社区,2100,"多行\n说明"\n\n柳岸社区,1000,\n';

describe('readCsv', () => {
  test('reads UTF-8: headers, cells, and the line where each record starts, blank lines included', () => {
    const { sheets, notes } = readCsv(new TextEncoder().encode(CSV), '台账.csv');
    expect(notes).toEqual([]);
    expect(sheets).toEqual([
      {
        label: '台账.csv',
        name: '台账',
        headers: ['社区名称', '户数', '备注'],
        width: 3,
        rows: [
          { line: 2, cells: ['荷塘社区', '2100', '多行\n说明'], width: 3 },
          { line: 4, cells: ['', null, null], width: 1 },
          { line: 5, cells: ['柳岸社区', '1000', ''], width: 3 },
        ],
      },
    ]);
  });

  test('drops a UTF-8 BOM and reads CRLF line endings', () => {
    const { sheets } = readCsv(new TextEncoder().encode(`\uFEFF${CSV.replace(/\n/g, '\r\n')}`), '台账.csv');
    expect(sheets[0].headers[0]).toBe('社区名称');
    expect(sheets[0].rows.map((r) => r.line)).toEqual([2, 4, 5]);
  });

  test('reads GB18030 (Excel on Chinese Windows) and says so', () => {
    const { sheets, notes } = readCsv(encodeGb18030(CSV), '台账.csv');
    expect(sheets[0].headers).toEqual(['社区名称', '户数', '备注']);
    expect(sheets[0].rows[0].cells[0]).toBe('荷塘社区');
    expect(notes).toEqual(['台账.csv 不是 UTF-8 编码，已按 GB18030（GBK，Excel 在中文 Windows 上的“CSV”格式）读取']);
  });

  test("reads every row as wide as the widest, keeping each record's own width", () => {
    const { sheets } = readCsv(new TextEncoder().encode('社区台账\n社区名称,户数\n荷塘社区,2,100\n'), 'a.csv');
    expect(sheets[0]).toMatchObject({
      headers: ['社区台账', '', ''],
      width: 1,
      rows: [
        { cells: ['社区名称', '户数', null], width: 2 },
        { cells: ['荷塘社区', '2', '100'], width: 3 },
      ],
    });
  });

  test('reads a sheet of 200,000 rows (no argument list as long as the file)', () => {
    const { sheets } = readCsv(new TextEncoder().encode(`社区名称,户数\n${'荷塘社区,约3000\n'.repeat(200_000)}`), 'big.csv');
    expect(sheets[0].rows).toHaveLength(200_000);
    expect(sheets[0].rows.at(-1)?.line).toBe(200_001);
  });

  test('stops on CSV it cannot parse, with the line', () => {
    expect(() => readCsv(new TextEncoder().encode('社区名称,户数\n"荷塘,2\n'), 'a.csv')).toThrow(/^a\.csv: 第 \d+ 行，CSV 格式错误/);
  });
});
