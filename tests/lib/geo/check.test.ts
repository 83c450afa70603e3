import { describe, expect, test } from 'vitest';
import { checkGeoLayer } from '../../../src/lib/geo/check.ts';
import type { GeoLayer } from '../../../src/lib/geo/read.ts';
import { formatProblem } from '../../../src/lib/problems.ts';

const ring: [number, number][] = [
  [120, 30],
  [120.1, 30],
  [120.1, 30.1],
  [120, 30],
];
const layer = (kind: GeoLayer['kind'], ...keys: string[]): GeoLayer => ({
  file: `content/geo/${kind}.geojson`,
  kind,
  features: keys.map((key, i) => ({ key, polygons: [[ring]], at: { line: i + 2, column: 1 } })),
});
const TARGETS = {
  streets: ['东城街道', '西城街道'],
  communities: [
    { slug: 'hetang', name: '荷塘社区' },
    { slug: 'liuan', name: '柳岸社区' },
  ],
};

describe('checkGeoLayer', () => {
  test.each([
    [
      'a misspelt street',
      layer('streets', '东城街道', '西成街道'),
      ['content/geo/streets.geojson:1: warning: 以下街道没有边界，地图上不显示它们的范围：西城街道', 'content/geo/streets.geojson:3:1: properties.name：没有名为“西成街道”的街道（是否应为“西城街道”？）'],
    ],
    [
      'a community named instead of its slug',
      layer('communities', 'hetang', '柳岸社区'),
      ['content/geo/communities.geojson:1: warning: 以下社区没有边界，地图上不显示它们：liuan', 'content/geo/communities.geojson:3:1: properties.slug：没有 slug 为“柳岸社区”的社区（这是社区名称；应写它的 slug“liuan”）'],
    ],
    ['a street twice', layer('streets', '东城街道', '西城街道', '东城街道'), ['content/geo/streets.geojson:4:1: properties.name：“东城街道”已有边界，每个街道只能有一个 Feature（多块区域请用 MultiPolygon）']],
    ['every street drawn', layer('streets', '西城街道', '东城街道'), []],
  ])('%s', (_, input, expected) => {
    const { problems } = checkGeoLayer(input, TARGETS);
    expect(problems.map(formatProblem).sort()).toEqual(expected.sort());
  });

  test('keeps only the features it can name', () => {
    expect(checkGeoLayer(layer('streets', '东城街道', '南城街道'), TARGETS).layer.features.map((f) => f.key)).toEqual(['东城街道']);
  });
});
