import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadProject } from '../../src/lib/project.ts';
import { copyFixture } from '../helpers/content.ts';
import { runScript } from '../helpers/run.ts';

let dir: string;
beforeEach(async () => {
  dir = await copyFixture();
  // The fixture's own draft carries warnings; these tests count only the new file's.
  await rm(path.join(dir, 'communities', 'caogao.md'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('npm run new', () => {
  test('writes a community draft that validates with draft warnings only and stays out of the build', async () => {
    const { status, stdout } = runScript('scripts/new.ts', ['community', 'qingshi', '--name', '青石社区', '--street', '城关街道', '--content', dir]);
    expect(stdout).toContain('communities/qingshi.md（草稿，不会发布）');
    expect(status).toBe(0);
    const project = await loadProject(dir);
    const problems = project.problems.filter((p) => p.file.endsWith('qingshi.md'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.severity === 'warning' && p.message.startsWith('草稿缺少必填字段'))).toBe(true);
    expect(project.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(project.content.draftCommunities).toEqual(['qingshi']);
    expect(project.content.pageSlugs.communities).not.toContain('qingshi');
  });

  test('writes a report draft dated as asked', async () => {
    expect(runScript('scripts/new.ts', ['report', 'zongjie', '--title', '年度总结', '--date', '2024-05-01', '--content', dir]).status).toBe(0);
    const text = await readFile(path.join(dir, 'reports', 'zongjie.md'), 'utf8');
    expect(text).toMatch(/^title: 年度总结 +# 必填/m);
    expect(text).toMatch(/^date: 2024-05-01 +# 必填/m);
    const project = await loadProject(dir);
    expect(project.content.reports.find((r) => r.slug === 'zongjie')?.data.draft).toBe(true);
    expect(project.problems.filter((p) => p.file.endsWith('zongjie.md'))).toEqual([]);
  });

  test('becomes a published community once filled in and undrafted', async () => {
    runScript('scripts/new.ts', ['community', 'qingshi', '--name', '青石社区', '--street', '东城街道', '--type', '老旧小区', '--content', dir]);
    const file = path.join(dir, 'communities', 'qingshi.md');
    const filled = (await readFile(file, 'utf8'))
      .replace(/^# (area_km2:)/m, '$1 1.8')
      .replace(/^# (households:)/m, '$1 3200')
      .replace(/^# (population:)/m, '$1 9600')
      .replace(/^# (party_members:)/m, '$1 186')
      .replace(/^# (facility:)/m, '$1')
      .replace(/^# ( {2}area_m2:)/m, '$1 820')
      .replace(/^# ( {2}rooms:)/m, '$1 []')
      .replace(/^# (staff:)/m, '$1')
      .replace(/^# ( {2}workers:)/m, '$1 12')
      .replace(/^# (standards:)/m, '$1')
      .replace(/^# ( {2}organization:)/m, '$1 met')
      .replace(/^# ( {2}venue:)/m, '$1 partial')
      .replace(/^draft: true.*\n/m, '');
    await writeFile(file, filled);
    const project = await loadProject(dir);
    expect(project.problems.filter((p) => p.file.endsWith('qingshi.md'))).toEqual([]);
    expect(project.content.communities.map((c) => c.slug)).toContain('qingshi');
  });

  test('refuses to overwrite a file', async () => {
    const before = await readFile(path.join(dir, 'communities', 'hetang.md'), 'utf8');
    const { status, stderr } = runScript('scripts/new.ts', ['community', 'hetang', '--content', dir]);
    expect(stderr).toContain('communities/hetang.md 已存在，不会覆盖');
    expect(status).toBe(1);
    expect(await readFile(path.join(dir, 'communities', 'hetang.md'), 'utf8')).toBe(before);
  });

  test('refuses a bad slug, quoting the rule', () => {
    const { status, stderr } = runScript('scripts/new.ts', ['community', 'Qing_Shi', '--content', dir]);
    expect(stderr).toContain('名称“Qing_Shi”不符合规则：只能用小写字母、数字和连字符，如 qingshi、dongguan-lu（拼音为宜）');
    expect(status).toBe(1);
  });

  test('takes the content folder from SHEQU_CONTENT', async () => {
    process.env.SHEQU_CONTENT = dir;
    try {
      expect(runScript('scripts/new.ts', ['report', 'zongjie']).status).toBe(0);
    } finally {
      delete process.env.SHEQU_CONTENT;
    }
    expect(await readFile(path.join(dir, 'reports', 'zongjie.md'), 'utf8')).toMatch(/^draft: true/m);
  });

  test('site: scaffolds a new district that validates at once, with draft warnings only', async () => {
    const folder = path.join(dir, 'lanxi');
    const made = runScript('scripts/new.ts', ['site', folder, '--district', '岚溪区']);
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('已新建 岚溪区的内容文件夹');
    const validated = runScript('scripts/validate.ts', ['--content', folder]);
    expect(validated.status).toBe(0);
    const lines = validated.stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^内容检查通过：1 个社区文件、1 篇报告、0 个数据表，\d+ 个警告$/);
    expect(lines.slice(0, -1).every((line) => / warning: 草稿/.test(line))).toBe(true);
    expect(await readFile(path.join(folder, 'README.md'), 'utf8')).toContain('npm run validate -- --content');
  });

  test.each([
    ['a folder with something in it', async (folder: string) => writeFile(path.join(folder, 'note.txt'), 'x'), '不是空的，不会在里面新建网站'],
    [
      'a file',
      async (folder: string) => {
        await rm(folder, { recursive: true });
        await writeFile(folder, 'x');
      },
      '已经是一个文件',
    ],
  ])('site: refuses %s', async (_, prepare, message) => {
    const folder = path.join(dir, 'lanxi');
    await mkdir(folder);
    await prepare(folder);
    const refused = runScript('scripts/new.ts', ['site', folder]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(message);
  });
});
