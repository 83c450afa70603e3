import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build-fixture.ts';
import { copyFixture, editFile } from '../helpers/content.ts';
import { findBrokenLinks } from '../helpers/links.ts';

// The fixture served under a sub-path, as many districts publish inside a larger portal.
describe('a site served under a sub-path (base: /qinghe/)', () => {
  let content: string;
  let dist: string;
  beforeAll(async () => {
    content = await copyFixture();
    await editFile(content, 'site.yaml', 'district: 测试区', 'district: 测试区\nbase: /qinghe/\nurl: https://portal.example.org');
    dist = path.join(await mkdtemp(path.join(os.tmpdir(), 'shequ-base-')), 'dist');
    await buildSite(content, dist);
  }, 120_000);
  afterAll(async () => {
    await rm(content, { recursive: true, force: true });
    await rm(path.dirname(dist), { recursive: true, force: true });
  });

  test('every internal link, asset and chart download carries the base and resolves', async () => {
    expect(await findBrokenLinks(dist, '/qinghe/')).toEqual([]);
    const home = parse(await readFile(path.join(dist, 'index.html'), 'utf8'));
    const hrefs = home.querySelectorAll('a[href^="/"], link[href^="/"]').map((a) => a.getAttribute('href'));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((h) => !h!.startsWith('/qinghe/'))).toEqual([]);
  });

  test('links written in Markdown get the base too', async () => {
    const page = parse(await readFile(path.join(dist, 'communities/hetang/index.html'), 'utf8'));
    const links = page.querySelectorAll('.narrative a').map((a) => decodeURI(a.getAttribute('href')!));
    expect(links).toContain('/qinghe/communities/liuan/');
    expect(links).toContain('/qinghe/reports/shijian/#一做法');
  });

  test('feeds and canonical links use the full public address', async () => {
    const feed = await readFile(path.join(dist, 'rss.xml'), 'utf8');
    expect(feed).toContain('<link>https://portal.example.org/qinghe/reports/shijian/</link>');
    const head = parse(await readFile(path.join(dist, 'index.html'), 'utf8'));
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://portal.example.org/qinghe/');
  });
});
