import { describe, expect, test } from 'vitest';
import { isDistrictChartId } from '../../../src/lib/charts/ids.ts';
import { buildDistrictCharts, buildPublishedCharts } from '../../../src/lib/charts/site-charts.ts';
import { loadProject } from '../../../src/lib/project.ts';
import { FIXTURE } from '../../helpers/content.ts';

describe('loadProject', () => {
  test('checks and renders without drawing the site’s charts (npm run validate draws none)', async () => {
    const project = await loadProject(FIXTURE);
    expect(Object.keys(project).sort()).toEqual(['content', 'context', 'district', 'medians', 'problems', 'rendered', 'renderedBodies']);
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

describe('buildPublishedCharts', () => {
  test('adds each community’s built-in charts and published bodies’ chart blocks; a draft report publishes none', async () => {
    const project = await loadProject(FIXTURE);
    const ids = buildPublishedCharts(project).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([...buildDistrictCharts(project).map((c) => c.id), 'community-hetang-funding', 'community-hetang-1', 'report-shijian-1']));
    expect(ids.filter((id) => id.startsWith('report-weiwan-') || id.startsWith('community-caogao-'))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
