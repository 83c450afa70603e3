import { describe, expect, test } from 'vitest';
import { createRandom, deriveSeed, roundTo } from '../../../src/tools/generate/random.ts';

const draw = (seed: number, count: number) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('createRandom', () => {
  test('gives the same sequence for the same seed', () => {
    expect(draw(42, 100)).toEqual(draw(42, 100));
  });

  test('gives a different sequence for another seed', () => {
    expect(draw(42, 10)).not.toEqual(draw(43, 10));
  });

  test('pins the first values of seed 1, so generated folders stay the same across versions', () => {
    expect(draw(1, 3).map((v) => v.toFixed(6))).toMatchInlineSnapshot(`
      [
        "0.367876",
        "0.081613",
        "0.820536",
      ]
    `);
  });

  test('spreads next() evenly over [0, 1)', () => {
    const values = draw(7, 20_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const buckets = Array.from({ length: 10 }, (_, i) => values.filter((v) => Math.floor(v * 10) === i).length);
    for (const count of buckets) expect(count).toBeGreaterThan(1800);
  });

  test('int() stays within both bounds and reaches each of them', () => {
    const random = createRandom(3);
    const seen = new Set(Array.from({ length: 2000 }, () => random.int(5, 9)));
    expect([...seen].sort()).toEqual([5, 6, 7, 8, 9]);
  });

  test('float() rounds to the decimals asked for', () => {
    const random = createRandom(4);
    for (let i = 0; i < 200; i++) {
      const value = random.float(1, 2, 1);
      expect(value).toBeGreaterThanOrEqual(1);
      expect(value).toBeLessThanOrEqual(2);
      expect(Math.round(value * 10) / 10).toBe(value);
    }
  });

  test('sample() returns distinct items, never more than there are', () => {
    const random = createRandom(5);
    const picked = random.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(picked).size).toBe(3);
    expect(random.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
    expect(random.sample(['a'], 0)).toEqual([]);
  });

  test('shuffle() keeps every item and leaves the input alone', () => {
    const input = [1, 2, 3, 4, 5, 6];
    const shuffled = createRandom(6).shuffle(input);
    expect([...shuffled].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test('weighted() follows the weights and never picks a zero weight', () => {
    const random = createRandom(8);
    const picks = Array.from({ length: 4000 }, () =>
      random.weighted([
        ['a', 3],
        ['b', 1],
        ['never', 0],
      ] as const),
    );
    const a = picks.filter((p) => p === 'a').length;
    expect(picks).not.toContain('never');
    expect(a / picks.length).toBeGreaterThan(0.7);
    expect(a / picks.length).toBeLessThan(0.8);
  });

  test('pick() refuses an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow('at least one item');
  });
});

describe('deriveSeed', () => {
  test('is stable and depends on every label', () => {
    expect(deriveSeed(1, 'community', 3)).toBe(deriveSeed(1, 'community', 3));
    const seeds = new Set([deriveSeed(1, 'community', 3), deriveSeed(1, 'community', 4), deriveSeed(2, 'community', 3), deriveSeed(1, 'narrative', 3)]);
    expect(seeds.size).toBe(4);
  });

  test('gives 32-bit unsigned integers', () => {
    for (let i = 0; i < 100; i++) {
      const seed = deriveSeed(i, 'x');
      expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
    }
  });
});

describe('roundTo', () => {
  test.each([
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [-1.005, 2, -1.01],
    [0.1 + 0.2, 2, 0.3],
    [12.34, 0, 12],
    [-0.001, 2, 0],
  ])('roundTo(%s, %s) = %s', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });
});
