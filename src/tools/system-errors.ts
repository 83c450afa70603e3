// What the machine refused while a build wrote its output: a full disk, a read-only or immutable
// folder, a missing permission. Editors get one Chinese line naming the folder and the cause,
// never a stack trace: Node, Astro's bundler (Rust: "os error 28") and Pagefind each say it
// their own way.
import { statSync } from 'node:fs';
import path from 'node:path';

/** Error codes a build can meet while writing, with the cause in Chinese. */
const CAUSES: Record<string, string> = {
  ENOSPC: '磁盘已满',
  EDQUOT: '磁盘配额已用完',
  EFBIG: '文件大小超过了系统限制',
  SIGXFSZ: '文件大小超过了系统限制',
  EROFS: '文件系统是只读的',
  EPERM: '不允许修改，文件夹可能被设为只读或不可更改',
  EACCES: '没有写入权限',
};

// Rust and C libraries report the same causes by their operating-system text.
const OS_MESSAGES: [RegExp, string][] = [
  [/no space left on device|os error 28\b/i, 'ENOSPC'],
  [/disk quota exceeded|os error 122\b/i, 'EDQUOT'],
  [/file too large|os error 27\b/i, 'EFBIG'],
  [/read-only file system|os error 30\b/i, 'EROFS'],
  [/operation not permitted|os error 1\b/i, 'EPERM'],
  [/permission denied|os error 13\b/i, 'EACCES'],
];

/** A system error a build can meet: its code and the file or folder it names, when known. */
export interface SystemError {
  code: string;
  path?: string;
}

/**
 * Finds a write failure of the machine in an error, its causes or its message: the code
 * (ENOSPC, EDQUOT, EFBIG, EROFS, EPERM, EACCES, or the signal SIGXFSZ of a file-size limit)
 * and the path the system named, if any.
 */
export function findSystemError(error: unknown): SystemError | undefined {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    const { code, signal, syscall, path: from, dest, message, cause, errors } = current as Record<string, unknown>;
    const found = [code, signal].find((name): name is string => typeof name === 'string' && Object.hasOwn(CAUSES, name)) ?? (typeof message === 'string' ? OS_MESSAGES.find(([pattern]) => pattern.test(message))?.[1] : undefined);
    // A copy fails where it writes; a rename or a write, at the path it names first.
    const where = typeof syscall === 'string' && syscall.startsWith('copy') && typeof dest === 'string' ? dest : from;
    if (found) return { code: found, path: typeof where === 'string' ? where : undefined };
    current = cause ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return undefined;
}

/**
 * One Chinese line for a write failure: the folder (the one the system named, else `folder`)
 * and the cause with its code. `folder` is shown relative to the working folder it is given.
 */
export function describeSystemError(found: SystemError, folder: string, cwd: string): string {
  const where = found.path ? (isFolder(found.path) ? found.path : path.dirname(found.path)) : folder;
  const shown = path.relative(cwd, where) || '.';
  return `无法写入 ${shown.startsWith('..') ? where : shown}/：${CAUSES[found.code]}（${found.code}）`;
}

function isFolder(where: string): boolean {
  try {
    return statSync(where).isDirectory();
  } catch {
    return false;
  }
}
