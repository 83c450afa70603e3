import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import type { SluggedCommunity } from '../../../src/lib/geo/district.ts';
import { buildDistrictMaps, getStreetMapId, measureCommunities, OVERVIEW_MAP_ID } from '../../../src/lib/geo/district.ts';
import type { GeoLayers } from '../../../src/lib/geo/map.ts';
import { renderMapFigure } from '../../../src/lib/geo/svg.ts';
import { getStrings } from '../../../src/lib/i18n/index.ts';
import { getStatus } from '../../../src/lib/model.ts';
import { loadProject } from '../../../src/lib/project.ts';
import type { Project } from '../../../src/lib/project.ts';
import { FIXTURE } from '../../helpers/content.ts';

const t = getStrings('zh-CN');
let project: Project;
beforeAll(async () => {
  project = await loadProject(FIXTURE);
});

/** A district of `count` copies of the fixture's first community in `streets` streets, each with a service-centre point. */
function createDistrict(count: number, streets: number): { communities: SluggedCommunity[]; geo: GeoLayers } {
  const base = project.content.communities[0].data;
  const communities = Array.from({ length: count }, (_, i) => ({
    slug: `c${i}`,
    data: { ...base, name: `第${i}社区`, street: `第${i % streets}街道`, households: 500 + (i % 97) * 10 },
  }));
  const features = communities.map((c, i) => ({ key: c.slug, polygons: [], point: [120 + (i % 100) / 500, 30 + Math.floor(i / 100) / 500] as [number, number], at: { line: i + 2 } }));
  return { communities, geo: { communities: { file: 'c', kind: 'communities', features } } };
}

describe('buildDistrictMaps', () => {
  test('draws the overview and one map per street', () => {
    const { communities, geo } = createDistrict(6, 2);
    const maps = buildDistrictMaps(communities, project.content.site!.data, geo, t);
    expect(maps.map((m) => m.id)).toEqual([OVERVIEW_MAP_ID, getStreetMapId('第0街道'), getStreetMapId('第1街道')]);
    expect(maps[0].map.shapes.filter((s) => s.kind === 'community')).toHaveLength(6);
    expect(maps[1].map.shapes.map((s) => s.key)).toEqual(['c0', 'c2', 'c4']);
  });

  test('keeps a 10,000-community district per street: the overview has streets only and no map figure reaches 150 KB', () => {
    const { communities, geo } = createDistrict(10_000, 20);
    const maps = buildDistrictMaps(communities, project.content.site!.data, geo, t);
    expect(maps[0].map.shapes.every((s) => s.kind === 'street')).toBe(true);
    expect(maps[0].rows).toHaveLength(20);
    const sizes = maps.map((m) => gzipSync(renderMapFigure(m, t.chart, t.map, '/x.csv', { highlight: 'c0' })).length);
    expect(Math.max(...sizes)).toBeLessThan(150 * 1024);
  });
});

describe('measureCommunities', () => {
  test('gives standards met, investment per household in 元 and the mean latest satisfaction', () => {
    const [hetang] = project.content.communities;
    const [met, perHousehold, satisfaction] = measureCommunities([hetang.data], project.content.site!.data);
    const standards = project.content.site!.data.standards;
    expect(met).toBe(Math.round((standards.filter((s) => getStatus(hetang.data, s.id) === 'met').length / standards.length) * 1000) / 10);
    expect(perHousehold).toBe(Math.round(((hetang.data.renovation?.cost_wan ?? 0) * 10000) / hetang.data.households));
    expect(satisfaction).toBe([...hetang.data.satisfaction].sort((a, b) => b.year - a.year)[0]?.pct ?? null);
  });

  test('has no values without communities', () => {
    expect(measureCommunities([], project.content.site!.data)).toEqual([null, null, null]);
  });
});
