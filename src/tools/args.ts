// The one argument reader of the command-line scripts: every script answers --help/-h with its
// Chinese usage (exit 0) and a flag it does not know, a missing value or a missing argument with
// one line and the usage (exit 2) — never Node's parseArgs stack trace. Both end the script by
// throwing a CommandError, which the script's runCommand prints.
import { parseArgs } from 'node:util';
import type { ParseArgsOptionsConfig } from 'node:util';
import { CommandError } from './command.ts';

/** What a script accepts: its usage text (Chinese, starting with 用法：) and parseArgs options. */
export interface CommandSpec<O extends ParseArgsOptionsConfig> {
  usage: string;
  options: O;
  allowPositionals?: boolean;
  allowNegative?: boolean;
}

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>;

/**
 * Reads the script's arguments (process.argv by default). Ends the script with the usage
 * (status 0) on --help/-h, and with one Chinese line and the usage (status 2) on anything it
 * cannot take, by throwing a CommandError.
 */
export function readCommandArgs<O extends ParseArgsOptionsConfig>(spec: CommandSpec<O>, args: string[] = process.argv.slice(2)): Parsed<O> {
  if (args.some((arg) => arg === '--help' || arg === '-h')) {
    throw new CommandError(spec.usage, 0);
  }
  try {
    return parseArgs({
      args,
      options: spec.options,
      allowPositionals: spec.allowPositionals ?? false,
      allowNegative: spec.allowNegative ?? false,
      strict: true,
    }) as Parsed<O>;
  } catch (error) {
    return exitWithUsage(spec, describeArgsError(error));
  }
}

/** Ends the script (status 2, via CommandError) for a usage mistake the script found itself (a missing argument, a bad value). */
export function exitWithUsage(spec: { usage: string }, message: string): never {
  throw new CommandError(`${message}\n${spec.usage}`, 2);
}

/** Node's parseArgs errors, in the editors' language. */
export function describeArgsError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'([^']+)'/.exec(message ?? '')?.[1]?.split(' ')[0] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `不认识的参数 ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `参数 ${option} 的值不对（是否漏写了值？）`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多余的参数 ${option}`;
    default:
      return `参数有误：${message ?? String(error)}`;
  }
}
