import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readPage, textOf } from '../helpers/dist.ts';

/** A table row's cells, one text each, joined by spaces. */
const cells = (row: HTMLElement) => row.querySelectorAll('th, td').map(textOf).join(' ');

describe('the completeness page', () => {
  test('sums up what the published communities lack, by year and by fact', async () => {
    const html = await readPage('/data/completeness/');
    expect(textOf(html.querySelector('h1'))).toBe('资料完整性');
    expect(textOf(html.querySelector('.lead'))).toContain('2 个社区中 0 个资料齐全');
    const [years, facts] = html.querySelectorAll('table');
    expect(years.querySelectorAll('tbody tr').map(cells)).toEqual(['2019 1 2', '2020 1 2', '2021 2 1', '2022 2 2', '2023 2 1']);
    expect(facts.querySelectorAll('tbody tr').map(cells)).toContain('注册志愿者 2');
  });

  test('lists each community with a link to its page, drafts left out', async () => {
    const rows = (await readPage('/data/completeness/')).querySelectorAll('section[aria-labelledby="completeness-communities"] tbody tr');
    expect(rows.map((r) => r.querySelector('a')?.getAttribute('href'))).toEqual(['/communities/hetang/', '/communities/liuan/']);
    expect(cells(rows[0])).toContain('2021、2022、2023');
  });
});
