import type { ImportOutcome, RowStatus } from './run.ts';

/** Counts rows by outcome. */
export function countRows(outcome: ImportOutcome): Record<RowStatus, number> {
  const counts: Record<RowStatus, number> = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const row of outcome.rows) counts[row.status]++;
  return counts;
}

/**
 * What `npm run import` prints: notes on whole sheets, each created or updated file with its
 * changes, each bad cell as `<file>: 第 7 行，户数：“约3000”不是整数`, then the summary line.
 * Unchanged rows are only counted.
 */
export function formatImportOutcome(outcome: ImportOutcome, { dryRun, display }: { dryRun: boolean; display: (file: string) => string }): string[] {
  const lines = [...outcome.notes];
  const verb = dryRun ? { created: '将新建', updated: '将更新' } : { created: '新建', updated: '更新' };
  for (const row of outcome.rows) {
    const where = `${row.sheet} 第 ${row.line} 行`;
    if (row.status === 'rejected') lines.push(...row.messages.map((m) => `${row.sheet}: 第 ${row.line} 行，${m}`));
    if (row.status === 'created') lines.push(`${verb.created} ${display(row.file!)}（${where}）${row.messages.length > 0 ? `：${row.messages.join('；')}` : ''}`);
    if (row.status === 'updated') lines.push(`${verb.updated} ${display(row.file!)}（${where}）：${row.messages.join('；')}`);
  }
  const c = countRows(outcome);
  lines.push(`新建 ${c.created}，更新 ${c.updated}，未变 ${c.unchanged}，拒绝 ${c.rejected}${dryRun ? '（试运行：没有写入任何文件）' : ''}`);
  return lines;
}
