import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { SizeResult } from '../../../src/tools/bench/report.ts';
import { checkTargets, formatTargetsTable, hasMissedTarget, parseTargets } from '../../../src/tools/bench/targets.ts';

const targets = { minPagesPerSecond: 150, maxRatioToStock: 1.6, maxPeakRssMiB: 1536, maxRebuildToCold: 0.35 };
const phases = { validation: null, contentSync: null, bundling: null, rendering: null, searchIndexing: null, other: null };
const MIB = 2 ** 20;

/** A 10,000-community result that meets every target; each case spoils one figure. */
function makeResult(change: Partial<SizeResult> = {}): SizeResult {
  return {
    communities: 10_000,
    seed: 1,
    generateSeconds: null,
    cold: { status: 'ok', totalSeconds: 60, phases, peakRssBytes: 1400 * MIB },
    pages: 9996,
    files: 30_000,
    pagesPerSecond: 166.6,
    distBytes: 0,
    largestPages: [],
    pagesOverBudget: 0,
    keyPages: {},
    search: null,
    dataStoreBytes: null,
    rebuild: { status: 'ok', totalSeconds: 18, phases, peakRssBytes: 1300 * MIB, ratioToCold: 0.3 },
    stock: { status: 'ok', totalSeconds: 40, astroSeconds: 30, pagefindSeconds: 10, pages: 9897, peakRssBytes: 3000 * MIB },
    ratioToStock: 1.5,
    ...change,
  };
}

describe('checkTargets', () => {
  test('meets every target with figures inside the limits', () => {
    const checks = checkTargets(makeResult(), targets);
    expect(checks.map((c) => [c.target, c.measured, c.status])).toEqual([
      ['cold build + search index', '166.6 pages/s', 'met'],
      ['time over stock Astro + Pagefind', '1.50×', 'met'],
      ['peak RSS of the process tree', '1400 MiB', 'met'],
      ['rebuild after one changed file', '0.30× cold', 'met'],
    ]);
    expect(hasMissedTarget(checks)).toBe(false);
  });

  test.each<[string, Partial<SizeResult>, string]>([
    ['too few pages a second', { pagesPerSecond: 149.9 }, 'cold build + search index'],
    ['too slow next to stock', { ratioToStock: 1.61 }, 'time over stock Astro + Pagefind'],
    ['too much memory in the cold build', { cold: { status: 'ok', totalSeconds: 60, phases, peakRssBytes: 1537 * MIB } }, 'peak RSS of the process tree'],
    ['too much memory in the rebuild', { rebuild: { status: 'ok', totalSeconds: 18, phases, peakRssBytes: 1600 * MIB, ratioToCold: 0.3 } }, 'peak RSS of the process tree'],
    ['a rebuild too slow', { rebuild: { status: 'ok', totalSeconds: 24, phases, peakRssBytes: MIB, ratioToCold: 0.4 } }, 'rebuild after one changed file'],
  ])('fails on %s', (_name, change, target) => {
    const checks = checkTargets(makeResult(change), targets);
    expect(checks.filter((c) => c.status !== 'met').map((c) => [c.target, c.status])).toEqual([[target, 'not met']]);
    expect(hasMissedTarget(checks)).toBe(true);
  });

  test('counts a figure a failed build could not give as a miss', () => {
    const checks = checkTargets(makeResult({ stock: null, ratioToStock: null, rebuild: null }), targets);
    expect(checks.filter((c) => c.status !== 'met').map((c) => c.status)).toEqual(['not measured', 'not measured']);
    expect(hasMissedTarget(checks)).toBe(true);
  });

  test('skips what the run was told not to measure', () => {
    const checks = checkTargets(makeResult({ stock: null, ratioToStock: null, rebuild: null }), targets, { stock: true, rebuild: true });
    expect(checks.map((c) => c.status)).toEqual(['met', 'skipped', 'met', 'skipped']);
    expect(hasMissedTarget(checks)).toBe(false);
  });
});

describe('parseTargets', () => {
  test('reads the targets written in the repo', () => {
    expect(parseTargets(JSON.parse(readFileSync('bench/targets.json', 'utf8')))).toMatchObject(targets);
  });

  test('names the field at fault', () => {
    expect(() => parseTargets({ ...targets, maxRatioToStock: -1, minPagesPerSecnd: 150 })).toThrowErrorMatchingInlineSnapshot(
      `[Error: bench/targets.json: maxRatioToStock: Too small: expected number to be >0; (top): Unrecognized key: "minPagesPerSecnd"]`,
    );
  });
});

describe('formatTargetsTable', () => {
  test('prints each target as met or not met', () => {
    expect(formatTargetsTable(10_000, checkTargets(makeResult({ ratioToStock: 2.8 }), targets))).toMatchInlineSnapshot(`
      "Targets at 10,000 communities (bench/targets.json):

      | Target | Limit | Measured | |
      |---|---:|---:|---|
      | cold build + search index | ≥ 150 pages/s | 166.6 pages/s | met |
      | time over stock Astro + Pagefind | ≤ 1.6× | 2.80× | not met |
      | peak RSS of the process tree | ≤ 1536 MiB | 1400 MiB | met |
      | rebuild after one changed file | ≤ 0.35× cold | 0.30× cold | met |"
    `);
  });
});
