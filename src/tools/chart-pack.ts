// Chart CSVs handed from the build's child to its parent as one file. At 10,000 communities a
// site has about 39,000 of them, all in one folder, and creating them cost the child about 6 s
// before Astro could start, in a rebuild as in a cold build. The child now writes one pack and
// goes on to Astro; the parent, idle while the child builds and small (a file system call costs
// this VM about twice as much in a process of 1.5 GB), writes the files meanwhile.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Chart } from '../lib/charts/build.ts';
import { getChartCsvPath } from '../lib/routes.ts';
import { CHARTS_FOLDER } from '../lib/chart-files.ts';

/** The message the child sends its parent when the pack is written. */
export interface ChartPackMessage {
  chartPack: string;
}

export function isChartPackMessage(message: unknown): message is ChartPackMessage {
  return typeof message === 'object' && message !== null && typeof (message as ChartPackMessage).chartPack === 'string';
}

/** Writes every chart's CSV, with its path inside a site, into one JSON file (its folder made if missing). */
export async function writeChartPack(file: string, charts: readonly Chart[]): Promise<void> {
  // Beside the staging folder, which Astro has not made yet: on a fresh checkout building for
  // another file system, node_modules/.cache/shequ-build/ does not exist.
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(charts.map((chart) => [getChartCsvPath(chart.id), chart.csv])));
}

// Files written between two looks at the event loop: one by one and synchronously is the
// fastest way to create many files in one folder here (39,000: 1.6 s, against 9.4 s with 16
// writes in flight), and the parent still hears its child and signals.
const BATCH = 1000;

/** Writes the CSVs of a pack into `siteDir` (each at its path; the charts folder even when empty), then deletes the pack. Returns how many. */
export async function unpackChartPack(file: string, siteDir: string): Promise<number> {
  const entries = JSON.parse(await readFile(file, 'utf8')) as [string, string][];
  const folders = new Set([path.join(siteDir, CHARTS_FOLDER), ...entries.map(([csvPath]) => path.dirname(path.join(siteDir, csvPath)))]);
  for (const folder of folders) mkdirSync(folder, { recursive: true });
  for (let start = 0; start < entries.length; start += BATCH) {
    for (const [csvPath, csv] of entries.slice(start, start + BATCH)) writeFileSync(path.join(siteDir, csvPath), csv);
    await yieldToEvents();
  }
  await rm(file, { force: true });
  return entries.length;
}
