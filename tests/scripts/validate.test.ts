import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { copyFixture, editFile, FIXTURE } from '../helpers/content.ts';
import { runScript } from '../helpers/run.ts';

const fixture = path.relative(process.cwd(), FIXTURE);
let dir: string;
beforeEach(async () => {
  dir = await copyFixture();
  // The fixture's draft community carries warnings by design; these tests start from none.
  await rm(path.join(dir, 'communities', 'caogao.md'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('npm run validate', () => {
  test('passes clean content with exit 0 and a summary', () => {
    const { status, stdout } = runScript('scripts/validate.ts', ['--content', dir, '--strict']);
    expect(stdout.trim()).toBe('内容检查通过：2 个社区文件、2 篇报告、1 个数据表');
    expect(status).toBe(0);
  });

  test('prints every problem as path:line, then a summary, and exits 1', async () => {
    await editFile(dir, 'communities/hetang.md', 'households: 2000', 'households: "2000"');
    await editFile(dir, 'communities/liuan.md', 'area_km2: 3.5', 'area_km2: -1');
    const { status, stdout, stderr } = runScript('scripts/validate.ts', ['--content', dir]);
    const file = (name: string) => path.relative(process.cwd(), path.join(dir, 'communities', name));
    expect(stdout.trim().split('\n')).toEqual([
      `${file('hetang.md')}:7:1: households：应为不小于 0 的整数，现为 “2000”（数字请直接写，不加引号、逗号、单位或百分号）`,
      `${file('liuan.md')}:5:1: area_km2：应为大于 0 的数字（平方公里），现为 -1`,
      '内容检查未通过：2 个错误，0 个警告（2 个社区文件、2 篇报告、1 个数据表）',
    ]);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(status).toBe(1);
  });

  test('fails on warnings only with --strict', async () => {
    await editFile(dir, 'communities/liuan.md', 'party_members: 60', 'party_members: 60\nvolunters: 12');
    expect(runScript('scripts/validate.ts', ['--content', dir]).status).toBe(0);
    const strict = runScript('scripts/validate.ts', ['--content', dir, '--strict']);
    expect(strict.stdout).toContain(':9:1: warning: 未知字段“volunters”：是否应为“volunteers”？');
    expect(strict.status).toBe(1);
  });

  test('writes problems as JSON with --json', async () => {
    await editFile(dir, 'reports/shijian.md', 'date: 2023-03-29', 'date: 2023-02-30');
    const { status, stdout } = runScript('scripts/validate.ts', ['--content', dir, '--json']);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: false, errors: 1, warnings: 0 });
    expect(report.problems[0]).toMatchObject({ line: 3, path: 'date', severity: 'error' });
    expect(status).toBe(1);
  });

  test('prints GitHub annotations for a broken community file with --format github', async () => {
    await editFile(dir, 'communities/hetang.md', 'households: 2000', 'households: "2000"');
    await editFile(dir, 'communities/liuan.md', 'party_members: 60', 'party_members: 60\nvolunters: 12');
    const { status, stdout } = runScript('scripts/validate.ts', ['--content', dir, '--format', 'github']);
    const file = (name: string) =>
      path
        .relative(process.cwd(), path.join(dir, 'communities', name))
        .replaceAll(':', '%3A')
        .replaceAll(',', '%2C');
    expect(stdout.trim().split('\n')).toEqual([
      `::error file=${file('hetang.md')},line=7,col=1::households：应为不小于 0 的整数，现为 “2000”（数字请直接写，不加引号、逗号、单位或百分号）`,
      `::warning file=${file('liuan.md')},line=9,col=1::未知字段“volunters”：是否应为“volunteers”？（该字段不会被使用）`,
      '内容检查未通过：1 个错误，1 个警告（2 个社区文件、2 篇报告、1 个数据表）',
    ]);
    expect(status).toBe(1);
  });

  test('writes a GitLab Code Quality report to --output with --format gitlab', async () => {
    await editFile(dir, 'communities/hetang.md', 'households: 2000', 'households: "2000"');
    const output = path.join(dir, 'gl-code-quality.json');
    const { status, stdout } = runScript('scripts/validate.ts', ['--content', dir, '--format', 'gitlab', '--output', output]);
    expect(stdout.trim()).toBe('内容检查未通过：1 个错误，0 个警告（2 个社区文件、2 篇报告、1 个数据表）');
    expect(JSON.parse(await readFile(output, 'utf8'))).toEqual([
      expect.objectContaining({
        severity: 'major',
        location: { path: path.relative(process.cwd(), path.join(dir, 'communities', 'hetang.md')), lines: { begin: 7 } },
      }),
    ]);
    expect(status).toBe(1);
    expect(JSON.parse(runScript('scripts/validate.ts', ['--content', dir, '--format', 'gitlab']).stdout)).toHaveLength(1);
  });

  test.each([
    [['--format', 'xml'], '--format 的值“xml”不对：应为 text、json、github、gitlab 之一'],
    [['--format', 'github', '--json'], '--json 与 --format 只能选一个'],
    [['--output', 'x.json'], '--output 只用于 --format gitlab'],
  ])('refuses %j with one line and the usage (exit 2)', (args, message) => {
    const { status, stderr } = runScript('scripts/validate.ts', ['--content', dir, ...args]);
    expect(stderr.split('\n')[0]).toBe(message);
    expect(stderr).toContain('用法：npm run validate');
    expect(status).toBe(2);
  });

  test('adds what each community lacks with --completeness, leaving the exit status alone', () => {
    const { status, stdout } = runScript('scripts/validate.ts', ['--content', dir, '--completeness']);
    const lines = stdout.trim().split('\n');
    expect(lines).toContain('资料完整性（报告期 2019–2023 年）：2 个社区，0 个资料齐全');
    expect(lines).toContain('  满意度 2019：2 个社区缺失');
    expect(lines).toContain(
      '  柳岸社区（liuan）：缺 成立年份、活动用房占比、持证社工、下派干部、网格数、注册志愿者、社会组织、共建单位、改造建设、服务项目、大事记、特色做法、封面图片；运转经费缺 2019、2020、2021、2022、2023 年；满意度缺 2019、2020、2021、2022、2023 年',
    );
    expect(status).toBe(0);
    const json = JSON.parse(runScript('scripts/validate.ts', ['--content', dir, '--completeness', '--json']).stdout);
    expect(json.completeness.years[0]).toEqual({ year: 2019, funding: 1, satisfaction: 2 });
  });

  test('reads the fixture through the SHEQU_CONTENT variable as well', () => {
    process.env.SHEQU_CONTENT = fixture;
    try {
      const { stdout } = runScript('scripts/validate.ts', []);
      expect(stdout).toContain('内容检查通过：3 个社区文件、2 篇报告、1 个数据表，9 个警告');
    } finally {
      delete process.env.SHEQU_CONTENT;
    }
  });
});
