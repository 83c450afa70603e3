import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Chart } from './charts/build.ts';
import { getChartCsvPath } from './routes.ts';

/** The folder of a site that holds the charts' CSV downloads. */
export const CHARTS_FOLDER = path.dirname(getChartCsvPath('x')).replace(/^\//, '');

/**
 * Writes every chart's CSV download into a built site (into `<siteDir>/<CHARTS_FOLDER>/`). Written by the build script rather than
 * by Astro routes: tens of thousands of tiny routes at district scale cost more than the pages.
 */
export async function writeChartFiles(siteDir: string, charts: readonly Chart[]): Promise<void> {
  const folder = path.join(siteDir, CHARTS_FOLDER);
  await mkdir(folder, { recursive: true });
  const queue = [...charts];
  // A few writes at a time: neither one by one nor tens of thousands at once.
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let chart = queue.shift(); chart; chart = queue.shift()) {
        await writeFile(path.join(siteDir, getChartCsvPath(chart.id)), chart.csv);
      }
    }),
  );
}
