import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isCityFolder, readCityFile } from '../../../src/lib/city/city-file.ts';
import { formatProblem } from '../../../src/lib/problems.ts';

let root = '';
const CONTENT = path.resolve('content');

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shequ-city-file-'));
  // A folder that looks like a district site's published data, and one that does not.
  await mkdir(path.join(root, 'published', 'data'), { recursive: true });
  for (const name of ['site.json', 'district.json', 'communities.json']) await writeFile(path.join(root, 'published', 'data', name), '{}');
  await mkdir(path.join(root, 'half', 'data'), { recursive: true });
  await writeFile(path.join(root, 'half', 'data', 'communities.json'), '[]');
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** Writes city.yaml into a fresh folder under the test root and reads it back. */
async function readCity(name: string, text: string) {
  const folder = path.join(root, name);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'city.yaml'), text);
  const result = await readCityFile(folder);
  return { ...result, lines: result.problems.map((p) => formatProblem({ ...p, file: path.relative(root, p.file) }).replaceAll(root, '<root>')) };
}

describe('readCityFile', () => {
  test('reads a valid city: districts in order, folders joined to the city folder, defaults filled', async () => {
    const { settings, problems } = await readCity(
      'ok',
      ['title: 云岫市社区规范化建设经验交流', 'city: 云岫市', 'districts:', `  - { slug: lanxi, content: ${CONTENT} }`, '  - { slug: nanshan, data: ../published/data, url: https://nanshan.example.org/ }'].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ title: '云岫市社区规范化建设经验交流', city: '云岫市', base: '/', locale: 'zh-CN' });
    expect(settings?.districts.map((d) => [d.slug, d.kind, d.line])).toEqual([
      ['lanxi', 'content', 4],
      ['nanshan', 'data', 5],
    ]);
    expect(settings?.districts[1].folder).toBe(path.join(root, 'published', 'data'));
  });

  test('reports every problem at once, each at its line of city.yaml', async () => {
    const { settings, lines } = await readCity(
      'bad',
      [
        'title: 测试市',
        'districts:',
        `  - { slug: lanxi, content: ${CONTENT} }`,
        `  - { slug: lanxi, content: ${CONTENT} }`,
        `  - { slug: Bei_Hu, content: ${CONTENT} }`,
        '  - { slug: nowhere, content: ./missing }',
        '  - { slug: half, data: ../half/data, url: https://half.example.org/ }',
        '  - { slug: nourl, data: ../published/data }',
        `  - { slug: both, content: ${CONTENT}, data: ../published/data }`,
        '  - { slug: notsite, content: ../published }',
        `  - { slug: search, urll: https://x.example.org, content: ${CONTENT} }`,
      ].join('\n'),
    );
    expect(settings).toBeUndefined();
    expect(lines).toMatchInlineSnapshot(`
      [
        "bad/city.yaml:1: 缺少必填字段“city”",
        "bad/city.yaml:4:7: slug“lanxi”重复：第 3 行已经用过",
        "bad/city.yaml:5:7: slug“Bei_Hu”不合规则：只能用小写字母、数字和连字符（拼音，如 lanxi、bei-hu）",
        "bad/city.yaml:6:22: 找不到文件夹 <root>/bad/missing（路径相对于 city.yaml 所在的文件夹）",
        "bad/city.yaml:7:19: <root>/half/data 不是已发布的数据包：缺少 site.json、district.json（应为区网站构建结果中的 data 文件夹）",
        "bad/city.yaml:8:5: 只有数据的区需要“url”：市级网站链接到这个区自己的网站",
        "bad/city.yaml:9:5: “content”和“data”只能写一个：有源文件的区写 content，只有已发布数据的区写 data",
        "bad/city.yaml:10:22: <root>/published 不是区内容文件夹：里面没有 site.yaml",
        "bad/city.yaml:11:7: slug“search”与市级页面的网址重名：请换一个（如区名拼音）",
        "bad/city.yaml:11:21: warning: 未知的字段“urll”，是不是“url”？",
      ]
    `);
  });

  test.each([
    ['no districts', 'title: 市\ncity: 市\n', 'city.yaml:1: 缺少必填字段“districts”（至少一个区）'],
    ['an empty list', 'title: 市\ncity: 市\ndistricts: []\n', 'city.yaml:3:1: “districts”应为至少一个区的列表：- { slug: lanxi, content: ../lanxi }'],
    ['a bad url', 'title: 市\ncity: 市\nurl: example.org\ndistricts: []\n', 'city.yaml:3:1: 应为以 http:// 或 https:// 开头的网址'],
    ['a YAML error', 'title: [市\n', 'city.yaml:'],
  ])('%s is a problem with a line', async (name, text, expected) => {
    const { lines } = await readCity(name.replace(/ /g, '-'), text);
    expect(lines[0]).toContain(expected);
  });
});

describe('isCityFolder', () => {
  test.each([
    ['examples/city', true],
    ['content', false],
  ])('%s → %s', (folder, expected) => {
    expect(isCityFolder(folder)).toBe(expected);
  });
});
