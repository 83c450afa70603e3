import { describe, expect, inject, test } from 'vitest';
import { findBrokenLinks } from '../helpers/links.ts';

describe('links of the built sites', () => {
  test.each([
    ['sample district', 'sampleDist'],
    ['fixture site', 'fixtureDist'],
  ] as const)('every internal link, anchor and asset of the %s resolves', async (_, site) => {
    expect(await findBrokenLinks(inject(site))).toEqual([]);
  });
});
