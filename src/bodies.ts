import { getEntry, render } from 'astro:content';
import { getBodiesFolder, readBodyFile } from './lib/bodies.ts';
import { readSettings } from './settings.ts';
import type { Heading } from './lib/markdown/headings.ts';
import type { CommunityEntry, ReportEntry } from './site.ts';

// The one door through which pages reach a community's or report's rendered body: its
// metadata from the `bodies` collection, its HTML from the file the loader wrote (see
// src/lib/bodies.ts). Same in `npm run dev` and in builds.

/** What pages know of a body before showing it. */
export interface BodyInfo {
  headings: Heading[];
  /** Whether it has chart blocks (the page then loads the chart script). */
  hasCharts: boolean;
}

async function getBodyEntry(entry: CommunityEntry | ReportEntry) {
  const body = await getEntry('bodies', `${entry.collection}/${entry.id}`);
  // Every community and report the pages list has a body: missing, the build must stop, not show a blank page.
  if (!body) throw new Error(`${entry.collection}/${entry.id} 没有渲染好的正文`);
  return body;
}

/** The headings and chart blocks of an entry's rendered body. */
export async function getBodyInfo(entry: CommunityEntry | ReportEntry): Promise<BodyInfo> {
  const { data } = await getBodyEntry(entry);
  return { headings: data.headings, hasCharts: data.charts.length > 0 };
}

/**
 * An entry's rendered body as a component. Astro's render() gets the HTML read from the
 * body's file and resolves the `__ASTRO_IMAGE_` markers of its pictures (src/lib/markdown/images.ts)
 * into optimised images. The HTML is our markdown-it output: raw HTML in content never passes it.
 */
export async function readBody(entry: CommunityEntry | ReportEntry): Promise<Awaited<ReturnType<typeof render>>['Content']> {
  const body = await getBodyEntry(entry);
  const html = await readBodyFile(getBodiesFolder(readSettings().workDir), body.data.key);
  const { Content } = await render({ ...body, rendered: { html, metadata: { imagePaths: body.data.images } } });
  return Content;
}
