// The build's output folder: which folders it may replace, how a finished site is swapped in,
// and how the leftovers of an interrupted build are cleaned up or completed.
//
// A build writes `<out>.building` (plus `<out>.building.charts`, `.summary.json` and
// `.index-*` beside it), then renames `<out>` → `<out>.previous`, `<out>.building` → `<out>`, and
// removes `<out>.previous`. A kill at any step leaves either the old or the new site, and the
// next build finishes the job (see recoverOutput).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { cp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The file every output folder we build carries: only such a folder is ever replaced. */
export const OUTPUT_MARKER = '.shequ-build';

// Constant, so that two builds of the same content stay byte for byte the same.
const MARKER_TEXT = '这个文件夹由 Shequ 的 npm run build 生成，每次构建都会被整体替换。\n';

/** Folders (absolute paths) an output folder must never be, contain or (for the content) sit in. */
export interface GuardedFolders {
  content: string;
  checkout: string;
  home: string;
}

/**
 * Says in one Chinese line why `out` must not be the build's output folder, or nothing when it
 * may (`out` as the editor wrote it, from `cwd`): not the root, the home folder, the content folder or the checkout (nor a folder holding
 * either), not inside the content folder, not a file, not a mount point, and — when it exists
 * and is not empty — a site an earlier build made (it has the marker file, or, from before the
 * marker, our `index.html` and `pagefind/`).
 */
export function checkOutputFolder(out: string, guarded: GuardedFolders, cwd: string): string | undefined {
  const real = resolveReal(path.resolve(cwd, out));
  const shown = `--out ${out}`;
  const content = resolveReal(guarded.content);
  const contains = (folder: string) => folder === real || folder.startsWith(real === path.parse(real).root ? real : `${real}${path.sep}`);
  if (real === path.parse(real).root) return `${shown} 是文件系统的根目录：不能作为输出文件夹（构建会替换其中的一切）。`;
  if (real === resolveReal(guarded.home)) return `${shown} 是主文件夹：不能作为输出文件夹（构建会替换其中的一切）。`;
  if (contains(resolveReal(guarded.checkout))) return `${shown} 是项目文件夹${real === resolveReal(guarded.checkout) ? '' : '的上级文件夹'}：不能作为输出文件夹（构建会删除项目）。`;
  if (contains(content)) return `${shown} 是内容文件夹${real === content ? '' : '的上级文件夹'}：不能作为输出文件夹（构建会用网站替换其中的内容）。`;
  if (real.startsWith(`${content}${path.sep}`)) return `${shown} 在内容文件夹之内：请输出到内容文件夹之外（如 dist/）。`;
  if (!existsSync(real)) return undefined;
  const stat = statSync(real);
  if (!stat.isDirectory()) return `${shown} 是一个文件，不是文件夹：请换一个输出文件夹。`;
  if (stat.dev !== statSync(path.dirname(real)).dev) return `${shown} 是一个挂载点，无法整体替换：请输出到其中的子文件夹（如 ${path.join(real, 'site')}）。`;
  if (!isOurOutput(real)) return `${shown} 不是空文件夹，也不是本工具构建的网站（没有 ${OUTPUT_MARKER} 标记文件）：为免删除其中的文件，请换一个输出文件夹或先清空它。`;
  return undefined;
}

/** An empty folder, one with our marker, or a site built before the marker existed. */
function isOurOutput(folder: string): boolean {
  const names = readdirSync(folder);
  if (names.length === 0 || names.includes(OUTPUT_MARKER)) return true;
  return names.includes('index.html') && names.includes('pagefind') && existsSync(path.join(folder, 'pagefind', 'pagefind-entry.json'));
}

/** The real path of a file that may not exist yet: its nearest existing folder, resolved. */
function resolveReal(target: string): string {
  // Only ever given absolute paths: the working folder is the caller's to read.
  const absolute = path.normalize(target);
  for (let existing = absolute; ; existing = path.dirname(existing)) {
    try {
      return path.join(realpathSync(existing), path.relative(existing, absolute));
    } catch {
      if (existing === path.dirname(existing)) return absolute;
    }
  }
}

/**
 * Where Astro builds: the staging folder beside the output, unless the output is on another
 * file system than the checkout. Astro moves assets from its own folder in the checkout into
 * its output with a rename, which cannot cross file systems (EXDEV); then Astro builds into a
 * folder of the checkout (a fixed name per output, so its incremental build keeps working) and
 * the finished site is copied beside the output.
 */
export function chooseBuildFolder(out: string, checkout: string): string {
  if (statSync(path.dirname(out)).dev === statSync(checkout).dev) return `${out}.building`;
  const name = createHash('sha1').update(out).digest('hex').slice(0, 12);
  return path.join(checkout, 'node_modules', '.cache', 'shequ-build', `${name}.building`);
}

/** Removes a staging folder and what was written beside it (`<staging>.charts`, `.summary.json`, `.index-*`). */
export async function removeStaging(staging: string): Promise<void> {
  const prefix = `${path.basename(staging)}.`;
  const names = await readdir(path.dirname(staging)).catch(() => [] as string[]);
  const leftovers = names.filter((name) => name.startsWith(prefix)).map((name) => path.join(path.dirname(staging), name));
  await Promise.all([staging, ...leftovers].map((folder) => rm(folder, { recursive: true, force: true })));
}

/**
 * Cleans up after a build that was interrupted: a stale staging folder and its companions are
 * removed; `<out>.previous` is removed when `<out>` exists (a kill while the old site was being
 * deleted), and renamed back to `<out>` when `<out>` is missing (a kill between the two renames
 * of the swap, when the old site is still whole). Returns a Chinese note for what it restored.
 */
export async function recoverOutput(out: string): Promise<string | undefined> {
  const previous = `${out}.previous`;
  let note: string | undefined;
  if (existsSync(previous)) {
    if (!existsSync(out) && existsSync(path.join(previous, 'index.html'))) {
      await rename(previous, out);
      note = `上次构建在替换输出文件夹时中断：已恢复原来的 ${path.basename(out)}/。`;
    } else {
      await rm(previous, { recursive: true, force: true });
    }
  }
  await removeStaging(`${out}.building`);
  return note;
}

/**
 * Swaps a finished site in: marks it as ours, moves the old output aside, renames the new one
 * into place (putting the old one back if that fails) and deletes the old one. Every failure
 * before the new site is in place is thrown (only a missing old output is expected); a failure
 * to delete the old one is returned, since the new site is already published.
 */
export async function swapInOutput(staging: string, out: string): Promise<unknown> {
  const previous = `${out}.previous`;
  await writeFile(path.join(staging, OUTPUT_MARKER), MARKER_TEXT);
  const hadOutput = await rename(out, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(staging, out);
  } catch (error) {
    if (hadOutput) await rename(previous, out);
    throw error;
  }
  return rm(previous, { recursive: true, force: true }).then(
    () => undefined,
    (error: unknown) => error,
  );
}

/** Moves a folder, copying it when it is on another file system (where rename fails with EXDEV). */
export async function moveFolder(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}
