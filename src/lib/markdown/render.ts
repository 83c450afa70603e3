import type { MarkdownIt } from 'markdown-it';
import type { Heading } from './headings.ts';
import { listHeadings } from './headings.ts';
import type { Reference } from './links.ts';
import { listLinks } from './links.ts';
import { listImages } from './images.ts';

/** A rendered body and what it refers to. */
export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
  /** Links as written, with body lines (for checking site links). */
  links: Reference[];
  /** Images as written, with body lines (for checking that files exist). */
  images: Reference[];
}

/** Renders one body, collecting its headings, links and images on the way. */
export function renderMarkdown(md: MarkdownIt, body: string): RenderedMarkdown {
  const env = {};
  const tokens = md.parse(body, env);
  const lines = body.split('\n');
  const links = listLinks(tokens, lines);
  const images = listImages(tokens, lines);
  return { html: md.renderer.render(tokens, md.options, env), headings: listHeadings(tokens), links, images };
}
