import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createMarkdown } from '../../../src/lib/markdown/index.ts';
import { readImagePath } from '../../../src/lib/markdown/images.ts';
import { renderMarkdown } from '../../../src/lib/markdown/render.ts';

const md = createMarkdown({ base: '/' });

describe('readImagePath', () => {
  test.each([
    ['../media/外景.jpg', '../media/外景.jpg'],
    ['../media/%E5%A4%96%E6%99%AF.jpg', '../media/外景.jpg'],
    ['../media/%E5%A4%96%E6%99%AF%20%E7%85%A7%E7%89%87%EF%BC%88%E4%B8%80%EF%BC%89.PNG', '../media/外景 照片（一）.PNG'],
    ['../media/a.png?v=2#x', '../media/a.png'],
    ['../media/100%.jpg', '../media/100%.jpg'],
  ])('%s → %s', (src, file) => {
    expect(readImagePath(src)).toBe(file);
  });
});

describe('contentImages', () => {
  test.each([
    ['plain, with a space', '![外景](../media/外景 照片（一）.PNG)', '../media/外景 照片（一）.PNG'],
    ['a Windows copy name', '![外景](../media/IMG (2).jpg)', '../media/IMG (2).jpg'],
    ['angle brackets', '![外景](<../media/外景 照片（一）.PNG>)', '../media/外景 照片（一）.PNG'],
    ['URL-encoded', '![外景](../media/%E5%A4%96%E6%99%AF%20%E7%85%A7%E7%89%87%EF%BC%88%E4%B8%80%EF%BC%89.PNG)', '../media/外景 照片（一）.PNG'],
    ['a WeChat name', '![外景](../media/微信图片_20230512093015.jpg)', '../media/微信图片_20230512093015.jpg'],
    ['a camera name', '![外景](../media/IMG_1234.JPG)', '../media/IMG_1234.JPG'],
  ])('hands Astro the file’s real name, with srcset widths and sizes (%s)', (_, text, file) => {
    const { html, images } = renderMarkdown(md, `第一行\n\n${text}\n`);
    expect(images).toEqual([{ url: file, line: 3 }]);
    const marker = /__ASTRO_IMAGE_="([^"]+)"/.exec(html)![1].replaceAll('&quot;', '"');
    expect(JSON.parse(marker)).toEqual({ src: file, alt: '外景', index: 0, widths: [480, 960], sizes: '(min-width: 60rem) 48rem, 100vw' });
  });
});

describe('acceptSpacesInImagePaths (through contentImages)', () => {
  test.each([
    ['a link with a title', '[青石](/communities/qingshi/ "青石社区")', '<a href="/communities/qingshi/" title="青石社区">青石</a>'],
    ['an image with a title', '![外景](../media/a.png "外景")', '{&quot;src&quot;:&quot;../media/a.png&quot;'],
    ['text in brackets that names no image', '[说明](见 附件)', '[说明](见 附件)'],
  ])('leaves %s as CommonMark reads it', (_, text, expected) => {
    expect(renderMarkdown(md, text).html).toContain(expected);
  });
});

// Astro's `__ASTRO_IMAGE_` marker is undocumented: src/lib/markdown/images.ts writes it and
// Astro's render() (called in src/bodies.ts alone) replaces it. Its format is read from Astro's
// own code, so an upgrade that changes it fails here rather than leaving pictures unresolved.
describe('contentImages and Astro’s image marker', () => {
  const runtime = readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'dist/content/runtime.js'), 'utf8');

  test('writes the marker render() looks for, with the fields it reads, escaped as it unescapes them', () => {
    const astroRegex = /const CONTENT_LAYER_IMAGE_REGEX = \/(.+)\/g;/.exec(runtime)?.[1];
    expect(astroRegex).toBe('__ASTRO_IMAGE_="([^"]+)"');
    expect(runtime).toContain(`.replace(/&(?:#x22|quot);/g, '"')`);
    const { html } = renderMarkdown(md, '![“外景” & 楼](../media/a.png)\n');
    const [, marker] = new RegExp(astroRegex!).exec(html)!;
    const decoded = JSON.parse(
      marker
        .replace(/&(?:#x22|quot);/g, '"')
        .replace(/&(?:#x27|apos);/g, "'")
        .replace(/&(?:amp|#x26|#38);/g, '&'),
    );
    expect(decoded).toEqual({ src: '../media/a.png', alt: '“外景” & 楼', index: 0, widths: [480, 960], sizes: '(min-width: 60rem) 48rem, 100vw' });
  });
});
