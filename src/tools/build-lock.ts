// Lock files of the build: one per output folder (a second build into it would delete the
// first one's staging folder) and one per checkout (every build of a checkout shares Astro's
// caches, `.astro/` and `node_modules/.astro/`, and the parse cache). A lock names the build's
// process, its Astro child and its output folder; a lock whose processes are all gone was left
// by a killed build and is taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Who holds a lock: the build's process, its child while it runs, and the output folder. */
export interface LockHolder {
  pid: number;
  child?: number;
  out?: string;
}

/**
 * Takes a lock for `holder`, or returns the live build that holds it. A lock whose processes
 * have all ended is removed and taken.
 */
export function tryTakeLock(lockFile: string, holder: LockHolder): LockHolder | undefined {
  for (;;) {
    try {
      writeFileSync(lockFile, JSON.stringify(holder), { flag: 'wx' });
      return undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const text = readLock(lockFile);
    if (text === undefined) continue;
    const current = parseHolder(text);
    if (current && isHeld(current)) return current;
    // Removed only if no other build took it over meanwhile.
    if (readLock(lockFile) === text) rmSync(lockFile, { force: true });
  }
}

/**
 * Takes a lock, waiting while a live build holds it; `onWait` is told once who that is.
 */
export async function waitForLock(lockFile: string, holder: LockHolder, onWait: (current: LockHolder) => void): Promise<void> {
  let told = false;
  for (let current = tryTakeLock(lockFile, holder); current; current = tryTakeLock(lockFile, holder)) {
    if (!told) onWait(current);
    told = true;
    await sleep(500);
  }
}

/** Rewrites a lock this process holds (to name its child). */
export function updateLock(lockFile: string, holder: LockHolder): void {
  writeFileSync(lockFile, JSON.stringify(holder));
}

/** Removes a lock when this process ends, if it still names this process. */
export function releaseLockOnExit(lockFile: string): void {
  process.on('exit', () => {
    const text = readLock(lockFile);
    if (text !== undefined && parseHolder(text)?.pid === process.pid) rmSync(lockFile, { force: true });
  });
}

function readLock(lockFile: string): string | undefined {
  try {
    return readFileSync(lockFile, 'utf8');
  } catch {
    return undefined;
  }
}

/** A lock's text: our JSON, or a bare process id (locks written before the JSON). */
export function parseHolder(text: string): LockHolder | undefined {
  const bare = Number(text);
  if (Number.isInteger(bare) && bare > 0) return { pid: bare };
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

/** A build holds its lock while it or its child runs. */
function isHeld(holder: LockHolder): boolean {
  return isRunning(holder.pid) || (holder.child !== undefined && isRunning(holder.child));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/**
 * A process that has ended but was never reaped still answers signal 0. A child whose parent
 * was killed is handed to the first process, which in some containers reaps nobody.
 */
function isZombie(pid: number): boolean {
  try {
    // The state follows the command name in parentheses, which may itself hold spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

/** The line a build prints while it waits for another build of the same checkout. */
export function formatLockWait(holder: LockHolder, cwd: string): string {
  const out = holder.out ? `，输出到 ${path.relative(cwd, holder.out) || '.'}/` : '';
  return `另一个构建正在使用本项目的缓存（进程 ${holder.pid}${out}）：等它结束后再开始……`;
}
