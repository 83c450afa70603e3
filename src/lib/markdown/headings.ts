import type { Token } from 'markdown-it';

/** A heading of a rendered body, in the shape Astro's `render()` hands to pages. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * Turns heading text into an id that keeps Chinese characters (readable, stable URLs such as
 * `#基本情况`), lower-cases Latin letters and drops punctuation, full-width included.
 */
export function slugifyHeading(text: string): string {
  const slug = text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/[\s_]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'section' : slug;
}

/** Lists the headings that received ids, in document order. */
export function listHeadings(tokens: readonly Token[]): Heading[] {
  return tokens.flatMap((token, i) => {
    const id = token.type === 'heading_open' ? token.attrGet('id') : null;
    if (id === null) return [];
    const text = (tokens[i + 1].children ?? [])
      .filter((t) => t.type === 'text' || t.type === 'code_inline')
      .map((t) => t.content)
      .join('');
    return [{ depth: Number(token.tag.slice(1)), slug: String(id), text }];
  });
}
