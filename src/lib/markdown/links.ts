import type { MarkdownIt, Token } from 'markdown-it';
import type { MarkdownOptions } from './index.ts';

/** A link or image written in a body, with the body line it is on (1-based). */
export interface Reference {
  url: string;
  line: number;
}

const SAFE_SCHEME = /^(https?:|mailto:|tel:)/i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Tells whether markdown-it may turn a URL into a link or image. Only web, mail and phone
 * schemes and scheme-less (site or relative) URLs pass, so `javascript:`, `data:` and
 * `vbscript:` never reach a page. Control characters and whitespace are dropped first, as
 * browsers do (`java\tscript:`).
 */
export function isSafeUrl(url: string): boolean {
  // markdown-it hands over the percent-encoded URL; judge the decoded form as well.
  return [url, safeDecode(url)].every((form) => {
    // eslint-disable-next-line no-control-regex
    const compact = form.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
    return !ANY_SCHEME.test(compact) || SAFE_SCHEME.test(compact);
  });
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** Tells whether a URL is a path on this site (`/communities/qingshi/`). */
export function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** Puts the site's base path in front of site links, so the site works under a sub-path. */
export function siteLinks(md: MarkdownIt, { base }: MarkdownOptions): void {
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '') return;
  md.core.ruler.push('site_links', (state) => {
    for (const link of walkInline(state.tokens)) {
      const href = link.type === 'link_open' ? link.attrGet('href') : null;
      if (typeof href === 'string' && isSitePath(href)) {
        link.meta = { ...link.meta, writtenHref: href };
        link.attrSet('href', prefix + href);
      }
    }
  });
}

/** Yields every inline token of a token stream. */
export function* walkInline(tokens: readonly Token[]): Generator<Token> {
  for (const token of tokens) {
    if (token.children) yield* token.children;
  }
}

/** Lists the links of a token stream with their body lines, as the editor wrote them. */
export function listLinks(tokens: readonly Token[], lines: readonly string[]): Reference[] {
  return listReferences(tokens, lines, 'link_open', (t) => String(t.meta?.writtenHref ?? t.attrGet('href') ?? ''));
}

/**
 * Lists inline tokens of one type with the body line each is written on. markdown-it only
 * knows a block's line range, so the line is found by looking for the URL within that range.
 */
export function listReferences(tokens: readonly Token[], lines: readonly string[], type: string, getUrl: (token: Token) => string): Reference[] {
  return tokens.flatMap((block) => {
    const [start, end] = block.map ?? [0, 0];
    let cursor = start;
    return (block.children ?? [])
      .filter((t) => t.type === type)
      .map((t) => {
        const url = getUrl(t);
        cursor = findLine(lines, url, cursor, end);
        return { url, line: cursor + 1 };
      });
  });
}

/**
 * The 0-based line, from `cursor` up to a block's end, on which `text` is written; `cursor`
 * when it cannot be found (the text spans lines). Searching onward from the previous find
 * keeps repeated texts in order.
 */
export function findLine(lines: readonly string[], text: string, cursor: number, end: number): number {
  const found = lines.slice(cursor, Math.max(end, cursor + 1)).findIndex((line) => line.includes(text));
  return found >= 0 ? cursor + found : cursor;
}
