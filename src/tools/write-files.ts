// Writing several files as one change: an import either lands whole or not at all, even when
// the disk fills up or a folder is read-only half way.
import { rename, rm, writeFile } from 'node:fs/promises';

/** A file write that failed, with the path that failed and the system's code (ENOSPC, EACCES…). */
export class WriteFilesError extends Error {
  readonly file: string;
  readonly code: string | undefined;

  constructor(file: string, code: string | undefined, options: { cause: unknown }) {
    super(`写入 ${file} 失败（${code ?? '未知错误'}）`, options);
    this.file = file;
    this.code = code;
  }
}

/**
 * Writes every file next to its target first, then renames each into place: a failure while
 * writing removes the written copies and leaves every target as it was.
 */
export async function writeFilesTogether(files: readonly { path: string; text: string }[]): Promise<void> {
  const staged: string[] = [];
  try {
    for (const file of files) {
      const temporary = `${file.path}.import-${process.pid}.tmp`;
      staged.push(temporary);
      await writeFile(temporary, file.text);
    }
  } catch (error) {
    await Promise.all(staged.map((temporary) => rm(temporary, { force: true })));
    const failed = files[staged.length - 1]?.path ?? '';
    throw new WriteFilesError(failed, (error as NodeJS.ErrnoException).code, { cause: error });
  }
  for (const [i, file] of files.entries()) await rename(staged[i], file.path);
}
