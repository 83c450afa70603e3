import { describe, expect, test } from 'vitest';
import { parseFields } from '../../../src/lib/fields.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import type { Site } from '../../../src/lib/schema.ts';
import { communitySchema, reportSchema, siteSchema } from '../../../src/lib/schema.ts';
import { prepareNewFile } from '../../../src/tools/templates/new-file.ts';

const site: Site = siteSchema.parse({
  title: '测试区',
  district: '测试区',
  period: { from: 2019, to: 2023 },
  community_types: ['老旧小区', '村改居'],
  standards: [
    { id: 'organization', name: '组织设置规范' },
    { id: 'venue', name: '阵地建设规范' },
  ],
});

/** Checks a new file the way `npm run validate` checks its frontmatter. */
function check(text: string, schema: typeof communitySchema | typeof reportSchema) {
  const split = splitFrontmatter(text, 'x.md');
  if ('problem' in split) throw new Error(split.problem.message);
  return parseFields(schema, split.yaml, 'x.md', { draft: true });
}

describe('prepareNewFile', () => {
  test('writes a community draft whose only problems are the missing facts, as warnings', () => {
    const prepared = prepareNewFile({ kind: 'community', slug: 'qingshi', name: '青石社区', street: '城关街道' }, site);
    if ('error' in prepared) throw new Error(prepared.error);
    expect(prepared.file).toBe('communities/qingshi.md');
    const { problems } = check(prepared.text, communitySchema);
    expect(problems.map((p) => `${p.severity} ${p.message}`)).toEqual(['type', 'area_km2', 'households', 'population', 'party_members', 'facility', 'staff', 'standards'].map((f) => `warning 草稿缺少必填字段 ${f}`));
  });

  test('shows every field of the contract, with a comment on each', () => {
    const prepared = prepareNewFile({ kind: 'community', slug: 'qingshi' }, site);
    if ('error' in prepared) throw new Error(prepared.error);
    const keys = [...prepared.text.matchAll(/^(?:# )?( *)([a-z0-9_]+):/gm)].filter((m) => m[1] === '').map((m) => m[2]);
    expect(keys).toEqual(Object.keys(communitySchema.shape));
    const fieldLines = prepared.text.split('\n').filter((line) => /^(# )?\s*[a-z0-9_]+:/.test(line));
    expect(fieldLines.every((line) => /\S\s+# \S/.test(line))).toBe(true);
    expect(prepared.text).toContain('#   organization:');
    expect(prepared.text).toContain('# 组织设置规范');
    expect(prepared.text).toContain('可选：老旧小区、村改居');
    expect(prepared.text).toMatch(/^draft: true +# /m);
  });

  test('writes a report draft with the date and no problems beyond the missing title', () => {
    const prepared = prepareNewFile({ kind: 'report', slug: 'zongjie', date: '2024-05-01' }, site);
    if ('error' in prepared) throw new Error(prepared.error);
    expect(prepared.file).toBe('reports/zongjie.md');
    expect(check(prepared.text, reportSchema).problems.map((p) => `${p.severity} ${p.message}`)).toEqual(['warning 草稿缺少必填字段 title']);
  });

  test.each([
    ['an unknown kind', { kind: 'page', slug: 'x' }, '不知道要新建什么：“page”。应为 community（社区）或 report（报告）'],
    ['an upper-case slug', { kind: 'community', slug: 'QingShi' }, '名称“QingShi”不符合规则：只能用小写字母、数字和连字符，如 qingshi、dongguan-lu（拼音为宜）'],
    ['a Chinese slug', { kind: 'report', slug: '总结' }, '名称“总结”不符合规则：只能用小写字母、数字和连字符，如 qingshi、dongguan-lu（拼音为宜）'],
    ['a type outside community_types', { kind: 'community', slug: 'x', type: '别墅区' }, '社区类型“别墅区”不在 site.yaml 的 community_types 中（应为：老旧小区、村改居）'],
    ['an impossible date', { kind: 'report', slug: 'x', date: '2024-02-30' }, '日期“2024-02-30”不对：应为真实存在的日期，格式 YYYY-MM-DD'],
  ])('refuses %s', (_, request, error) => {
    expect(prepareNewFile(request, site)).toEqual({ error });
  });

  test('works without a site.yaml, with general comments', () => {
    const prepared = prepareNewFile({ kind: 'community', slug: 'qingshi', type: '任意类型' }, undefined);
    if ('error' in prepared) throw new Error(prepared.error);
    expect(prepared.text).toContain('type: 任意类型');
    expect(prepared.text).toContain('规范 id 见 site.yaml');
  });
});
