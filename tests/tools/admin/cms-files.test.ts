import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { CMS_VERSION, listCmsRewrites, rewriteCmsBundle } from '../../../src/tools/admin/cms-files.ts';

const bundle = await readFile('node_modules/@sveltia/cms/dist/sveltia-cms.js', 'utf8');

describe('rewriteCmsBundle', () => {
  test('is checked against the installed CMS version', async () => {
    expect(JSON.parse(await readFile('node_modules/@sveltia/cms/package.json', 'utf8')).version).toBe(CMS_VERSION);
  });

  test('leaves no address of a CDN in the bundle it serves', () => {
    const rewritten = rewriteCmsBundle(bundle, '/');
    expect(rewritten.match(/https:\/\/(unpkg\.com|cdn\.jsdelivr\.net|fonts\.googleapis\.com|fonts\.gstatic\.com|esm\.sh)[^`'"\s)]*/g) ?? []).toEqual([]);
    expect(rewritten).not.toMatch(/sourceMappingURL/);
  });

  test.each([['/'], ['/lanxi/']])('points every rewritten address under %sadmin/', (base) => {
    for (const { to } of listCmsRewrites(base)) expect(to.replace(/^`/, '')).toMatch(new RegExp(`^${base}admin/`));
  });

  test('stops the build when an address it expects is missing (an upgrade moved it)', () => {
    expect(() => rewriteCmsBundle(bundle.replace('https://unpkg.com/@sveltia/cms`', 'https://cdn.example/@sveltia/cms`'), '/')).toThrow(/expected “`https:\/\/unpkg.com\/@sveltia\/cms`” once in the bundle, found 0/);
  });
});
