import { describe, expect, test } from 'vitest';
import { buildLedger } from '../../../src/tools/import/ledger.ts';
import type { CommunityFile } from '../../../src/tools/import/store.ts';
import { siteSchema } from '../../../src/lib/schema.ts';

const site = siteSchema.parse({
  title: '测试区',
  district: '测试区',
  period: { from: 2019, to: 2023 },
  standards: [
    { id: 'organization', name: '组织设置规范' },
    { id: 'venue', name: '阵地建设规范' },
  ],
});
const file = (slug: string, frontmatter: string): CommunityFile => ({ slug, file: `communities/${slug}.md`, text: `---\n${frontmatter}---\n正文\n` });
const HETANG = `name: 荷塘社区
demonstration: city
area_km2: 1.2
households: 2000
facility: { area_m2: 600, rooms: [日间照料中心, 四点半课堂] }
funding:
  - { year: 2019, office: 3, party: 1 }
  - { year: 2021, office: 3.5 }
standards:
  organization: met
  venue: { status: partial, note: 活动用房不足 }
satisfaction:
  - { year: 2021, pct: 85.5, sample: 200 }
`;

describe('buildLedger', () => {
  const { sheets, warnings } = buildLedger([file('hetang', HETANG)], site);
  const [profile, yearly] = sheets;
  const cell = (sheet: typeof profile, row: number, header: string) => sheet.rows[row][sheet.headers.indexOf(header)];

  test('writes one profile row per community, in Chinese where import reads Chinese', () => {
    expect(profile.name).toBe('台账');
    expect([cell(profile, 0, '拼音'), cell(profile, 0, '社区名称'), cell(profile, 0, '示范等级'), cell(profile, 0, '辖区面积（平方公里）'), cell(profile, 0, '户数')]).toEqual(['hetang', '荷塘社区', '市级', 1.2, 2000]);
    expect([cell(profile, 0, '服务用房面积（㎡）'), cell(profile, 0, '功能用房')]).toEqual([600, '日间照料中心、四点半课堂']);
    expect([cell(profile, 0, '组织设置规范'), cell(profile, 0, '阵地建设规范')]).toEqual(['达标', '部分达标']);
    expect(cell(profile, 0, '所属街道')).toBeNull();
    expect(warnings).toEqual([]);
  });

  test('writes one yearly row per community and year with funding or a survey', () => {
    expect(yearly.headers).toEqual(['拼音', '社区名称', '年度', '办公经费（万元）', '党建经费（万元）', '党员活动经费（万元）', '专项资金（万元）', '其他（万元）', '满意度（%）', '样本数']);
    expect(yearly.rows).toEqual([
      ['hetang', '荷塘社区', 2019, 3, 1, null, null, null, null, null],
      ['hetang', '荷塘社区', 2021, 3.5, null, null, null, null, 85.5, 200],
    ]);
  });

  test.each([
    ['a name a spreadsheet would run', 'name: "=1+2"\n', '社区名称', "'=1+2", "communities/x.md：社区名称 的值“=1+2”导入时不能原样读回，导出为“'=1+2”：请核对"],
    ['a list item holding a separator', 'name: 某社区\nfacility: { rooms: ["书屋、茶室"] }\n', '功能用房', '书屋、茶室', 'communities/x.md：功能用房 的值“[书屋、茶室]”导入时不能原样读回，导出为“书屋、茶室”：请核对'],
  ])('neutralises and lists what would not read back: %s', (_, frontmatter, header, value, warning) => {
    const result = buildLedger([file('x', frontmatter)], site);
    expect(result.sheets[0].rows[0][result.sheets[0].headers.indexOf(header)]).toBe(value);
    expect(result.warnings).toEqual([warning]);
  });

  test('leaves out a file whose frontmatter cannot be read, and says so', () => {
    expect(buildLedger([file('bad', 'name: [x\n')], site)).toMatchObject({ sheets: [{ rows: [] }, { rows: [] }], warnings: ['communities/bad.md：frontmatter 无法读取，没有导出（请先运行 npm run validate 并改正）'] });
  });
});
