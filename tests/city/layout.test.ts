import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// The city's pages have a layout of their own (a second Astro build) but show the same figures,
// tables and charts as a district's: a stylesheet the district layout loads and the city's does
// not left the city's charts without their chart/table toggle (found when split by concern).
function readStylesheets(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^import '(?:\.\.\/)+styles\/([\w-]+\.css)';$/gm)].map((m) => m[1]);
}

describe('City.astro', () => {
  test('loads every stylesheet the district layout loads, in the same order', () => {
    const district = readStylesheets('src/layouts/Base.astro');
    expect(district).toContain('charts.css');
    expect(readStylesheets('src/city/layouts/City.astro')).toEqual(district);
  });
});
