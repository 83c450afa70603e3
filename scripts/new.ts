// npm run new -- community <slug> [--name 社区名称] [--street 所属街道] [--type 社区类型] [--content <dir>]
// npm run new -- report <slug> [--title 标题] [--date YYYY-MM-DD] [--content <dir>]
// npm run new -- site <folder> [--district 区名]
// Writes a draft with every field of the contract, commented; never overwrites a file.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { applyContentFlag, getContentDir } from '../src/settings.ts';
import { readSiteSettings } from '../src/tools/site-file.ts';
import { prepareNewFile } from '../src/tools/templates/new-file.ts';
import { exitWithUsage, readCommandArgs } from '../src/tools/args.ts';
import { writeNewSite } from '../src/tools/new-site.ts';
import { CommandError, runCommand } from '../src/tools/command.ts';

const USAGE = [
  '用法：npm run new -- community <拼音名> --name 社区名称 --street 所属街道 [--type 社区类型]',
  '      npm run new -- report <拼音名> [--title 标题] [--date YYYY-MM-DD]',
  '      npm run new -- site <新文件夹> [--district 区名]   新建一个区的内容文件夹（六项规范、示例草稿、说明）',
].join('\n');

const spec = {
  usage: USAGE,
  allowPositionals: true,
  options: {
    content: { type: 'string' },
    name: { type: 'string' },
    street: { type: 'string' },
    type: { type: 'string' },
    title: { type: 'string' },
    date: { type: 'string' },
    district: { type: 'string' },
  },
} as const;
await runCommand(async () => {
  const { values, positionals } = readCommandArgs(spec);
  applyContentFlag(values.content);
  const [kind, slug, ...extra] = positionals;
  if (!kind) exitWithUsage(spec, '缺少要新建的类型（community、report 或 site）。');
  if (!slug) exitWithUsage(spec, kind === 'site' ? '缺少新文件夹的路径。' : '缺少拼音名（文件名）。');
  if (extra.length > 0) exitWithUsage(spec, `多余的参数 ${extra.join(' ')}`);
  if (kind === 'site') {
    const written = await writeNewSite(slug, values.district?.trim() || '示例区', new Date());
    if ('error' in written) {
      throw new CommandError(written.error, 1);
    }
    console.log(written.lines.join('\n'));
    return;
  }

  const root = path.resolve(getContentDir());
  // The district's types and standards go into the comments; without a readable site.yaml the
  // file still gets every field, with general comments.
  const site = await readSiteSettings(root);
  const today = new Date().toLocaleDateString('sv-SE');
  const prepared = prepareNewFile({ ...values, kind, slug, date: values.date ?? (kind === 'report' ? today : undefined) }, site);
  if ('error' in prepared) {
    throw new CommandError(`${prepared.error}\n${USAGE}`, 1);
  }

  const target = path.join(root, prepared.file);
  const shown = path.relative(process.cwd(), target);
  if (existsSync(target)) {
    throw new CommandError(`${shown} 已存在，不会覆盖：请换一个名称，或直接编辑这个文件。`, 1);
  }
  await mkdir(path.dirname(target), { recursive: true });
  // `wx` refuses to replace a file that appeared after the check above.
  await writeFile(target, prepared.text, { flag: 'wx' });
  console.log(`已新建 ${shown}（草稿，不会发布）。`);
  console.log('下一步：填写行首带“# ”的字段，运行 npm run validate 检查；核对无误后删去 draft: true。');
  if (!site) console.log('提示：没有读到有效的 site.yaml，社区类型和规范 id 请按 site.yaml 填写。');
});
