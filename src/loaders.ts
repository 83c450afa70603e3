import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { MARKDOWN_VERSION } from './lib/markdown/index.ts';
import type { MarkdownEntry } from './lib/content.ts';
import { formatProblem } from './lib/problems.ts';
import { summarizeDistrict } from './lib/model.ts';
import type { Project } from './lib/project.ts';
import { getContentDir, loadProject } from './lib/project.ts';
import { handOverBody, takeHandedOverProject } from './lib/handover.ts';
import { isRemoteUrl, readImagePath, resolveImageFile } from './lib/markdown/images.ts';
import { reportSchema, siteSchema } from './lib/schema.ts';
import { z } from 'astro/zod';
import type { Chart } from './lib/charts/build.ts';
import { buildDistrictCharts } from './lib/charts/site-charts.ts';

/** A content problem as the dev banner shows it (see `Problem` in src/lib/problems.ts). */
const problemSchema = z.object({
  file: z.string(),
  line: z.number(),
  column: z.number().optional(),
  path: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

// The collections read the same folder: read, check and render it once per change. The build
// script has already loaded it to validate; it hands that project over (same process, but Vite
// loads this module separately, hence a global) so a build reads the folder once.
let pending: Promise<Project> | undefined;
function getProject(): Promise<Project> {
  pending ??= takeHandedOverProject(getContentDir()) ?? loadProject(getContentDir());
  return pending;
}

// In a build each loader runs once; when all have filled their collections the project is let
// go, so that its memory is free before Astro bundles and renders (the store has what pages need).
let loaderCount = 0;
const loadedOnce = new Set<string>();
function releaseProjectAfterLastLoader(name: string): void {
  loadedOnce.add(name);
  if (loadedOnce.size === loaderCount) pending = undefined;
}

// In `npm run dev`, one watcher handler reloads the folder once and refreshes every collection.
const syncs = new Map<string, () => Promise<void>>();
let watching = false;
// Editors' saves arrive as bursts of events (a temporary file, a rename): reload once per burst.
const SETTLE_MS = 50;
function watchContent(watcher: NonNullable<LoaderContext['watcher']>, logger: LoaderContext['logger']): void {
  if (watching) return;
  watching = true;
  const root = path.resolve(getContentDir());
  watcher.add(root);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watcher.on('all', (_event: string, changed: string) => {
    if (!path.resolve(changed).startsWith(root + path.sep)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      pending = undefined;
      for (const sync of syncs.values()) {
        // A bad edit must log, never stop the dev server.
        sync().catch((error: unknown) => logger.error(String(error)));
      }
    }, SETTLE_MS);
  });
}

/**
 * Keeps a collection in step with the content folder: loads once, and in `npm run dev`
 * reloads on every change, logging problems instead of stopping the server.
 */
function createLoader(
  name: string,
  fill: (project: Project, context: LoaderContext) => void,
  { logProblems = false } = {},
): Loader {
  loaderCount++;
  return {
    name,
    load: async (context) => {
      const sync = async () => {
        const loading = getProject();
        const project = await loading;
        // A later change started a newer load meanwhile: that one fills the store, never this stale one.
        if (loading !== pending) return;
        // The dev terminal lists what `npm run validate` lists, warnings included (a misspelled
        // optional field is only a warning, and its "是否应为" hint must reach the editor). A
        // build has printed them already, before Astro started.
        if (logProblems && context.watcher) {
          for (const problem of project.problems) {
            if (problem.severity === 'error') context.logger.error(formatProblem(problem));
            else context.logger.warn(formatProblem(problem));
          }
        }
        fill(project, context);
      };
      syncs.set(name, sync);
      await sync();
      if (context.watcher) watchContent(context.watcher, context.logger);
      else releaseProjectAfterLastLoader(name);
    },
  };
}

/**
 * The bytes of the images an entry shows, as one hash: a page built from an image (its cover,
 * a picture in its body) changes when the picture is replaced under the same name, and the
 * digest tells Astro's store and the incremental build so. Valid content names only existing
 * files inside the content folder (src/lib/checks.ts).
 */
function hashImages(entry: MarkdownEntry<Record<string, unknown>>, sources: unknown[]): string {
  const hash = createHash('sha1');
  for (const source of sources) {
    if (typeof source !== 'string' || isRemoteUrl(source)) continue;
    const file = resolveImageFile(source, entry.absolutePath);
    hash.update(file).update(existsSync(file) ? readFileSync(file) : '');
  }
  return hash.digest('base64');
}

/** Replaces a collection's entries with the project's, skipping entries whose digest is unchanged. */
function setEntries(
  { store, generateDigest, watcher, collection }: LoaderContext,
  project: Project,
  entries: MarkdownEntry<Record<string, unknown>>[],
  toData: (entry: MarkdownEntry<Record<string, unknown>>) => Record<string, unknown> = (e) => e.data,
): void {
  const ids = new Set([...entries.map((e) => e.slug), ...keptSlugs(project, watcher)]);
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  for (const entry of entries) {
    const rendered = project.rendered.get(entry.file);
    if (!rendered) continue;
    // A build hands the HTML of a body without images to the pages beside the store (see
    // src/lib/handover.ts); Astro's render() resolves the images of the others.
    const beside = !watcher && rendered.images.length === 0;
    if (beside) handOverBody(`${collection}/${entry.slug}`, rendered.html);
    const data = toData(entry);
    const imagePaths = rendered.images.map((i) => i.url);
    const filePath = path.relative(process.cwd(), entry.absolutePath);
    store.set({
      id: entry.slug,
      data,
      // No `body`: pages render `rendered.html`, and the raw Markdown would only weigh down the
      // data store that Astro inlines into its bundle (a tenth of it at 10,000 communities).
      filePath,
      // The rendered HTML is in the digest: a page changes when a CSV, site.yaml or another file it
      // quotes changes. So is the file's path: Astro's cache outlives builds of other folders, and
      // images resolve relative to it.
      digest: generateDigest({ data, body: entry.body, html: rendered.html, version: MARKDOWN_VERSION, imagePaths, filePath, images: hashImages(entry, [...imagePaths, typeof entry.data.cover === 'string' ? readImagePath(entry.data.cover) : undefined]) }),
      rendered: { html: beside ? '' : rendered.html, metadata: { headings: rendered.headings, imagePaths, chartCount: rendered.charts.length } },
      assetImports: imagePaths,
    });
  }
}

/**
 * In `npm run dev`, a page whose file now has an error keeps its last good version (the
 * problem banner says what is wrong) rather than turning into a 404 while the editor types.
 */
function keptSlugs(project: Project, watcher: LoaderContext['watcher']): string[] {
  if (!watcher) return [];
  const { pageSlugs } = project.content;
  return [...pageSlugs.communities, ...pageSlugs.reports];
}

// The district's charts, drawn once per load of the folder for the two collections that need them.
const districtCharts = new WeakMap<Project, Chart[]>();
function getDistrictCharts(project: Project): Chart[] {
  if (!districtCharts.has(project)) districtCharts.set(project, buildDistrictCharts(project));
  return districtCharts.get(project)!;
}

// The last site settings that were valid, for `npm run dev` while site.yaml has an error.
let lastSite: Record<string, unknown> | undefined;
// The overview's charts as last drawn (nothing is drawn while site.yaml has an error).
let lastChartIds: string[] = [];

// Problems shown in the dev server's banner; a long list is cut, `npm run validate` has them all.
const MAX_STORED_PROBLEMS = 50;

/** Stand-in settings while site.yaml has never been valid in this dev session: pages still show the banner. */
function getPlaceholderSite(): Record<string, unknown> {
  const year = new Date().getFullYear();
  const site = siteSchema.parse({ title: 'site.yaml 有错误', district: '—', period: { from: year, to: year }, standards: [{ id: 'placeholder', name: '—' }] });
  return { ...site, figures: summarizeDistrict([], site) };
}

/**
 * The site settings and the district's figures, one entry with id `site`. In `npm run dev` it
 * also carries the current problems for the banner, and survives an error in site.yaml.
 */
export const siteLoader = {
  ...createLoader('shequ-site', (project, { store, watcher }) => {
    // Errors first, then warnings, as the banner lists them.
    const errors = watcher ? project.problems.filter((p) => p.severity === 'error') : [];
    const warnings = watcher ? project.problems.filter((p) => p.severity === 'warning') : [];
    const problems = { problems: [...errors, ...warnings].slice(0, MAX_STORED_PROBLEMS), errorCount: errors.length, warningCount: warnings.length };
    if (project.content.site && project.district) lastSite = { ...project.content.site.data, figures: project.district, medians: project.medians };
    // What the other collections hold, so pages never ask Astro for an empty collection or a
    // chart that was left out (Astro answers those with English warnings editors cannot act on).
    if (project.context) lastChartIds = getDistrictCharts(project).map((c) => c.id);
    const holds = {
      communities: project.content.pageSlugs.communities.length,
      reports: project.content.fileCounts.reports,
      tables: project.content.tables.filter((t) => t.valid).length,
      charts: lastChartIds,
    };
    store.clear();
    const data = lastSite ?? (watcher ? getPlaceholderSite() : undefined);
    if (data) store.set({ id: 'site', data: { ...data, ...problems, holds } });
    // Problems are logged by this collection alone, so each appears once.
  }, { logProblems: true }),
  schema: siteSchema.extend({
    figures: z.record(z.string(), z.number().nullable()),
    medians: z.record(z.string(), z.number().nullable()).optional(),
    problems: z.array(problemSchema).default([]),
    errorCount: z.number().default(0),
    warningCount: z.number().default(0),
    holds: z.object({ communities: z.number(), reports: z.number(), tables: z.number(), charts: z.array(z.string()) }).default({ communities: 0, reports: 0, tables: 0, charts: [] }),
  }),
} satisfies Loader;

/** Published communities (drafts never enter the site). */
export const communitiesLoader = {
  ...createLoader('shequ-communities', (project, context) =>
    setEntries(context, project, project.content.communities, ({ data }) =>
      // The collection's schema hands `cover` to Astro's image(), which resolves it relative to
      // the file: it wants the plain file name the path names.
      data.cover ? { ...data, cover: `__ASTRO_IMAGE_${readImagePath(String(data.cover))}` } : data,
    ),
  ),
} satisfies Loader;

/** Reports, drafts included: pages show drafts only in `npm run dev`. */
export const reportsLoader = {
  ...createLoader('shequ-reports', (project, context) => setEntries(context, project, project.content.reports)),
  schema: reportSchema,
} satisfies Loader;

/** Every chart of the site, by id: the built-in pages draw theirs from here, and each gets a CSV. */
export const chartsLoader = {
  ...createLoader('shequ-charts', (project, { store, generateDigest }) => {
    // Without valid settings nothing was drawn: keep the charts pages already show.
    if (!project.context) return;
    // Only the district's charts live here; community pages draw theirs from their own data,
    // and chart blocks are already in the rendered HTML: the store stays small at scale.
    const district = getDistrictCharts(project);
    const ids = new Set(district.map((c) => c.id));
    for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    for (const chart of district) {
      const data = { ...chart } as unknown as Record<string, unknown>;
      store.set({ id: chart.id, data, digest: generateDigest(data) });
    }
  }),
  schema: z.custom<Chart>(),
} satisfies Loader;

/** The CSV tables of `content/data/`, for the data page and their downloads. */
export const tablesLoader = {
  ...createLoader('shequ-tables', (project, { store, generateDigest }) => {
    // A table with problems keeps its last good version in `npm run dev` (the banner says why).
    const valid = project.content.tables.filter((t) => t.valid);
    const names = new Set(project.content.tables.map((t) => t.name));
    for (const id of store.keys()) if (!names.has(id)) store.delete(id);
    for (const { name, table, description } of valid) {
      const data = { ...table, title: description?.data.title, source: description?.data.source, labels: description?.data.columns ?? {} };
      store.set({ id: name, data, digest: generateDigest(data) });
    }
  }),
  schema: z.object({
    columns: z.array(z.string()),
    numericColumns: z.array(z.string()),
    rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
    title: z.string().optional(),
    source: z.string().optional(),
    labels: z.record(z.string(), z.string()),
  }),
} satisfies Loader;
