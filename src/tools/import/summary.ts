import type { ImportOutcome, RowStatus } from './run.ts';

/** At most this many lines of each kind (errors, skipped rows) are printed; then a count. */
export const PRINTED_LINES = 50;

/** Counts rows by outcome. */
export function countRows(outcome: ImportOutcome): Record<RowStatus, number> {
  const counts: Record<RowStatus, number> = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const row of outcome.rows) counts[row.status]++;
  return counts;
}

/**
 * What `npm run import` prints: notes on whole sheets, the rows set aside, each created or
 * updated file with its changes, each bad cell as `<file>: 第 7 行，户数：“约3000”不是整数`, then
 * the summary line. Unchanged rows are only counted. A reason that holds for a whole sheet is
 * said once; row errors and skipped rows stop after the first 50, then say how many more.
 */
export function formatImportOutcome(outcome: ImportOutcome, { dryRun, display }: { dryRun: boolean; display: (file: string) => string }): string[] {
  const lines = [...outcome.notes];
  lines.push(...outcome.skipped.slice(0, PRINTED_LINES));
  if (outcome.skipped.length > PRINTED_LINES) lines.push(`……另有 ${outcome.skipped.length - PRINTED_LINES} 行已跳过（空行、合计行或表尾），未逐一列出`);
  const verb = dryRun ? { created: '将新建', updated: '将更新' } : { created: '新建', updated: '更新' };
  let errors = 0;
  let warnings = 0;
  const sheetErrors = new Map<string, { message: string; rows: number }>();
  for (const row of outcome.rows) {
    const where = `${row.sheet} 第 ${row.line} 行`;
    if (row.sheetError) {
      const key = `${row.sheet}\n${row.messages[0]}`;
      const seen = sheetErrors.get(key) ?? sheetErrors.set(key, { message: `${row.sheet}: ${row.messages[0]}`, rows: 0 }).get(key)!;
      seen.rows++;
      continue;
    }
    for (const warning of row.warnings ?? []) if (warnings++ < PRINTED_LINES) lines.push(`${row.sheet}: 第 ${row.line} 行，提示：${warning}`);
    if (row.status === 'rejected') {
      for (const message of row.messages) if (errors++ < PRINTED_LINES) lines.push(`${row.sheet}: 第 ${row.line} 行，${message}`);
    }
    if (row.status === 'created') lines.push(`${verb.created} ${display(row.file!)}（${where}）${row.messages.length > 0 ? `：${row.messages.join('；')}` : ''}`);
    if (row.status === 'updated') lines.push(`${verb.updated} ${display(row.file!)}（${where}）：${row.messages.join('；')}`);
  }
  if (warnings > PRINTED_LINES) lines.push(`……另有 ${warnings - PRINTED_LINES} 个提示未列出`);
  if (errors > PRINTED_LINES) lines.push(`……另有 ${errors - PRINTED_LINES} 个错误未列出（只列出前 ${PRINTED_LINES} 个）`);
  for (const { message, rows } of sheetErrors.values()) lines.push(`${message}（这张表的 ${rows} 行都没有导入）`);
  const c = countRows(outcome);
  lines.push(`新建 ${c.created}，更新 ${c.updated}，未变 ${c.unchanged}，拒绝 ${c.rejected}${dryRun ? '（试运行：没有写入任何文件）' : ''}`);
  return lines;
}
