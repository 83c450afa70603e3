import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isFormulaLike } from '../../src/lib/formula-cells.ts';
import { editFile } from '../helpers/content.ts';
import { runScript } from '../helpers/run.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shequ-export-'));
  await cp('content', path.join(dir, 'content'), { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const content = () => path.join(dir, 'content');
const exportTo = (file: string, ...flags: string[]) => runScript('scripts/export.ts', [file, '--content', content(), ...flags]);

/** Every file of a folder, by relative path, as bytes. */
async function readTree(root: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(path.join(root, f))] as const)));
}

async function readSheets(file: string): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return Object.fromEntries(
    workbook.worksheets.map((w) => {
      const rows: unknown[][] = [];
      w.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return [w.name, rows];
    }),
  );
}

describe('npm run export', () => {
  test('writes the sample district as a profile and a yearly sheet that import reads back unchanged, byte for byte', async () => {
    const xlsx = path.join(dir, '台账.xlsx');
    const before = await readTree(content());
    const exported = exportTo(xlsx);
    expect(exported.stdout).toContain(`已导出 ${xlsx}：台账 22 个社区，年度 151 行。`);
    expect(exported.status).toBe(0);

    const sheets = await readSheets(xlsx);
    expect(Object.keys(sheets)).toEqual(['台账', '年度']);
    expect(sheets['台账'][0].slice(0, 8)).toEqual(['拼音', '社区名称', '所属街道', '社区类型', '示范等级', '成立年份', '辖区面积（平方公里）', '户数']);
    expect(sheets['台账'][0]).toContain('服务用房面积（㎡）');
    expect(sheets['年度'][0]).toEqual(['拼音', '社区名称', '年度', '办公经费（万元）', '党建经费（万元）', '党员活动经费（万元）', '专项资金（万元）', '其他（万元）', '满意度（%）', '样本数']);
    const standards = sheets['台账'].slice(1).flatMap((row) => row.slice(-6));
    expect(new Set(standards.filter((s) => s !== undefined && s !== null))).toEqual(new Set(['达标', '部分达标', '未达标']));

    const imported = runScript('scripts/import.ts', [xlsx, '--content', content()]);
    expect(imported.stdout).toContain('新建 0，更新 0，未变 173，拒绝 0');
    expect(imported.status).toBe(0);
    expect(await readTree(content())).toEqual(before);
  });

  test('neutralises text a spreadsheet would run as a formula, and says it will not read back', async () => {
    await editFile(content(), 'communities/baisha.md', /^name: .*$/m, 'name: "=HYPERLINK(\\"http://evil.example\\",\\"点击\\")"');
    const xlsx = path.join(dir, 'a.xlsx');
    const { stdout, status } = exportTo(xlsx);
    expect(status).toBe(0);
    expect(stdout).toContain('提示：communities/baisha.md：社区名称 的值“=HYPERLINK("http://evil.example","点击")”导入时不能原样读回');
    const sheets = await readSheets(xlsx);
    const cells = Object.values(sheets)
      .flat(2)
      .filter((c): c is string => typeof c === 'string');
    expect(cells).toContain('\'=HYPERLINK("http://evil.example","点击")');
    expect(cells.filter((c) => isFormulaLike(c))).toEqual([]);
  });

  test.each([
    ['no file name', [], '缺少要写入的文件名（如 社区台账.xlsx）。'],
    ['a file that is not .xlsx', ['a.csv'], 'a.csv：导出的文件名要以 .xlsx 结尾。'],
  ])('stops on %s with the usage, exit 2', (_, args, message) => {
    const { status, stderr } = runScript('scripts/export.ts', [...args, '--content', content()]);
    expect(stderr.split('\n')[0]).toBe(message);
    expect(stderr).toContain('用法：npm run export');
    expect(status).toBe(2);
  });

  test('answers --help with its Chinese usage, and an unknown flag with one line and the usage', () => {
    const help = runScript('scripts/export.ts', ['--help']);
    expect(help).toMatchObject({ status: 0, stderr: '' });
    expect(help.stdout).toMatch(/^用法：npm run export -- <文件\.xlsx>/);
    const unknown = runScript('scripts/export.ts', ['a.xlsx', '--no-such-flag']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('不认识的参数 --no-such-flag');
  });

  test('says in one line when the folder to write into does not exist, exit 1', () => {
    const target = path.join(dir, 'no-such-folder', 'a.xlsx');
    expect(exportTo(target)).toMatchObject({ status: 1, stderr: `写入 ${target} 失败（ENOENT：文件夹不存在）：没有写出文件\n` });
  });

  test('does not overwrite an existing workbook without --force', async () => {
    const xlsx = path.join(dir, 'kept.xlsx');
    await writeFile(xlsx, 'the office ledger');
    expect(exportTo(xlsx)).toMatchObject({ status: 2, stderr: expect.stringContaining(`${xlsx} 已存在：为免覆盖办公室的台账，请换一个文件名，或加 --force 覆盖。`) });
    expect(await readFile(xlsx, 'utf8')).toBe('the office ledger');
    expect(exportTo(xlsx, '--force').status).toBe(0);
  });
});
