import type { Node, ParseError } from 'jsonc-parser';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Position, Problem } from '../problems.ts';
import { createError } from '../problems.ts';

/** Past this size a boundary file weighs down every page with a map: it should be simplified first. */
export const GEO_FILE_LIMIT_BYTES = 5 * 1024 * 1024;

/** Which boundary file: streets are named by `properties.name`, communities by `properties.slug`. */
export type GeoKind = 'streets' | 'communities';

/** A polygon as rings of [longitude, latitude]; the first ring is the outline, the others holes. */
export type Rings = [number, number][][];

/** One checked feature: the street name or community slug it belongs to, and its shape. */
export interface GeoFeature {
  key: string;
  /** Polygons (a Polygon is a list of one), empty for a Point. */
  polygons: Rings[];
  /** A community's service centre, for a Point. */
  point?: [number, number];
  /** Where the feature starts in its file. */
  at: Position;
}

/** The features of one boundary file. */
export interface GeoLayer {
  file: string;
  kind: GeoKind;
  features: GeoFeature[];
}

const GEOMETRIES: Record<GeoKind, string[]> = {
  streets: ['Polygon', 'MultiPolygon'],
  communities: ['Polygon', 'MultiPolygon', 'Point'],
};
const KEY: Record<GeoKind, string> = { streets: 'name', communities: 'slug' };

const SYNTAX: Record<string, string> = {
  InvalidSymbol: '无法识别的字符',
  InvalidNumberFormat: '数字格式不对',
  PropertyNameExpected: '这里应为带引号的属性名',
  ValueExpected: '这里应为一个值',
  ColonExpected: '这里缺少冒号',
  CommaExpected: '这里缺少逗号',
  CloseBraceExpected: '缺少右花括号 }',
  CloseBracketExpected: '缺少右方括号 ]',
  EndOfFileExpected: '文件在这里之后应当结束',
  InvalidCommentToken: 'JSON 不能有注释',
  UnexpectedEndOfComment: 'JSON 不能有注释',
  UnexpectedEndOfString: '文字缺少结尾的引号',
  UnexpectedEndOfNumber: '数字不完整',
  InvalidUnicode: '无效的 Unicode 转义',
  InvalidEscapeCharacter: '无效的转义字符',
  InvalidCharacter: '文字中有无效字符',
};

/**
 * Parses and checks a GeoJSON boundary file: JSON syntax (line and column), a FeatureCollection
 * of Features with the right key and geometry type, closed rings and coordinates within
 * longitude/latitude ranges. Every problem is reported, each at its own line; features with a
 * problem are left out of the layer so the map draws what is right.
 */
export function parseGeoFile(text: string, file: string, kind: GeoKind, bytes = Buffer.byteLength(text)): { layer?: GeoLayer; problems: Problem[] } {
  const locate = createLocator(text);
  if (bytes > GEO_FILE_LIMIT_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return { problems: [createError(file, { line: 1 }, '', `边界文件有 ${mb} MB，超过 5 MB：请先简化边界再放入（如用 mapshaper 的“简化”功能，保留 5%–10% 的点即可）`)] };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ''), errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !root) {
    return { problems: errors.slice(0, 1).map((e) => createError(file, locate(e.offset), '', `不是有效的 JSON：${SYNTAX[printParseErrorCode(e.error)] ?? printParseErrorCode(e.error)}`)) };
  }
  const problems: Problem[] = [];
  const error = (node: Node, path: string, message: string) => problems.push(createError(file, locate(node.offset), path, message));
  const features = findNodeAtLocation(root, ['features']);
  if (root.type !== 'object' || getNodeValue(findNodeAtLocation(root, ['type']) ?? root) !== 'FeatureCollection' || features?.type !== 'array') {
    error(root, '', '应为 GeoJSON 的 FeatureCollection（{"type": "FeatureCollection", "features": [...]}）');
    return { problems };
  }
  const layer: GeoLayer = { file, kind, features: [] };
  (features.children ?? []).forEach((node, i) => {
    const feature = checkFeature(node, `features[${i}]`, kind, error);
    if (feature) layer.features.push({ ...feature, at: locate(node.offset) });
  });
  return { layer, problems };
}

type Report = (node: Node, path: string, message: string) => void;

function checkFeature(node: Node, path: string, kind: GeoKind, error: Report): Omit<GeoFeature, 'at'> | undefined {
  const type = findNodeAtLocation(node, ['type']);
  if (node.type !== 'object' || !type || getNodeValue(type) !== 'Feature') {
    error(node, path, `${path}：应为 {"type": "Feature", ...}`);
    return undefined;
  }
  const keyNode = findNodeAtLocation(node, ['properties', KEY[kind]]);
  const key = keyNode && getNodeValue(keyNode);
  const label = kind === 'streets' ? '街道名称' : '社区的 slug';
  if (typeof key !== 'string' || key.trim() === '') {
    error(keyNode ?? node, `${path}.properties.${KEY[kind]}`, `${path}：缺少 properties.${KEY[kind]}（${label}）`);
    return undefined;
  }
  const geometry = findNodeAtLocation(node, ['geometry']);
  const geometryType = geometry && findNodeAtLocation(geometry, ['type']);
  const typeName = geometryType ? getNodeValue(geometryType) : undefined;
  if (!geometry || !GEOMETRIES[kind].includes(typeName)) {
    error(geometryType ?? geometry ?? node, `${path}.geometry`, `“${key}”的几何类型${typeName ? `“${String(typeName)}”` : ''}不对：${kind === 'streets' ? '街道' : '社区'}应为 ${GEOMETRIES[kind].join('、')} 之一`);
    return undefined;
  }
  const coordinates = findNodeAtLocation(geometry, ['coordinates']);
  const depth = typeName === 'Point' ? 0 : typeName === 'Polygon' ? 2 : 3;
  const checked = coordinates && checkCoordinates(coordinates, depth, key, error, `${path}.geometry.coordinates`);
  if (!checked) return undefined;
  if (typeName === 'Point') return { key: key.trim(), polygons: [], point: checked as [number, number] };
  const polygons = (typeName === 'Polygon' ? [checked] : checked) as Rings[];
  return { key: key.trim(), polygons };
}

/** Checks nested coordinate arrays down to positions; rings (depth 1) must close. Returns the values, or undefined after a problem. */
function checkCoordinates(node: Node, depth: number, key: string, error: Report, path: string): unknown {
  if (depth === 0) {
    const value = node.type === 'array' ? getNodeValue(node) : undefined;
    const [lon, lat] = Array.isArray(value) ? value : [];
    if (typeof lon !== 'number' || typeof lat !== 'number') {
      error(node, path, `“${key}”的坐标应为 [经度, 纬度] 两个数字`);
      return undefined;
    }
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      error(node, path, `“${key}”的坐标 [${lon}, ${lat}] 超出经纬度范围（经度 -180～180，纬度 -90～90）：文件应使用经纬度（WGS-84 或 GCJ-02），不能是投影坐标`);
      return undefined;
    }
    return [lon, lat];
  }
  if (node.type !== 'array' || (node.children ?? []).length === 0) {
    error(node, path, `“${key}”的坐标层级不对：应为${depth === 1 ? '点的列表' : '嵌套的列表'}`);
    return undefined;
  }
  // One problem per feature is enough: the first bad position says what is wrong with all.
  const children: unknown[] = [];
  for (const [i, child] of node.children!.entries()) {
    const checked = checkCoordinates(child, depth - 1, key, error, `${path}[${i}]`);
    if (checked === undefined) return undefined;
    children.push(checked);
  }
  if (depth === 1) {
    const ring = children as [number, number][];
    const [first, last] = [ring[0], ring[ring.length - 1]];
    if (ring.length < 4 || first[0] !== last[0] || first[1] !== last[1]) {
      error(node, path, `“${key}”的边界环没有闭合：一个环至少 4 个点，且最后一个点应与第一个点相同`);
      return undefined;
    }
  }
  return children;
}

/** Turns offsets into 1-based lines and columns. */
function createLocator(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}
