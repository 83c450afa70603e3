// npm run import -- <file.csv|file.xlsx> [--dry-run] [--content <dir>]
// Fills community files from a spreadsheet: a profile sheet creates or updates communities
// (frontmatter only), a yearly sheet fills funding and satisfaction. Bad rows change nothing.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readCsv } from '../src/tools/import/read-csv.ts';
import { readXlsx } from '../src/tools/import/read-xlsx.ts';
import { runImport } from '../src/tools/import/run.ts';
import type { SheetFile } from '../src/tools/import/sheet.ts';
import { createCommunityStore, readCommunityFiles } from '../src/tools/import/store.ts';
import { countRows, formatImportOutcome } from '../src/tools/import/summary.ts';
import { applyContentFlag, getContentDir } from '../src/settings.ts';
import { readSiteSettings } from '../src/tools/site-file.ts';
import { exitWithUsage, readCommandArgs } from '../src/tools/args.ts';
import { writeFilesTogether, WriteFilesError } from '../src/tools/write-files.ts';
import { CommandError, runCommand } from '../src/tools/command.ts';

const USAGE = '用法：npm run import -- <文件.csv 或 文件.xlsx> [--dry-run] [--content <内容文件夹>] [--verbose]';
// Below this many rows an import is instant; above it, say how far it has got.
const PROGRESS_ROWS = 200;

const spec = {
  usage: USAGE,
  allowPositionals: true,
  options: { content: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } },
} as const;
await runCommand(async () => {
  const { values, positionals } = readCommandArgs(spec);
  applyContentFlag(values.content);
  const dryRun = values['dry-run'];
  if (positionals.length === 0) exitWithUsage(spec, '缺少要导入的文件。');
  if (positionals.length > 1) exitWithUsage(spec, `一次只能导入一个文件（多余的参数 ${positionals.slice(1).join(' ')}）。`);

  const started = performance.now();
  const source = positionals[0];
  const label = path.basename(source);
  const extension = path.extname(source).toLowerCase();
  let sheets: SheetFile;
  try {
    if (extension === '.csv') sheets = readCsv(await readFile(source), label);
    else if (extension === '.xlsx') sheets = await readXlsx(source, label);
    else throw new Error(`${label}: 只能导入 .csv 或 .xlsx 文件${extension === '.xls' ? '：请在 Excel 中“另存为”Excel 工作簿（.xlsx）' : ''}`);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new CommandError(code === 'ENOENT' ? `找不到文件 ${source}` : message, 1);
  }

  const root = path.resolve(getContentDir());
  const site = await readSiteSettings(root);
  if (!site) console.log('提示：没有读到有效的 site.yaml，社区类型和各项规范无法核对（运行 npm run validate 查看原因）。');
  const store = createCommunityStore(await readCommunityFiles(root));
  const total = sheets.sheets.reduce((n, s) => n + s.rows.length, 0);
  const onProgress = total > PROGRESS_ROWS ? createProgress(total) : undefined;
  const outcome = runImport(sheets.sheets, store, { site, onProgress });
  outcome.notes.unshift(...sheets.notes);

  const display = (file: string) => path.relative(process.cwd(), path.join(root, file));
  for (const line of formatImportOutcome(outcome, { dryRun, display })) console.log(line);
  if (!dryRun) {
    const changed = store.listChanged();
    try {
      await mkdir(path.join(root, 'communities'), { recursive: true });
      await writeFilesTogether(changed.map((file) => ({ path: path.join(root, file.file), text: file.text! })));
    } catch (error) {
      // Every row was checked before writing; what is left is the disk or the folder itself.
      const code = error instanceof WriteFilesError ? error.code : (error as NodeJS.ErrnoException).code;
      const failed = display(error instanceof WriteFilesError ? path.relative(root, error.file) : 'communities');
      console.error(`写入 ${failed} 失败（${code ?? '未知错误'}${describeWriteError(code)}）：没有修改任何文件`);
      if (values.verbose) console.error(error);
      throw new CommandError('', 1);
    }
  }
  const counts = countRows(outcome);
  console.log(`用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。${counts.created + counts.updated > 0 && !dryRun ? '请运行 npm run validate 检查，再用 npm run dev 查看。' : ''}`);
  return counts.rejected > 0 ? 1 : 0;

  /** The usual causes, in the editors' words. */
  function describeWriteError(code: string | undefined): string {
    if (code === 'ENOSPC') return '：磁盘已满';
    if (code === 'EFBIG' || code === 'EDQUOT') return '：超过了文件大小或磁盘配额的限制';
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return '：没有写入权限，文件夹只读或被锁定';
    return '';
  }

  /** A progress line: rewritten in place on a terminal, a line per quarter otherwise (logs, CI). */
  function createProgress(rows: number): (done: number, total: number) => void {
    let quarter = 0;
    return (done) => {
      if (process.stdout.isTTY) {
        if (done % 50 === 0 || done === rows) process.stdout.write(`\r导入中：${done}/${rows} 行${done === rows ? '\n' : ''}`);
      } else if (done * 4 >= rows * (quarter + 1)) {
        quarter = Math.floor((done * 4) / rows);
        console.log(`导入中：${done}/${rows} 行`);
      }
    };
  }
});
