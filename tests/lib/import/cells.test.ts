import { describe, expect, test } from 'vitest';
import { readCell } from '../../../src/lib/import/cells.ts';
import type { CellKind } from '../../../src/lib/import/columns.ts';
import type { SheetValue } from '../../../src/lib/import/sheet.ts';

describe('readCell', () => {
  test.each<[string, SheetValue, CellKind, unknown]>([
    ['a number cell', 3200, 'count', 3200],
    ['a number written as text (CSV)', ' 3200 ', 'count', 3200],
    ['a decimal amount', '1.86', 'amount', 1.86],
    ['a percentage', '88.5', 'percent', 88.5],
    ['a year', 2019, 'year', 2019],
    ['text, trimmed', ' 城关街道 ', 'text', '城关街道'],
    ['a number in a text column', 123, 'text', '123'],
    ['a list split on 、 and commas', '一站式服务大厅、日间照料中心, 图书室，', 'list', ['一站式服务大厅', '日间照料中心', '图书室']],
    ['a demonstration level in Chinese', '市级', 'demonstration', 'city'],
    ['a demonstration level as in the contract', 'national', 'demonstration', 'national'],
    ['a status in Chinese', '部分达标', 'status', 'partial'],
    ['a status as in the contract', 'met', 'status', 'met'],
    ['a slug', 'dongguan-lu', 'slug', 'dongguan-lu'],
  ])('reads %s', (_, cell, kind, value) => {
    expect(readCell(cell, kind)).toEqual({ value });
  });

  test.each<[SheetValue, CellKind]>([[null, 'count'], ['', 'text'], ['   ', 'amount']])('reads %j as no value', (cell, kind) => {
    expect(readCell(cell, kind)).toEqual({});
  });

  test.each<[string, SheetValue, CellKind, string]>([
    ['an approximate count', '约3000', 'count', '“约3000”不是整数'],
    ['a count with a separator', '3,200', 'count', '“3,200”不是整数'],
    ['full-width digits', '３２００', 'count', '“３２００”不是整数'],
    ['a fractional count', 12.5, 'count', '12.5 不是整数'],
    ['a negative count', '-5', 'count', '-5 不能小于 0'],
    ['an amount with a unit', '20万元', 'amount', '“20万元”不是数字'],
    ['a percentage with a sign', '88%', 'percent', '“88%”不是数字'],
    ['a percentage over 100', 120, 'percent', '120 应在 0–100 之间（百分数只写数字，如 88.5）'],
    ['a zero area', 0, 'positive', '0 应大于 0'],
    ['a year in Chinese', '二〇一九', 'year', '“二〇一九”不是整数'],
    ['a two-digit year', 19, 'year', '19 不是四位数年份（1900–2100）'],
    ['an unknown level', '县级', 'demonstration', '“县级”不是示范等级（应为 无、区级、市级、省级、全国 之一）'],
    ['an unknown status', '良好', 'status', '“良好”不是达标情况（应为 达标、部分达标、未达标 之一）'],
    ['a bad slug', '青石', 'slug', '“青石”不符合规则：只能用小写字母、数字和连字符，如 qingshi、dongguan-lu（拼音为宜）'],
  ])('refuses %s', (_, cell, kind, error) => {
    expect(readCell(cell, kind)).toEqual({ error });
  });
});
