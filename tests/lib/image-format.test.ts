import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { detectImageFormat, getFormatByName, isSupportedFormat, readImageFormat } from '../../src/lib/image-format.ts';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('getFormatByName', () => {
  test.each([
    ['微信图片_20230512093015.jpg', 'JPG'],
    ['IMG_1234.JPG', 'JPG'],
    ['外景 照片（一）.PNG', 'PNG'],
    ['a.jpeg', 'JPG'],
    ['a.webp', 'WebP'],
    ['a.gif', 'GIF'],
    ['IMG_1234.HEIC', 'HEIC'],
    ['a.heif', 'HEIC'],
    ['scan.tif', 'TIFF'],
    ['a.bmp', 'BMP'],
    ['a.docx', undefined],
    ['noextension', undefined],
  ])('%s → %s', (name, format) => {
    expect(getFormatByName(name)).toBe(format);
  });
});

describe('detectImageFormat', () => {
  test.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), 'JPG'],
    ['PNG', bytes([0x89], 'PNG\r\n', [0x1a], '\n'), 'PNG'],
    ['GIF', bytes('GIF89a'), 'GIF'],
    ['WebP', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'WebP'],
    ['an iPhone HEIC', bytes([0, 0, 0, 24], 'ftypheic'), 'HEIC'],
    ['a HEIF', bytes([0, 0, 0, 24], 'ftypmif1'), 'HEIC'],
    ['an AVIF', bytes([0, 0, 0, 24], 'ftypavif'), 'AVIF'],
    ['an MP4 video', bytes([0, 0, 0, 24], 'ftypisom'), undefined],
    ['TIFF', bytes('II*', [0]), 'TIFF'],
    ['BMP', bytes('BM'), 'BMP'],
    ['SVG', bytes('<?xml version="1.0"?><svg'), 'SVG'],
    ['text', bytes('hello'), undefined],
    ['nothing', bytes(), undefined],
  ])('%s', (_, head, format) => {
    expect(detectImageFormat(head)).toBe(format);
  });
});

describe('readImageFormat', () => {
  test('reads a file’s first bytes, and answers nothing for a folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shequ-image-'));
    try {
      await writeFile(path.join(dir, 'a.jpg'), bytes([0xff, 0xd8, 0xff, 0xe1], 'Exif'));
      expect(readImageFormat(path.join(dir, 'a.jpg'))).toBe('JPG');
      expect(readImageFormat(dir)).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('isSupportedFormat', () => {
  test.each([
    ['JPG', true],
    ['PNG', true],
    ['WebP', true],
    ['GIF', true],
    ['SVG', true],
    ['HEIC', false],
    ['TIFF', false],
    ['BMP', false],
    [undefined, false],
  ] as const)('%s → %s', (format, supported) => {
    expect(isSupportedFormat(format)).toBe(supported);
  });
});
