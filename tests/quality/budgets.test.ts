import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import budgets from '../budgets.json' with { type: 'json' };
import { TEMPLATES } from '../helpers/browser.ts';

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** gzip bytes of a page's HTML and of the stylesheets it links. */
async function weighPage(dist: string, file: string): Promise<number> {
  const html = await readFile(path.join(dist, file), 'utf8');
  const styles = parse(html)
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => l.getAttribute('href')!);
  const css = await Promise.all(styles.map((href) => readFile(path.join(dist, href))));
  return gzip(html) + css.reduce((sum, c) => sum + gzip(c), 0);
}

describe('size budgets of the sample district', () => {
  test.each(Object.entries(TEMPLATES))('the %s page weighs at most the HTML+CSS budget', async (_, sitePath) => {
    const dist = inject('sampleDist');
    const pathname = sitePath.split('?')[0];
    const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    const bytes = await weighPage(dist, file);
    console.log(`${sitePath}: ${bytes} B gzip HTML+CSS`);
    expect(bytes).toBeLessThanOrEqual(budgets.htmlCssPerPageGzip);
  });

  test('the largest page stays within its budget', async () => {
    const dist = inject('sampleDist');
    const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
    const sizes = await Promise.all(pages.map(async (page) => ({ page, bytes: gzip(await readFile(path.join(dist, page))) })));
    const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    console.log(`largest page: ${largest.page}, ${largest.bytes} B gzip`);
    expect(largest.bytes).toBeLessThanOrEqual(budgets.largestPageGzip);
  });
});
