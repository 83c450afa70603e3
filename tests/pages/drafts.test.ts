import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';

// The fixture's draft community (caogao) and draft report (weiwan) each have a chart, an image
// only they use and a word no other file has.
const DRAFTS = ['caogao', 'weiwan'];
const WORDS = ['草稿社区', '青砖', '尚未定稿', '琉璃', '草稿报告的经费图', '草稿社区的经费图'];

/**
 * Every file of the built site, its path and its text (Pagefind's gzipped files unpacked, and
 * the zero-width spaces it puts between Chinese words taken out).
 */
async function readSite(dist: string): Promise<{ file: string; text: string }[]> {
  const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return Promise.all(
    files.map(async (entry) => {
      const file = path.relative(dist, path.join(entry.parentPath, entry.name));
      const bytes = await readFile(path.join(dist, file));
      return { file, text: /\.pf_[a-z]+$/.test(file) ? gunzipSync(bytes).toString('utf8').replaceAll('\u200b', '') : bytes.toString('utf8') };
    }),
  );
}

describe('drafts', () => {
  test('publish no page, chart CSV or image of their own', async () => {
    const files = (await readSite(inject('fixtureDist'))).map((f) => f.file);
    expect(files.filter((file) => DRAFTS.some((slug) => file.includes(slug)))).toEqual([]);
    // The published pages' own files are there: the check looks where drafts would be.
    expect(files).toEqual(expect.arrayContaining([path.join('reports', 'shijian', 'index.html'), expect.stringMatching(/^charts\/report-shijian-\d+\.csv$/), expect.stringMatching(/^_astro\/hetang\.[\w-]+\.png$/)]));
  });

  test('leave no word in any page, download, feed or search record', async () => {
    const site = await readSite(inject('fixtureDist'));
    // The search records are read: a published community's name is found in them.
    expect(site.some((f) => f.file.startsWith('pagefind') && f.text.includes('荷塘社区'))).toBe(true);
    const found = site.flatMap(({ file, text }) => WORDS.filter((word) => text.includes(word)).map((word) => `${file}: ${word}`));
    expect(found).toEqual([]);
  });
});
