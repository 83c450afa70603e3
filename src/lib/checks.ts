import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentSet, Located, MarkdownEntry } from './content.ts';
import type { DraftSource } from './reader.ts';
import { checkCommunitySlips, checkSiteSlips } from './slips.ts';
import { isRemoteUrl, readImagePath, resolveImageFile } from './markdown/images.ts';
import { getFormatByName, isSupportedFormat, readImageFormat } from './image-format.ts';
import type { Reference } from './markdown/links.ts';
import type { Problem } from './problems.ts';
import { createError, createWarning } from './problems.ts';
import type { Community, Site } from './schema.ts';
import { findActiveSvgContent } from './svg.ts';

/** Checks that span files: standards ids, types, years, images, all against site.yaml. */
export function checkContent(content: ContentSet): Problem[] {
  const site = content.site;
  if (!site) return [];
  return [
    ...checkSite(site),
    ...checkSiteSlips(site),
    ...content.communities.flatMap((c) => [...checkCommunity(c, site.data), ...checkCommunitySlips(c), ...checkCover(c, content)]),
    ...content.drafts.flatMap((d) => checkDraftStandards(d, site.data)),
  ];
}

/**
 * A draft's standards, however many of its other facts are missing (a sheet import writes
 * drafts with only the standards it had): a missing one is a warning, an unknown id an error.
 */
export function checkDraftStandards({ file, data, locate }: DraftSource, site: Site): Problem[] {
  const standards = (data as { standards?: unknown } | null)?.standards;
  if (standards === null || typeof standards !== 'object' || Array.isArray(standards)) return [];
  const siteIds = site.standards.map((s) => s.id);
  return [
    ...Object.keys(standards)
      .filter((id) => !siteIds.includes(id))
      .map((id) => createError(file, locate(['standards', id]), `standards.${id}`, `standards 中的“${id}”不是 site.yaml 中的规范 id（应为：${siteIds.join('、')}）`)),
    ...siteIds.filter((id) => !Object.hasOwn(standards, id)).map((id) => createWarning(file, locate(['standards']), 'standards', `草稿的 standards 缺少规范“${id}”：发布前每项规范都要填写 met、partial 或 unmet`)),
  ];
}

/** Standard ids are unique; `period.from` ≤ `period.to` is in the schema. */
function checkSite(site: Located<Site>): Problem[] {
  return findDuplicates(site.data.standards.map((s) => s.id)).map((i) => createError(site.file, site.locate(['standards', i, 'id']), `standards[${i}].id`, `规范 id“${site.data.standards[i].id}”重复：每项规范的 id 必须唯一`));
}

/** Checks one community against the site: standards, type and years. */
export function checkCommunity(entry: MarkdownEntry<Community>, site: Site): Problem[] {
  const { data, file, locate } = entry;
  const problems: Problem[] = [];
  const siteIds = site.standards.map((s) => s.id);
  for (const id of Object.keys(data.standards).filter((id) => !siteIds.includes(id))) {
    problems.push(createError(file, locate(['standards', id]), `standards.${id}`, `standards 中的“${id}”不是 site.yaml 中的规范 id（应为：${siteIds.join('、')}）`));
  }
  for (const id of siteIds.filter((id) => !Object.hasOwn(data.standards, id))) {
    problems.push(createError(file, locate(['standards']), 'standards', `standards 缺少规范“${id}”：每项规范都要填写 met、partial 或 unmet`));
  }
  if (site.community_types && !site.community_types.includes(data.type)) {
    problems.push(createError(file, locate(['type']), 'type', `type：“${data.type}”不在 site.yaml 的 community_types 中（应为：${site.community_types.join('、')}）`));
  }
  for (const list of ['funding', 'satisfaction'] as const) {
    const years = data[list].map((row) => row.year);
    for (const i of findDuplicates(years)) {
      problems.push(createError(file, locate([list, i, 'year']), `${list}[${i}].year`, `${list} 中年份 ${years[i]} 重复：每年只写一行`));
    }
    years.forEach((year, i) => {
      if (!isInPeriod(year, site)) problems.push(periodWarning(entry, [list, i, 'year'], year, site));
    });
  }
  if (data.renovation && !isInPeriod(data.renovation.year, site)) {
    problems.push(periodWarning(entry, ['renovation', 'year'], data.renovation.year, site));
  }
  return problems;
}

function isInPeriod(year: number, site: Site): boolean {
  return year >= site.period.from && year <= site.period.to;
}

function periodWarning(entry: MarkdownEntry<Community>, fieldPath: (string | number)[], year: number, site: Site): Problem {
  const label = fieldPath.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
  return createWarning(entry.file, entry.locate(fieldPath), label, `${label}：年份 ${year} 不在报告期 ${site.period.from}–${site.period.to} 内`);
}

/** The content folder and the folder messages name paths from (`ContentSet` has both). */
export type ContentFolders = Pick<ContentSet, 'root' | 'displayRoot'>;

/** The cover image must be a local file inside the content folder. */
function checkCover(entry: MarkdownEntry<Community>, folders: ContentFolders): Problem[] {
  const cover = entry.data.cover;
  if (typeof cover !== 'string') return [];
  const message = describeImageProblem(readImagePath(cover), entry.absolutePath, folders, cover);
  return message ? [createError(entry.file, entry.locate(['cover']), 'cover', `cover：${message}`)] : [];
}

/**
 * Says what is wrong with an image path (plain, from `readImagePath`; `src` as written, for the
 * message), or nothing when it names an existing image file inside the content folder that the
 * build can take (and, for an SVG, one with nothing active in it).
 */
export function describeImageProblem(file: string, fromFile: string, { root, displayRoot }: ContentFolders, src = file): string | undefined {
  if (isRemoteUrl(src)) return `图片“${src}”是外部网址：请把图片放进 content/media/ 并写相对路径（读者的浏览器不从其他网站取图）`;
  // Astro's image pipeline reads `?` and `#` as the start of a query.
  if (/[?#]/.test(file)) return `图片“${src}”的文件名里有 ? 或 #：请给文件改名（去掉这两个符号），再改这里的文件名`;
  const target = resolveImageFile(file, fromFile);
  const relative = path.relative(root, target);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return `图片“${src}”在内容文件夹之外：图片须放在 content/ 内`;
  if (!existsSync(target)) return `图片“${src}”不存在（按本文件所在位置查找：${path.relative(displayRoot, target)}）`;
  return describeFormatProblem(src, target);
}

const CONVERT = '请用手机相册的“导出”、微信“保存图片”或画图工具另存为 JPG、PNG 或 WebP，再改这里的文件名';

/** Says why the build cannot take an existing image file, judged by its name and its bytes. */
function describeFormatProblem(src: string, file: string): string | undefined {
  const named = getFormatByName(file);
  if (!isSupportedFormat(named)) {
    const what = named ? `是 ${named} 格式` : '不是网站能用的图片格式（能用：.jpg .jpeg .png .webp .gif .svg）';
    return `图片“${src}”${what}，网站无法显示：${CONVERT}`;
  }
  // An SVG is text: a comment or a byte-order mark may come first; what it holds is checked instead.
  if (named === 'SVG') {
    const active = findActiveSvgContent(readFileSync(file, 'utf8'));
    return active ? `SVG 图片“${src}”含有${active}，打开时可能在本站运行代码，不能发布：请用绘图软件重新导出为不含脚本和外部链接的 SVG，或改用 PNG、JPG` : undefined;
  }
  const held = readImageFormat(file);
  if (isSupportedFormat(held)) return undefined;
  const what = held ? `文件名是 ${named}，内容却是 ${held} 格式` : '不是完整的图片文件（可能已损坏或只下载了一部分）';
  return `图片“${src}”${what}，网站无法显示：${CONVERT}`;
}

/** Checks the links and images of one rendered body. */
export function checkReferences(entry: MarkdownEntry<unknown>, references: { links: Reference[]; images: Reference[] }, sitePaths: ReadonlySet<string>, folders: ContentFolders): Problem[] {
  const at = (line: number) => ({ line: entry.bodyLine + line - 1 });
  const problems: Problem[] = [];
  for (const link of references.links.filter((l) => l.url.startsWith('/') && !l.url.startsWith('//'))) {
    const target = normalizeSitePath(link.url);
    if (!sitePaths.has(target)) {
      problems.push(createError(entry.file, at(link.line), '', `链接“${link.url}”指向的页面不存在（或是草稿）`));
    }
  }
  for (const image of references.images) {
    const message = describeImageProblem(image.url, entry.absolutePath, folders);
    if (message) problems.push(createError(entry.file, at(image.line), '', message));
  }
  return problems;
}

/** Reduces a site link to the page it opens: no query, no fragment, a trailing slash. */
export function normalizeSitePath(url: string): string {
  const pathname = decodeURI(url.split(/[?#]/)[0]);
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** Indexes of values that already appeared earlier in the list. */
function findDuplicates<T>(values: readonly T[]): number[] {
  return values.flatMap((value, i) => (values.indexOf(value) < i ? [i] : []));
}
