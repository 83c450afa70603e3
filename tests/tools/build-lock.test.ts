import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseHolder, tryTakeLock, waitForLock } from '../../src/tools/build-lock.ts';

let root: string;
let lock: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'shequ-lock-'));
  lock = path.join(root, 'build.lock');
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** The id of a process that has ended. */
function getEndedPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim());
}

describe('tryTakeLock', () => {
  test('takes a free lock and names the holder in it', async () => {
    expect(tryTakeLock(lock, { pid: process.pid, out: '/srv/dist' })).toBeUndefined();
    expect(parseHolder(await readFile(lock, 'utf8'))).toEqual({ pid: process.pid, out: '/srv/dist' });
  });

  test('returns the live build that holds it, its child keeping it held after the parent is gone', async () => {
    await writeFile(lock, JSON.stringify({ pid: process.pid, out: '/srv/other' }));
    expect(tryTakeLock(lock, { pid: 1 })).toEqual({ pid: process.pid, out: '/srv/other' });
    await writeFile(lock, JSON.stringify({ pid: getEndedPid(), child: process.pid }));
    expect(tryTakeLock(lock, { pid: 1 })).toMatchObject({ child: process.pid });
  });

  test.each([
    ['a bare process id (older locks)', () => String(getEndedPid())],
    ['a parent and child that both ended', () => JSON.stringify({ pid: getEndedPid(), child: getEndedPid() })],
    ['unreadable text', () => 'garbage'],
  ])('takes over a lock left by %s', async (_, text) => {
    await writeFile(lock, text());
    expect(tryTakeLock(lock, { pid: process.pid })).toBeUndefined();
    expect(parseHolder(await readFile(lock, 'utf8'))).toEqual({ pid: process.pid });
  });
});

describe('waitForLock', () => {
  test('waits while a live build holds the lock, says once who that is, then takes it', async () => {
    await writeFile(lock, JSON.stringify({ pid: process.pid, out: '/srv/other' }));
    const told: unknown[] = [];
    const waiting = waitForLock(lock, { pid: process.pid, out: '/srv/mine' }, (holder) => {
      told.push(holder);
      // The other build ends.
      void rm(lock);
    });
    await waiting;
    expect(told).toEqual([{ pid: process.pid, out: '/srv/other' }]);
    expect(existsSync(lock) && parseHolder(await readFile(lock, 'utf8'))).toEqual({ pid: process.pid, out: '/srv/mine' });
  });
});
