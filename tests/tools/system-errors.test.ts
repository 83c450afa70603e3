import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeSystemError, findSystemError } from '../../src/tools/system-errors.ts';

const errno = (code: string, extra: Record<string, string> = {}) => Object.assign(new Error(`${code}: …`), { code, ...extra });

describe('findSystemError', () => {
  test.each([
    ['a full disk (Node)', errno('ENOSPC', { syscall: 'write', path: '/srv/dist.building/a.html' }), { code: 'ENOSPC', path: '/srv/dist.building/a.html' }],
    ['a copy names where it writes', errno('ENOSPC', { syscall: 'copyfile', path: '/repo/a.js', dest: '/srv/dist.building/a.js' }), { code: 'ENOSPC', path: '/srv/dist.building/a.js' }],
    ['an immutable folder', errno('EPERM', { syscall: 'rename', path: '/srv/dist', dest: '/srv/dist.previous' }), { code: 'EPERM', path: '/srv/dist' }],
    ['a read-only file system', errno('EROFS', { syscall: 'mkdir', path: '/mnt/ro/dist' }), { code: 'EROFS', path: '/mnt/ro/dist' }],
    ['no permission', errno('EACCES', { syscall: 'open', path: '/srv/dist.lock' }), { code: 'EACCES', path: '/srv/dist.lock' }],
    ['a file-size limit (ulimit -f) as an error', errno('EFBIG'), { code: 'EFBIG', path: undefined }],
    ['a file-size limit as a signal, wrapped', new Error('Pagefind: ', { cause: Object.assign(new Error('killed'), { signal: 'SIGXFSZ' }) }), { code: 'SIGXFSZ', path: undefined }],
    ['the bundler’s panic text (Rust)', new Error('panicked: No space left on device (os error 28)'), { code: 'ENOSPC', path: undefined }],
    ['an error in an AggregateError', new AggregateError([errno('EDQUOT')]), { code: 'EDQUOT', path: undefined }],
  ])('finds %s', (_, error, expected) => {
    expect(findSystemError(error)).toEqual(expected);
  });

  test.each([
    ['a content error', new Error('Cannot read properties of undefined')],
    ['a missing file', errno('ENOENT')],
    ['a key named like an Object member', errno('toString')],
    ['nothing', undefined],
  ])('finds nothing in %s', (_, error) => {
    expect(findSystemError(error)).toBeUndefined();
  });
});

describe('describeSystemError', () => {
  test('names the folder the system named, relative to the working folder, with the cause and its code', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'shequ-errors-'));
    try {
      await mkdir(path.join(root, 'dist'));
      expect(describeSystemError({ code: 'EPERM', path: path.join(root, 'dist') }, 'unused', root)).toBe('无法写入 dist/：不允许修改，文件夹可能被设为只读或不可更改（EPERM）');
      expect(describeSystemError({ code: 'ENOSPC', path: path.join(root, 'dist', 'a.html') }, 'unused', root)).toBe('无法写入 dist/：磁盘已满（ENOSPC）');
      expect(describeSystemError({ code: 'SIGXFSZ' }, path.join(root, 'dist.building'), root)).toBe('无法写入 dist.building/：文件大小超过了系统限制（SIGXFSZ）');
      expect(describeSystemError({ code: 'EROFS', path: '/mnt/ro/dist' }, 'unused', root)).toBe('无法写入 /mnt/ro/：文件系统是只读的（EROFS）');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
