import path from 'node:path';
import type { MarkdownIt, Token } from 'markdown-it';
import type { Reference } from './links.ts';
import { findLine } from './links.ts';

/** Tells whether an image URL points at another host (never fetched by readers' browsers). */
export function isRemoteUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/**
 * The file path an image reference names, as plain text: `../media/外景 照片（一）.PNG`.
 * markdown-it percent-encodes what editors write (`外景.jpg` → `%E5%A4%96%E6%99%AF.jpg`), and
 * editors paste encoded paths too; files on disk carry the decoded name, and so must every
 * path handed to Astro's image pipeline. A query or fragment is not part of the file.
 */
export function readImagePath(src: string): string {
  const file = src.split(/[?#]/)[0];
  try {
    return decodeURIComponent(file);
  } catch {
    // A lone `%` (`100%.jpg`) is a plain character of the name.
    return file;
  }
}

/** The file a plain image path (from `readImagePath`) names, read from the file that writes it. */
export function resolveImageFile(file: string, fromFile: string): string {
  return path.resolve(path.dirname(fromFile), file);
}

/** Widths of the responsive variants of a content image, and the space it takes on a page. */
export const IMAGE_WIDTHS = [480, 960];
export const IMAGE_SIZES = '(min-width: 60rem) 48rem, 100vw';

/**
 * Renders images for Astro's image pipeline: a local image becomes an `<img>` carrying
 * Astro's `__ASTRO_IMAGE_` marker, which `render()` replaces with an optimised, site-served
 * image with `srcset`, `sizes`, width and height (no layout shift). A remote image is never
 * fetched: only its alt text is shown (validation reports it).
 */
export function contentImages(md: MarkdownIt): void {
  acceptSpacesInImagePaths(md);
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const src = String(token.attrGet('src') ?? '');
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    if (isRemoteUrl(src)) return `<span class="image-missing">${md.utils.escapeHtml(alt)}</span>`;
    const marker = JSON.stringify({ src: readImagePath(src), alt, index: 0, widths: IMAGE_WIDTHS, sizes: IMAGE_SIZES });
    return `<img __ASTRO_IMAGE_="${md.utils.escapeHtml(marker)}">`;
  };
}

const IMAGE_NAME = /\.(jpe?g|png|webp|gif|heic|heif|tiff?|bmp|avif|svg)$/i;

/**
 * Lets an image path hold spaces as written (`![外景](../media/外景 照片（一）.png)`, `IMG (2).jpg`),
 * the way phones and Windows name files. CommonMark ends a destination at a space, which would
 * leave the whole image as plain text; a path up to the closing bracket that names an image
 * file is taken whole instead. Anything else (a title in quotes) parses as before.
 */
function acceptSpacesInImagePaths(md: MarkdownIt): void {
  const parse = md.helpers.parseLinkDestination;
  md.helpers.parseLinkDestination = (str, start, max) => {
    const result = parse(str, start, max);
    if (!result.ok || str.charCodeAt(result.pos) !== 0x20) return result;
    let level = 0;
    for (let pos = start; pos < max; pos++) {
      const char = str[pos];
      if (char === '\n' || char === '"' || char === "'" || char === '<') return result;
      if (char === '(') level++;
      if (char === ')' && level-- === 0) {
        const written = str.slice(start, pos).trimEnd();
        return IMAGE_NAME.test(written) ? { ok: true, pos: start + written.length, str: written } : result;
      }
    }
    return result;
  };
}

/**
 * Lists the images of a token stream with their body lines; the URL is the file path as plain
 * text (remote URLs as written), so checks, messages and Astro all see the file's real name.
 */
export function listImages(tokens: readonly Token[], lines: readonly string[]): Reference[] {
  return tokens.flatMap((block) => {
    const [start, end] = block.map ?? [0, 0];
    let cursor = start;
    return (block.children ?? [])
      .filter((t) => t.type === 'image')
      .map((t) => {
        const src = String(t.attrGet('src') ?? '');
        const url = isRemoteUrl(src) ? src : readImagePath(src);
        // The line holds the path as written: plain, or percent-encoded as markdown-it keeps it.
        const plain = findLine(lines, url, cursor, end);
        cursor = plain !== cursor || lines[cursor]?.includes(url) ? plain : findLine(lines, src.split(/[?#]/)[0], cursor, end);
        return { url, line: cursor + 1 };
      });
  });
}
