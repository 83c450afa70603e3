import type { Chart } from '../charts/build.ts';
import type { DataContext } from '../charts/sources.ts';
import type { Strings } from '../i18n/index.ts';
import type { Problem } from '../problems.ts';

/** What a body's charts and inline values read, and where its problems point. */
export interface PageData {
  context: DataContext;
  /** The body's file, for problems. */
  file: string;
  /** File line of the body's first line. */
  bodyLine: number;
  /** Charts get ids `<prefix>-1`, `<prefix>-2`, … in order. */
  chartIdPrefix: string;
  strings: Strings['chart'];
  /** The site's base path, for chart download links. */
  base: string;
  /** `en` when the interface is English: chart controls then say they are English. */
  uiLang?: string;
}

/** markdown-it's per-render `env`: the page's data in, problems and charts out. */
// A type alias, not an interface: markdown-it's `Env` is an index signature.
export type RenderEnv = {
  data?: PageData;
  problems: Problem[];
  charts: Chart[];
};

/** The env of one render; without data, charts and inline values are reported as problems. */
export function createEnv(data?: PageData): RenderEnv {
  return { data, problems: [], charts: [] };
}
