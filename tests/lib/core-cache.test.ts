import { describe, expect, test } from 'vitest';
import type { DataContext } from '../../src/lib/charts/sources.ts';
import { digestRenderContext, getRenderKey } from '../../src/lib/core-cache.ts';

// Only what digestRenderContext reads matters here: plain data, Maps and Sets.
const context = (cell: string, slugs: string[] = ['hetang']) =>
  ({
    site: { title: '测试区' },
    communities: [{ name: '荷塘社区', households: 2000 }],
    district: { households: 2000 },
    tables: new Map([['jingfei', { name: 'jingfei', table: { rows: [{ year: cell }] }, valid: true }]]),
    geo: { layers: {}, slugs: new Set(slugs) },
  }) as unknown as DataContext;

describe('digestRenderContext', () => {
  test('is the same for equal contexts', () => {
    expect(digestRenderContext(context('2021'))).toBe(digestRenderContext(context('2021')));
  });

  test.each([
    ['a cell of a table (kept in a Map)', context('2022')],
    ['a member of a Set', context('2021', ['hetang', 'liuan'])],
  ])('changes with %s', (_, changed) => {
    expect(digestRenderContext(changed)).not.toBe(digestRenderContext(context('2021')));
  });
});

describe('getRenderKey', () => {
  const entry = { slug: 'hetang', bodyLine: 40, body: '本社区。' };
  test.each([
    ['the context', ['other', entry, 'community']],
    ['the kind of page', ['digest', entry, 'report']],
    ['the slug (chart ids start with it)', ['digest', { ...entry, slug: 'liuan' }, 'community']],
    ['the first line of the body (problems name lines)', ['digest', { ...entry, bodyLine: 41 }, 'community']],
    ['the body', ['digest', { ...entry, body: '本社区，周末开放。' }, 'community']],
  ] as const)('differs with %s', (_, [digest, other, kind]) => {
    expect(Buffer.from(getRenderKey(digest, other, kind)).equals(Buffer.from(getRenderKey('digest', entry, 'community')))).toBe(false);
  });
});
