import { describe, expect, test } from 'vitest';
import { classifyBreaks, getValueClass, listClassRanges } from '../../../src/lib/geo/classify.ts';

describe('classifyBreaks', () => {
  test.each([
    ['five equal steps, whole numbers for a wide range', [0, 25, 50, 75, 100], [20, 40, 60, 80]],
    ['one decimal for a narrow range', [1, 1.5, 2, 3], [1.5, 2, 2.5]],
    ['no breaks for one value', [7, 7, null], []],
    ['as many classes as distinct values', [10, 20], [15]],
  ])('%s', (_, values, breaks) => {
    expect(classifyBreaks(values)).toEqual(breaks);
  });
});

describe('getValueClass', () => {
  test.each([
    [null, 0],
    [0, 1],
    [19.9, 1],
    [20, 2],
    [100, 5],
  ])('%s is in class %s', (value, expected) => {
    expect(getValueClass(value, [20, 40, 60, 80])).toBe(expected);
  });
});

describe('listClassRanges', () => {
  test('spans the values from the lowest to the highest', () => {
    expect(listClassRanges([5, 50, 95, null], [40, 60])).toEqual([
      [5, 40],
      [40, 60],
      [60, 95],
    ]);
  });
});
