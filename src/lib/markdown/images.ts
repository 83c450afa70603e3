import path from 'node:path';
import type { MarkdownIt, Token } from 'markdown-it';
import type { Reference } from './links.ts';
import { listReferences } from './links.ts';

/** Tells whether an image URL points at another host (never fetched by readers' browsers). */
export function isRemoteUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/** The file a local image path (`../media/a.png?x`) names, read from the file that writes it. */
export function resolveImageFile(src: string, fromFile: string): string {
  return path.resolve(path.dirname(fromFile), decodeURI(src.split(/[?#]/)[0]));
}

/**
 * Renders images for Astro's image pipeline: a local image becomes an `<img>` carrying
 * Astro's `__ASTRO_IMAGE_` marker, which `render()` replaces with an optimised, site-served
 * image. A remote image is never fetched: only its alt text is shown (validation reports it).
 */
export function contentImages(md: MarkdownIt): void {
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const src = String(token.attrGet('src') ?? '');
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    if (isRemoteUrl(src)) return `<span class="image-missing">${md.utils.escapeHtml(alt)}</span>`;
    const marker = JSON.stringify({ src, alt, index: 0 });
    return `<img __ASTRO_IMAGE_="${md.utils.escapeHtml(marker)}">`;
  };
}

/** Lists the images of a token stream with their body lines. */
export function listImages(tokens: readonly Token[], lines: readonly string[]): Reference[] {
  return listReferences(tokens, lines, 'image', (t) => String(t.attrGet('src') ?? ''));
}
