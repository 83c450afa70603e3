import type { Problem } from '../lib/problems.ts';
import { countProblems, formatProblem, isFailing } from '../lib/problems.ts';

/** What a run of the checks prints: problems one per line, then a summary line. */
export function formatReport(problems: readonly Problem[], counts: { communities: number; reports: number; tables: number }, strict: boolean): string {
  const { errors, warnings } = countProblems(problems);
  const lines = problems.map(formatProblem);
  const scope = `${counts.communities} 个社区文件、${counts.reports} 篇报告、${counts.tables} 个数据表`;
  if (isFailing(problems, strict)) {
    lines.push(`内容检查未通过：${errors} 个错误，${warnings} 个警告${strict && errors === 0 ? '（--strict：警告也视为错误）' : ''}（${scope}）`);
  } else {
    lines.push(`内容检查通过：${scope}${warnings > 0 ? `，${warnings} 个警告` : ''}`);
  }
  return lines.join('\n');
}

/** The same findings for machines (`--json`). */
export function formatJsonReport(problems: readonly Problem[], strict: boolean): string {
  const { errors, warnings } = countProblems(problems);
  return JSON.stringify({ ok: !isFailing(problems, strict), errors, warnings, problems }, null, 2);
}
