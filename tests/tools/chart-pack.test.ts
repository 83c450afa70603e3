import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Chart } from '../../src/lib/charts/build.ts';
import { CHARTS_FOLDER, writeChartFiles } from '../../src/lib/chart-files.ts';
import { isChartPackMessage, unpackChartPack, writeChartPack } from '../../src/tools/chart-pack.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shequ-chart-pack-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const chart = (id: string, csv: string): Pick<Chart, 'id' | 'csv'> => ({ id, csv });
const CHARTS = [chart('community-anba-funding', '\uFEFF项目,金额\n区级补助,12.5\n'), chart('overview-map', '\uFEFF街道（镇）,社区\n城关镇,安坝社区\n'), chart('community-anba-1', '=1+1,"a,b"\n')];

/** Every file under a folder with its text, by path. */
async function readTree(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
  return Object.fromEntries(await Promise.all(names.map(async (d) => [path.relative(dir, path.join(d.parentPath, d.name)), await readFile(path.join(d.parentPath, d.name), 'utf8')] as const)));
}

describe('chart packs', () => {
  test('a pack unpacks to the same files, byte for byte, as writing the charts directly, and is deleted', async () => {
    await writeChartFiles(path.join(root, 'direct'), CHARTS);
    const pack = path.join(root, 'charts.json');
    await writeChartPack(pack, CHARTS);
    expect(await unpackChartPack(pack, path.join(root, 'packed'))).toBe(3);
    expect(await readTree(path.join(root, 'packed'))).toEqual(await readTree(path.join(root, 'direct')));
    expect(Object.keys(await readTree(path.join(root, 'packed')))).toHaveLength(3);
    expect(await readdir(root)).not.toContain('charts.json');
  });

  test('a site without charts still gets its charts folder', async () => {
    // Its folder does not exist yet: the pack makes it.
    const pack = path.join(root, 'not-yet', 'charts.json');
    await writeChartPack(pack, []);
    expect(await unpackChartPack(pack, path.join(root, 'site'))).toBe(0);
    expect(await readdir(path.join(root, 'site'))).toEqual([CHARTS_FOLDER]);
  });

  test('knows its message and nothing else', () => {
    expect(isChartPackMessage({ chartPack: '/tmp/x.json' })).toBe(true);
    for (const other of [null, 'chartPack', { chartPack: 1 }, { pack: '/tmp/x.json' }]) expect(isChartPackMessage(other)).toBe(false);
  });
});
