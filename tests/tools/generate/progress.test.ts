import { describe, expect, test } from 'vitest';
import { createProgress } from '../../../src/tools/generate/progress.ts';

function capture(isTTY: boolean) {
  const writes: string[] = [];
  let clock = 0;
  const stream = { isTTY, write: (text: string) => writes.push(text) };
  return { writes, stream, tick: (ms: number) => (clock += ms), now: () => clock };
}

describe('createProgress', () => {
  test('prints a line at each tenth of the way when not on a terminal, then a last line', () => {
    const { writes, stream, now } = capture(false);
    const progress = createProgress('generate', 100, stream, now);
    for (let done = 1; done <= 100; done++) progress.update(done);
    progress.done();
    expect(writes).toHaveLength(11);
    expect(writes.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
    expect(writes.at(-1)).toBe('generate: 100/100 (100%) 0.0 s\n');
  });

  test('rewrites one line on a terminal, at most every 100 ms', () => {
    const { writes, stream, tick, now } = capture(true);
    const progress = createProgress('build', 10, stream, now);
    progress.update(1);
    progress.update(2);
    tick(200);
    progress.update(3, 'rendering');
    progress.done();
    expect(writes).toHaveLength(3);
    expect(writes[0].startsWith('\r')).toBe(true);
    expect(writes[1]).toContain('build: 3/10 (30%) 0.2 s · rendering');
    expect(writes[2].endsWith('\n')).toBe(true);
  });
});
