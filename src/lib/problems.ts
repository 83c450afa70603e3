/** How serious a content problem is: errors stop the build, warnings only with `--strict`. */
export type Severity = 'error' | 'warning';

/**
 * A problem found in the content. Problems are values: every check returns them and the caller
 * collects them all, so an editor sees every problem of a run at once.
 */
export interface Problem {
  /** Path of the offending file, relative to the working directory (the repository root). */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** 1-based column, where it is known. */
  column?: number;
  /** Field path as written in the file (`facility.area_m2`), or '' for the file as a whole. */
  path: string;
  /** What is wrong, in Chinese (the editors' language). */
  message: string;
  severity: Severity;
}

/** A place in a file that a problem can point at. */
export interface Position {
  line: number;
  column?: number;
}

/** Makes an error at a position. */
export function createError(file: string, at: Position, path: string, message: string): Problem {
  return { file, line: at.line, column: at.column, path, message, severity: 'error' };
}

/** Makes a warning at a position. */
export function createWarning(file: string, at: Position, path: string, message: string): Problem {
  return { file, line: at.line, column: at.column, path, message, severity: 'warning' };
}

/** Formats one problem as `<path>:<line>[:<col>]: [warning: ]<message>`, the contract's format. */
export function formatProblem(problem: Problem): string {
  const column = problem.column === undefined ? '' : `:${problem.column}`;
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}${column}: ${label}${problem.message}`;
}

/** Orders problems by file, then line and column, so output is stable and easy to follow. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

/** Counts errors and warnings. */
export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

/** Tells whether the problems stop a build: any error, or any warning when `strict`. */
export function isFailing(problems: readonly Problem[], strict = false): boolean {
  return problems.some((p) => p.severity === 'error' || strict);
}

/** Formats a field path the way it is written in the file: `funding[2].year`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}
