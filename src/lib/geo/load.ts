import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Reader } from '../reader.ts';
import type { GeoLayers } from './map.ts';
import type { GeoKind } from './read.ts';
import { GEO_FILE_LIMIT_BYTES, parseGeoFile } from './read.ts';

/** The boundary files a content folder may have, under `geo/`. */
export const GEO_FILES: Record<GeoKind, string> = { streets: 'geo/streets.geojson', communities: 'geo/communities.geojson' };

/**
 * Reads the optional boundary files of a content folder. A file too large is refused before it
 * is read (it would weigh down every page with a map); its problems join the reader's.
 */
export async function readGeoLayers(reader: Reader, root: string): Promise<GeoLayers> {
  const layers: GeoLayers = {};
  for (const kind of ['streets', 'communities'] as const) {
    const absolutePath = path.join(root, GEO_FILES[kind]);
    if (!existsSync(absolutePath)) continue;
    const file = reader.display(absolutePath);
    const { size } = await stat(absolutePath);
    if (size > GEO_FILE_LIMIT_BYTES) {
      reader.problems.push(...parseGeoFile('', file, kind, size).problems);
      continue;
    }
    const text = await reader.readText(absolutePath);
    if (text === undefined) continue;
    const { layer, problems } = parseGeoFile(text, file, kind, size);
    reader.problems.push(...problems);
    if (layer) layers[kind] = layer;
  }
  return layers;
}
