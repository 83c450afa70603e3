import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeBuildError } from '../../src/tools/build-errors.ts';

/** An error shaped like the one Rolldown throws for Astro's image plugin (several gathered). */
function createRolldownError(inner: string): Error {
  const error = new Error(`Build failed with 1 error:\n\n[plugin astro:content-asset-propagation]\n${inner}`);
  Object.defineProperty(error, 'errors', { get: () => [Object.assign(new Error(inner), { name: 'ImageNotFound' })] });
  return error;
}

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shequ-build-errors-'));
  await mkdir(path.join(root, 'content', 'communities'), { recursive: true });
  await writeFile(path.join(root, 'content', 'communities', 'qingshi.md'), '---\nname: 青石社区\ncover: ../media/外景.jpg\n---\n正文\n\n![外景](../media/外景.jpg)\n');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('describeBuildError', () => {
  test.each([
    [
      'a missing image, percent-encoded',
      'ImageNotFound: Could not find requested image `../media/%E5%A4%96%E6%99%AF.jpg`. Does it exist?',
      [
        'content/communities/qingshi.md:3: 构建时找不到图片“../media/外景.jpg”：请检查文件名和文件是否在 media/ 文件夹中，改名后引用处也要一起改',
        'content/communities/qingshi.md:7: 构建时找不到图片“../media/外景.jpg”：请检查文件名和文件是否在 media/ 文件夹中，改名后引用处也要一起改',
      ],
    ],
    [
      'an image without metadata',
      'NoImageMetadata: Could not process image metadata for `/x/media/外景.jpg?astroContentImageFlag`.',
      [
        'content/communities/qingshi.md:3: 图片无法读取（文件可能已损坏，或不是真正的 JPG/PNG/WebP/GIF）“/x/media/外景.jpg”：请检查文件名和文件是否在 media/ 文件夹中，改名后引用处也要一起改',
        'content/communities/qingshi.md:7: 图片无法读取（文件可能已损坏，或不是真正的 JPG/PNG/WebP/GIF）“/x/media/外景.jpg”：请检查文件名和文件是否在 media/ 文件夹中，改名后引用处也要一起改',
      ],
    ],
    ['an image no file names', 'ImageNotFound: Could not find requested image `../media/别处.png`. Does it exist?', ['构建时找不到图片“../media/别处.png”：请检查文件名和文件是否在 media/ 文件夹中，改名后引用处也要一起改']],
    ['anything else', 'RollupError: something odd', ['构建出错：[plugin astro:content-asset-propagation]']],
  ])('maps %s to the content file, in Chinese, without a stack trace', (_, inner, expected) => {
    const lines = describeBuildError(createRolldownError(inner), { content: path.join(root, 'content'), cwd: root });
    expect(lines).toEqual([...expected, '（运行 npm run build -- --verbose 可看到程序的详细报错，供技术人员排查）']);
    expect(lines.join('\n')).not.toMatch(/\n\s+at /);
  });

  test('points at the content file an error locates, when it is inside the content folder', () => {
    const error = Object.assign(new Error('Unexpected token'), { loc: { file: path.join(root, 'content', 'communities', 'qingshi.md'), line: 5 } });
    expect(describeBuildError(error, { content: path.join(root, 'content'), cwd: root })[0]).toBe('content/communities/qingshi.md:5: 构建出错：Unexpected token');
  });

  test('adds the framework message and stack with verbose', () => {
    const lines = describeBuildError(createRolldownError('ImageNotFound: Could not find requested image `../media/别处.png`.'), { content: path.join(root, 'content'), cwd: root, verbose: true });
    expect(lines.slice(1, 3)).toEqual(['', '详细信息（--verbose）：']);
    expect(lines[3]).toMatch(/^Error: Build failed with 1 error:[\s\S]*\n\s+at /);
  });
});
