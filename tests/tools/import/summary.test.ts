import { describe, expect, test } from 'vitest';
import type { ImportOutcome, RowOutcome } from '../../../src/tools/import/run.ts';
import { formatImportOutcome } from '../../../src/tools/import/summary.ts';

const format = (outcome: Partial<ImportOutcome>, dryRun = false) => formatImportOutcome({ rows: [], notes: [], skipped: [], ...outcome }, { dryRun, display: (f) => `content/${f}` });
const rejected = (line: number, ...messages: string[]): RowOutcome => ({ sheet: 'a.csv', line, status: 'rejected', messages });

describe('formatImportOutcome', () => {
  test('prints notes, skipped rows, warnings, changes and errors, then the counts', () => {
    expect(
      format({
        notes: ['a.csv: 列“备注”无法识别，已忽略'],
        skipped: ['a.csv: 第 4 行是空行，已跳过'],
        rows: [{ sheet: 'a.csv', line: 2, status: 'updated', file: 'communities/hetang.md', messages: ['户数：2000 → 2100'], warnings: ['满意度：是否把 92% 写成了 0.92？'] }, rejected(3, '户数：“约3000”不是整数')],
      }),
    ).toEqual([
      'a.csv: 列“备注”无法识别，已忽略',
      'a.csv: 第 4 行是空行，已跳过',
      'a.csv: 第 2 行，提示：满意度：是否把 92% 写成了 0.92？',
      '更新 content/communities/hetang.md（a.csv 第 2 行）：户数：2000 → 2100',
      'a.csv: 第 3 行，户数：“约3000”不是整数',
      '新建 0，更新 1，未变 0，拒绝 1',
    ]);
  });

  test('prints the first 50 errors and skipped rows, then how many more', () => {
    const lines = format(
      {
        rows: Array.from({ length: 120 }, (_, i) => rejected(i + 2, '户数：“约3000”不是整数')),
        skipped: Array.from({ length: 60 }, (_, i) => `a.csv: 第 ${i + 200} 行是空行，已跳过`),
      },
      true,
    );
    expect(lines.filter((l) => l.endsWith('不是整数'))).toHaveLength(50);
    expect(lines.filter((l) => l.endsWith('已跳过'))).toHaveLength(50);
    expect(lines).toContain('……另有 10 行已跳过（空行、合计行或表尾），未逐一列出');
    expect(lines).toContain('……另有 70 个错误未列出（只列出前 50 个）');
    expect(lines.at(-1)).toBe('新建 0，更新 0，未变 0，拒绝 120（试运行：没有写入任何文件）');
  });

  test("says a whole sheet's reason once, with how many rows it held", () => {
    const rows = [2, 3, 4].map((line): RowOutcome => ({ ...rejected(line, '有年份列（2019年），但看不出是哪一项数据'), sheetError: true }));
    expect(format({ rows })).toEqual(['a.csv: 有年份列（2019年），但看不出是哪一项数据（这张表的 3 行都没有导入）', '新建 0，更新 0，未变 0，拒绝 3']);
  });
});
