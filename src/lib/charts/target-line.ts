// The dashed target line a chart draws over its data (a district's target, a community's
// compared with it), the same in build-time charts and in the compare page's.

/** A chart.js line dataset at `value` across `count` labels; colours are the site's CSS variables. */
export function buildTargetDataset(label: string, value: number, count: number) {
  return {
    type: 'line',
    label,
    data: Array.from({ length: count }, () => value),
    borderColor: '--chart-target',
    backgroundColor: '--chart-target',
    borderDash: [6, 4],
    borderWidth: 2,
    pointRadius: 0,
    pointStyle: 'line',
    fill: false,
  };
}
