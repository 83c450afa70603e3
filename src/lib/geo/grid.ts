import { MAP_WIDTH } from './project.ts';

/** A group of tiles drawn as one block, under its label (a street and its communities). */
export interface TileGroup {
  label: string;
  ids: string[];
}

/** A tile-grid map laid out: a square per id, a label per block. */
export interface TileLayout {
  width: number;
  height: number;
  tiles: Map<string, { x: number; y: number; size: number }>;
  labels: { text: string; x: number; y: number }[];
}

const GAP = 3;
const PADDING = 12;
const LABEL_HEIGHT = 22;
const BLOCK_GAP = 18;
const MIN_WIDTH = 200;

/**
 * Lays out a schematic map without boundaries: each group is a near-square block of tiles,
 * blocks flow left to right and wrap, like a tile-grid map. Deterministic: the same groups in
 * the same order give the same picture.
 */
export function layOutTiles(groups: readonly TileGroup[], size = 32): TileLayout {
  const step = size + GAP;
  const maxColumns = Math.max(1, Math.floor((MAP_WIDTH - 2 * PADDING + GAP) / step));
  const tiles: TileLayout['tiles'] = new Map();
  const labels: TileLayout['labels'] = [];
  let [x, y, rowHeight, right] = [PADDING, PADDING, 0, 0];
  for (const group of groups) {
    const columns = Math.min(maxColumns, Math.max(Math.ceil(Math.sqrt(group.ids.length * 1.5)), Math.ceil((group.label.length * 13) / step)));
    const rows = Math.ceil(group.ids.length / columns);
    const [width, height] = [columns * step - GAP, LABEL_HEIGHT + rows * step - GAP];
    if (x > PADDING && x + width > MAP_WIDTH - PADDING) [x, y, rowHeight] = [PADDING, y + rowHeight + BLOCK_GAP, 0];
    labels.push({ text: group.label, x, y: y + 15 });
    group.ids.forEach((id, i) => tiles.set(id, { x: x + (i % columns) * step, y: y + LABEL_HEIGHT + Math.floor(i / columns) * step, size }));
    right = Math.max(right, x + Math.max(width, group.label.length * 15));
    x += width + BLOCK_GAP;
    rowHeight = Math.max(rowHeight, height);
  }
  // As wide as the blocks need: a small street's map is drawn small, not blown up to the page width.
  return { width: Math.min(MAP_WIDTH, Math.max(MIN_WIDTH, Math.ceil(right + PADDING))), height: y + rowHeight + PADDING, tiles, labels };
}
