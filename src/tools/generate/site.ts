import type { z } from 'astro/zod';
import type { siteSchema } from '../../lib/schema.ts';

/** site.yaml as written (before defaults are applied). */
export type SiteInput = z.input<typeof siteSchema>;

/** The reporting period every synthetic fact lies in (years outside it would be warnings). */
export const PERIOD = { from: 2017, to: 2023 } as const;

/** The year the public-service special funds start (every community gets 20万元 a year from then). */
export const SPECIAL_FUNDS_FROM = 2019;

/** The district's six standards, in display order, with their checkable items. */
export const STANDARDS: readonly { id: string; name: string; items: string[] }[] = [
  { id: 'organization', name: '组织设置规范', items: ['党员3人以上成立党支部，50人以上成立党总支，100人以上成立党委', '居民委员会按期换届选举', '网格党小组覆盖全部网格'] },
  { id: 'venue', name: '阵地建设规范', items: ['服务用房每百户不少于30平方米，总面积不少于300平方米', '居民活动用房占比不低于60%', '设置开放式一站式服务大厅'] },
  { id: 'team', name: '队伍建设规范', items: ['每万名居民配备18名社区工作者', '持证社会工作者不少于3名', '每年集中培训不少于40学时'] },
  { id: 'rules', name: '制度建设规范', items: ['居民代表会议、居务公开、民主评议制度健全', '重大事项实行“四议两公开”'] },
  { id: 'services', name: '服务功能规范', items: ['每年入户调查，更新需求清单和服务清单', '至少一个面向老人或儿童的常态化服务项目', '每月至少一次志愿服务活动'] },
  { id: 'support', name: '工作保障规范', items: ['办公经费每年3万元、党建经费每年1万元', '党员活动经费每人每年100元', '公共服务专项资金每年20万元', '经费使用每半年公开一次'] },
];

/** Named reference values drawn as lines on charts. */
export const TARGETS = { area_per_100_households_m2: 30, workers_per_10k_residents: 18, satisfaction_pct: 90 } as const;

/** The allowed community types, which the generator spreads over streets and towns. */
export const COMMUNITY_TYPES = ['老旧小区', '商品房小区', '村改居', '单位型', '农村社区'] as const;

/** The synthetic district's site.yaml contents. */
export function createSite(communities: number, streets: number): SiteInput {
  return {
    title: '星河区社区规范化建设经验交流',
    district: '星河区',
    city: '云岭市',
    description: `合成数据：星河区${streets}个街道（镇）、${communities}个社区的规范化建设情况，用于测试生成器在大规模内容下的表现。`,
    period: { ...PERIOD },
    locale: 'zh-CN',
    url: 'https://shequ.example.org',
    base: '/',
    community_types: [...COMMUNITY_TYPES],
    standards: STANDARDS.map((s) => ({ ...s, items: [...s.items] })),
    targets: { ...TARGETS },
  };
}
