import { describe, expect, test } from 'vitest';
import { readCell } from '../../../src/tools/import/cells.ts';
import type { CellKind } from '../../../src/tools/import/columns.ts';
import type { SheetValue } from '../../../src/tools/import/sheet.ts';

const WAN = ['万元', '万'];
const M2 = ['㎡', '平方米'];

describe('readCell', () => {
  test.each<[string, SheetValue, CellKind, string[], unknown]>([
    ['households with 户', '3200户', 'count', ['户'], 3200],
    ['an area with 平方公里', '1.8平方公里', 'positive', ['平方公里'], 1.8],
    ['an amount with 万元', '150万元', 'amount', WAN, 150],
    ['a percentage with %', '91%', 'percent', ['%', '％'], 91],
    ['a floor area with ㎡', '820㎡', 'amount', M2, 820],
    ['a floor area with 平方米 and a space', '820 平方米', 'amount', M2, 820],
    ['a year with 年', '2019年', 'year', ['年'], 2019],
  ])("reads %s: a unit that is the column's own", (_, cell, kind, units, value) => {
    expect(readCell(cell, kind, units)).toEqual({ value });
  });

  test.each<[string, SheetValue, CellKind, string[], string]>([
    ['yuan in a 万元 column', '150元', 'amount', WAN, '“150元”的单位是“元”，这一列以万元计：不会自动换算，请换算成万元后填写'],
    ['square metres in a 平方公里 column', '1800平方米', 'positive', ['平方公里'], '“1800平方米”的单位是“平方米”，这一列以平方公里计：不会自动换算，请换算成平方公里后填写'],
    ['people in a 户 column', '9600人', 'count', ['户'], '“9600人”的单位是“人”，这一列以户计：不会自动换算，请换算成户后填写'],
    ['a unit in a column without one', '20万元', 'amount', [], '“20万元”的单位是“万元”，这一列只写数字：不会自动换算，请去掉单位后填写'],
  ])('refuses %s, with the reason', (_, cell, kind, units, error) => {
    expect(readCell(cell, kind, units)).toEqual({ error });
  });

  test.each<[SheetValue, string]>([
    [0.92, '是否把 92% 写成了 0.92？这一列是 0–100 的百分数，已按 0.92 导入；如有误请改为 92'],
    ['0.885', '是否把 88.5% 写成了 0.885？这一列是 0–100 的百分数，已按 0.885 导入；如有误请改为 88.5'],
  ])('takes %j in a percentage column with a warning', (cell, warning) => {
    expect(readCell(cell, 'percent', ['%'])).toEqual({ value: Number(cell), warning });
  });

  test.each<[string, string, CellKind, string]>([
    ['a formula in a name', '=HYPERLINK("http://evil.example","点击")', 'text', '“=HYPERLINK("http://evil.example","点击")”以“=”开头，Excel 和 WPS 会把它当作公式运行，没有导入：请删去开头的符号'],
    ['a formula after a tab', '\t@SUM(1)', 'text', '“@SUM(1)”以“@”开头，Excel 和 WPS 会把它当作公式运行，没有导入：请删去开头的符号'],
    ['a formula in a list', '图书室、+cmd', 'list', '其中的“+cmd”以“+”开头，Excel 和 WPS 会把它当作公式运行，没有导入：请删去开头的符号'],
    ['a formula in a number column', '=1+2', 'count', '“=1+2”以“=”开头，Excel 和 WPS 会把它当作公式运行，没有导入：请删去开头的符号'],
    ['a slug of 300 characters', 'a'.repeat(300), 'slug', `“${'a'.repeat(40)}…”有 300 个字符，太长：文件名最多 64 个字符`],
    ['a dash for nothing', '-', 'count', '“-”：没有数据请留空（空格子表示不修改）'],
    ['a slash for nothing', '/', 'list', '“/”：没有数据请留空（空格子表示不修改）'],
    ['a Windows device name', 'con', 'slug', '“con”是 Windows 保留的设备名，不能作文件名：请换一个（如 con-shequ）'],
  ])('refuses %s', (_, cell, kind, error) => {
    expect(readCell(cell, kind)).toEqual({ error });
  });

  test('reports a problem the reader found, such as a formula without its result', () => {
    expect(readCell({ problem: '单元格 Sheet1!D5 是公式' }, 'count')).toEqual({ error: '单元格 Sheet1!D5 是公式' });
  });

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

  test.each<[SheetValue, CellKind]>([
    [null, 'count'],
    ['', 'text'],
    ['   ', 'amount'],
  ])('reads %j as no value', (cell, kind) => {
    expect(readCell(cell, kind)).toEqual({});
  });

  test.each<[string, SheetValue, CellKind, string]>([
    ['an approximate count', '约3000', 'count', '“约3000”不是整数'],
    ['a count with a separator', '3,200', 'count', '“3,200”不是整数'],
    ['full-width digits', '３２００', 'count', '“３２００”不是整数'],
    ['a fractional count', 12.5, 'count', '12.5 不是整数'],
    ['a negative count', '-5', 'count', '-5 不能小于 0'],
    ['a number with words around it', '3000左右', 'count', '“3000左右”不是整数'],
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
