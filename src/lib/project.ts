import { checkContent, checkReferences } from './checks.ts';
import type { ContentSet, MarkdownEntry } from './content.ts';
import { readContent } from './content.ts';
import { createMarkdown } from './markdown/index.ts';
import type { RenderedMarkdown } from './markdown/render.ts';
import { renderMarkdown } from './markdown/render.ts';
import type { DistrictFigures } from './model.ts';
import { summarizeDistrict } from './model.ts';
import type { Problem } from './problems.ts';
import { sortProblems } from './problems.ts';
import { listSitePaths } from './routes.ts';

/** A content folder read, checked and rendered: everything the site and the scripts need. */
export interface Project {
  content: ContentSet;
  /** Rendered bodies by file path (communities and reports). */
  rendered: Map<string, RenderedMarkdown>;
  /** Headline figures over published communities; undefined without a valid site.yaml. */
  district?: DistrictFigures;
  /** Every problem, sorted by file and line. */
  problems: Problem[];
}

/** The content folder: `SHEQU_CONTENT` when set, else `content/` in the working directory. */
export function getContentDir(): string {
  return process.env.SHEQU_CONTENT || 'content';
}

/**
 * Reads a content folder, checks it across files, and renders every body. Draft reports are
 * rendered (the dev server shows them) but links to them count as broken: builds leave them out.
 */
export async function loadProject(root: string): Promise<Project> {
  const content = await readContent(root);
  const problems = [...content.problems, ...checkContent(content)];
  const rendered = new Map<string, RenderedMarkdown>();
  if (content.site) {
    const md = createMarkdown({ base: content.site.data.base });
    const sitePaths = listSitePaths(content.pageSlugs.communities, content.pageSlugs.reports);
    const entries: MarkdownEntry<unknown>[] = [...content.communities, ...content.reports];
    for (const entry of entries) {
      const result = renderMarkdown(md, entry.body);
      rendered.set(entry.file, result);
      problems.push(...checkReferences(entry, result, sitePaths, content.root));
    }
  }
  const district = content.site && summarizeDistrict(content.communities.map((c) => c.data), content.site.data);
  return { content, rendered, district, problems: sortProblems(problems) };
}
