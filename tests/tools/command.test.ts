import { afterEach, describe, expect, test, vi } from 'vitest';
import { CommandError, runCommand } from '../../src/tools/command.ts';

/** Runs `main` through runCommand with process.exit and the console stubbed; says how it ended. */
async function runStubbed(main: () => unknown) {
  const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    throw new Error(`exit ${code}`);
  }) as typeof process.exit);
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const outcome = await runCommand(main).then(
    (value) => ({ value }),
    (thrown: Error) => ({ thrown: thrown.message }),
  );
  return { outcome, exit: exit.mock.calls.map((c) => c[0]), stdout: log.mock.calls.map((c) => c[0]), stderr: error.mock.calls.map((c) => c[0]) };
}

describe('runCommand', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  test.each([
    ['a usage mistake', new CommandError('不认识的参数 --x\n用法：…', 2), { exit: [2], stdout: [], stderr: ['不认识的参数 --x\n用法：…'] }],
    ['a content error', new CommandError('构建已停止：内容有问题', 1), { exit: [1], stdout: [], stderr: ['构建已停止：内容有问题'] }],
    ['--help (status 0 goes to stdout)', new CommandError('用法：npm run x', 0), { exit: [0], stdout: ['用法：npm run x'], stderr: [] }],
    ['an end already explained (empty message)', new CommandError('', 130), { exit: [130], stdout: [], stderr: [] }],
  ])('prints %s without a stack trace and exits with its status', async (_, thrown, expected) => {
    const { exit, stdout, stderr } = await runStubbed(() => {
      throw thrown;
    });
    expect({ exit, stdout, stderr }).toEqual(expected);
  });

  test('rethrows an error that is not a planned end, without exiting', async () => {
    const { outcome, exit } = await runStubbed(async () => {
      throw new TypeError('boom');
    });
    expect(outcome).toEqual({ thrown: 'boom' });
    expect(exit).toEqual([]);
  });

  test('returns the result; a number becomes the exit status of a normal end', async () => {
    expect((await runStubbed(() => ({ a: 1 }))).outcome).toEqual({ value: { a: 1 } });
    expect(process.exitCode).toBeUndefined();
    const { outcome, exit } = await runStubbed(async () => 1);
    expect(outcome).toEqual({ value: 1 });
    expect(exit).toEqual([]);
    expect(process.exitCode).toBe(1);
  });
});
