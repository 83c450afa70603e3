import MarkdownIt from 'markdown-it';
import type { MarkdownIt as Markdown } from 'markdown-it';
import anchor from 'markdown-it-anchor';
import cjkFriendly from 'markdown-it-cjk-friendly';
import footnote from 'markdown-it-footnote';
import { cjkBreaks } from './cjk-breaks.ts';
import { slugifyHeading } from './headings.ts';
import { isSafeUrl, siteLinks } from './links.ts';
import { contentImages } from './images.ts';
import { alignClasses } from './tables.ts';
import { chartFences } from './chart-fence.ts';
import { inlineValues } from './inline-values.ts';

/** Options of the one Markdown configuration. */
export interface MarkdownOptions {
  /** URL path the site is served under; site links written `/communities/x/` get it in front. */
  base: string;
}

/**
 * Bumped whenever the rendered HTML of the same Markdown changes (plugins, options), so that
 * cached renders in Astro's data store are thrown away.
 */
export const MARKDOWN_VERSION = 4;

/**
 * Creates the one markdown-it configuration every body goes through: CommonMark with tables
 * and footnotes, heading ids for the table of contents, Chinese-friendly line breaks and
 * emphasis, no raw HTML, only safe link schemes, inline values and chart blocks.
 */
export function createMarkdown(options: MarkdownOptions): Markdown {
  const md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });
  md.enable('table').enable('strikethrough');
  md.validateLink = isSafeUrl;
  md.use(footnote)
    .use(cjkBreaks)
    .use(cjkFriendly)
    .use(anchor, { level: [2, 3, 4], slugify: slugifyHeading, tabIndex: false })
    .use(siteLinks, options)
    .use(contentImages)
    .use(alignClasses)
    .use(inlineValues)
    .use(chartFences);
  return md;
}
