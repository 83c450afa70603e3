import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DistrictFigures } from '../model.ts';
import type { Problem } from '../problems.ts';
import { createError } from '../problems.ts';
import type { Community } from '../schema.ts';
import type { CityDistrict } from './city-file.ts';

/** `data/site.json` of a published district: what a city needs that district.json lacks. */
export interface PublishedSite {
  title: string;
  district: string;
  city: string | null;
  period: { from: number; to: number };
  standards: { id: string; name: string }[];
  targets: Record<string, number>;
  /** The headline figures exactly as the district's own overview shows them. */
  figures: DistrictFigures;
  reports: { slug: string; title: string; date: string; author: string | null; summary: string | null }[];
}

/** A published community (`data/communities.json`): its facts, slug and derived figures. */
export type PublishedCommunity = Community & { slug: string; satisfaction_pct: number | null; funding_wan: number };

/** A district's published data package: the one input of the city, for content and data districts alike. */
export interface DataPackage {
  site: PublishedSite;
  communities: PublishedCommunity[];
}

/**
 * Reads the data package of a built district (`<site>/data/`). A file that is missing or not the
 * shape a district site writes is a problem at the district's line of city.yaml.
 */
export async function readDataPackage(folder: string, district: Pick<CityDistrict, 'slug' | 'line'>, cityFile: string): Promise<{ data?: DataPackage; problems: Problem[] }> {
  const fail = (message: string) => ({ problems: [createError(cityFile, { line: district.line }, `districts.${district.slug}`, message)] });
  let site: unknown;
  let communities: unknown;
  try {
    [site, communities] = await Promise.all(['site.json', 'communities.json'].map(async (name) => JSON.parse(await readFile(path.join(folder, name), 'utf8'))));
  } catch (error) {
    return fail(`${folder} 不是可读的已发布数据包：${error instanceof SyntaxError ? 'JSON 格式有误' : '缺少 site.json 或 communities.json'}（应为区网站构建结果中的 data 文件夹）`);
  }
  if (!isPublishedSite(site)) return fail(`${path.join(folder, 'site.json')} 缺少 title、district、standards、figures 或 reports：请用本生成器重新构建这个区的网站`);
  if (!Array.isArray(communities) || communities.some((c) => !c || typeof c !== 'object' || !isSlug((c as { slug?: unknown }).slug))) {
    return fail(`${path.join(folder, 'communities.json')} 应为社区列表（每项有合规的 slug）`);
  }
  // Report slugs and dates become addresses and sort keys on the city's pages: only well-formed ones.
  const bad = site.reports.find((r) => !isSlug(r.slug) || typeof r.title !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(String(r.date)));
  if (bad) return fail(`${path.join(folder, 'site.json')} 的报告“${String(bad.slug)}”缺少合规的 slug、title 或 date（YYYY-MM-DD）`);
  return { data: { site, communities: communities as PublishedCommunity[] }, problems: [] };
}

function isSlug(value: unknown): boolean {
  return typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value);
}

function isPublishedSite(value: unknown): value is PublishedSite {
  const v = value as Partial<PublishedSite> | null;
  return !!v && typeof v.title === 'string' && typeof v.district === 'string' && Array.isArray(v.standards) && !!v.figures && Array.isArray(v.reports) && !!v.period;
}
