import { describe, expect, test } from 'vitest';
import { createCommunityNamer, createStreets, toChineseNumber } from '../../../src/tools/generate/names.ts';
import { createRandom } from '../../../src/tools/generate/random.ts';
import { SLUG_PATTERN } from '../../../src/lib/schema.ts';

describe('toChineseNumber', () => {
  test.each([
    [1, '一'],
    [2, '二'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [23, '二十三'],
    [99, '九十九'],
    [100, '100'],
    [0, '0'],
  ])('%s → %s', (n, text) => {
    expect(toChineseNumber(n)).toBe(text);
  });
});

describe('createCommunityNamer', () => {
  test('gives unique names and slugs that follow the slug rule, numbering repeats', () => {
    const random = createRandom(11);
    const name = createCommunityNamer();
    const names = Array.from({ length: 5000 }, () => name(random));
    expect(new Set(names.map((n) => n.slug)).size).toBe(names.length);
    expect(new Set(names.map((n) => n.name)).size).toBe(names.length);
    for (const { slug, name: text } of names) {
      expect(slug).toMatch(SLUG_PATTERN);
      expect(text).toMatch(/^\p{Script=Han}+社区$/u);
    }
    // With this many, some pinyin repeat and get a number, as real districts number estates.
    expect(names.some((n) => /-\d+$/.test(n.slug))).toBe(true);
  });
});

describe('createStreets', () => {
  test('gives distinct street and town names', () => {
    const streets = createStreets(createRandom(2), 120);
    expect(streets).toHaveLength(120);
    expect(new Set(streets.map((s) => s.name)).size).toBe(120);
    for (const street of streets) expect(street.name).toBe(`${street.short}${street.kind === 'town' ? '镇' : '街道'}`);
    expect(streets.some((s) => s.kind === 'town') && streets.some((s) => s.kind === 'street')).toBe(true);
  });
});
