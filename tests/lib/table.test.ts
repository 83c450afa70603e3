import { describe, expect, test } from 'vitest';
import { parseTable } from '../../src/lib/table.ts';

const FILE = 'content/data/jingfei.csv';

describe('parseTable', () => {
  test('types numeric columns and keeps missing cells as null', () => {
    const { table, problems } = parseTable('year,name,amount\n2021,"青石,社区",10.5\n2022,白石,\n', FILE);
    expect(problems).toEqual([]);
    expect(table).toEqual({
      columns: ['year', 'name', 'amount'],
      numericColumns: ['year', 'amount'],
      rows: [
        { year: 2021, name: '青石,社区', amount: 10.5 },
        { year: 2022, name: '白石', amount: null },
      ],
    });
  });

  test.each([
    ['a ragged row', 'a,b\n1,2\n3,4,5\n', 3, '这一行有 3 个单元格，表头有 2 列'],
    ['a duplicate header', 'a,a\n1,2\n', 1, '表头列名“a”重复'],
    ['an empty header', 'a,\n1,2\n', 1, '表头第 2 列为空：每列都需要列名'],
    ['a bad cell in a numeric column', 'a,b\n1,2\n2,3\n4,5\n6,约20\n', 5, '“b”列是数字列，单元格“约20”不是数字（只写阿拉伯数字，不加逗号、单位或百分号；缺失请留空）'],
    ['a thousands separator', 'a\n1\n2\n"1,200"\n', 4, '“a”列是数字列，单元格“1,200”不是数字（只写阿拉伯数字，不加逗号、单位或百分号；缺失请留空）'],
    ['a control character in a cell', 'a,b\n1,x\n2,y\x01\n', 3, '“b”列：第 2 个字符是看不见的控制字符 U+0001，会使网页和订阅源（rss.xml）出错：请删除它（常见于从网页、PDF 或 Word 复制的文字）'],
    ['full-width digits', 'a\n1\n2\n１２\n', 4, '“a”列是数字列，单元格“１２”是全角数字：请改成半角的 12（切换到英文输入法再输入）'],
  ])('reports %s at the line where the record starts', (_, text, line, message) => {
    const { table, problems } = parseTable(text, FILE);
    // The table is still known (its columns), so what uses it gets no follow-up errors.
    expect(table?.columns.length).toBeGreaterThan(0);
    expect(problems).toEqual([expect.objectContaining({ file: FILE, line, message })]);
  });

  test('warns of an invisible character in a header and keeps the table', () => {
    const { table, problems } = parseTable('a\u200B,b\n1,2\n', FILE);
    expect(table?.columns).toEqual(['a\u200B', 'b']);
    expect(problems.map((p) => [p.line, p.severity, p.message])).toEqual([[1, 'warning', '表头第 1 列：第 2 个字符是看不见的字符 U+200B（零宽空格）：名称看起来一样，却与别处写的不相等或显示顺序被改变，请删除它']]);
  });

  test('counts a quoted multi-line cell from the line its record starts on', () => {
    const { problems } = parseTable('a,b\n"第一行\n第二行",1\n"x",2\n"y",3\n"z",bad\n', FILE);
    expect(problems.map((p) => p.line)).toEqual([6]);
  });

  test('treats a column with mostly text as text', () => {
    const { table } = parseTable('a\n12%\nN/A\n3\n', FILE);
    expect(table?.numericColumns).toEqual([]);
    expect(table?.rows[0]).toEqual({ a: '12%' });
  });
});
