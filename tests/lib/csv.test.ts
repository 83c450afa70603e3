import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { formatPublishedCsv } from '../../src/lib/csv.ts';

describe('formatPublishedCsv', () => {
  test('starts with a BOM and writes missing cells empty', () => {
    expect(
      formatPublishedCsv([
        ['a', 'b'],
        [null, undefined],
      ]),
    ).toBe('\uFEFFa,b\n,\n');
  });

  test.each([
    ['=1+1', "'=1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['+86 10 1234', "'+86 10 1234"],
    ['-2+3', "'-2+3"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['-3.5', '-3.5'],
    ['荷塘社区', '荷塘社区'],
  ])('writes the text cell %j as %j, headers too', (cell, written) => {
    const rows = parse(formatPublishedCsv([[cell], [cell]]).slice(1)) as string[][];
    expect(rows).toEqual([[written], [written]]);
  });

  test('keeps numbers, negative ones included, as numbers', () => {
    expect(formatPublishedCsv([[-1.5, 0, 12]])).toBe('\uFEFF-1.5,0,12\n');
  });
});
