import { describe, expect, test } from 'vitest';
import { formatDate, formatInt, formatNumber, formatPct, formatWan } from '../../src/lib/format.ts';

describe('formatNumber', () => {
  test.each([
    [50410, '50,410'],
    [1.856, '1.86'],
    [0, '0'],
    [null, '—'],
    [undefined, '—'],
  ])('formats %s as %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe('formatInt', () => {
  test.each([
    [50409.6, '50,410'],
    [3200, '3,200'],
    [null, '—'],
  ])('formats %s as %s', (value, text) => {
    expect(formatInt(value)).toBe(text);
  });
});

describe('formatWan', () => {
  test.each([
    [1832.75, '1,832.75万元'],
    [1.005, '1.01万元'],
    [3086.5, '3,086.5万元'],
    [60, '60万元'],
    [null, '—'],
  ])('formats %s as %s', (value, text) => {
    expect(formatWan(value)).toBe(text);
  });
});

describe('formatPct', () => {
  test.each([
    [91.66, '91.7%'],
    [90, '90.0%'],
    [86.35, '86.4%'],
    [0.05, '0.1%'],
    [null, '—'],
  ])('formats %s as %s', (value, text) => {
    expect(formatPct(value)).toBe(text);
  });
});

describe('formatDate', () => {
  test.each([
    ['2023-03-29', '2023年3月29日'],
    ['2020-03', '2020年3月'],
  ])('formats %s as %s', (value, text) => {
    expect(formatDate(value)).toBe(text);
  });
});

describe('formatDate in English', () => {
  test.each([
    ['2023-03-29', '29 March 2023'],
    ['2020-03', 'March 2020'],
  ])('formats %s as %s', (value, text) => {
    expect(formatDate(value, 'en')).toBe(text);
  });
});
