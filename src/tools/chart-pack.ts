// Chart CSVs handed from the build's child to its parent as one file. At 10,000 communities a
// site has about 39,000 of them, all in one folder, and creating them cost the child about 6 s
// before Astro could start, in a rebuild as in a cold build. The child now writes one pack and
// goes on to Astro; the parent, idle while the child builds and small (a file system call costs
// this VM about twice as much in a process of 1.5 GB), writes the files meanwhile.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Chart } from '../lib/charts/build.ts';
import { writeChartFiles } from '../lib/chart-files.ts';

/** The message the child sends its parent when the pack is written. */
export interface ChartPackMessage {
  chartPack: string;
}

export function isChartPackMessage(message: unknown): message is ChartPackMessage {
  return typeof message === 'object' && message !== null && typeof (message as ChartPackMessage).chartPack === 'string';
}

/** Writes the charts' ids and CSVs into one JSON file (its folder made if missing). */
export async function writeChartPack(file: string, charts: readonly Pick<Chart, 'id' | 'csv'>[]): Promise<void> {
  // Beside the staging folder, which Astro has not made yet: on a fresh checkout building for
  // another file system, node_modules/.cache/shequ-build/ does not exist.
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(charts));
}

/** Writes the CSVs of a pack into `siteDir` as writeChartFiles does, then deletes the pack. Returns how many. */
export async function unpackChartPack(file: string, siteDir: string): Promise<number> {
  const charts = JSON.parse(await readFile(file, 'utf8')) as Pick<Chart, 'id' | 'csv'>[];
  await writeChartFiles(siteDir, charts);
  await rm(file, { force: true });
  return charts.length;
}
