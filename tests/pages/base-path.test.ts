import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { useFixtureVariant } from '../helpers/content.ts';
import { findBrokenLinks } from '../helpers/links.ts';

// The fixture served under a sub-path, as many districts publish inside a larger portal.
describe('a site served under a sub-path (base: /qinghe/)', () => {
  const site = useFixtureVariant('base: /qinghe/\nurl: https://portal.example.org');

  test('every internal link, asset and chart download carries the base and resolves', async () => {
    expect(await findBrokenLinks(site.dist, '/qinghe/')).toEqual([]);
    const home = parse(await readFile(path.join(site.dist, 'index.html'), 'utf8'));
    const hrefs = home.querySelectorAll('a[href^="/"], link[href^="/"]').map((a) => a.getAttribute('href'));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((h) => !h!.startsWith('/qinghe/'))).toEqual([]);
  });

  test('links written in Markdown get the base too', async () => {
    const page = parse(await readFile(path.join(site.dist, 'communities/hetang/index.html'), 'utf8'));
    const links = page.querySelectorAll('.narrative a').map((a) => decodeURI(a.getAttribute('href')!));
    expect(links).toContain('/qinghe/communities/liuan/');
    expect(links).toContain('/qinghe/reports/shijian/#一做法');
  });

  test('feeds and canonical links use the full public address', async () => {
    const feed = await readFile(path.join(site.dist, 'rss.xml'), 'utf8');
    expect(feed).toContain('<link>https://portal.example.org/qinghe/reports/shijian/</link>');
    const head = parse(await readFile(path.join(site.dist, 'index.html'), 'utf8'));
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://portal.example.org/qinghe/');
  });
});
