import type { Problem } from '../problems.ts';
import { createError, createWarning } from '../problems.ts';
import { suggestName } from '../suggest.ts';
import type { GeoLayer } from './read.ts';

/** What the boundary files must match: the streets communities name, and the communities' slugs and names. */
export interface GeoTargets {
  streets: readonly string[];
  communities: readonly { slug: string; name: string }[];
}

/**
 * Checks boundary features against the content: a feature that names no street or community is
 * an error (with the closest name), a repeated one too; a street or community without a shape
 * is a warning at the top of the file (it is drawn without one). Returns the layer without the
 * features in error, so the map only draws what it can name.
 */
export function checkGeoLayer(layer: GeoLayer, targets: GeoTargets): { layer: GeoLayer; problems: Problem[] } {
  const known = layer.kind === 'streets' ? targets.streets : targets.communities.map((c) => c.slug);
  const what = layer.kind === 'streets' ? '街道' : '社区';
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const features = layer.features.filter((feature) => {
    const property = layer.kind === 'streets' ? 'name' : 'slug';
    if (!known.includes(feature.key)) {
      const byName = layer.kind === 'communities' ? targets.communities.find((c) => c.name === feature.key) : undefined;
      const hint = byName ? `（这是社区名称；应写它的 slug“${byName.slug}”）` : known.length ? `（是否应为“${suggestName(feature.key, known)}”？）` : '';
      problems.push(createError(layer.file, feature.at, `properties.${property}`, `properties.${property}：没有${layer.kind === 'streets' ? '名为' : ' slug 为'}“${feature.key}”的${what}${hint}`));
      return false;
    }
    if (seen.has(feature.key)) {
      problems.push(createError(layer.file, feature.at, `properties.${property}`, `properties.${property}：“${feature.key}”已有边界，每个${what}只能有一个 Feature（多块区域请用 MultiPolygon）`));
      return false;
    }
    seen.add(feature.key);
    return true;
  });
  const missing = known.filter((key) => !seen.has(key));
  if (missing.length > 0) {
    const shown = missing.slice(0, 10).join('、') + (missing.length > 10 ? ` 等 ${missing.length} 个` : '');
    problems.push(createWarning(layer.file, { line: 1 }, '', `以下${what}没有边界，地图上${layer.kind === 'streets' ? '不显示它们的范围' : '不显示它们'}：${shown}`));
  }
  return { layer: { ...layer, features }, problems };
}
