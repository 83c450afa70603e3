import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { findContentPath, writeAdminSite } from '../../../src/tools/admin/index.ts';

const out = await mkdtemp(path.join(os.tmpdir(), 'shequ-admin-'));
afterAll(() => rm(out, { recursive: true, force: true }));

describe('writeAdminSite', () => {
  test('writes nothing for a site without an editing block', async () => {
    expect(await writeAdminSite(path.join(out, 'fixture'), 'tests/fixtures/site')).toBe(false);
    expect(existsSync(path.join(out, 'fixture', 'admin'))).toBe(false);
  });

  test('writes the editor, its configuration, the check page and every file the CMS fetches', async () => {
    expect(await writeAdminSite(path.join(out, 'sample'), 'content')).toBe(true);
    const admin = path.join(out, 'sample', 'admin');
    for (const file of [
      'index.html',
      'config.yml',
      'zh-cn.js',
      'cms-format.js',
      'check/index.html',
      'check/check.js',
      'sveltia@0.221.1/dist/sveltia-cms.js',
      'sveltia@0.221.1/dist/chunks/react-dom.js',
      'sveltia@0.221.1/locales/zh-CN.json',
      'sveltia/package.json',
      'fonts/material-symbols-outlined-latin-wght-normal.woff2',
      'fonts/source-sans-3-latin-wght-normal.woff2',
    ]) {
      expect(existsSync(path.join(admin, file)), file).toBe(true);
    }
    const config = parse(await readFile(path.join(admin, 'config.yml'), 'utf8')) as { collections: { folder: string }[] };
    expect(config.collections.map((c) => c.folder)).toEqual(['content/communities', 'content/reports']);
  }, 60_000);
});

describe('findContentPath', () => {
  test('names the content folder relative to the repository holding it', () => {
    expect(findContentPath('content')).toBe('content');
    expect(findContentPath('tests/fixtures/site')).toBe('tests/fixtures/site');
  });
});
