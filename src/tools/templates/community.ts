import type { Site } from '../../lib/schema.ts';
import type { TemplateField } from './render.ts';
import { renderFields, renderMarkdownFile } from './render.ts';

const STATUS_CHOICES = 'met 达标 | partial 部分达标 | unmet 未达标';

/**
 * Every field of a community file in the contract's order, with the comment editors see.
 * The district's community types and standards come from its site.yaml when it can be read.
 */
export function getCommunityFields(site?: Site): TemplateField[] {
  const types = site?.community_types;
  return [
    { key: 'name', comment: '社区名称，如 青石社区', required: true },
    { key: 'street', comment: '所属街道（镇），如 城关街道', required: true },
    { key: 'type', comment: `社区类型${types ? `，可选：${types.join('、')}` : '，如 老旧小区'}`, required: true },
    { key: 'demonstration', comment: '示范等级（已获得的最高一级）：none 非示范 | district 区级 | city 市级 | province 省级 | national 全国；不写即 none' },
    { key: 'established', comment: '成立年份，如 2003' },
    { key: 'area_km2', comment: '辖区面积（平方公里），大于 0，如 1.8', required: true },
    { key: 'households', comment: '户数（整数），如 3200', required: true },
    { key: 'population', comment: '常住人口（整数），如 9600', required: true },
    { key: 'party_members', comment: '党员人数（整数），如 186', required: true },
    {
      key: 'facility',
      comment: '服务阵地（删去这一组各行的“# ”，包括这一行）',
      required: true,
      children: [
        { key: 'area_m2', comment: '服务用房面积（平方米），如 820', required: true },
        { key: 'activity_share_pct', comment: '用于居民活动的面积占比（0–100），如 65' },
        { key: 'rooms', comment: '功能用房，如 [一站式服务大厅, 日间照料中心]；没有写 []', required: true },
      ],
    },
    {
      key: 'staff',
      comment: '工作力量',
      required: true,
      children: [
        { key: 'workers', comment: '社区工作者人数，如 12', required: true },
        { key: 'licensed_social_workers', comment: '持证社会工作者人数' },
        { key: 'seconded_cadres', comment: '下派干部人数' },
      ],
    },
    { key: 'grids', comment: '网格数' },
    { key: 'volunteers', comment: '注册志愿者人数' },
    { key: 'social_orgs', comment: '社区社会组织数' },
    { key: 'partners', comment: '共建单位（政企村校联建），如 [第一小学, 示例物流有限公司]' },
    {
      key: 'renovation',
      comment: '改造建设项目（写了就两项都要填）',
      children: [
        { key: 'year', comment: '完工年份，如 2019', plain: true },
        { key: 'cost_wan', comment: '投入（万元），如 150', plain: true },
      ],
    },
    {
      key: 'funding',
      comment: '运转经费（万元），每年一行：office 办公经费、party 党建经费、members 党员活动经费、special 公共服务专项资金、other 其他；不写的按 0 计',
      examples: ['- { year: 2023, office: 3, party: 1, members: 1.86, special: 20, other: 0 }'],
    },
    {
      key: 'standards',
      comment: `各项规范的达标情况：${STATUS_CHOICES}，或 { status: partial, note: 说明 }`,
      required: true,
      children: site ? site.standards.map((s) => ({ key: s.id, comment: s.name, plain: true })) : [{ key: 'organization', comment: '规范 id 见 site.yaml 的 standards，每项一行', plain: true }],
    },
    {
      key: 'satisfaction',
      comment: '居民满意度调查，每次一行：pct 满意率（0–100），sample 样本数（可不写）',
      examples: ['- { year: 2023, pct: 90.5, sample: 300 }'],
    },
    {
      key: 'services',
      comment: '服务项目：name 名称（必填），since 开始年月，beneficiaries 受益人数，partner 合作方',
      examples: ['- { name: 四点半课堂, since: 2020-03, beneficiaries: 120, partner: 第一小学 }'],
    },
    {
      key: 'milestones',
      comment: '大事记：date 日期（YYYY-MM-DD），title 事件',
      examples: ['- { date: 2019-06-01, title: 党群服务中心改造完工 }'],
    },
    { key: 'highlights', comment: '特色做法，每条一句，显示在社区卡片上，如 [建立四点半课堂, 成立运输协会]' },
    { key: 'cover', comment: '封面图片，相对本文件的路径，如 ../media/qingshi.jpg' },
    { key: 'draft', plain: true, comment: '草稿：true 时不发布、不计入全区合计。必填字段填好并核对后删去这一行' },
  ];
}

/** The sections a community's narrative usually has, in order. */
export const NARRATIVE_SECTIONS = ['基本情况', '主要做法', '取得成效', '存在问题', '下一步打算'] as const;

/** Options for a new community file. */
export interface CommunityFileOptions {
  /** Known facts, nested as in the file (`{ facility: { area_m2: 600 } }`); the rest stay placeholders. */
  values: Record<string, unknown>;
  site?: Site;
  /** Which command wrote the file, for its first comment line (`npm run new`). */
  origin: string;
  /** The narrative; by default the usual sections with a hint, for a draft. */
  body?: string;
}

/** Writes a community file: every field of the contract, commented, filled where known. */
export function renderCommunityFile({ values, site, origin, body }: CommunityFileOptions): string {
  const header = [
    `社区资料，由 ${origin} 生成。各字段的写法见 docs/编辑指南.md。`,
    '行首是“# ”的字段尚未填写：删去这两个字符，在冒号后写上内容（数字不加引号、逗号和单位）。',
    ...(values.draft === true ? ['必填字段都填好并核对无误后，删去 draft: true 这一行，社区才会出现在网站上。'] : []),
  ];
  const narrative = body ?? [`## ${NARRATIVE_SECTIONS[0]}`, '', '（社区的位置、规模和居民构成。正文可以引用上面的数字，写法见 docs/编辑指南.md。）', ...NARRATIVE_SECTIONS.slice(1).flatMap((s) => ['', `## ${s}`])].join('\n');
  return renderMarkdownFile(header, renderFields(getCommunityFields(site), values), narrative);
}
