import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { checkWellFormedXml } from '../helpers/xml.ts';

const read = (site: 'sampleDist' | 'fixtureDist', file: string) => readFile(path.join(inject(site), file), 'utf8');

describe('feeds and sharing with a public address (the sample district)', () => {
  test('the RSS feed lists every published report with its absolute link', async () => {
    const feed = await read('sampleDist', 'rss.xml');
    const links = [...feed.matchAll(/<item>.*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links).toEqual(['https://shequ.example.org/reports/guifanhua-jianshe/', 'https://shequ.example.org/reports/sidianban-ketang/', 'https://shequ.example.org/reports/jingfei-baozhang/']);
  });

  test('the sitemap lists every community page and leaves out search and 404', async () => {
    const sitemap = await read('sampleDist', 'sitemap-0.xml');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(urls.filter((u) => /\/communities\/[a-z0-9-]+\/$/.test(u))).toHaveLength(22);
    expect(urls).toContain('https://shequ.example.org/');
    expect(urls.some((u) => /search|404/.test(u))).toBe(false);
    expect(await read('sampleDist', 'robots.txt')).toContain('Sitemap: https://shequ.example.org/sitemap-index.xml');
  });

  test('pages carry canonical and Open Graph tags for WeChat', async () => {
    const head = parse(await read('sampleDist', 'communities/liuyuan/index.html')).querySelector('head')!;
    const meta = (property: string) => head.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://shequ.example.org/communities/liuyuan/');
    expect(meta('og:title')).toBe('柳园社区 - 岚溪区社区规范化建设经验交流');
    expect(meta('og:description')).toBeTruthy();
    expect(meta('og:image')).toBe('https://shequ.example.org/og.png');
    expect(existsSync(path.join(inject('sampleDist'), 'og.png'))).toBe(true);
  });
});

describe('feeds and sitemaps as XML (the sample district)', () => {
  test('the check itself refuses a control character, as every XML reader does', () => {
    expect(checkWellFormedXml('<title>标\x01题</title>')).not.toBe(true);
  });

  test.each(['rss.xml', 'sitemap-index.xml', 'sitemap-0.xml'])('%s is well-formed XML', async (file) => {
    expect(checkWellFormedXml(await read('sampleDist', file))).toBe(true);
  });
});

describe('feeds without a public address (the fixture site)', () => {
  test('no feed, no sitemap, no canonical links; robots.txt still there', async () => {
    const dist = inject('fixtureDist');
    expect(existsSync(path.join(dist, 'rss.xml'))).toBe(false);
    expect(existsSync(path.join(dist, 'sitemap-index.xml'))).toBe(false);
    const head = parse(await read('fixtureDist', 'index.html')).querySelector('head')!;
    expect(head.querySelector('link[rel="canonical"]')).toBeNull();
    expect(head.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('测试区社区建设报告');
    expect(await read('fixtureDist', 'robots.txt')).toBe('User-agent: *\nAllow: /\n');
  });
});
