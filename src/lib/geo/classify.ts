/** How many colour classes a map uses at most: more than five cannot be told apart reliably. */
export const MAP_CLASSES = 5;

/**
 * Class breaks for a measure: equal steps between the lowest and highest value, rounded to
 * figures a legend can show (integers above 10, one decimal below). Fewer classes when there
 * are fewer distinct values. Returns the upper bounds of each class but the last.
 */
export function classifyBreaks(values: readonly (number | null)[]): number[] {
  const known = [...new Set(values.filter((v): v is number => v !== null))].sort((a, b) => a - b);
  if (known.length < 2) return [];
  const classes = Math.min(MAP_CLASSES, known.length);
  const [min, max] = [known[0], known[known.length - 1]];
  const round = (v: number) => (max - min >= 10 ? Math.round(v) : Math.round(v * 10) / 10);
  const breaks = Array.from({ length: classes - 1 }, (_, i) => round(min + ((max - min) * (i + 1)) / classes));
  return [...new Set(breaks)].filter((b) => b > min && b < max);
}

/** The class of a value, 1 (lowest) to breaks.length + 1; 0 for a missing value. */
export function getValueClass(value: number | null, breaks: readonly number[]): number {
  if (value === null) return 0;
  const index = breaks.findIndex((b) => value < b);
  return (index === -1 ? breaks.length : index) + 1;
}

/** The legend's ranges, one per class: `[from, to]`, open at the ends. */
export function listClassRanges(values: readonly (number | null)[], breaks: readonly number[]): [number, number][] {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return [];
  const bounds = [Math.min(...known), ...breaks, Math.max(...known)];
  return bounds.slice(0, -1).map((from, i) => [from, bounds[i + 1]]);
}
