import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geoIdentity, geoPath } from 'd3-geo';
import type { Rings } from './read.ts';
import type { Point } from './simplify.ts';
import { simplifyRing } from './simplify.ts';

/** The width every map is drawn at (the SVG scales down with its viewBox). */
export const MAP_WIDTH = 640;
const PADDING = 12;
/** Detail under half a pixel at full width is not drawn. */
const TOLERANCE_PX = 0.5;

/** A shape to place on the map, in longitude/latitude. */
export interface GeoShape {
  id: string;
  polygons: Rings[];
  point?: [number, number];
}

/** Shapes in map pixels: a path for areas, a centre for every shape (dots and labels). */
export interface ProjectedMap {
  width: number;
  height: number;
  paths: Map<string, string>;
  centres: Map<string, Point>;
}

/**
 * Fits shapes to the map's width (height by the district's own proportions, at most 5:4 tall).
 * The map is schematic: a plane with longitude shrunk by the cosine of the mean latitude, so
 * ring winding and the sphere never matter; d3-geo fits it and writes paths with one decimal.
 */
export function projectShapes(shapes: readonly GeoShape[]): ProjectedMap {
  const positions = shapes.flatMap((s) => [...s.polygons.flat(2), ...(s.point ? [s.point] : [])]);
  const meanLat = positions.reduce((sum, p) => sum + p[1], 0) / Math.max(1, positions.length);
  const squeeze = Math.cos((meanLat * Math.PI) / 180);
  const flat = (p: readonly number[]): Point => [p[0] * squeeze, p[1]];
  const features: Feature[] = shapes.map((s) => ({
    type: 'Feature',
    properties: {},
    geometry: s.polygons.length > 0 ? { type: 'MultiPolygon', coordinates: s.polygons.map((rings) => rings.map((ring) => ring.map(flat))) } : { type: 'Point', coordinates: flat(s.point ?? [0, 0]) },
  }));
  const all: FeatureCollection = { type: 'FeatureCollection', features };
  const inner = MAP_WIDTH - 2 * PADDING;
  const projection = geoIdentity()
    .reflectY(true)
    .fitExtent(
      [
        [PADDING, PADDING],
        [PADDING + inner, PADDING + inner * 1.25],
      ],
      all,
    );
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(all);
  // Shift so the drawing starts at the padding, whichever side the fit left room on.
  const toPixels = (p: readonly number[]): Point => {
    const [x, y] = projection(p as [number, number]) ?? [0, 0];
    return [x - x0 + PADDING, y - y0 + PADDING];
  };
  const writer = geoPath().digits(1);
  const paths = new Map<string, string>();
  const centres = new Map<string, Point>();
  shapes.forEach((shape, i) => {
    const geometry = features[i].geometry;
    if (geometry.type === 'Point') {
      centres.set(shape.id, round(toPixels(geometry.coordinates)));
      return;
    }
    const multi = geometry as Extract<Geometry, { type: 'MultiPolygon' }>;
    const projected: Geometry = { type: 'MultiPolygon', coordinates: multi.coordinates.map((rings) => rings.map((ring) => simplifyRing(ring.map(toPixels), TOLERANCE_PX))) };
    paths.set(shape.id, writer(projected) ?? '');
    centres.set(shape.id, round(shape.point ? toPixels(flat(shape.point)) : getLargestCentre(projected)));
  });
  return { width: Math.round(x1 - x0 + 2 * PADDING), height: Math.round(y1 - y0 + 2 * PADDING), paths, centres };
}

/** The centroid of a shape's largest polygon: where its label and dot go. */
function getLargestCentre(geometry: Extract<Geometry, { type: 'MultiPolygon' }>): Point {
  const path = geoPath();
  const parts = geometry.coordinates.map((coordinates): Geometry => ({ type: 'Polygon', coordinates }));
  const largest = parts.reduce((a, b) => (path.area(b) > path.area(a) ? b : a));
  return path.centroid(largest) as Point;
}

function round([x, y]: Point): Point {
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}
