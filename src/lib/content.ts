import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { openFileCache } from './file-cache.ts';
import type { Problem } from './problems.ts';
import { createError } from './problems.ts';
import type { DraftSource, Located, MarkdownEntry, Reader } from './reader.ts';
import { createReader, PARSER_MODULES } from './reader.ts';
import type { Community, Report, Site, TableDescription } from './schema.ts';
import { communitySchema, reportSchema, siteSchema, tableDescriptionSchema } from './schema.ts';
import type { Table } from './table.ts';
import { findSymlinks } from './symlinks.ts';
import { parseTable } from './table.ts';
import type { GeoLayers } from './geo/map.ts';
import { readGeoLayers } from './geo/load.ts';

export type { Located, MarkdownEntry };

/** A CSV table and its optional description. */
export interface TableEntry {
  /** File name without `.csv`. */
  name: string;
  file: string;
  table: Table;
  /**
   * False when the CSV has problems: the table (bad cells empty, or no columns at all when it
   * could not be read) stands in so that charts and inline values using it report no
   * follow-up "no such table" errors; the site is never built from it.
   */
  valid: boolean;
  description?: Located<TableDescription>;
}

/** Everything in a content folder that parsed, and every problem found on the way. */
export interface ContentSet {
  /** Absolute path of the content folder. */
  root: string;
  /** The folder that messages name files relative to (the working directory of a script). */
  displayRoot: string;
  site?: Located<Site>;
  /** Valid communities that are not drafts. */
  communities: MarkdownEntry<Community>[];
  /** Slugs of draft communities (they have no page). */
  draftCommunities: string[];
  /** Draft communities' frontmatter as written, for the checks drafts get too. */
  drafts: DraftSource[];
  /** Valid reports, drafts included (`npm run dev` shows them). */
  reports: MarkdownEntry<Report>[];
  tables: TableEntry[];
  /** The optional boundary files (`geo/*.geojson`), checked on their own; names are checked in src/lib/project.ts. */
  geo: GeoLayers;
  /**
   * Slugs of the pages the content asks for (drafts excluded), valid or not: links to a page
   * whose file has errors are not reported a second time.
   */
  pageSlugs: { communities: string[]; reports: string[] };
  /** How many files of each kind were read, for summaries. */
  fileCounts: { communities: number; reports: number; tables: number };
  /**
   * How many Markdown files were parsed in this run; the others were byte for byte as in an
   * earlier run and came from the parse cache (see src/lib/file-cache.ts).
   */
  parsedFiles: number;
  problems: Problem[];
}

/** What the shell decides for a read; the core reads no environment. */
export interface ReadOptions {
  /** The parse cache's folder; without one, every file is parsed. */
  cacheDir?: string;
  /** The folder messages name files relative to; a relative one (the default, `.`) is taken from the working directory, like `root`. */
  displayRoot?: string;
}

/** Reads and validates every file of a content folder, collecting all problems. */
export async function readContent(root: string, { cacheDir, displayRoot = '.' }: ReadOptions = {}): Promise<ContentSet> {
  const absoluteRoot = path.resolve(root);
  const cacheName = `content-${createHash('sha1').update(absoluteRoot).digest('hex').slice(0, 12)}`;
  const cache = await openFileCache(cacheName, PARSER_MODULES, cacheDir);
  const links = await findSymlinks(absoluteRoot);
  const reader = createReader(absoluteRoot, { cache, links, displayRoot });
  // A link could publish any file of the machine (a key linked as data/keys.csv): refused.
  for (const link of links) reader.problems.push(createError(reader.display(link), { line: 1 }, '', SYMLINK_MESSAGE));
  const [site, communityFiles, reportFiles, tables, geo] = await Promise.all([
    readSite(reader, absoluteRoot),
    reader.listSlugFiles('communities', '.md'),
    reader.listSlugFiles('reports', '.md'),
    readTables(reader, absoluteRoot),
    readGeoLayers(reader, absoluteRoot),
  ]);
  const [communityResults, reportResults] = await Promise.all([Promise.all(communityFiles.map((f) => reader.readMarkdownFile(f, communitySchema))), Promise.all(reportFiles.map((f) => reader.readMarkdownFile(f, reportSchema)))]);
  await cache.save();
  const slugOf = (file: string) => path.basename(file, '.md');
  const pageSlugs = (files: string[], results: { draft: boolean }[]) => files.filter((_, i) => !results[i].draft).map(slugOf);
  return {
    root: absoluteRoot,
    displayRoot,
    site,
    communities: communityResults.flatMap((r) => (r.entry && !r.draft ? [r.entry] : [])),
    draftCommunities: communityFiles.filter((_, i) => communityResults[i].draft).map(slugOf),
    drafts: communityResults.flatMap((r) => (r.draftSource ? [r.draftSource] : [])),
    reports: reportResults.flatMap((r) => (r.entry ? [r.entry] : [])),
    tables,
    geo,
    pageSlugs: { communities: pageSlugs(communityFiles, communityResults), reports: pageSlugs(reportFiles, reportResults) },
    fileCounts: { communities: communityFiles.length, reports: reportFiles.length, tables: tables.length },
    parsedFiles: cache.computed,
    problems: reader.problems,
  };
}

/** The problem at every symbolic link in a content folder. */
export const SYMLINK_MESSAGE = '这是一个符号链接（快捷方式）：内容文件夹中不允许链接，以免把内容文件夹之外的文件发布出去；请放入文件本身';

async function readSite(reader: Reader, root: string): Promise<Located<Site> | undefined> {
  const absolutePath = path.join(root, 'site.yaml');
  if (reader.isLinked(absolutePath)) return undefined;
  if (existsSync(absolutePath)) return reader.readYamlFile(absolutePath, siteSchema);
  // A mistyped --content (or SHEQU_CONTENT) is the usual cause: say so, not "site.yaml is missing".
  if (!existsSync(root)) {
    reader.problems.push(createError(reader.display(root), { line: 1 }, '', `内容文件夹“${reader.display(root)}”不存在：请检查 --content（或 SHEQU_CONTENT）写的路径`));
    return undefined;
  }
  reader.problems.push(createError(reader.display(absolutePath), { line: 1 }, '', '缺少 site.yaml：内容文件夹需要描述本区的 site.yaml'));
  return undefined;
}

/** Reads `data/*.csv` and the optional `data/*.yaml` description beside each. */
async function readTables(reader: Reader, root: string): Promise<TableEntry[]> {
  const dataDir = path.join(root, 'data');
  const csvFiles = await reader.listSlugFiles('data', '.csv');
  const names = reader.isLinked(dataDir) ? [] : (await readdir(dataDir).catch(() => [] as string[])).filter((name) => !reader.isLinked(path.join(dataDir, name)));
  for (const name of names.filter((n) => n.endsWith('.yaml') && !names.includes(n.replace(/\.yaml$/, '.csv')))) {
    reader.problems.push(createError(reader.display(path.join(dataDir, name)), { line: 1 }, '', `没有同名的 CSV 表格（${name.replace(/\.yaml$/, '.csv')}）：说明文件需与表格同名`));
  }
  return Promise.all(
    csvFiles.map(async (csvPath): Promise<TableEntry> => {
      const name = path.basename(csvPath, '.csv');
      const file = reader.display(csvPath);
      const text = await reader.readText(csvPath);
      // An unreadable file (not UTF-8) has its own problem; the table still exists for its users.
      const parsed = text === undefined ? { problems: [] } : parseTable(text, file);
      reader.problems.push(...parsed.problems);
      const table = parsed.table ?? { columns: [], numericColumns: [], rows: [] };
      const description = names.includes(`${name}.yaml`) ? await reader.readYamlFile(path.join(dataDir, `${name}.yaml`), tableDescriptionSchema) : undefined;
      if (description?.data.columns && parsed.table) {
        for (const column of Object.keys(description.data.columns).filter((c) => !table.columns.includes(c))) {
          reader.problems.push(createError(description.file, description.locate(['columns', column]), `columns.${column}`, `columns 中的“${column}”不是 ${name}.csv 的列（现有列：${table.columns.join('、')}）`));
        }
      }
      return { name, file, table, valid: text !== undefined && !parsed.problems.some((p) => p.severity === 'error'), description };
    }),
  );
}
