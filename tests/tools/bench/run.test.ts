import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeFailure, runMeasured } from '../../../src/tools/bench/run.ts';

describe('runMeasured', () => {
  test('keeps every line of both streams in order of arrival, the exit code and a log file', async () => {
    const logs = mkdtempSync(path.join(os.tmpdir(), 'bench-run-'));
    const script = "console.log('10:00:00 [content] Syncing content'); console.error('oops'); process.exitCode = 3";
    const run = await runMeasured('child test', ['-e', script], { cwd: process.cwd(), env: process.env, logs, log: () => {} });
    expect(run.code).toBe(3);
    expect(run.lines.map((l) => l.text).sort()).toEqual(['10:00:00 [content] Syncing content', 'oops']);
    expect(readFileSync(path.join(logs, 'child-test.log'), 'utf8')).toContain('Syncing content');
  });
});

describe('describeFailure', () => {
  const lines = ['building', 'Error: out of memory', '    at render (x.ts:1:1)', 'last words'].map((text, i) => ({ ms: i, text }));

  test.each([
    [{ code: 1, signal: null }, 'exit code 1: building / Error: out of memory / last words'],
    [{ code: null, signal: 'SIGKILL' as const }, 'killed by SIGKILL: building / Error: out of memory / last words'],
  ])('says how %j ended and its last messages, without stack lines', (end, expected) => {
    expect(describeFailure({ ...end, lines })).toBe(expected);
  });
});
