import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Image formats the build takes: what phones, WeChat and Windows save, and SVG drawings (which
 * are published as written, so their content is checked on its own).
 */
export const SUPPORTED_IMAGE_FORMATS = ['JPG', 'PNG', 'WebP', 'GIF', 'SVG'] as const;

/** A format an image file holds, read from its first bytes; `undefined` when unknown. */
export type ImageFormat = (typeof SUPPORTED_IMAGE_FORMATS)[number] | 'HEIC' | 'AVIF' | 'TIFF' | 'BMP' | 'PDF';

const EXTENSIONS: Record<string, ImageFormat> = {
  jpg: 'JPG',
  jpeg: 'JPG',
  png: 'PNG',
  webp: 'WebP',
  gif: 'GIF',
  heic: 'HEIC',
  heif: 'HEIC',
  avif: 'AVIF',
  tif: 'TIFF',
  tiff: 'TIFF',
  bmp: 'BMP',
  svg: 'SVG',
  pdf: 'PDF',
};

// ISO media files (HEIC, AVIF, and also MP4 videos) say what they hold in their brand.
const FTYP_BRANDS: Record<string, ImageFormat> = {
  heic: 'HEIC',
  heix: 'HEIC',
  hevc: 'HEIC',
  heim: 'HEIC',
  heis: 'HEIC',
  mif1: 'HEIC',
  msf1: 'HEIC',
  avif: 'AVIF',
  avis: 'AVIF',
};

/** The format a file name claims (`IMG_1234.HEIC` → HEIC), case-insensitively. */
export function getFormatByName(file: string): ImageFormat | undefined {
  const match = /\.([a-z0-9]+)$/i.exec(file);
  return match ? EXTENSIONS[match[1].toLowerCase()] : undefined;
}

/**
 * The format a file's bytes hold. Phones sometimes save HEIC under a `.jpg` name, and the
 * build can only take what the bytes are, not what the name says.
 */
export function detectImageFormat(head: Uint8Array): ImageFormat | undefined {
  const text = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'JPG';
  if (text(0, 8) === '\x89PNG\r\n\x1a\n') return 'PNG';
  if (text(0, 4) === 'GIF8') return 'GIF';
  if (text(0, 4) === 'RIFF' && text(8, 12) === 'WEBP') return 'WebP';
  if (text(4, 8) === 'ftyp') return FTYP_BRANDS[text(8, 12)];
  if (text(0, 4) === 'II*\0' || text(0, 4) === 'MM\0*') return 'TIFF';
  if (text(0, 2) === 'BM') return 'BMP';
  if (text(0, 5) === '%PDF-') return 'PDF';
  if (/^\s*(<\?xml|<svg)/i.test(text(0, Math.min(head.length, 64)))) return 'SVG';
  return undefined;
}

/** Reads the first bytes of a file, enough to tell its format; `undefined` for what is no file. */
export function readImageFormat(file: string): ImageFormat | undefined {
  const head = new Uint8Array(64);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    return detectImageFormat(head.subarray(0, readSync(fd, head, 0, head.length, 0)));
  } catch {
    // A folder named like an image, or a file that vanished meanwhile: no image either way.
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Tells whether the build can take an image of this format. */
export function isSupportedFormat(format: ImageFormat | undefined): boolean {
  return (SUPPORTED_IMAGE_FORMATS as readonly string[]).includes(format ?? '');
}
