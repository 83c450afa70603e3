import { distance } from 'fastest-levenshtein';
import type { Site } from '../../lib/schema.ts';
import { suggestName } from '../../lib/suggest.ts';
import { KNOWN_UNITS } from './cells.ts';
import { getColumns, getHeaderUnit } from './columns.ts';
import type { HeaderMapping } from './columns.ts';
import { applyEdit, EditError, readYamlData } from './edit.ts';
import { getCommunityKeyOrder } from './key-order.ts';
import { cutFrontmatter, joinFrontmatter } from './markdown-file.ts';
import { createCommunity } from './create.ts';
import { planProfileRow, planYearlyRow } from './plan.ts';
import { prepareSheet } from './prepare.ts';
import type { ParsedRow } from './rows.ts';
import { parseRow } from './rows.ts';
import type { Sheet } from './sheet.ts';
import type { CommunityStore } from './store.ts';

/** What happened to one row. */
export type RowStatus = 'created' | 'updated' | 'unchanged' | 'rejected';

/** One row's outcome, with the file it touched and what the editor should read. */
export interface RowOutcome {
  sheet: string;
  line: number;
  status: RowStatus;
  /** Path inside the content folder. */
  file?: string;
  /** For created and updated rows: what changed; for rejected rows: every reason. */
  messages: string[];
  /** Cells taken as written that look like slips (0.92 in a percentage column). */
  warnings?: string[];
  /** Set when the reason is the whole sheet's, said once for all its rows. */
  sheetError?: true;
}

/** The outcome of an import: rows, and notes about whole sheets (ignored columns, encodings). */
export interface ImportOutcome {
  rows: RowOutcome[];
  notes: string[];
  /** One notice per row set aside: blank, totals (合计) and footer (审核人：…) rows. */
  skipped: string[];
}

/** Options for running an import. */
export interface ImportOptions {
  site?: Site;
  /** Called after each row, for a progress line on large files. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Imports sheets into the community files held by a store: profile sheets first (they may
 * create the communities that yearly rows fill), then yearly sheets. A row with any bad cell
 * changes nothing; every other row is applied.
 */
export function runImport(sheets: readonly Sheet[], store: CommunityStore, { site, onProgress }: ImportOptions = {}): ImportOutcome {
  const columns = getColumns(site);
  const outcome: ImportOutcome = { rows: [], notes: [], skipped: [] };
  const mapped = sheets.flatMap((sheet) => prepareSheet(sheet, columns, outcome.notes, outcome.skipped) ?? []);
  const ordered = [...mapped.filter((m) => m.mapping.kind === 'profile'), ...mapped.filter((m) => m.mapping.kind === 'yearly')];
  const total = mapped.reduce((n, m) => n + m.sheet.rows.length, 0);
  const keyOrder = getCommunityKeyOrder(site);
  const parsed = new Map<string, unknown>();
  for (const { sheet, mapping, error } of ordered) {
    const sheetError =
      error ??
      checkSheet(
        sheet,
        mapping,
        columns.flatMap((c) => c.headers),
        outcome.notes,
      );
    const seen = new Map<string, number>();
    for (const row of sheet.rows) {
      const reject = (messages: string[]): RowOutcome => ({ sheet: sheet.label, line: row.line, status: 'rejected', messages });
      let result: RowOutcome;
      if (sheetError) {
        result = { ...reject([sheetError]), sheetError: true };
      } else {
        const parsedRow = parseRow(row, sheet.headers, mapping, site);
        result = parsedRow.errors.length > 0 ? reject(parsedRow.errors) : importRow(parsedRow, mapping.kind, { store, site, keyOrder, seen, parsed, label: sheet.label });
        if (parsedRow.warnings.length > 0) result.warnings = parsedRow.warnings;
      }
      outcome.rows.push(result);
      onProgress?.(outcome.rows.length, total);
    }
  }
  return outcome;
}

/** Says once per sheet what will be ignored; returns why no row can be read, if so. */
function checkSheet(sheet: Sheet, mapping: HeaderMapping, knownHeaders: string[], notes: string[]): string | undefined {
  // A running number column (序号) is in almost every office sheet: nothing to say about it.
  for (const header of mapping.unknown.filter((h) => !/^(序号|编号|no\.?)$/i.test(h.trim()))) {
    // Short Chinese headers are all close to each other: suggest only a near miss (`党员人员`).
    const near = suggestName(header, knownHeaders);
    const guess = near && distance(header, near) <= Math.max(1, Math.floor(header.length / 3)) ? near : undefined;
    notes.push(`${sheet.label}: 列“${header}”无法识别，已忽略${guess ? `（是否应为“${guess}”？）` : ''}；可用的列名见 docs/编辑指南.md`);
  }
  const other = mapping.columns.filter((c) => c && c.sheet !== 'key' && c.sheet !== mapping.kind);
  if (other.length > 0) {
    const names = other.map((c) => sheet.headers[mapping.columns.indexOf(c)]).join('、');
    notes.push(mapping.kind === 'yearly' ? `${sheet.label}: 这是年度表（有“年度”列或年份列），台账列 ${names} 已忽略：台账请另用一张不含年度的表导入` : `${sheet.label}: 没有“年度”列，年度列 ${names} 已忽略：经费和满意度需要“年度”列`);
  }
  const units = mapping.columns.flatMap((column, i) => {
    const unit = getHeaderUnit(sheet.headers[i]);
    return column?.units && unit && KNOWN_UNITS.includes(unit) && !column.units.includes(unit) ? [`列“${sheet.headers[i]}”的单位是“${unit}”，而这一项以${column.units[0]}计：不会自动换算，请换算成${column.units[0]}并改正表头`] : [];
  });
  if (units.length > 0) return units.join('；');
  if (mapping.duplicates.length > 0) {
    return mapping.duplicates.map(([a, b]) => `列“${a}”和“${b}”是同一个字段，请删去一列`).join('；');
  }
  if (!mapping.columns.some((c) => c?.field === 'slug' || c?.field === 'name')) {
    return `找不到“社区名称”或“拼音”列，无法知道每一行是哪个社区（表头：${sheet.headers.filter((h) => h !== '').join('、')}）`;
  }
  return undefined;
}

interface RowContext {
  store: CommunityStore;
  site?: Site;
  keyOrder: ReturnType<typeof getCommunityKeyOrder>;
  /** Communities (and years, in yearly sheets) already seen in this sheet → their row. */
  seen: Map<string, number>;
  /** Frontmatter text → its data: the rows of one community read the same text until one changes it. */
  parsed: Map<string, unknown>;
  label: string;
}

function importRow(row: ParsedRow, kind: 'profile' | 'yearly', context: RowContext): RowOutcome {
  const { store, site, seen } = context;
  const base = { sheet: context.label, line: row.line };
  const reject = (...messages: string[]): RowOutcome => ({ ...base, status: 'rejected', messages });
  const target = findTarget(row, store);
  if ('error' in target) return reject(target.error);
  const slug = target.slug ?? row.slug;
  const key = kind === 'yearly' ? `${slug ?? row.name} ${String(row.values.get('year'))}` : (slug ?? row.name ?? '');
  if (seen.has(key)) return reject(`与第 ${seen.get(key)} 行是同一个社区${kind === 'yearly' ? '、同一年度' : ''}：每个${kind === 'yearly' ? '社区每年' : '社区'}只写一行`);
  seen.set(key, row.line);

  if (!target.slug) {
    if (kind === 'yearly') return reject(`没有名为“${row.name}”的社区：请先导入台账表，或用 npm run new 新建`);
    if (!row.slug) return reject(`没有名为“${row.name}”的社区；新社区需要在“拼音”列写上文件名（如 qingshi）`);
    const check = planProfileRow(row, {}, site);
    if ('error' in check) return reject(check.error);
    const created = createCommunity(row, site);
    store.put(row.slug, created.text);
    return { ...base, status: 'created', file: `communities/${row.slug}.md`, messages: created.messages };
  }

  const file = store.get(target.slug)!;
  if (file.problem) return reject(file.problem);
  const parts = cutFrontmatter(file.text ?? '');
  const data = parts && readCachedData(parts.frontmatter, context.parsed);
  if (!parts || data === undefined) return reject(`${file.file} 的 frontmatter 无法读取：请先运行 npm run validate 并改正`);
  const record = (data ?? {}) as Record<string, unknown>;
  const plan = kind === 'profile' ? planProfileRow(row, record, site) : planYearlyRow(row, record);
  if ('error' in plan) return reject(plan.error);
  if (plan.edits.length === 0) return { ...base, status: 'unchanged', file: file.file, messages: [] };
  let frontmatter = parts.frontmatter;
  try {
    for (const edit of plan.edits) frontmatter = applyEdit(frontmatter, edit, { keyOrder: context.keyOrder });
  } catch (error) {
    if (error instanceof EditError) return reject(`${file.file}：${error.message}`);
    throw error;
  }
  store.put(target.slug, joinFrontmatter(parts, frontmatter));
  return { ...base, status: 'updated', file: file.file, messages: plan.changes };
}

/** The existing file a row names: by slug when it has one, else by the community's name. */
function findTarget(row: ParsedRow, store: CommunityStore): { slug?: string } | { error: string } {
  if (row.slug) return store.get(row.slug) ? { slug: row.slug } : {};
  if (!row.name) return { error: '“社区名称”和“拼音”都是空的，不知道这一行是哪个社区' };
  const matches = store.findByName(row.name);
  if (matches.length > 1) return { error: `有 ${matches.length} 个社区文件名为“${row.name}”（${matches.map((m) => m.file).join('、')}）：请加“拼音”列指明` };
  return matches.length === 1 ? { slug: matches[0].slug } : {};
}

function readCachedData(frontmatter: string, cache: Map<string, unknown>): unknown {
  if (!cache.has(frontmatter)) cache.set(frontmatter, readYamlData(frontmatter));
  return cache.get(frontmatter);
}
