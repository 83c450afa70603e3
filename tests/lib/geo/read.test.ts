import { describe, expect, test } from 'vitest';
import { GEO_FILE_LIMIT_BYTES, parseGeoFile } from '../../../src/lib/geo/read.ts';
import { formatProblem } from '../../../src/lib/problems.ts';

const FILE = 'content/geo/streets.geojson';
const square = (x: number, y: number) => `[[[${x},${y}],[${x + 0.1},${y}],[${x + 0.1},${y + 0.1}],[${x},${y + 0.1}],[${x},${y}]]]`;
const feature = (name: string, geometry: string) => `{"type": "Feature", "properties": {"name": "${name}"}, "geometry": ${geometry}}`;
const collection = (...features: string[]) => `{"type": "FeatureCollection", "features": [\n${features.join(',\n')}\n]}\n`;
const polygon = (x: number) => `{"type": "Polygon", "coordinates": ${square(x, 30)}}`;

describe('parseGeoFile', () => {
  test('reads Polygon and MultiPolygon features with their line', () => {
    const text = collection(feature('东城街道', polygon(120)), feature('西城街道', `{"type": "MultiPolygon", "coordinates": [${square(121, 30)}, ${square(122, 30)}]}`));
    const { layer, problems } = parseGeoFile(text, FILE, 'streets');
    expect(problems).toEqual([]);
    expect(layer?.features.map((f) => [f.key, f.polygons.length, f.at.line])).toEqual([
      ['东城街道', 1, 2],
      ['西城街道', 2, 3],
    ]);
  });

  test('reads a community Point by its slug', () => {
    const text = collection('{"type": "Feature", "properties": {"slug": "hetang"}, "geometry": {"type": "Point", "coordinates": [120.5, 30.2]}}');
    expect(parseGeoFile(text, 'content/geo/communities.geojson', 'communities').layer?.features).toEqual([{ key: 'hetang', polygons: [], point: [120.5, 30.2], at: { line: 2, column: 1 } }]);
  });

  test.each([
    ['invalid JSON', '{"type": "FeatureCollection", "features": [\n{"type": "Feature" "properties": {}}\n]}', 'content/geo/streets.geojson:2:20: 不是有效的 JSON：这里缺少逗号'],
    ['a trailing comma', '{"type": "FeatureCollection", "features": [],\n}', 'content/geo/streets.geojson:2:1: 不是有效的 JSON：这里应为带引号的属性名'],
    ['not a FeatureCollection', '{"type": "Feature"}', 'content/geo/streets.geojson:1:1: 应为 GeoJSON 的 FeatureCollection（{"type": "FeatureCollection", "features": [...]}）'],
    ['a feature without its name', collection('{"type": "Feature", "properties": {}, "geometry": null}'), 'content/geo/streets.geojson:2:1: features[0]：缺少 properties.name（街道名称）'],
    ['a street drawn as a point', collection(feature('东城街道', '{"type": "Point", "coordinates": [120, 30]}')), 'content/geo/streets.geojson:2:74: “东城街道”的几何类型“Point”不对：街道应为 Polygon、MultiPolygon 之一'],
    [
      'a ring not closed',
      collection(feature('东城街道', '{"type": "Polygon", "coordinates": [[[120,30],[120.1,30],[120.1,30.1],[120,30.1]]]}')),
      'content/geo/streets.geojson:2:101: “东城街道”的边界环没有闭合：一个环至少 4 个点，且最后一个点应与第一个点相同',
    ],
    [
      'projected coordinates',
      collection(feature('东城街道', `{"type": "Polygon", "coordinates": ${square(500000, 3300000)}}`)),
      'content/geo/streets.geojson:2:102: “东城街道”的坐标 [500000, 3300000] 超出经纬度范围（经度 -180～180，纬度 -90～90）：文件应使用经纬度（WGS-84 或 GCJ-02），不能是投影坐标',
    ],
    ['a position that is not two numbers', collection(feature('东城街道', '{"type": "Polygon", "coordinates": [[[120,"30"],[120.1,30],[120.1,30.1],[120,30]]]}')), 'content/geo/streets.geojson:2:102: “东城街道”的坐标应为 [经度, 纬度] 两个数字'],
  ])('reports %s at its line and column', (_, text, expected) => {
    const { problems } = parseGeoFile(text, FILE, 'streets');
    expect(problems.map(formatProblem)).toEqual([expected]);
  });

  test('reports every bad feature at once and keeps the good ones', () => {
    const text = collection(feature('东城街道', '{"type": "Point", "coordinates": [120, 30]}'), feature('西城街道', polygon(121)), feature('北城街道', `{"type": "Polygon", "coordinates": ${square(200, 30)}}`));
    const { layer, problems } = parseGeoFile(text, FILE, 'streets');
    expect(problems.map((p) => p.line)).toEqual([2, 4]);
    expect(layer?.features.map((f) => f.key)).toEqual(['西城街道']);
  });

  test('refuses a file over 5 MB and suggests simplifying it', () => {
    const { problems } = parseGeoFile('', FILE, 'streets', GEO_FILE_LIMIT_BYTES + 2 * 1024 * 1024);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/geo/streets.geojson:1: 边界文件有 7.0 MB，超过 5 MB：请先简化边界再放入（如用 mapshaper 的“简化”功能，保留 5%–10% 的点即可）",
      ]
    `);
  });
});
