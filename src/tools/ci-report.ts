// What `validate --format github|gitlab` prints: the same problems as the text report, in the
// shapes forges read so that each one shows on its line of a merge request.
import { createHash } from 'node:crypto';
import type { Problem } from '../lib/problems.ts';

/** The report formats `npm run validate` knows. */
export const REPORT_FORMATS = ['text', 'json', 'github', 'gitlab'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Tells whether a `--format` value is one we know. */
export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * One workflow command per problem (`::error file=…,line=…,col=…::message`), the syntax GitHub
 * Actions and Gitea/Forgejo Actions turn into annotations on the changed lines.
 */
export function formatGithubAnnotations(problems: readonly Problem[]): string {
  return problems
    .map((problem) => {
      const properties = [`file=${escapeProperty(problem.file)}`, `line=${problem.line}`];
      if (problem.column !== undefined) properties.push(`col=${problem.column}`);
      return `::${problem.severity} ${properties.join(',')}::${escapeData(problem.message)}`;
    })
    .join('\n');
}

/** A GitLab Code Quality report (JSON), which merge requests show beside the changed lines. */
export function formatCodeQuality(problems: readonly Problem[]): string {
  const seen = new Map<string, number>();
  const issues = problems.map((problem) => {
    // Without the line, so a problem keeps its fingerprint when lines above it move; the count
    // tells apart the same problem written twice in one file.
    const key = `${problem.file}\n${problem.path}\n${problem.severity}\n${problem.message}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return {
      description: problem.message,
      check_name: problem.severity === 'error' ? 'shequ-content-error' : 'shequ-content-warning',
      fingerprint: createHash('sha256').update(`${key}\n${occurrence}`).digest('hex'),
      severity: problem.severity === 'error' ? 'major' : 'minor',
      location: { path: problem.file, lines: { begin: problem.line } },
    };
  });
  return JSON.stringify(issues, null, 2);
}

// GitHub's workflow-command escaping: data loses %, CR and LF; property values also : and ,.
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
