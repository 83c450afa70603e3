import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hasChromium, useServedSite } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-fixture.ts';
import { copyFixture, editFile } from '../helpers/content.ts';
import { openPage } from '../helpers/page-session.ts';

// Photos as phones, WeChat and Windows name them, each a real picture of its own format.
const WECHAT = '微信图片_20230512093015.jpg';
const WINDOWS = '外景 照片（一）.PNG';

describe.skipIf(!hasChromium())('photos named as phones and WeChat name them, in Chromium', () => {
  const state = { content: '', dist: '' };
  beforeAll(async () => {
    state.content = await copyFixture();
    const media = path.join(state.content, 'media');
    const picture = (color: string) => sharp({ create: { width: 1200, height: 800, channels: 3, background: color } });
    await picture('#c0392b').jpeg().toFile(path.join(media, WECHAT));
    await picture('#2471a3').png().toFile(path.join(media, WINDOWS));
    await picture('#1e8449').webp().toFile(path.join(media, 'IMG_1234.WEBP'));
    await picture('#7d3c98').gif().toFile(path.join(media, '动图 (2).gif'));
    await picture('#d4ac0d').jpeg().toFile(path.join(media, '扫描件.jpeg'));
    await editFile(state.content, 'communities/hetang.md', 'cover: ../media/hetang.png', `cover: ../media/${WINDOWS}`);
    await editFile(
      state.content,
      'communities/hetang.md',
      '](../media/hetang.png)',
      `](../media/${WECHAT})\n\n![外景照片](<../media/${WINDOWS}>)\n\n![编码的路径](../media/${encodeURI(WECHAT)})\n\n![WebP](../media/IMG_1234.WEBP)\n\n![GIF](../media/动图 (2).gif)\n\n![JPEG](../media/扫描件.jpeg)`,
    );
    state.dist = path.join(await mkdtemp(path.join(os.tmpdir(), 'shequ-images-')), 'dist');
    await buildSite(state.content, state.dist);
  }, 120_000);
  afterAll(async () => {
    await rm(state.content, { recursive: true, force: true });
    if (state.dist) await rm(path.dirname(state.dist), { recursive: true, force: true });
  });
  const site = useServedSite(() => state.dist);

  test('the cover and every body image are served and shown, with srcset, sizes, width and height', async () => {
    const session = await openPage(site.browser, site.origin, '/communities/hetang/');
    try {
      const { page } = session;
      const images = page.locator('main img');
      expect(await images.count()).toBe(7);
      for (const image of await images.all()) await image.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => [...document.querySelectorAll('main img')].every((img) => (img as HTMLImageElement).complete));
      const shown = await images.evaluateAll((list) =>
        (list as HTMLImageElement[]).map((img) => ({
          alt: img.alt,
          natural: img.naturalWidth > 0,
          srcset: /480w.*960w/.test(img.getAttribute('srcset') ?? ''),
          sizes: img.getAttribute('sizes'),
          box: `${img.getAttribute('width')}x${img.getAttribute('height')}`,
        })),
      );
      const sizes = '(min-width: 60rem) 48rem, 100vw';
      expect(shown).toEqual([
        { alt: '荷塘社区', natural: true, srcset: true, sizes, box: '1200x800' },
        { alt: '服务中心外景', natural: true, srcset: true, sizes, box: '1200x800' },
        { alt: '外景照片', natural: true, srcset: true, sizes, box: '1200x800' },
        { alt: '编码的路径', natural: true, srcset: true, sizes, box: '1200x800' },
        { alt: 'WebP', natural: true, srcset: true, sizes, box: '1200x800' },
        { alt: 'GIF', natural: true, srcset: true, sizes, box: '1200x800' },
        { alt: 'JPEG', natural: true, srcset: true, sizes, box: '1200x800' },
      ]);
      expect(session.problems).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
