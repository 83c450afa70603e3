import path from 'node:path';
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
