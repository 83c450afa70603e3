import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDataPackage } from '../../../src/lib/city/data-package.ts';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'shequ-data-package-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

const SITE = {
  title: '南山区经验交流',
  district: '南山区',
  city: '云岫市',
  period: { from: 2020, to: 2023 },
  standards: [{ id: 'organization', name: '组织设置规范' }],
  targets: {},
  figures: { communities: 1 },
  reports: [{ slug: 'r1', title: '报告', date: '2023-01-02', author: null, summary: null }],
};

/** Writes site.json and communities.json, then reads the package as district `nanshan` at line 7 of city.yaml. */
async function readWith(site: unknown, communities: unknown) {
  await writeFile(path.join(folder, 'site.json'), typeof site === 'string' ? site : JSON.stringify(site));
  await writeFile(path.join(folder, 'communities.json'), JSON.stringify(communities));
  return readDataPackage(folder, { slug: 'nanshan', line: 7 }, 'city/city.yaml');
}

describe('readDataPackage', () => {
  test('reads a published package', async () => {
    const { data, problems } = await readWith(SITE, [{ slug: 'a', name: '甲社区' }]);
    expect(problems).toEqual([]);
    expect(data?.site.district).toBe('南山区');
    expect(data?.communities.map((c) => c.slug)).toEqual(['a']);
  });

  test.each([
    ['broken JSON', '{', [], 'JSON 格式有误'],
    ['a site.json of another shape', { title: 'x' }, [], '缺少 title、district、standards、figures 或 reports'],
    ['a community without a slug', SITE, [{ name: '甲社区' }], '应为社区列表（每项有合规的 slug）'],
    ['a report whose slug is a path', { ...SITE, reports: [{ ...SITE.reports[0], slug: '../x' }] }, [], '的报告“../x”缺少合规的 slug、title 或 date'],
  ])('%s is one problem at the district’s line of city.yaml', async (_, site, communities, message) => {
    const { data, problems } = await readWith(site, communities);
    expect(data).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'city/city.yaml', line: 7, severity: 'error' });
    expect(problems[0].message).toContain(message);
  });
});
