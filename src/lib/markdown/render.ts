import type { MarkdownIt } from 'markdown-it';
import type { Heading } from './headings.ts';
import { listHeadings } from './headings.ts';
import type { Reference } from './links.ts';
import { listLinks } from './links.ts';
import { listImages } from './images.ts';
import type { Chart } from '../charts/build.ts';
import type { Problem } from '../problems.ts';
import type { PageData } from './env.ts';
import { createEnv } from './env.ts';

/** A rendered body and what it refers to. */
export interface RenderedMarkdown {
  html: string;
  headings: Heading[];
  /** Links as written, with body lines (for checking site links). */
  links: Reference[];
  /** Images as written, with body lines (for checking that files exist). */
  images: Reference[];
  /** Charts of the body, in order. */
  charts: Chart[];
  /** Problems of inline values and chart blocks, at file lines. */
  problems: Problem[];
}

/**
 * Renders one body, collecting its headings, links and images on the way. With page data,
 * inline values and charts are filled in; their problems and the charts land in the result.
 */
export function renderMarkdown(md: MarkdownIt, body: string, data?: PageData): RenderedMarkdown {
  const env = createEnv(data);
  const tokens = md.parse(body, env);
  const lines = body.split('\n');
  const links = listLinks(tokens, lines);
  const images = listImages(tokens, lines);
  const html = md.renderer.render(tokens, md.options, env);
  return { html, headings: listHeadings(tokens), links, images, charts: env.charts, problems: env.problems };
}
