import { describe, expect, test } from 'vitest';
import { buildTargetDataset } from '../../../src/lib/charts/target-line.ts';

describe('buildTargetDataset', () => {
  test('a dashed line at the value across every label, in the target colour', () => {
    const line = buildTargetDataset('目标 90', 90, 3);
    expect(line.data).toEqual([90, 90, 90]);
    expect(line).toMatchObject({ type: 'line', label: '目标 90', borderColor: '--chart-target', borderDash: [6, 4], pointRadius: 0 });
  });

  test('no labels, no points', () => {
    expect(buildTargetDataset('目标 1', 1, 0).data).toEqual([]);
  });
});
