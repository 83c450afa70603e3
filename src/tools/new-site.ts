// `npm run new -- site <folder>`: a new district's content folder, written only into a folder
// that is new or empty, so that nothing an office already has is ever overwritten.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { prepareNewSite } from './templates/site.ts';

/**
 * Writes the folder and returns the lines to print, or the reason it was refused (a file, or a
 * folder with something in it).
 */
export async function writeNewSite(folder: string, district: string, today: Date): Promise<{ lines: string[] } | { error: string }> {
  const root = path.resolve(folder);
  const shown = path.relative(process.cwd(), root) || '.';
  if (existsSync(root) && !statSync(root).isDirectory()) return { error: `${shown} 已经是一个文件：请换一个文件夹名。` };
  if (existsSync(root) && readdirSync(root).length > 0) {
    return { error: `文件夹 ${shown} 不是空的，不会在里面新建网站：请换一个新的文件夹名（或先清空它）。` };
  }
  const files = prepareNewSite({ district, year: today.getFullYear() - 1, date: today.toLocaleDateString('sv-SE') });
  for (const [file, text] of Object.entries(files)) {
    const target = path.join(root, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text, { flag: 'wx' });
  }
  return {
    lines: [`已新建 ${district}的内容文件夹 ${shown}/：site.yaml（六项规范）、一个示例社区和一篇示例报告（都是草稿，不会发布）。`, `下一步：看 ${path.join(shown, 'README.md')}；检查：npm run validate -- --content ${shown}`],
  };
}
