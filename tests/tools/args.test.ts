import { describe, expect, test } from 'vitest';
import { runScript } from '../helpers/run.ts';
import { describeArgsError, exitWithUsage, readCommandArgs } from '../../src/tools/args.ts';
import { CommandError } from '../../src/tools/command.ts';

// Every command answers --help with its usage and a mistake with one line, the usage and exit 2.
const COMMANDS = ['validate', 'build', 'dev', 'new', 'import', 'export', 'pdf', 'generate', 'bench', 'bench-city', 'bench-search', 'nginx-csp', 'lighthouse'];

describe('readCommandArgs', () => {
  test.each(COMMANDS)('%s --help prints the Chinese usage and exits 0', (name) => {
    for (const flag of ['--help', '-h']) {
      const { status, stdout, stderr } = runScript(`scripts/${name}.ts`, [flag]);
      expect(status).toBe(0);
      expect(stdout).toMatch(/^用法：npm run /);
      expect(stderr).toBe('');
    }
  });

  test.each(COMMANDS)('%s refuses an unknown flag in one line, with the usage, exit 2', (name) => {
    const { status, stderr } = runScript(`scripts/${name}.ts`, ['--no-such-flag']);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe('不认识的参数 --no-such-flag');
    expect(stderr).toContain('用法：');
    expect(stderr).not.toMatch(/ERR_PARSE_ARGS|at .*\.ts:\d+/);
  });

  test.each([
    ['import', [], '缺少要导入的文件。'],
    ['new', [], '缺少要新建的类型（community、report 或 site）。'],
    ['new', ['community'], '缺少拼音名（文件名）。'],
    ['validate', ['--content'], '参数 --content 的值不对（是否漏写了值？）'],
    ['validate', ['extra'], '多余的参数 extra'],
    ['generate', ['--communities', '5', '--districts', '6', '--out', 'unused'], '--districts 须为 1 到 15 之间的整数，且不多于 --communities。'],
    ['bench-search', [], '缺少 --site：要测量的网站文件夹（npm run build 的输出）。'],
    ['bench-search', ['--site', 'dist', '--names', 'many'], '--names 应为正整数，而不是“many”。'],
  ])('%s %j says what is missing, exit 2', (name, args, line) => {
    const { status, stderr } = runScript(`scripts/${name}.ts`, args as string[]);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe(line);
  });
});

describe('readCommandArgs (in process)', () => {
  const spec = { usage: '用法：npm run x -- [--n <数>]', options: { n: { type: 'string' } } } as const;
  test.each([
    [['--help'], 0, '用法：npm run x -- [--n <数>]'],
    [['--m'], 2, '不认识的参数 --m\n用法：npm run x -- [--n <数>]'],
    [['--n'], 2, '参数 --n 的值不对（是否漏写了值？）\n用法：npm run x -- [--n <数>]'],
  ])('%j ends the script by throwing a CommandError (status %i), never by exiting itself', (args, exitCode, message) => {
    const thrown = (() => {
      try {
        readCommandArgs(spec, args);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(CommandError);
    expect(thrown).toMatchObject({ exitCode, message });
  });

  test('returns the values it can take', () => {
    expect(readCommandArgs(spec, ['--n', '3']).values).toEqual({ n: '3' });
  });
});

describe('exitWithUsage', () => {
  test('throws the message and the usage, status 2', () => {
    expect(() => exitWithUsage({ usage: '用法：x' }, '缺少文件。')).toThrow(expect.objectContaining({ exitCode: 2, message: '缺少文件。\n用法：x' }));
  });
});

describe('describeArgsError', () => {
  test('falls back to the message for errors it does not know', () => {
    expect(describeArgsError(new Error('boom'))).toBe('参数有误：boom');
  });
});
