import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runScript } from '../helpers/run.ts';

let dir: string;
const conf = () => path.join(dir, 'shequ.conf');
const policy = "default-src 'self'; script-src 'self' 'sha256-new='; frame-ancestors 'self'";
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shequ-nginx-csp-'));
  await mkdir(path.join(dir, 'dist', '_shequ'), { recursive: true });
  await writeFile(path.join(dir, 'dist', '_shequ', 'content-security-policy.txt'), `${policy}\n`);
  await writeFile(conf(), `server {\n    add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-old='" always;\n}\n`);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const run = (...args: string[]) => runScript('scripts/nginx-csp.ts', ['--dist', path.join(dir, 'dist'), '--conf', conf(), ...args]);

describe('npm run nginx-csp', () => {
  test('--check says the line is out of date and exits 1 without touching the file', async () => {
    const before = await readFile(conf(), 'utf8');
    const { status, stderr } = run('--check');
    expect(stderr.trim()).toBe(`${conf()} 的 Content-Security-Policy 与 ${path.join(dir, 'dist')}/ 不一致：运行 npm run nginx-csp -- --conf ${conf()} 更新它，再让 nginx 重新加载配置。`);
    expect(status).toBe(1);
    expect(await readFile(conf(), 'utf8')).toBe(before);
  });

  test('sets the line to the build’s policy, after which --check passes', async () => {
    expect(run().status).toBe(0);
    expect(await readFile(conf(), 'utf8')).toContain(`add_header Content-Security-Policy "${policy}" always;`);
    const { status, stdout } = run('--check');
    expect(stdout).toContain('一致');
    expect(status).toBe(0);
  });

  test.each([
    ['no build', async () => rm(path.join(dir, 'dist'), { recursive: true }), '请先运行 npm run build'],
    ['a block without the line', async () => writeFile(conf(), 'server {}\n'), '里没有 add_header Content-Security-Policy'],
  ])('refuses %s in one line, with no stack trace (exit 1)', async (_, breakIt, message) => {
    await breakIt();
    const { status, stderr } = run();
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(status).toBe(1);
  });

  test('answers --help with its usage', () => {
    const { status, stdout } = runScript('scripts/nginx-csp.ts', ['--help']);
    expect(stdout).toMatch(/^用法：npm run nginx-csp/);
    expect(status).toBe(0);
  });
});
