import { beforeAll, describe, expect, test } from 'vitest';
import { parseChartSpec } from '../../../src/lib/charts/spec.ts';
import type { DataContext } from '../../../src/lib/charts/sources.ts';
import { formatProblem } from '../../../src/lib/problems.ts';
import { loadProject } from '../../../src/lib/project.ts';
import { FIXTURE } from '../../helpers/content.ts';

const FILE = 'content/reports/a.md';
// The block's YAML starts on line 11 of the file; its opening fence is line 10.
const ORIGIN = { firstLine: 11, blockLine: 10 };
const VALID = 'type: map\ntitle: 各街道改造投入\nfrom: communities\nvalue: renovation.cost_wan\ngeo: streets\n';

let context: DataContext;
beforeAll(async () => {
  context = (await loadProject(FIXTURE)).context!;
});
const parse = (yaml: string) => parseChartSpec(yaml, FILE, ORIGIN, { ...context, onCommunityPage: false });

describe('parseMapSpec (through parseChartSpec)', () => {
  test('accepts a map block without x and y', () => {
    const { map, resolved, problems } = parse(VALID);
    expect(problems).toEqual([]);
    expect(resolved).toBeUndefined();
    expect(map).toEqual({ type: 'map', title: '各街道改造投入', from: 'communities', value: 'renovation.cost_wan', geo: 'streets' });
  });

  test.each([
    ['a misspelt value field', 'value: renovation.cost_wan', 'value: renovation.cost', 'content/reports/a.md:14:1: value：“communities”中没有字段“renovation.cost”（是否应为“renovation.cost_wan”？）'],
    ['a text value field', 'value: renovation.cost_wan', 'value: street', 'content/reports/a.md:14:1: value：“street”不是数值字段，地图不能按它着色'],
    ['a bad geo', 'geo: streets', 'geo: districts', 'content/reports/a.md:15:1: geo：应为 streets 或 communities，现为 “districts”'],
    ['another source', 'from: communities', 'from: district.funding', 'content/reports/a.md:13:1: from：地图只能画 communities 的数据（现为“district.funding”）'],
    ['a missing value', 'value: renovation.cost_wan\n', '', 'content/reports/a.md:10: 缺少必填字段 value'],
  ])('reports %s at the line of its key', (_, from, to, expected) => {
    const { map, problems } = parse(VALID.replace(from, to));
    expect(map).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([expected]);
  });
});
