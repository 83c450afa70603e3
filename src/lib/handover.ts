import path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Project } from './project.ts';

// The build script validates the content before Astro starts; Astro's loaders then need the
// same project. Both run in one process but Vite evaluates the loaders' modules on its own, so
// module state is not shared: a global slot is.
const SLOT = Symbol.for('shequ.project');

interface Handover {
  root: string;
  project: Project;
}

/** Leaves a loaded project for the loaders of the Astro build that follows. */
export function handOverProject(root: string, project: Project): void {
  (globalThis as Record<symbol, Handover | undefined>)[SLOT] = { root: path.resolve(root), project };
}

/** Takes the project the build script left, once, when it is for this content folder. */
export function takeHandedOverProject(root: string): Promise<Project> | undefined {
  const slot = globalThis as Record<symbol, Handover | undefined>;
  const handover = slot[SLOT];
  slot[SLOT] = undefined;
  return handover && handover.root === path.resolve(root) ? Promise.resolve(handover.project) : undefined;
}

// Rendered bodies take a second path in a build: Astro inlines its whole data store into its
// bundle (at 10,000 communities a 100 MB string compiled as a module, plus its serialisation),
// and 44 % of it was body HTML. The loaders leave the HTML here instead; pages render in the
// same process. Kept compressed: mostly Chinese, the HTML of 10,000 bodies is over 100 MB as
// JavaScript strings and a fifth of that deflated. `npm run dev` keeps the HTML in the store.
const BODIES = Symbol.for('shequ.bodies');

function getBodies(): Map<string, Buffer> {
  const slot = globalThis as Record<symbol, Map<string, Buffer> | undefined>;
  slot[BODIES] ??= new Map();
  return slot[BODIES];
}

/** Leaves the rendered HTML of an entry (`<collection>/<id>`) for the pages of this build. */
export function handOverBody(key: string, html: string): void {
  getBodies().set(key, deflateRawSync(html, { level: 3 }));
}

/** The rendered HTML a loader of this build left for an entry, if any. */
export function getHandedOverBody(key: string): string | undefined {
  const body = getBodies().get(key);
  return body && inflateRawSync(body).toString('utf8');
}
