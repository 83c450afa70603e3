import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../problems.ts';
import { createError, createWarning, sortProblems } from '../problems.ts';
import { suggestName } from '../suggest.ts';
import { parseYaml } from '../yaml.ts';

/** The file that makes a folder a city. */
export const CITY_FILE = 'city.yaml';

/** The files a published `data` folder must hold (built by a district site on its own). */
export const DATA_PACKAGE_FILES = ['site.json', 'district.json', 'communities.json'] as const;

/** Slugs the city's own pages use: a district under one of them would hide a page. */
const RESERVED_SLUGS = new Set(['districts', 'reports', 'data', 'search', 'compare', 'pagefind', 'charts', 'admin', 'accessibility']);
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TOP_KEYS = ['title', 'city', 'description', 'url', 'base', 'locale', 'districts'];
const DISTRICT_KEYS = ['slug', 'content', 'data', 'url'];

/** One district of a city, as city.yaml lists it. */
export interface CityDistrict {
  slug: string;
  /** `content`: built into the city under /<slug>/; `data`: a published district, compared and linked out. */
  kind: 'content' | 'data';
  /** The district's folder, joined to the city folder as written (problems show it). */
  folder: string;
  /** The district's own public address (required for `data`). */
  url?: string;
  /** Its line in city.yaml. */
  line: number;
}

/** city.yaml, checked. */
export interface CitySettings {
  title: string;
  city: string;
  description?: string;
  url?: string;
  base: string;
  locale: 'zh-CN' | 'en';
  districts: CityDistrict[];
}

/** Whether a folder is a city (holds city.yaml) rather than a district (site.yaml). */
export function isCityFolder(folder: string): boolean {
  return existsSync(path.join(folder, CITY_FILE));
}

/**
 * Reads and checks `<folder>/city.yaml`: every problem at its line, all at once — bad or
 * duplicate slugs, a missing folder, a content folder without site.yaml, a `data` folder that is
 * not a published data package. Settings are returned only when there is no error; the districts
 * that are written correctly always are.
 */
export async function readCityFile(folder: string): Promise<{ settings?: CitySettings; districts: CityDistrict[]; problems: Problem[] }> {
  const file = path.join(folder, CITY_FILE);
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return { districts: [], problems: [createError(file, { line: 1 }, '', `找不到 ${CITY_FILE}`)] };
  }
  const source = parseYaml(text, file);
  const problems = [...source.problems];
  if (problems.length > 0) return { districts: [], problems };
  const data = (source.data ?? {}) as Record<string, unknown>;
  const at = (...keys: PropertyKey[]) => source.locate(keys);
  const error = (keys: PropertyKey[], message: string) => problems.push(createError(file, at(...keys), keys.map(String).join('.'), message));
  const warnUnknown = (object: Record<string, unknown>, known: string[], keys: PropertyKey[]) => {
    for (const key of Object.keys(object).filter((k) => !known.includes(k))) {
      const closest = suggestName(key, known);
      problems.push(createWarning(file, at(...keys, key), [...keys, key].map(String).join('.'), `未知的字段“${key}”${closest ? `，是不是“${closest}”？` : ''}`));
    }
  };
  warnUnknown(data, TOP_KEYS, []);
  const text_ = (key: string, required: boolean): string | undefined => {
    const value = data[key];
    if (value === undefined || value === null) {
      if (required) error([], `缺少必填字段“${key}”`);
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') return void error([key], `“${key}”应为文字`);
    return value.trim();
  };
  const title = text_('title', true);
  const city = text_('city', true);
  const description = text_('description', false);
  const url = text_('url', false);
  if (url && !/^https?:\/\/\S+$/.test(url)) error(['url'], '应为以 http:// 或 https:// 开头的网址');
  const base = text_('base', false) ?? '/';
  if (!/^\/([A-Za-z0-9._~-]+\/?)*$/.test(base)) error(['base'], '应为以 / 开头的路径（/city/）');
  const locale = data.locale ?? 'zh-CN';
  if (locale !== 'zh-CN' && locale !== 'en') error(['locale'], '应为 zh-CN 或 en');

  const districts: CityDistrict[] = [];
  if (!Array.isArray(data.districts) || data.districts.length === 0) {
    error(data.districts === undefined ? [] : ['districts'], data.districts === undefined ? '缺少必填字段“districts”（至少一个区）' : '“districts”应为至少一个区的列表：- { slug: lanxi, content: ../lanxi }');
  } else {
    const seen = new Map<string, number>();
    data.districts.forEach((entry, index) => {
      const found = checkDistrict(entry, index);
      if (found) districts.push(found);
    });
    function checkDistrict(entry: unknown, index: number): CityDistrict | undefined {
      const keys = ['districts', index];
      const line = at(...keys).line;
      if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return void error(keys, '应为 { slug: …, content: … } 或 { slug: …, data: …, url: … }');
      const d = entry as Record<string, unknown>;
      warnUnknown(d, DISTRICT_KEYS, keys);
      const slug = d.slug;
      let ok = true;
      if (typeof slug !== 'string' || !SLUG.test(slug)) {
        ok = false;
        error(slug === undefined ? keys : [...keys, 'slug'], slug === undefined ? '缺少“slug”（区在网址中的名字，如 lanxi）' : `slug“${String(slug)}”不合规则：只能用小写字母、数字和连字符（拼音，如 lanxi、bei-hu）`);
      } else if (RESERVED_SLUGS.has(slug)) {
        ok = false;
        error([...keys, 'slug'], `slug“${slug}”与市级页面的网址重名：请换一个（如区名拼音）`);
      } else if (seen.has(slug)) {
        ok = false;
        error([...keys, 'slug'], `slug“${slug}”重复：第 ${seen.get(slug)} 行已经用过`);
      } else {
        seen.set(slug, at(...keys, 'slug').line);
      }
      const hasContent = d.content !== undefined;
      const hasData = d.data !== undefined;
      if (hasContent === hasData) return void error(keys, hasContent ? '“content”和“data”只能写一个：有源文件的区写 content，只有已发布数据的区写 data' : '缺少“content”（区内容文件夹）或“data”（已发布网站的 data 文件夹）');
      const kind = hasContent ? 'content' : 'data';
      const written = d[kind];
      if (typeof written !== 'string' || written.trim() === '') return void error([...keys, kind], `“${kind}”应为文件夹路径（相对于 city.yaml）`);
      const districtFolder = path.isAbsolute(written) ? written : path.join(folder, written);
      const url = d.url;
      if (url !== undefined && (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url))) {
        ok = false;
        error([...keys, 'url'], '应为以 http:// 或 https:// 开头的网址');
      } else if (kind === 'data' && url === undefined) {
        ok = false;
        error(keys, '只有数据的区需要“url”：市级网站链接到这个区自己的网站');
      }
      if (!isFolder(districtFolder)) return void error([...keys, kind], `找不到文件夹 ${districtFolder}（路径相对于 city.yaml 所在的文件夹）`);
      if (kind === 'content' && !existsSync(path.join(districtFolder, 'site.yaml'))) {
        return void error([...keys, kind], `${districtFolder} 不是区内容文件夹：里面没有 site.yaml`);
      }
      if (kind === 'data') {
        const missing = DATA_PACKAGE_FILES.filter((name) => !existsSync(path.join(districtFolder, name)));
        if (missing.length > 0) return void error([...keys, kind], `${districtFolder} 不是已发布的数据包：缺少 ${missing.join('、')}（应为区网站构建结果中的 data 文件夹）`);
      }
      return ok ? { slug: slug as string, kind, folder: districtFolder, url: url as string | undefined, line } : undefined;
    }
  }
  // The districts written correctly are returned even when city.yaml has errors, so their own files are checked too.
  const sorted = sortProblems(problems);
  if (problems.some((p) => p.severity === 'error') || !title || !city) return { districts, problems: sorted };
  return { settings: { title, city, description, url, base, locale: locale as CitySettings['locale'], districts }, districts, problems: sorted };
}

function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
