import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { parseFields } from './fields.ts';
import { splitFrontmatter } from './frontmatter.ts';
import type { Position, Problem } from './problems.ts';
import { createError, createWarning } from './problems.ts';
import type { Community, Report, Site, TableDescription } from './schema.ts';
import { communitySchema, reportSchema, siteSchema, SLUG_PATTERN, tableDescriptionSchema } from './schema.ts';
import { decodeText } from './source.ts';
import type { Table } from './table.ts';
import { parseTable } from './table.ts';
import { parseYaml } from './yaml.ts';

/** A validated file: its data and the way back to lines for later checks. */
export interface Located<T> {
  /** Path for messages, relative to the working directory. */
  file: string;
  /** Absolute path. */
  absolutePath: string;
  data: T;
  /** The position of a field path in the file. */
  locate(path: readonly PropertyKey[]): Position;
}

/** A Markdown file with valid frontmatter. */
export interface MarkdownEntry<T> extends Located<T> {
  /** File name without `.md`: the URL segment. */
  slug: string;
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
}

/** A CSV table and its optional description. */
export interface TableEntry {
  /** File name without `.csv`. */
  name: string;
  file: string;
  table: Table;
  description?: Located<TableDescription>;
}

/** Everything in a content folder that parsed, and every problem found on the way. */
export interface ContentSet {
  /** Absolute path of the content folder. */
  root: string;
  site?: Located<Site>;
  /** Valid communities that are not drafts. */
  communities: MarkdownEntry<Community>[];
  /** Slugs of draft communities (they have no page). */
  draftCommunities: string[];
  /** Valid reports, drafts included (`npm run dev` shows them). */
  reports: MarkdownEntry<Report>[];
  tables: TableEntry[];
  /**
   * Slugs of the pages the content asks for (drafts excluded), valid or not: links to a page
   * whose file has errors are not reported a second time.
   */
  pageSlugs: { communities: string[]; reports: string[] };
  /** How many files of each kind were read, for summaries. */
  fileCounts: { communities: number; reports: number; tables: number };
  problems: Problem[];
}

/** Reads and validates every file of a content folder, collecting all problems. */
export async function readContent(root: string): Promise<ContentSet> {
  const absoluteRoot = path.resolve(root);
  const display = (absolutePath: string) => path.relative(process.cwd(), absolutePath) || '.';
  const problems: Problem[] = [];
  const read = async (absolutePath: string) => {
    const decoded = decodeText(await readFile(absolutePath), display(absolutePath));
    if ('problem' in decoded) problems.push(decoded.problem);
    return 'text' in decoded ? decoded.text : undefined;
  };

  const readSite = async (): Promise<Located<Site> | undefined> => {
    const absolutePath = path.join(absoluteRoot, 'site.yaml');
    const file = display(absolutePath);
    const text = await read(absolutePath).catch(() => {
      problems.push(createError(file, { line: 1 }, '', '缺少 site.yaml：内容文件夹需要描述本区的 site.yaml'));
      return undefined;
    });
    if (text === undefined) return undefined;
    const yaml = parseYaml(text, file);
    problems.push(...yaml.problems);
    if (yaml.data === undefined) return undefined;
    const { data, problems: found } = parseFields(siteSchema, yaml, file);
    problems.push(...found);
    return data && { file, absolutePath, data, locate: yaml.locate };
  };

  const readMarkdown = async <S extends z.ZodType>(absolutePath: string, schema: S) => {
    const file = display(absolutePath);
    const text = await read(absolutePath);
    if (text === undefined) return undefined;
    const split = splitFrontmatter(text, file);
    if ('problem' in split) {
      problems.push(split.problem);
      return undefined;
    }
    problems.push(...split.yaml.problems);
    if (split.yaml.data === undefined) return undefined;
    const draft = (split.yaml.data as { draft?: unknown } | null)?.draft === true;
    const { data, problems: found } = parseFields(schema, split.yaml, file, { draft });
    problems.push(...found);
    const slug = path.basename(absolutePath, '.md');
    return { draft, entry: data && { slug, file, absolutePath, data, body: split.body, bodyLine: split.bodyLine, locate: split.yaml.locate } };
  };

  const [site, communityFiles, reportFiles, tables] = await Promise.all([
    readSite(),
    listFiles(absoluteRoot, 'communities', '.md', display, problems),
    listFiles(absoluteRoot, 'reports', '.md', display, problems),
    readTables(absoluteRoot, display, read, problems),
  ]);
  const [communityResults, reportResults] = await Promise.all([
    Promise.all(communityFiles.map((f) => readMarkdown(f, communitySchema))),
    Promise.all(reportFiles.map((f) => readMarkdown(f, reportSchema))),
  ]);
  const communities: MarkdownEntry<Community>[] = [];
  const draftCommunities: string[] = [];
  communityResults.forEach((result, i) => {
    if (result?.draft) draftCommunities.push(path.basename(communityFiles[i], '.md'));
    else if (result?.entry) communities.push(result.entry);
  });
  const reports = reportResults.flatMap((r) => (r?.entry ? [r.entry] : []));
  const pageSlugs = (files: string[], results: ({ draft: boolean } | undefined)[]) =>
    files.filter((_, i) => !results[i]?.draft).map((f) => path.basename(f, '.md'));
  return {
    root: absoluteRoot,
    site,
    communities,
    draftCommunities,
    reports,
    tables,
    pageSlugs: { communities: pageSlugs(communityFiles, communityResults), reports: pageSlugs(reportFiles, reportResults) },
    fileCounts: { communities: communityFiles.length, reports: reportFiles.length, tables: tables.length },
    problems,
  };
}

/** Lists a folder's files with an extension, checking that each name is a valid slug. */
async function listFiles(
  root: string,
  folder: string,
  extension: string,
  display: (p: string) => string,
  problems: Problem[],
): Promise<string[]> {
  const names = await readdir(path.join(root, folder)).catch(() => [] as string[]);
  return names
    .filter((name) => !name.startsWith('.'))
    .sort()
    .filter((name) => {
      const absolutePath = path.join(root, folder, name);
      if (!name.endsWith(extension)) {
        if (!(folder === 'data' && name.endsWith('.yaml'))) {
          problems.push(createWarning(display(absolutePath), { line: 1 }, '', `不是 ${extension} 文件，已忽略`));
        }
        return false;
      }
      const slug = name.slice(0, -extension.length);
      if (!SLUG_PATTERN.test(slug)) {
        problems.push(createError(display(absolutePath), { line: 1 }, '',
          `文件名“${slug}”不符合规则：只能用小写字母、数字和连字符，如 qingshi、dongguan-lu（拼音为宜）`));
        return false;
      }
      return true;
    })
    .map((name) => path.join(root, folder, name));
}

/** Reads `data/*.csv` and the optional `data/*.yaml` description beside each. */
async function readTables(
  root: string,
  display: (p: string) => string,
  read: (p: string) => Promise<string | undefined>,
  problems: Problem[],
): Promise<TableEntry[]> {
  const csvFiles = await listFiles(root, 'data', '.csv', display, problems);
  const names = await readdir(path.join(root, 'data')).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith('.yaml') && !names.includes(n.replace(/\.yaml$/, '.csv')))) {
    problems.push(createError(display(path.join(root, 'data', name)), { line: 1 }, '', `没有同名的 CSV 表格（${name.replace(/\.yaml$/, '.csv')}）：说明文件需与表格同名`));
  }
  const entries = await Promise.all(csvFiles.map(async (csvPath): Promise<TableEntry | undefined> => {
    const name = path.basename(csvPath, '.csv');
    const file = display(csvPath);
    const text = await read(csvPath);
    if (text === undefined) return undefined;
    const { table, problems: found } = parseTable(text, file);
    problems.push(...found);
    const description = names.includes(`${name}.yaml`) ? await readDescription(path.join(root, 'data', `${name}.yaml`)) : undefined;
    if (description?.data.columns && table) {
      for (const column of Object.keys(description.data.columns).filter((c) => !table.columns.includes(c))) {
        problems.push(createError(description.file, description.locate(['columns', column]), `columns.${column}`,
          `columns 中的“${column}”不是 ${path.basename(csvPath)} 的列（现有列：${table.columns.join('、')}）`));
      }
    }
    return table && { name, file, table, description };
  }));
  return entries.filter((e) => e !== undefined);

  async function readDescription(absolutePath: string): Promise<Located<TableDescription> | undefined> {
    const file = display(absolutePath);
    const text = await read(absolutePath);
    if (text === undefined) return undefined;
    const yaml = parseYaml(text, file);
    problems.push(...yaml.problems);
    if (yaml.data === undefined) return undefined;
    const { data, problems: found } = parseFields(tableDescriptionSchema, yaml, file);
    problems.push(...found);
    return data && { file, absolutePath, data, locate: yaml.locate };
  }
}
