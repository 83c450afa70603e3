/** A point in map pixels. */
export type Point = [number, number];

/**
 * Simplifies a closed ring with Douglas–Peucker at a tolerance in pixels: detail smaller than
 * what the screen can show is dropped, which keeps heavy boundary files from bloating pages.
 * A ring keeps at least four points (a triangle, closed).
 */
export function simplifyRing(ring: readonly Point[], tolerance: number): Point[] {
  if (ring.length <= 4) return [...ring];
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[ring.length - 1] = 1;
  // The farthest point from the first splits a closed ring into two open runs.
  let far = 1;
  for (let i = 1; i < ring.length - 1; i++) if (distanceSquared(ring[i], ring[0]) > distanceSquared(ring[far], ring[0])) far = i;
  keep[far] = 1;
  const stack: [number, number][] = [
    [0, far],
    [far, ring.length - 1],
  ];
  const limit = tolerance * tolerance;
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    let index = -1;
    let worst = limit;
    for (let i = from + 1; i < to; i++) {
      const d = segmentDistanceSquared(ring[i], ring[from], ring[to]);
      if (d > worst) [index, worst] = [i, d];
    }
    if (index !== -1) {
      keep[index] = 1;
      stack.push([from, index], [index, to]);
    }
  }
  const kept = ring.filter((_, i) => keep[i]);
  return kept.length >= 4 ? kept : [...ring];
}

function distanceSquared(a: Point, b: Point): number {
  return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
}

function segmentDistanceSquared(p: Point, a: Point, b: Point): number {
  const length = distanceSquared(a, b);
  if (length === 0) return distanceSquared(p, a);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / length));
  return distanceSquared(p, [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
}
