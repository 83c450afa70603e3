import path from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import type { Chart } from './lib/charts/build.ts';
import { buildDistrictCharts } from './lib/charts/site-charts.ts';
import type { Project } from './lib/project.ts';
import { loadProject } from './lib/project.ts';
import { readLoadOptions } from './settings.ts';
import { takeProject } from './project-integration.ts';

// Editors' saves arrive as bursts of events (a temporary file, a rename): reload once per burst.
const SETTLE_MS = 50;

/** Where a session reads content and leaves rendered bodies. */
export interface SessionFolders {
  /** The content folder. */
  content: string;
  /** The folder of rendered bodies (src/lib/bodies.ts). */
  bodies: string;
}

/**
 * What the collections' loaders share for one build or one `npm run dev`: the content folder
 * read, checked and rendered once per change, and what `npm run dev` keeps across changes.
 */
export class LoaderSession {
  readonly folders: SessionFolders;
  /** The last site settings that were valid, for `npm run dev` while site.yaml has an error. */
  lastSite: Record<string, unknown> | undefined;
  /** The district's charts as last drawn (nothing is drawn while site.yaml has an error). */
  lastChartIds: string[] = [];
  #pending: Promise<Project> | undefined;
  #districtCharts = new WeakMap<Project, Chart[]>();
  #loaders = new Set<string>();
  #loaded = new Set<string>();
  #syncs = new Map<string, () => Promise<void>>();
  #watching = false;

  constructor(folders: SessionFolders) {
    this.folders = folders;
  }

  /** Counts a loader in: in a build the project is let go once every loader has filled its collection. */
  register(name: string): void {
    this.#loaders.add(name);
  }

  /** The project of the current load: the one the build passed in, else the folder read now. */
  getProject(config: LoaderContext['config']): Promise<Project> {
    this.#pending ??= Promise.resolve(takeProject(config, this.folders.content) ?? loadProject(this.folders.content, readLoadOptions()));
    return this.#pending;
  }

  /** Whether `loading` is still the newest load (a later change may have started another). */
  isCurrent(loading: Promise<Project>): boolean {
    return loading === this.#pending;
  }

  /** The district's charts of a project, drawn once for the collections that need them. */
  getDistrictCharts(project: Project): Chart[] {
    if (!this.#districtCharts.has(project)) this.#districtCharts.set(project, buildDistrictCharts(project));
    return this.#districtCharts.get(project)!;
  }

  /**
   * After a loader's first fill: in a build, when all have filled their collections the project
   * is let go, so that its memory is free before Astro bundles and renders (the store and the
   * body files have what pages need). In `npm run dev`, every change refreshes every collection.
   */
  afterFirstLoad(name: string, sync: () => Promise<void>, { watcher, logger }: Pick<LoaderContext, 'watcher' | 'logger'>): void {
    this.#syncs.set(name, sync);
    if (watcher) this.#watch(watcher, logger);
    else {
      this.#loaded.add(name);
      if (this.#loaded.size === this.#loaders.size) this.#pending = undefined;
    }
  }

  /** One watcher handler for all collections: reloads the folder once per burst of changes. */
  #watch(watcher: NonNullable<LoaderContext['watcher']>, logger: LoaderContext['logger']): void {
    if (this.#watching) return;
    this.#watching = true;
    const root = path.resolve(this.folders.content);
    watcher.add(root);
    let timer: ReturnType<typeof setTimeout> | undefined;
    watcher.on('all', (_event: string, changed: string) => {
      if (!path.resolve(changed).startsWith(root + path.sep)) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        this.#pending = undefined;
        for (const sync of this.#syncs.values()) {
          // A bad edit must log, never stop the dev server.
          sync().catch((error: unknown) => logger.error(String(error)));
        }
      }, SETTLE_MS);
    });
  }
}
