import { describe, expect, test } from 'vitest';
import type { SizeResult } from '../../../src/tools/bench/report.ts';
import { derivePhases, divide, formatResultsTables, replaceBetweenMarkers } from '../../../src/tools/bench/report.ts';

const lines = [
  { ms: 2500, text: '10:00:02 [content] Syncing content' },
  { ms: 4000, text: '10:00:04 [build] Building static entrypoints...' },
  { ms: 9000, text: '10:00:09 [build] Complete!' },
  { ms: 12_000, text: '搜索索引：1200 个页面' },
  { ms: 12_100, text: '构建完成：dist/' },
];
const timers = {
  'Sync content layer': { elapsedTime: 1000 },
  'Prerender build': { elapsedTime: 1500 },
  'Client build': { elapsedTime: 500 },
  'Static generate': { elapsedTime: 3000 },
  'Total build': { elapsedTime: 6500 },
};

describe('derivePhases', () => {
  test('splits the wall time by log lines and Astro timers', () => {
    expect(derivePhases(lines, timers, 12_200, true)).toEqual({
      validation: 2.5,
      contentSync: 1,
      bundling: 2,
      rendering: 3,
      searchIndexing: 3,
      other: expect.closeTo(0.7, 6),
    });
  });

  test('has no search phase without a search index, and no timers without the timer file', () => {
    expect(derivePhases(lines, undefined, 12_200, false)).toMatchObject({ validation: 2.5, contentSync: null, rendering: null, searchIndexing: null });
  });

  test('counts search indexing to the end when no line names it', () => {
    expect(
      derivePhases(
        lines.filter((l) => !l.text.startsWith('搜索')),
        timers,
        12_200,
        true,
      ).searchIndexing,
    ).toBeCloseTo(3.2, 6);
  });

  test('knows nothing of a build that failed before Astro started', () => {
    expect(derivePhases([{ ms: 100, text: 'problems' }], undefined, 300, false)).toEqual({
      validation: null,
      contentSync: null,
      bundling: null,
      rendering: null,
      searchIndexing: null,
      other: null,
    });
  });
});

describe('formatResultsTables', () => {
  const phases = { validation: 2.5, contentSync: 1, bundling: 2, rendering: 3, searchIndexing: null, other: 0.5 };
  const result: SizeResult = {
    communities: 1000,
    seed: 1,
    generateSeconds: 1.2,
    cold: { status: 'ok', totalSeconds: 9, phases, peakRssBytes: 1.5 * 2 ** 30 },
    pages: 1012,
    files: 4000,
    pagesPerSecond: 112.44,
    distBytes: 50 * 2 ** 20,
    largestPages: [{ path: 'index.html', gzipBytes: 300 * 1024 }],
    pagesOverBudget: 1,
    keyPages: {},
    search: null,
    dataStoreBytes: 1,
    rebuild: { status: 'ok', totalSeconds: 6, phases, peakRssBytes: 1, ratioToCold: 6 / 9 },
    stock: { status: 'ok', totalSeconds: 4.5, astroSeconds: 3, pagefindSeconds: 1.5, pages: 998, peakRssBytes: 512 * 2 ** 20 },
    ratioToStock: 2,
  };

  test('writes the side-by-side table with stock, the headline table and the phase table', () => {
    expect(formatResultsTables([result, { ...result, communities: 10_000, cold: { ...result.cold, status: 'failed', failure: 'killed by SIGKILL' }, rebuild: null, stock: null, ratioToStock: null }])).toMatchInlineSnapshot(`
      "Side by side with stock Astro + Pagefind (same content, same run):

      | Communities | Shequ cold (s) | Stock Astro + Pagefind (s) | Shequ ÷ stock | Shequ pages/s | Stock pages/s | Peak RSS Shequ (MiB) | Peak RSS stock (MiB) | Rebuild (s) | Rebuild ÷ cold |
      |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
      | 1,000 | 9.0 | 4.5 (Astro 3.0 + Pagefind 1.5) | 2.00× | 112.4 | 221.8 | 1536 | 512 | 6.0 | 0.67× |
      | 10,000 | failed | not run | n/a | 112.4 | n/a | n/a | n/a | n/a | n/a |

      Shequ in detail:

      | Communities | HTML pages | Total (s) | Pages/s | Peak RSS (MiB) | dist/ (MiB) | Largest page (gzip) | Pages > 150 KB gzip | Search query fetch | Rebuild, one file changed (s) |
      |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
      | 1,000 | 1012 | 9.0 | 112.4 | 1536 | 50.0 | 300.0 KB (\`index.html\`) | 1 | n/a | 6.0 (0.67× cold) |
      | 10,000 — failed: killed by SIGKILL | 1012 | 9.0 | 112.4 | 1536 | 50.0 | 300.0 KB (\`index.html\`) | 1 | n/a | n/a |

      Seconds per phase:

      | Communities | Build | Validation | Content sync | Bundling | Page rendering | Search indexing | Other | Total |
      |---|---:|---:|---:|---:|---:|---:|---:|---:|
      | 1,000 | cold | 2.5 | 1.0 | 2.0 | 3.0 | n/a | 0.5 | 9.0 |
      | 1,000 | rebuild | 2.5 | 1.0 | 2.0 | 3.0 | n/a | 0.5 | 6.0 |
      | 10,000 | cold | 2.5 | 1.0 | 2.0 | 3.0 | n/a | 0.5 | 9.0 |"
    `);
  });
});

describe('replaceBetweenMarkers', () => {
  test('replaces what lies between the markers and keeps the rest', () => {
    expect(replaceBetweenMarkers('a\n<!-- s -->\nold\n<!-- e -->\nb', '<!-- s -->', '<!-- e -->', 'new')).toBe('a\n<!-- s -->\nnew\n<!-- e -->\nb');
  });

  test('gives undefined when a marker is missing', () => {
    expect(replaceBetweenMarkers('a\n<!-- s -->\nold', '<!-- s -->', '<!-- e -->', 'new')).toBeUndefined();
  });
});

describe('divide', () => {
  test.each([
    [6, 12, 0.5],
    [null, 12, null],
    [6, null, null],
    [6, 0, null],
  ])('%s ÷ %s is %s', (a, b, expected) => {
    expect(divide(a, b)).toBe(expected);
  });
});
