import { describe, expect, test } from 'vitest';
import { formatBuildFailure, formatSignalFailure } from '../../src/tools/build-failure.ts';

const context = { out: 'dist', folder: '/repo/dist.building', cwd: '/repo', verbose: false };

describe('formatBuildFailure', () => {
  test('gives a write failure of the machine as one line with the folder, the cause and 构建失败', () => {
    const error = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', path: '/repo/dist.building/index.html' });
    expect(formatBuildFailure(error, context)).toBe('构建失败：无法写入 dist.building/：磁盘已满（ENOSPC）。dist/ 保持不变。');
  });

  test('gives any other error by its message, with no stack trace unless --verbose', () => {
    const error = new Error('Astro could not render /communities/');
    expect(formatBuildFailure(error, context)).toBe('Astro could not render /communities/\n构建失败：dist/ 保持不变。（加 --verbose 可看到详细信息）');
    const verbose = formatBuildFailure(error, { ...context, verbose: true });
    expect(verbose).toMatch(/^Error: Astro could not render \/communities\/\n\s+at /);
    expect(verbose).toMatch(/\n构建失败：dist\/ 保持不变。$/);
  });
});

describe('formatSignalFailure', () => {
  test.each([
    ['SIGXFSZ', '构建失败：无法写入 dist.building/：文件大小超过了系统限制（SIGXFSZ）。dist/ 保持不变。'],
    ['SIGKILL', '构建失败：构建进程被信号 SIGKILL 终止。dist/ 保持不变。'],
  ])('names %s', (signal, expected) => {
    expect(formatSignalFailure(signal, context)).toBe(expected);
  });
});
