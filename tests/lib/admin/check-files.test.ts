import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { ContentText } from '../../../src/lib/admin/check-files.ts';
import { checkContentTexts } from '../../../src/lib/admin/check-files.ts';
import { loadProject } from '../../../src/lib/project.ts';

async function readSampleTexts(): Promise<ContentText[]> {
  const files: ContentText[] = [{ path: 'site.yaml', text: await readFile('content/site.yaml', 'utf8') }];
  for (const folder of ['communities', 'reports']) {
    for (const name of await readdir(path.join('content', folder))) {
      files.push({ path: `${folder}/${name}`, text: await readFile(path.join('content', folder, name), 'utf8') });
    }
  }
  return files;
}

const plant = (files: ContentText[], file: string, from: string, to: string) => files.map((f) => (f.path === file ? { ...f, text: f.text.replace(from, to) } : f));

const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('checkContentTexts', () => {
  test('finds nothing wrong in the sample content', async () => {
    expect(checkContentTexts(await readSampleTexts()).filter((p) => p.severity === 'error')).toEqual([]);
  });

  test.each([
    ['communities/liuyuan.md', 'households: 3600', 'households: 三千六'],
    ['communities/liuyuan.md', 'organization: met', 'organisation: met'],
    ['communities/liuyuan.md', 'type: 老旧小区', 'type: 老小区'],
    ['site.yaml', 'period: { from: 2017, to: 2023 }', 'period: { from: 2017, to: 二〇二三 }'],
  ])('reports a problem planted in %s (%s → %s) at the same line and in the same words as validate', async (file, from, to) => {
    const texts = plant(await readSampleTexts(), file, from, to);
    const inBrowser = checkContentTexts(texts).filter((p) => p.file === `content/${file}`);
    expect(inBrowser.length).toBeGreaterThan(0);

    const dir = await mkdtemp(path.join(os.tmpdir(), 'shequ-check-'));
    temporary.push(dir);
    await cp('content', dir, { recursive: true });
    await writeFile(path.join(dir, file), texts.find((f) => f.path === file)?.text ?? '');
    const { problems } = await loadProject(dir);
    const fromValidate = problems.filter((p) => p.file.endsWith(file)).map(({ line, message, severity }) => ({ line, message, severity }));
    expect(inBrowser.map(({ line, message, severity }) => ({ line, message, severity }))).toEqual(fromValidate);
  });

  test('names the household slip in the words validate uses', async () => {
    const texts = plant(await readSampleTexts(), 'communities/liuyuan.md', 'households: 3600', 'households: 三千六');
    expect(checkContentTexts(texts).map((p) => `${p.file}:${p.line}: ${p.message}`)).toMatchInlineSnapshot(`
      [
        "content/communities/liuyuan.md:8: households：应为不小于 0 的整数，现为 “三千六”",
      ]
    `);
  });

  test('refuses a file name that breaks the slug rule', () => {
    expect(checkContentTexts([{ path: 'communities/Liu Yuan.md', text: '---\nname: x\n---\n' }])[0].message).toMatch(/^文件名“Liu Yuan”不符合规则/);
  });
});
