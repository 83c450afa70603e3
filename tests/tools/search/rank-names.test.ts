import { describe, expect, test } from 'vitest';
import { meetsNameTarget, pickEvenly, rankNames } from '../../../src/tools/search/rank-names.ts';

describe('pickEvenly', () => {
  test.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, [1, 3, 5, 7, 9]],
    [[1, 2, 3], 5, [1, 2, 3]],
    [[1, 2, 3, 4], 1, [1]],
  ])('picks from %j, %i of them: %j', (items, count, expected) => {
    expect(pickEvenly(items, count)).toEqual(expected);
  });
});

describe('rankNames', () => {
  test('counts first places and top tens, and lists where the others came', () => {
    const urls = (own: number) => Array.from({ length: 10 }, (_, i) => (i + 1 === own ? '/own/' : `/other-${i}/`));
    expect(
      rankNames([
        { name: '柳园社区', expected: '/own/', urls: urls(1) },
        { name: '双桥社区', expected: '/own/', urls: urls(3) },
        { name: '鼓楼社区', expected: '/own/', urls: urls(0) },
      ]),
    ).toEqual({
      searched: 3,
      first: 1,
      topTen: 2,
      misses: [
        { name: '双桥社区', rank: 3 },
        { name: '鼓楼社区', rank: 0 },
      ],
    });
  });
});

describe('meetsNameTarget', () => {
  test.each([
    [190, 200, true],
    [189, 200, false],
    [200, 200, true],
    [0, 0, false],
  ])('%i first of %i: %s', (first, searched, expected) => {
    expect(meetsNameTarget({ searched, first, topTen: first, misses: [] })).toBe(expected);
  });
});
