import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { loadProject } from '../../../src/lib/project.ts';
import { buildSearchPages } from '../../../src/tools/search/pages.ts';

interface Record {
  url: string;
  content: string;
  filters: { [name: string]: string[] };
  meta: { title?: string };
}

/** Every record of a built site's search index (main bundle and shards), as Pagefind stored it. */
async function readRecords(dist: string): Promise<Record[]> {
  const files = (await readdir(path.join(dist, 'pagefind'), { recursive: true })).filter((file) => file.endsWith('.pf_fragment'));
  return Promise.all(
    files.map(async (file) => {
      const text = gunzipSync(await readFile(path.join(dist, 'pagefind', file))).toString('utf8');
      return JSON.parse(text.replace(/^pagefind_dcd/, '')) as Record;
    }),
  );
}

/** The text a reader sees in a built page's searchable region, without white space. */
async function readVisibleText(dist: string, url: string): Promise<string | undefined> {
  const html = parse(await readFile(path.join(dist, url, 'index.html'), 'utf8'));
  const body = html.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  for (const hidden of body.querySelectorAll('[data-pagefind-ignore], script, style, template')) hidden.remove();
  return body.textContent.replace(/\s+/g, '');
}

/** Pages of a built site that mark a searchable region, as URLs. */
async function listSearchablePages(dist: string): Promise<string[]> {
  const files = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith('admin'));
  const marked = await Promise.all(files.map(async (file) => ((await readFile(path.join(dist, file), 'utf8')).includes('data-pagefind-body') ? `/${file.replace(/index\.html$/, '')}` : undefined)));
  return marked.filter((url) => url !== undefined).sort();
}

describe('buildSearchPages', () => {
  describe.each([
    ['sample', 'sampleDist'],
    ['fixture', 'fixtureDist'],
  ] as const)('the built %s site', (_, name) => {
    const dist = () => inject(name);

    test('indexes exactly the pages that show a searchable region: no draft, no admin page', async () => {
      const urls = (await readRecords(dist())).map((r) => r.url).sort();
      expect(urls).toEqual(await listSearchablePages(dist()));
      expect(urls.filter((url) => /caogao|weiwan|admin/.test(url))).toEqual([]);
      expect(urls.length).toBeGreaterThan(3);
    });

    test('indexes only words the page shows', async () => {
      for (const record of await readRecords(dist())) {
        const visible = await readVisibleText(dist(), record.url);
        // Pagefind puts zero-width spaces between Chinese words and ". " after a block.
        const words = record.content
          .replaceAll('\u200b', '')
          .split(/\s+/)
          .map((w) => w.replace(/\.$/, ''))
          .filter(Boolean);
        expect(words.length, record.url).toBeGreaterThan(3);
        expect(
          words.filter((word) => !visible!.includes(word)),
          record.url,
        ).toEqual([]);
        // The result's title is the page's own heading.
        expect(visible!.startsWith(record.meta.title!), record.url).toBe(true);
      }
    });
  });

  test('gives each community page its name as a weighted title and its street and type as filters', async () => {
    const records = await readRecords(inject('sampleDist'));
    const liuyuan = records.find((r) => r.url === '/communities/liuyuan/');
    expect(liuyuan?.meta.title).toBe('柳园社区');
    expect(liuyuan?.filters).toEqual({ kind: ['社区'], street: ['桥北街道'], type: [expect.any(String)] });
  });

  test('writes editors’ words as text, never as markup', async () => {
    const project = await loadProject('tests/fixtures/site');
    project.content.communities[0].data.name = '<script>alert(1)</script>社区';
    const [page] = buildSearchPages(project);
    expect(page.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;社区</h1>');
    expect(page.html).toMatch(/<h1 data-pagefind-weight="10"/);
  });
});
