import type { MarkdownIt } from 'markdown-it';
import type { Heading } from './headings.ts';
import { listHeadings } from './headings.ts';
import type { Reference } from './links.ts';
import { listLinks } from './links.ts';
import { listImages } from './images.ts';
import type { Chart } from '../charts/build.ts';
import type { Problem } from '../problems.ts';
import { createError } from '../problems.ts';
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
 * Never throws: should a plugin fail on some input, the body renders empty with one error at its
 * first line, so the editor sees where instead of a stack trace.
 */
export function renderMarkdown(md: MarkdownIt, body: string, data?: PageData): RenderedMarkdown {
  try {
    return renderTokens(md, body, data);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const problem = createError(data?.file ?? '', { line: data?.bodyLine ?? 1 }, '', `正文无法转换为网页（${reason}）：请检查正文里的强调符号（* 或 _）、括号和换行，仍不行请把正文交给技术人员`);
    return { html: '', headings: [], links: [], images: [], charts: [], problems: [problem] };
  }
}

function renderTokens(md: MarkdownIt, body: string, data?: PageData): RenderedMarkdown {
  const env = createEnv(data);
  const tokens = md.parse(body, env);
  const lines = body.split('\n');
  const links = listLinks(tokens, lines);
  const images = listImages(tokens, lines);
  const html = md.renderer.render(tokens, md.options, env);
  return { html, headings: listHeadings(tokens), links, images, charts: env.charts, problems: env.problems };
}
