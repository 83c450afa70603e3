import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { MARKDOWN_VERSION } from './lib/markdown/index.ts';
import type { MarkdownEntry } from './lib/content.ts';
import { formatProblem } from './lib/problems.ts';
import type { Project } from './lib/project.ts';
import { getContentDir, loadProject } from './lib/project.ts';
import { communitySchema, reportSchema, siteSchema } from './lib/schema.ts';
import { z } from 'astro/zod';
import type { Chart } from './lib/charts/build.ts';

// The three collections read the same folder: read, check and render it once per change.
let pending: Promise<Project> | undefined;
function getProject(): Promise<Project> {
  pending ??= loadProject(getContentDir());
  return pending;
}

// In `npm run dev`, one watcher handler reloads the folder once and refreshes every collection.
const syncs = new Map<string, () => Promise<void>>();
let watching = false;
function watchContent(watcher: NonNullable<LoaderContext['watcher']>, logger: LoaderContext['logger']): void {
  if (watching) return;
  watching = true;
  const root = path.resolve(getContentDir());
  watcher.add(root);
  watcher.on('all', (_event: string, changed: string) => {
    if (!path.resolve(changed).startsWith(root + path.sep)) return;
    pending = undefined;
    for (const sync of syncs.values()) {
      // A bad edit must log, never stop the dev server.
      sync().catch((error: unknown) => logger.error(String(error)));
    }
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
  return {
    name,
    load: async (context) => {
      const sync = async () => {
        const project = await getProject();
        if (logProblems) {
          for (const problem of project.problems) {
            if (problem.severity === 'error') context.logger.error(formatProblem(problem));
          }
        }
        fill(project, context);
      };
      syncs.set(name, sync);
      await sync();
      if (context.watcher) watchContent(context.watcher, context.logger);
    },
  };
}

/** Replaces a collection's entries with the project's, skipping entries whose digest is unchanged. */
function setEntries(
  { store, generateDigest }: LoaderContext,
  project: Project,
  entries: MarkdownEntry<Record<string, unknown>>[],
  toData: (entry: MarkdownEntry<Record<string, unknown>>) => Record<string, unknown> = (e) => e.data,
): void {
  const ids = new Set(entries.map((e) => e.slug));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  for (const entry of entries) {
    const rendered = project.rendered.get(entry.file);
    if (!rendered) continue;
    const data = toData(entry);
    const imagePaths = rendered.images.map((i) => i.url);
    store.set({
      id: entry.slug,
      data,
      body: entry.body,
      filePath: path.relative(process.cwd(), entry.absolutePath),
      digest: generateDigest({ data, body: entry.body, version: MARKDOWN_VERSION, imagePaths }),
      rendered: { html: rendered.html, metadata: { headings: rendered.headings, imagePaths, chartCount: rendered.charts.length } },
      assetImports: imagePaths,
    });
  }
}

/** The site settings and the district's figures, one entry with id `site`. */
export const siteLoader = {
  ...createLoader('shequ-site', (project, { store }) => {
    store.clear();
    if (project.content.site && project.district) {
      store.set({ id: 'site', data: { ...project.content.site.data, figures: project.district } });
    }
    // Problems are logged by this collection alone, so each appears once.
  }, { logProblems: true }),
  schema: siteSchema.extend({ figures: z.record(z.string(), z.number().nullable()) }),
} satisfies Loader;

/** Published communities (drafts never enter the site). */
export const communitiesLoader = {
  ...createLoader('shequ-communities', (project, context) =>
    setEntries(context, project, project.content.communities, ({ data }) =>
      // Astro's image pipeline resolves data fields that carry its marker, relative to the file.
      data.cover ? { ...data, cover: `__ASTRO_IMAGE_${String(data.cover)}` } : data,
    ),
  ),
  schema: communitySchema,
} satisfies Loader;

/** Reports, drafts included: pages show drafts only in `npm run dev`. */
export const reportsLoader = {
  ...createLoader('shequ-reports', (project, context) => setEntries(context, project, project.content.reports)),
  schema: reportSchema,
} satisfies Loader;

/** Every chart of the site, by id: the built-in pages draw theirs from here, and each gets a CSV. */
export const chartsLoader = {
  ...createLoader('shequ-charts', (project, { store, generateDigest }) => {
    const ids = new Set(project.charts.map((c) => c.id));
    for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    for (const chart of project.charts) {
      const data = { ...chart } as unknown as Record<string, unknown>;
      store.set({ id: chart.id, data, digest: generateDigest(data) });
    }
  }),
  schema: z.custom<Chart>(),
} satisfies Loader;
