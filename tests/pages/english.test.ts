import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { useFixtureVariant } from '../helpers/content.ts';

// The fixture with `locale: en`: English interface text around Chinese content.
describe('a site with an English interface', () => {
  const site = useFixtureVariant('locale: en');
  const page = async (file: string) => parse(await readFile(path.join(site.dist, file), 'utf8'));

  test('pages stay Chinese for search while English interface text says it is English', async () => {
    const html = await page('communities/index.html');
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    const h1 = html.querySelector('h1')!;
    expect([h1.textContent, h1.getAttribute('lang')]).toEqual(['Communities', 'en']);
    expect(html.querySelector('nav.breadcrumbs')?.textContent).toContain('Overview');
    expect(html.querySelector('.site-header nav')?.getAttribute('lang')).toBe('en');
    // Content keeps no English marking.
    const card = html.querySelector('.card-title a')!;
    expect([card.textContent, card.getAttribute('lang')]).toEqual(['荷塘社区', undefined]);
  });

  test('dates, statuses, tables and chart controls are in English', async () => {
    const report = await page('reports/shijian/index.html');
    expect(report.querySelector('.report-meta time')?.textContent).toBe('29 March 2023');
    expect(report.querySelector('.chart-actions')?.getAttribute('lang')).toBe('en');
    expect(report.querySelector('.chart-toggle button')?.textContent).toBe('Chart');
    const community = await page('communities/hetang/index.html');
    const status = community.querySelector('.status-met span[lang]');
    expect([status?.textContent, status?.getAttribute('lang')]).toEqual(['Met', 'en']);
    expect(community.querySelector('#standards')?.getAttribute('lang')).toBe('en');
    expect(community.querySelector('table.facts caption')?.textContent).toBe('At a glance');
  });
});
