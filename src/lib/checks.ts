import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentSet, Located, MarkdownEntry } from './content.ts';
import { isRemoteUrl, resolveImageFile } from './markdown/images.ts';
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
    ...content.communities.flatMap((c) => [
      ...checkCommunity(c, site.data),
      ...checkCover(c, content.root),
    ]),
  ];
}

/** Standard ids are unique; `period.from` ≤ `period.to` is in the schema. */
function checkSite(site: Located<Site>): Problem[] {
  return findDuplicates(site.data.standards.map((s) => s.id)).map((i) =>
    createError(site.file, site.locate(['standards', i, 'id']), `standards[${i}].id`, `规范 id“${site.data.standards[i].id}”重复：每项规范的 id 必须唯一`),
  );
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

/** The cover image must be a local file inside the content folder. */
function checkCover(entry: MarkdownEntry<Community>, root: string): Problem[] {
  const cover = entry.data.cover;
  if (cover === undefined) return [];
  const message = describeImageProblem(cover, entry.absolutePath, root);
  return message ? [createError(entry.file, entry.locate(['cover']), 'cover', `cover：${message}`)] : [];
}

/**
 * Says what is wrong with an image path written in a file, or nothing when it names an
 * existing file inside the content folder (and, for an SVG, one with nothing active in it).
 */
export function describeImageProblem(src: string, fromFile: string, root: string): string | undefined {
  if (isRemoteUrl(src)) return `图片“${src}”是外部网址：请把图片放进 content/media/ 并写相对路径（读者的浏览器不从其他网站取图）`;
  const target = resolveImageFile(src, fromFile);
  const relative = path.relative(root, target);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return `图片“${src}”在内容文件夹之外：图片须放在 content/ 内`;
  if (!existsSync(target)) return `图片“${src}”不存在（按本文件所在位置查找：${path.relative(process.cwd(), target)}）`;
  const active = /\.svg$/i.test(target) ? findActiveSvgContent(readFileSync(target, 'utf8')) : undefined;
  if (active) return `SVG 图片“${src}”含有${active}，打开时可能在本站运行代码，不能发布：请用绘图软件重新导出为不含脚本和外部链接的 SVG，或改用 PNG、JPG`;
  return undefined;
}

/** Checks the links and images of one rendered body. */
export function checkReferences(
  entry: MarkdownEntry<unknown>,
  references: { links: Reference[]; images: Reference[] },
  sitePaths: ReadonlySet<string>,
  root: string,
): Problem[] {
  const at = (line: number) => ({ line: entry.bodyLine + line - 1 });
  const problems: Problem[] = [];
  for (const link of references.links.filter((l) => l.url.startsWith('/') && !l.url.startsWith('//'))) {
    const target = normalizeSitePath(link.url);
    if (!sitePaths.has(target)) {
      problems.push(createError(entry.file, at(link.line), '', `链接“${link.url}”指向的页面不存在（或是草稿）`));
    }
  }
  for (const image of references.images) {
    const message = describeImageProblem(image.url, entry.absolutePath, root);
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
