// npm run export -- <file.xlsx> [--content <dir>] [--force]
// Writes the district's communities back out as the office's ledger (台账): a profile sheet and
// a yearly sheet with the headers `npm run import` reads, so exporting and importing changes nothing.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildLedger } from '../src/tools/import/ledger.ts';
import { readCommunityFiles } from '../src/tools/import/store.ts';
import { applyContentFlag, getContentDir } from '../src/settings.ts';
import { readSiteSettings } from '../src/tools/site-file.ts';
import { exitWithUsage, readCommandArgs } from '../src/tools/args.ts';
import { writeLedgerXlsx } from '../src/tools/ledger-xlsx.ts';
import { CommandError, runCommand } from '../src/tools/command.ts';

const spec = {
  usage: [
    '用法：npm run export -- <文件.xlsx> [--content <内容文件夹>] [--force]',
    '  把各社区的数据导出为 Excel 台账：“台账”表每个社区一行，“年度”表每个社区每年一行（经费、满意度）。',
    '  列名与 npm run import 读取的相同，改好后可以再导入。',
    '  --force    文件已存在时覆盖它',
  ].join('\n'),
  allowPositionals: true,
  options: { content: { type: 'string' }, force: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } },
} as const;
await runCommand(async () => {
  const { values, positionals } = readCommandArgs(spec);
  applyContentFlag(values.content);
  if (positionals.length === 0) exitWithUsage(spec, '缺少要写入的文件名（如 社区台账.xlsx）。');
  if (positionals.length > 1) exitWithUsage(spec, `一次只能导出到一个文件（多余的参数 ${positionals.slice(1).join(' ')}）。`);
  const target = positionals[0];
  if (path.extname(target).toLowerCase() !== '.xlsx') exitWithUsage(spec, `${target}：导出的文件名要以 .xlsx 结尾。`);
  if (existsSync(target) && statSync(target).isDirectory()) exitWithUsage(spec, `${target} 是一个文件夹，请写文件名。`);
  if (existsSync(target) && !values.force) exitWithUsage(spec, `${target} 已存在：为免覆盖办公室的台账，请换一个文件名，或加 --force 覆盖。`);

  const root = path.resolve(getContentDir());
  if (!existsSync(path.join(root, 'communities'))) {
    throw new CommandError(`${path.relative(process.cwd(), root) || '.'} 下没有 communities 文件夹：请用 --content 指明内容文件夹。`, 1);
  }
  const site = await readSiteSettings(root);
  if (!site) console.log('提示：没有读到有效的 site.yaml，各项规范不会导出（运行 npm run validate 查看原因）。');
  const { sheets, warnings } = buildLedger(await readCommunityFiles(root), site);
  for (const warning of warnings) console.log(`提示：${warning}`);
  try {
    await writeLedgerXlsx(target, sheets);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    const reason = { ENOENT: '：文件夹不存在', EACCES: '：没有写入权限', EPERM: '：没有写入权限', EROFS: '：没有写入权限', ENOSPC: '：磁盘已满', EFBIG: '：超过了文件大小限制' }[code ?? ''] ?? '';
    console.error(`写入 ${target} 失败（${code ?? '未知错误'}${reason}）：没有写出文件`);
    if (values.verbose) console.error(error);
    throw new CommandError('', 1);
  }
  const [profile, yearly] = sheets;
  console.log(`已导出 ${target}：台账 ${profile.rows.length} 个社区，年度 ${yearly.rows.length} 行。`);
});
