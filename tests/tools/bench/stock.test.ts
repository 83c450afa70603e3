import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findVersionMismatches } from '../../../src/tools/bench/stock.ts';

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('findVersionMismatches', () => {
  test('finds none between the project and bench/stock', () => {
    expect(findVersionMismatches(read('package.json'), read('bench/stock/package.json'))).toEqual([]);
  });

  test.each([
    ['a different Astro', { dependencies: { astro: '7.3.4', pagefind: '1.6.0' } }, ['astro: 7.3.5 in package.json, 7.3.4 in bench/stock/package.json']],
    ['a missing Pagefind', { dependencies: { astro: '7.3.5' } }, ['pagefind: 1.6.0 in package.json, missing in bench/stock/package.json']],
  ])('names %s', (_name, stock, expected) => {
    expect(findVersionMismatches({ dependencies: { astro: '7.3.5' }, devDependencies: { pagefind: '1.6.0' } }, stock)).toEqual(expected);
  });
});
