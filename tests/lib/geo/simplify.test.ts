import { describe, expect, test } from 'vitest';
import type { Point } from '../../../src/lib/geo/simplify.ts';
import { simplifyRing } from '../../../src/lib/geo/simplify.ts';

describe('simplifyRing', () => {
  test('drops points closer to the outline than the tolerance and keeps the corners', () => {
    const ring: Point[] = [
      [0, 0],
      [50, 0.2],
      [100, 0],
      [100, 100],
      [50, 99.9],
      [0, 100],
      [0, 0],
    ];
    expect(simplifyRing(ring, 0.5)).toEqual([
      [0, 0],
      [100, 0],
      [100, 100],
      [0, 100],
      [0, 0],
    ]);
  });

  test('keeps detail larger than the tolerance', () => {
    const ring: Point[] = [
      [0, 0],
      [50, 10],
      [100, 0],
      [100, 100],
      [0, 100],
      [0, 0],
    ];
    expect(simplifyRing(ring, 0.5)).toEqual(ring);
  });

  test('never reduces a ring below a closed triangle', () => {
    const ring: Point[] = [
      [0, 0],
      [1, 0.01],
      [2, 0],
      [1, 0.02],
      [0, 0],
    ];
    expect(simplifyRing(ring, 5).length).toBeGreaterThanOrEqual(4);
  });
});
