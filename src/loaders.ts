import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { MARKDOWN_VERSION } from './lib/markdown/index.ts';
import type { MarkdownEntry } from './lib/content.ts';
import { formatProblem } from './lib/problems.ts';
import { summarizeDistrict } from './lib/model.ts';
import type { Project } from './lib/project.ts';
import { openBodyFolder } from './lib/bodies.ts';
import type { LoaderSession } from './loader-session.ts';
import { isRemoteUrl, readImagePath, resolveImageFile } from './lib/markdown/images.ts';
import { reportSchema, siteSchema } from './lib/schema.ts';
import { z } from 'astro/zod';
import type { Chart } from './lib/charts/build.ts';

/** A content problem as the dev banner shows it (see `Problem` in src/lib/problems.ts). */
const problemSchema = z.object({
  file: z.string(),
  line: z.number(),
  column: z.number().optional(),
  path: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

/**
 * Keeps a collection in step with the content folder: fills it once, and in `npm run dev`
 * again on every change, logging problems instead of stopping the server.
 */
function createLoader(session: LoaderSession, name: string, fill: (project: Project, context: LoaderContext) => void | Promise<void>, { logProblems = false } = {}): Loader {
  session.register(name);
  return {
    name,
    load: async (context) => {
      const sync = async () => {
        const loading = session.getProject(context.config);
        const project = await loading;
        // A later change started a newer load meanwhile: that one fills the store, never this stale one.
        if (!session.isCurrent(loading)) return;
        // The dev terminal lists what `npm run validate` lists, warnings included (a misspelled
        // optional field is only a warning, and its "是否应为" hint must reach the editor). A
        // build has printed them already, before Astro started.
        if (logProblems && context.watcher) {
          for (const problem of project.problems) {
            if (problem.severity === 'error') context.logger.error(formatProblem(problem));
            else context.logger.warn(formatProblem(problem));
          }
        }
        await fill(project, context);
      };
      await sync();
      session.afterFirstLoad(name, sync, context);
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

type Entry = MarkdownEntry<Record<string, unknown>>;

/** Replaces a collection's entries with the project's, skipping entries whose digest is unchanged. */
async function setEntries({ store, generateDigest, watcher, parseData }: LoaderContext, project: Project, entries: Entry[], toData: (entry: Entry) => Record<string, unknown> = (e) => e.data): Promise<void> {
  const ids = new Set([...entries.map((e) => e.slug), ...keptSlugs(project, watcher)]);
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  for (const entry of entries) {
    const rendered = project.rendered.get(entry.file);
    if (!rendered) continue;
    const shaped = toData(entry);
    // Fields through Astro's image() (a community's cover) need the collection's schema; the
    // rest was checked by our own schema already.
    const data = shaped.cover ? await parseData({ id: entry.slug, data: shaped, filePath: getStoredPath(entry) }) : shaped;
    const imagePaths = rendered.images.map((i) => i.url);
    const filePath = getStoredPath(entry);
    store.set({
      id: entry.slug,
      data,
      // No `body` and no `rendered`: pages read the body through src/bodies.ts, and the raw
      // Markdown would only weigh down the data store that Astro inlines into its bundle.
      filePath,
      // The rendered HTML is in the digest: a page changes when a CSV, site.yaml or another file it
      // quotes changes. So is the file's path: Astro's cache outlives builds of other folders, and
      // images resolve relative to it.
      digest: generateDigest({
        data: shaped,
        body: entry.body,
        html: rendered.html,
        version: MARKDOWN_VERSION,
        imagePaths,
        filePath,
        images: hashImages(entry, [...imagePaths, typeof entry.data.cover === 'string' ? readImagePath(entry.data.cover) : undefined]),
      }),
    });
  }
}

/** The entry's file as the store keeps it: relative to the project, as Astro's own loaders do. */
function getStoredPath(entry: Entry): string {
  return path.relative(process.cwd(), entry.absolutePath);
}

// How old a body no load of this build used must be before it is deleted (see BodyFolder.prune).
const UNUSED_BODY_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Writes each rendered body to its file and keeps its key and metadata in the `bodies`
 * collection (id `<collection>/<slug>`), which pages read through src/bodies.ts.
 */
async function setBodies(session: LoaderSession, { store, generateDigest, watcher }: LoaderContext, project: Project): Promise<void> {
  const entries = [...project.content.communities.map((entry) => ({ id: `communities/${entry.slug}`, entry })), ...project.content.reports.map((entry) => ({ id: `reports/${entry.slug}`, entry }))];
  const kept = new Set(watcher ? [...project.content.pageSlugs.communities.map((s) => `communities/${s}`), ...project.content.pageSlugs.reports.map((s) => `reports/${s}`)] : []);
  const ids = new Set(entries.map((e) => e.id));
  for (const id of store.keys()) if (!ids.has(id) && !kept.has(id)) store.delete(id);
  const queue = [...entries];
  const bodies = await openBodyFolder(session.folders.bodies);
  // A few writes at a time: neither one by one nor tens of thousands at once.
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const rendered = project.rendered.get(next.entry.file);
        if (!rendered) continue;
        const key = await bodies.write(rendered.html);
        const images = rendered.images.map((i) => i.url);
        const data = { key, headings: rendered.headings, charts: rendered.charts.map((c) => c.id), images };
        // Astro resolves a body's images relative to the entry's file, from these imports: the
        // path is in the digest, as Astro's store outlives builds of other folders.
        const filePath = getStoredPath(next.entry);
        store.set({ id: next.id, data, filePath, digest: generateDigest({ ...data, filePath }), assetImports: images });
      }
    }),
  );
  // A build lets old bodies go; `npm run dev` keeps them, as pages kept from before an error still show theirs.
  if (!watcher) await bodies.prune(UNUSED_BODY_AGE_MS);
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

// Problems shown in the dev server's banner; a long list is cut, `npm run validate` has them all.
const MAX_STORED_PROBLEMS = 50;

/** Stand-in settings while site.yaml has never been valid in this dev session: pages still show the banner. */
function getPlaceholderSite(): Record<string, unknown> {
  const year = new Date().getFullYear();
  const site = siteSchema.parse({ title: 'site.yaml 有错误', district: '—', period: { from: year, to: year }, standards: [{ id: 'placeholder', name: '—' }] });
  return { ...site, figures: summarizeDistrict([], site) };
}

/** A rendered body's key and metadata (see src/lib/bodies.ts). */
const bodySchema = z.object({
  key: z.string(),
  headings: z.array(z.object({ depth: z.number(), slug: z.string(), text: z.string() })),
  charts: z.array(z.string()),
  images: z.array(z.string()),
});

/** The collections' loaders, sharing one session (one build, or one `npm run dev`). */
export function createLoaders(session: LoaderSession) {
  /**
   * The site settings and the district's figures, one entry with id `site`. In `npm run dev` it
   * also carries the current problems for the banner, and survives an error in site.yaml.
   */
  const site = {
    ...createLoader(
      session,
      'shequ-site',
      (project, { store, watcher }) => {
        // Errors first, then warnings, as the banner lists them.
        const errors = watcher ? project.problems.filter((p) => p.severity === 'error') : [];
        const warnings = watcher ? project.problems.filter((p) => p.severity === 'warning') : [];
        const problems = { problems: [...errors, ...warnings].slice(0, MAX_STORED_PROBLEMS), errorCount: errors.length, warningCount: warnings.length };
        if (project.content.site && project.district) session.lastSite = { ...project.content.site.data, figures: project.district, medians: project.medians };
        // What the other collections hold, so pages never ask Astro for an empty collection or a
        // chart that was left out (Astro answers those with English warnings editors cannot act on).
        if (project.context) session.lastChartIds = session.getDistrictCharts(project).map((c) => c.id);
        const holds = {
          communities: project.content.pageSlugs.communities.length,
          reports: project.content.fileCounts.reports,
          tables: project.content.tables.filter((t) => t.valid).length,
          charts: session.lastChartIds,
        };
        store.clear();
        const data = session.lastSite ?? (watcher ? getPlaceholderSite() : undefined);
        if (data) store.set({ id: 'site', data: { ...data, ...problems, holds } });
        // Problems are logged by this collection alone, so each appears once.
      },
      { logProblems: true },
    ),
    schema: siteSchema.extend({
      figures: z.record(z.string(), z.number().nullable()),
      medians: z.record(z.string(), z.number().nullable()).optional(),
      problems: z.array(problemSchema).default([]),
      errorCount: z.number().default(0),
      warningCount: z.number().default(0),
      holds: z.object({ communities: z.number(), reports: z.number(), tables: z.number(), charts: z.array(z.string()) }).default({ communities: 0, reports: 0, tables: 0, charts: [] }),
    }),
  } satisfies Loader;

  /** Published communities (drafts never enter the site); their schema is the collection's (src/content.config.ts). */
  const communities = createLoader(session, 'shequ-communities', (project, context) =>
    setEntries(context, project, project.content.communities, ({ data }) =>
      // The collection's schema hands `cover` to Astro's image(), which resolves it relative to
      // the file: it wants the plain file name the path names.
      data.cover ? { ...data, cover: readImagePath(String(data.cover)) } : data,
    ),
  );

  /** Reports, drafts included: pages show drafts only in `npm run dev`. */
  const reports = {
    ...createLoader(session, 'shequ-reports', (project, context) => setEntries(context, project, project.content.reports)),
    schema: reportSchema,
  } satisfies Loader;

  /** The rendered bodies of communities and reports: each one's key and metadata. */
  const bodies = {
    ...createLoader(session, 'shequ-bodies', (project, context) => setBodies(session, context, project)),
    schema: bodySchema,
  } satisfies Loader;

  /** The district's charts by id (the overview's and the maps): the built-in pages draw theirs from here. */
  const charts = {
    ...createLoader(session, 'shequ-charts', (project, { store, generateDigest }) => {
      // Without valid settings nothing was drawn: keep the charts pages already show.
      if (!project.context) return;
      // Only the district's charts live here; community pages draw theirs from their own data,
      // and chart blocks are already in the rendered HTML: the store stays small at scale.
      const district = session.getDistrictCharts(project);
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
  const tables = {
    ...createLoader(session, 'shequ-tables', (project, { store, generateDigest }) => {
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

  return { site, communities, reports, bodies, charts, tables };
}
