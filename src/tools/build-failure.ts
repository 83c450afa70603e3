import { inspect } from 'node:util';
import { describeBuildError } from './build-errors.ts';
import { describeSystemError, findSystemError } from './system-errors.ts';

/** What a failure message names: the output folder as the editor wrote it, and the folder being written. */
export interface FailureContext {
  /** The `--out` value, shown as the folder that stays as it was. */
  out: string;
  /** The folder the build was writing when it failed (named when the system does not say). */
  folder: string;
  cwd: string;
  /** With `--verbose`, the whole error (stack trace included) comes first. */
  verbose: boolean;
  /** The content folder of an Astro build: its errors are traced back to content files and lines. */
  content?: string;
}

/**
 * The lines a failed build prints. A write failure of the machine (disk full, read-only,
 * immutable, no permission) is one line naming the folder and the cause; anything else gives
 * its message, and its stack trace only with `--verbose`.
 */
export function formatBuildFailure(error: unknown, context: FailureContext): string {
  const kept = `${context.out.replace(/\/+$/, '')}/ 保持不变。`;
  const system = findSystemError(error);
  const details = context.verbose ? `${inspect(error)}\n` : '';
  if (system) return `${details}构建失败：${describeSystemError(system, context.folder, context.cwd)}。${kept}`;
  if (context.content !== undefined) {
    return `${describeBuildError(error, { content: context.content, verbose: context.verbose, cwd: context.cwd }).join('\n')}\n构建失败：${kept}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `${details || `${message}\n`}构建失败：${kept}${context.verbose ? '' : '（加 --verbose 可看到详细信息）'}`;
}

/** The line for a build step that a signal ended (SIGXFSZ: a file-size limit, SIGKILL: killed). */
export function formatSignalFailure(signal: string, context: FailureContext): string {
  const kept = `${context.out.replace(/\/+$/, '')}/ 保持不变。`;
  if (signal === 'SIGXFSZ') return `构建失败：${describeSystemError({ code: 'SIGXFSZ' }, context.folder, context.cwd)}。${kept}`;
  return `构建失败：构建进程被信号 ${signal} 终止。${kept}`;
}
