// npm run build -- [--content <dir>] [--out <dir>] [--strict] [--verbose]
// Validates first and writes nothing on a content error; then builds into a temporary folder
// that replaces the output folder only when the whole build succeeded.
//
// Two steps, two processes: scripts/build-site.ts (validation, Astro, chart files) runs as a
// child and gives all its memory back when it exits; only then does Pagefind index the site,
// so the two never hold their peaks at the same time.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { indexSite } from '../src/lib/search-index.ts';
import { readCommandArgs } from '../src/tools/args.ts';
import { writePublishFiles } from '../src/tools/publish-files.ts';

const { values } = readCommandArgs({
  usage: [
    '用法：npm run build -- [--content <内容文件夹>] [--out <输出文件夹>] [--strict]',
    '  先检查内容，没有错误才构建网站（默认输出到 dist/）；构建失败时原来的输出保持不变。',
    '  --strict  有警告也停止构建',
    '  --verbose  构建出错时附上程序的详细报错（供技术人员排查）',
  ].join('\n'),
  options: {
    content: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    strict: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
if (values.content) process.env.SHEQU_CONTENT = path.resolve(values.content);

const started = performance.now();
const outDir = path.resolve(values.out);
// Beside the output folder, so the final renames stay on one file system. The names are fixed
// (no process id): Astro writes the output path into its bundle, and a path that changed from
// build to build would make every page look changed to its incremental build.
const stagingDir = `${outDir}.building`;
const previousDir = `${outDir}.previous`;
const summaryFile = `${stagingDir}.summary.json`;
await mkdir(path.dirname(outDir), { recursive: true });
takeOutputLock(`${outDir}.lock`);
await rm(stagingDir, { recursive: true, force: true });

const args = ['--staging', stagingDir, '--summary', summaryFile, '--out', values.out, ...(values.strict ? ['--strict'] : []), ...(values.verbose ? ['--verbose'] : [])];
const status = await new Promise<number>((resolve) => {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'build-site.ts'), ...args], { stdio: 'inherit' });
  child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
});
// The child has said why (content problems, or a failed Astro build) and left the output alone.
if (status !== 0) process.exit(status);

try {
  // Shards of the search index whose pages did not change are taken from the site being replaced.
  const { pages, shards, reused } = await indexSite(stagingDir, { reuseFrom: outDir });
  const reuse = shards > 1 ? `，${shards} 个分片${reused > 0 ? `（${reused} 个未变，沿用上次的索引）` : ''}` : reused > 0 ? '（未变，沿用上次的索引）' : '';
  if (!process.env.SHEQU_QUIET) console.log(`搜索索引：${pages} 个页面${reuse}`);
  await writePublishFiles(stagingDir, { reuseFrom: outDir });
} catch (error) {
  await rm(stagingDir, { recursive: true, force: true });
  console.error(error);
  console.error(`构建失败：${values.out}/ 保持不变。`);
  process.exit(1);
}
const summary = JSON.parse(await readFile(summaryFile, 'utf8')) as { communities: number; reports: number };
await rm(summaryFile, { force: true });
// Swap in the finished site: an earlier output folder is replaced whole, never half-written.
await rename(outDir, previousDir).catch(() => undefined);
await rename(stagingDir, outDir);
await rm(previousDir, { recursive: true, force: true });
console.log(`构建完成：${path.relative(process.cwd(), outDir) || '.'}/（${summary.communities} 个社区页面，${summary.reports} 篇报告，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒）`);

/**
 * One build at a time per output folder: a second one would delete the first's staging folder.
 * The lock names its process; a lock left by a process that is gone is taken over.
 */
function takeOutputLock(lockFile: string): void {
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      console.error(`另一个构建（进程 ${holder}）正在写入 ${values.out}/：请等它结束后再构建。`);
      process.exit(1);
    }
    writeFileSync(lockFile, String(process.pid));
  }
  process.on('exit', () => rmSync(lockFile, { force: true }));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
