import { rm } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { isDistrictChartId } from '../../../src/lib/charts/ids.ts';
import { buildDistrictCharts, listPublishedCsvs } from '../../../src/lib/charts/site-charts.ts';
import { openFileCache } from '../../../src/lib/file-cache.ts';
import { openCoreCache } from '../../../src/lib/core-cache.ts';
import { loadProject } from '../../../src/lib/project.ts';
import { copyFixture, editFile, FIXTURE } from '../../helpers/content.ts';

describe('loadProject', () => {
  test('checks and renders without drawing the site’s charts (npm run validate draws none)', async () => {
    const project = await loadProject(FIXTURE);
    expect(Object.keys(project).sort()).toEqual(['content', 'context', 'contextDigest', 'district', 'medians', 'problems', 'rendered', 'renderedBodies']);
  });
});

describe('buildDistrictCharts', () => {
  test('draws the overview’s charts and the maps, all with district ids', async () => {
    const charts = buildDistrictCharts(await loadProject(FIXTURE));
    expect(charts.length).toBeGreaterThan(3);
    expect(charts.filter((c) => !isDistrictChartId(c.id))).toEqual([]);
    expect(charts.map((c) => c.id)).toContain('overview-map');
  });
});

describe('listPublishedCsvs', () => {
  test('adds each community’s built-in charts and published bodies’ chart blocks; a draft report publishes none', async () => {
    const project = await loadProject(FIXTURE);
    const ids = listPublishedCsvs(project, await openFileCache('charts', [], undefined)).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([...buildDistrictCharts(project).map((c) => c.id), 'community-hetang-funding', 'community-hetang-1', 'report-shijian-1']));
    expect(ids.filter((id) => id.startsWith('report-weiwan-') || id.startsWith('community-caogao-'))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('listPublishedCsvs with its cache', () => {
  test('a second build draws no built-in chart, with the same CSVs as fresh ones; a changed community draws them again', async () => {
    const dir = await copyFixture();
    const cacheDir = `${dir}-cache`;
    const list = async (cached: boolean) => {
      const project = await loadProject(dir);
      const cache = await openCoreCache('charts', dir, cached ? cacheDir : undefined);
      const csvs = listPublishedCsvs(project, cache);
      await cache.save();
      return { csvs, computed: cache.computed };
    };
    try {
      const fresh = await list(false);
      expect(await list(true)).toEqual({ csvs: fresh.csvs, computed: 1 });
      expect(await list(true)).toEqual({ csvs: fresh.csvs, computed: 0 });
      await editFile(dir, 'communities/hetang.md', 'households: 2000', 'households: 2100');
      const changed = await list(true);
      expect(changed.computed).toBe(1);
      expect(changed.csvs).toEqual((await list(false)).csvs);
      expect(changed.csvs).not.toEqual(fresh.csvs);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(cacheDir, { recursive: true, force: true });
    }
  });
});
