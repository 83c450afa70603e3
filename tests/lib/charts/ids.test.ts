import { describe, expect, test } from 'vitest';
import { getBodyChartId, getBodyChartIdPrefix, getCommunityChartId, getOverviewChartId, getStreetMapId, isDistrictChartId, OVERVIEW_MAP_ID } from '../../../src/lib/charts/ids.ts';

describe('isDistrictChartId', () => {
  test.each([
    [getOverviewChartId('funding'), 'overview-funding', true],
    [OVERVIEW_MAP_ID, 'overview-map', true],
    [getStreetMapId('青石街道'), getStreetMapId('青石街道'), true],
    [getCommunityChartId('qingshi', 'ratios'), 'community-qingshi-ratios', false],
    [getBodyChartId(getBodyChartIdPrefix('report', 'nianbao'), 2), 'report-nianbao-2', false],
    [getBodyChartId(getBodyChartIdPrefix('community', 'overview'), 1), 'community-overview-1', false],
  ])('%s is %s: district chart %s', (id, expected, district) => {
    expect(id).toBe(expected);
    expect(isDistrictChartId(id)).toBe(district);
  });
});

describe('getStreetMapId', () => {
  test('is file-name safe and differs by street', () => {
    expect(getStreetMapId('青石街道')).toMatch(/^overview-map-street-[0-9a-f]{10}$/);
    expect(getStreetMapId('青石街道')).not.toBe(getStreetMapId('柳岸街道'));
  });
});
