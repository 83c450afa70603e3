import { describe, expect, test } from 'vitest';
import type { SheetRow, SheetValue } from '../../../src/tools/import/sheet.ts';
import { describeSkippedRow, findSkippedRows } from '../../../src/tools/import/skipped-rows.ts';

const rows = (...cells: SheetValue[][]): SheetRow[] => cells.map((c, i) => ({ line: i + 3, cells: c }));
const DATA: SheetValue[] = [1, '荷塘社区', 2000];

describe('findSkippedRows', () => {
  test.each<[string, SheetValue[]]>([
    ['合计', ['合计', null, 3200]],
    ['合 计 with spaces', [null, '合 计', 3200]],
    ['总计', ['总计', '总计', 3200]],
    ['小计 of a street', ['东城街道小计', null, 1200]],
    ['平均', ['平均', null, 1600]],
    ['平均值 with a colon', ['平均值：', null, 1600]],
    ['全区合计 with a count', ['全区合计（22个社区）', null, 3200]],
  ])('takes a totals row: %s', (_, cells) => {
    expect(findSkippedRows(rows(DATA, cells))).toEqual(new Map([[1, 'total']]));
  });

  test.each<[string, SheetValue[][]]>([
    ['a signature line in one cell', [['审核人：李四    填表人：王五    填报日期：2023年12月31日', null, null]]],
    ['labels and names in their own cells', [['审核人', '李四', '填表人', '王五']]],
    ['a date', [['填报日期：', '2023-12-31', null]]],
    ['a stamp', [['填报单位（盖章）：东城街道办事处', null, null]]],
    [
      'a 说明 and its numbered lines',
      [
        ['说明：', null, null],
        ['1. 面积按实测填写', null, null],
        ['2. 经费以万元计', null, null],
      ],
    ],
    ['a 备注 line', [['备注：部分数据为估算', null, null]]],
    ['a signature asked for', [[null, '负责人签字', null]]],
    ['a date alone', [[null, null, '2023年12月31日']]],
  ])('takes footer rows: %s', (_, footer) => {
    const found = findSkippedRows(rows(DATA, ...footer));
    expect([...found.values()]).toEqual(footer.map(() => 'footer'));
  });

  test('takes blank rows between data, not those after the last row', () => {
    expect(findSkippedRows(rows(DATA, [null, '', '  '], DATA, [null, null, null]))).toEqual(new Map([[1, 'blank']]));
  });

  test.each<[string, SheetValue[]]>([
    ['a community row', [2, '柳岸社区', 1000]],
    ['a community named like a unit type', [3, '单位型社区', 800]],
    ['a row whose name is empty', [4, null, 900]],
  ])('keeps %s', (_, cells) => {
    expect(findSkippedRows(rows(DATA, cells))).toEqual(new Map());
  });
});

describe('describeSkippedRow', () => {
  const row: SheetRow = { line: 9, cells: ['合计', '合计', 3200, null] };
  test.each([
    ['blank', '台账.xlsx: 第 9 行是空行，已跳过'],
    ['total', '台账.xlsx: 第 9 行是合计行（“合计 3200”），已跳过：合计由网站自己计算'],
    ['footer', '台账.xlsx: 第 9 行是表尾（“合计 3200”），已跳过'],
  ] as const)('says why a %s row is skipped', (reason, notice) => {
    expect(describeSkippedRow('台账.xlsx', row, reason)).toBe(notice);
  });
});
