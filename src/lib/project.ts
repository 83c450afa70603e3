import type { DistrictMedians } from './charts/builtin.ts';
import { getDistrictMedians } from './charts/builtin.ts';
import { getBodyChartIdPrefix } from './charts/ids.ts';
import type { DataContext } from './charts/sources.ts';
import { describeStrangeCharacter, findControlCharacters } from './characters.ts';
import { checkContent, checkReferences } from './checks.ts';
import type { ContentSet, MarkdownEntry, ReadOptions } from './content.ts';
import { readContent } from './content.ts';
import { getStrings } from './i18n/index.ts';
import { createMarkdown } from './markdown/index.ts';
import type { RenderedMarkdown } from './markdown/render.ts';
import { renderMarkdown } from './markdown/render.ts';
import type { DistrictFigures } from './model.ts';
import { summarizeDistrict } from './model.ts';
import type { Problem } from './problems.ts';
import { createError, sortProblems } from './problems.ts';
import { listSitePaths } from './routes.ts';
import type { Community } from './schema.ts';
import { checkGeoLayer } from './geo/check.ts';
import { digestRenderContext, getRenderKey, openCoreCache } from './core-cache.ts';
import type { GeoLayers } from './geo/map.ts';

/**
 * A content folder read, checked and rendered: content, rendered bodies and problems. Charts
 * beyond a body's own chart blocks are produced apart (src/lib/charts/site-charts.ts).
 */
export interface Project {
  content: ContentSet;
  /** Rendered bodies by file path (communities and reports). */
  rendered: Map<string, RenderedMarkdown>;
  /** Headline figures over published communities; undefined without a valid site.yaml. */
  district?: DistrictFigures;
  /** What charts and inline values read; undefined without a valid site.yaml. */
  context?: DataContext;
  /** District medians that community pages compare themselves with. */
  medians?: DistrictMedians;
  /** Every problem, sorted by file and line. */
  problems: Problem[];
  /** How many bodies were rendered rather than found in the cache of an earlier load. */
  renderedBodies: number;
  /** A digest of everything bodies and charts read besides a body's own text (src/lib/core-cache.ts); undefined without a valid site.yaml. */
  contextDigest?: string;
}

/** What the caller (the shell) decides for a load: see `ReadOptions`. */
export type LoadOptions = ReadOptions;

/**
 * Reads a content folder, checks it across files, and renders every body with its chart blocks
 * and inline values. Draft reports are rendered (the dev server shows them) but links to them count
 * as broken: builds leave them out.
 */
export async function loadProject(root: string, options: LoadOptions = {}): Promise<Project> {
  const content = await readContent(root, options);
  const problems = [...content.problems, ...checkContent(content)];
  const rendered = new Map<string, RenderedMarkdown>();
  if (!content.site) return { content, rendered, problems: sortProblems(problems), renderedBodies: 0 };

  const site = content.site.data;
  const communities = content.communities.map((c) => c.data);
  const district = summarizeDistrict(communities, site);
  const invalidCommunities = content.pageSlugs.communities.length - content.communities.length;
  const tables = new Map(content.tables.map((t) => [t.name, t]));
  const geo = checkGeo(content, problems);
  const slugs = content.communities.map((c) => c.slug);
  const context: DataContext = { site, communities, district, tables, incomplete: invalidCommunities > 0, geo: { layers: geo, slugs } };
  const md = createMarkdown({ base: site.base });
  const sitePaths = listSitePaths(content.pageSlugs.communities, content.pageSlugs.reports);
  const strings = getStrings(site.locale);
  // A rebuild renders only the bodies whose text or context changed (src/lib/core-cache.ts).
  const cache = await openCoreCache('rendered', content.root, options.cacheDir);
  const contextDigest = digestRenderContext(context);
  const render = (entry: MarkdownEntry<unknown>, kind: 'community' | 'report', community?: Community) => {
    const result = cache.remember(entry.file, getRenderKey(contextDigest, entry, kind), () =>
      renderMarkdown(md, entry.body, {
        context: community ? { ...context, community } : context,
        file: entry.file,
        bodyLine: entry.bodyLine,
        chartIdPrefix: getBodyChartIdPrefix(kind, entry.slug),
        strings: strings.chart,
        base: site.base,
        uiLang: site.locale === 'en' ? 'en' : undefined,
      }),
    );
    rendered.set(entry.file, result);
    for (const found of findControlCharacters(entry.body)) {
      problems.push(createError(entry.file, { line: entry.bodyLine + found.line - 1, column: found.column }, '', describeStrangeCharacter('正文这一行', found)));
    }
    problems.push(...result.problems, ...checkReferences(entry, result, sitePaths, content));
  };
  for (const entry of content.communities) render(entry, 'community', entry.data);
  for (const entry of content.reports) render(entry, 'report');
  await cache.save();
  const medians = getDistrictMedians(communities);
  return { content, rendered, district, context, medians, problems: sortProblems(problems), renderedBodies: cache.computed, contextDigest };
}

/** Checks the boundary files' names against the content; keeps only the features it can name. */
function checkGeo(content: ContentSet, problems: Problem[]): GeoLayers {
  const names = new Map(content.communities.map((c) => [c.slug, c.data.name]));
  const targets = {
    streets: [...new Set(content.communities.map((c) => c.data.street))],
    communities: [...content.pageSlugs.communities, ...content.draftCommunities].map((slug) => ({ slug, name: names.get(slug) ?? slug })),
  };
  const checked: GeoLayers = {};
  for (const kind of ['streets', 'communities'] as const) {
    const layer = content.geo[kind];
    if (!layer) continue;
    const result = checkGeoLayer(layer, targets);
    problems.push(...result.problems);
    checked[kind] = result.layer;
  }
  return checked;
}
