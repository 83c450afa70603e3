// npm run build -- [--content <dir>] [--out <dir>] [--strict] [--verbose]
// Validates first and writes nothing on a content error; then builds into a temporary folder
// that replaces the output folder only when the whole build succeeded.
//
// scripts/build-site.ts (validation, Astro, the search index, chart files) runs as a child and
// gives all its memory back when it exits; this process then writes the publish files and
// swaps the finished site in.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { applyContentFlag, getContentDir, readSettings } from '../src/settings.ts';
import { isCityFolder } from '../src/lib/city/city-file.ts';
import { readCommandArgs } from '../src/tools/args.ts';
import { CommandError, runCommand } from '../src/tools/command.ts';
import { writePublishFiles } from '../src/tools/publish-files.ts';
import { isChartPackMessage, unpackChartPack } from '../src/tools/chart-pack.ts';
import { CHARTS_FOLDER } from '../src/lib/chart-files.ts';
import { formatBuildFailure, formatSignalFailure } from '../src/tools/build-failure.ts';
import { formatLockWait, releaseLockOnExit, tryTakeLock, updateLock, waitForLock } from '../src/tools/build-lock.ts';
import { checkOutputFolder, chooseBuildFolder, moveFolder, recoverOutput, removeStaging, swapInOutput } from '../src/tools/output-folder.ts';
import { describeSystemError, findSystemError } from '../src/tools/system-errors.ts';
import { runCityBuild } from '../src/tools/city/run-city-build.ts';
import { prepareAstroEnv } from './astro-env.ts';

const { values } = await runCommand(() =>
  readCommandArgs({
    usage: [
      '用法：npm run build -- [--content <内容文件夹>] [--out <输出文件夹>] [--strict] [--verbose]',
      '  先检查内容，没有错误才构建网站（默认输出到 dist/）；构建失败时原来的输出保持不变。',
      '  --strict   有警告也停止构建',
      '  --verbose  构建失败时显示详细的错误信息（供开发人员排查）',
    ].join('\n'),
    options: {
      content: { type: 'string' },
      out: { type: 'string', default: 'dist' },
      strict: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  }),
);
applyContentFlag(values.content);
// A city folder (city.yaml): each district is built by this same script under /<slug>/, then the city's pages.
if (isCityFolder(getContentDir())) {
  prepareAstroEnv('production');
  const settings = readSettings();
  const checkoutDir = path.resolve(import.meta.dirname, '..');
  process.exit(await runCityBuild({ cityDir: values.content ?? getContentDir(), out: values.out, strict: values.strict, verbose: values.verbose, quiet: settings.quiet, checkout: checkoutDir, cacheDir: settings.cityCacheDir, cwd: settings.cwd }));
}

const started = performance.now();
const checkout = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(values.out);
// Beside the output folder, so the final renames stay on one file system. The names are fixed
// (no process id): Astro writes the output path into its bundle, and a path that changed from
// build to build would make every page look changed to its incremental build.
const stagingDir = `${outDir}.building`;
let buildDir = stagingDir;
const failure = { out: values.out, folder: stagingDir, cwd: process.cwd(), verbose: values.verbose };
let child: ReturnType<typeof spawn> | undefined;
// The chart CSVs this process writes from the child's pack, while the child runs Astro.
let chartFiles: Promise<number> | undefined;
let checkoutLock = '';
// Staging folders are ours to remove only once this build holds the output folder's lock.
let holdsOutput = false;
forwardSignals();

await runCommand(buildSite);

/** The build proper: locks, the site in a child process, the search index, the swap. */
async function buildSite(): Promise<void> {
  const refusal = checkOutputFolder(values.out, { content: path.resolve(getContentDir()), checkout, home: os.homedir() }, process.cwd());
  if (refusal) throw new CommandError(refusal, 2);
  try {
    await mkdir(path.dirname(outDir), { recursive: true });
    takeOutputLock(`${outDir}.lock`);
    await takeCheckoutLock(path.join(checkout, 'node_modules', '.cache', 'shequ-build.lock'));
    const note = await recoverOutput(outDir);
    if (note) console.warn(note);
    buildDir = chooseBuildFolder(outDir, checkout);
    await removeStaging(buildDir);

    const summaryFile = `${buildDir}.summary.json`;
    const status = await runSiteBuild(buildDir, summaryFile);
    // The child has said why (content problems, or a failed Astro build) and left the output alone.
    if (status !== 0) await exitCleanly(status);
    await placeChartFiles(buildDir);

    await writePublishFiles(buildDir, { reuseFrom: outDir });

    const summary = JSON.parse(await readFile(summaryFile, 'utf8')) as { communities: number; reports: number };
    await rm(summaryFile, { force: true });
    if (buildDir !== stagingDir) await moveFolder(buildDir, stagingDir);
    // Swap in the finished site: an earlier output folder is replaced whole, never half-written.
    const leftover = await swapInOutput(stagingDir, outDir);
    if (leftover) console.warn(`提示：新网站已就位，但旧网站未能删除：${describeLeftover(leftover)}；下次构建会再试。`);
    console.log(`构建完成：${path.relative(process.cwd(), outDir) || '.'}/（${summary.communities} 个社区页面，${summary.reports} 篇报告，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
  } catch (error) {
    // A planned end (exitCleanly, a lock held by another build) has already said why.
    if (error instanceof CommandError) throw error;
    console.error(formatBuildFailure(error, failure));
    await exitCleanly(1);
  }
}

/**
 * Runs the first half (validation, Astro, chart files) in a child process. The child watches
 * the IPC channel: when this process dies, even by `kill -9`, the channel closes and the
 * child ends too, instead of building on into caches the next build will use.
 */
function runSiteBuild(siteDir: string, summaryFile: string): Promise<number> {
  const args = ['--staging', siteDir, '--summary', summaryFile, '--out', values.out, ...(values.strict ? ['--strict'] : []), ...(values.verbose ? ['--verbose'] : [])];
  return new Promise<number>((resolve, reject) => {
    child = spawn(process.execPath, [path.join(import.meta.dirname, 'build-site.ts'), ...args], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
    if (child.pid) updateLock(checkoutLock, { pid: process.pid, child: child.pid, out: outDir });
    child.on('message', (message) => {
      if (isChartPackMessage(message)) {
        chartFiles = unpackChartPack(message.chartPack, `${siteDir}.charts`);
        // Awaited after the child ends; a failure is reported there.
        chartFiles.catch(() => undefined);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      child = undefined;
      if (signal) console.error(formatSignalFailure(signal, { ...failure, folder: siteDir }));
      // Chart files still being written are finished before anything removes or moves their folder.
      void Promise.allSettled([chartFiles]).then(() => resolve(code ?? 1));
    });
  });
}

/** Moves in the chart CSVs this process wrote from the child's pack (src/tools/chart-pack.ts). */
async function placeChartFiles(siteDir: string): Promise<void> {
  if (!chartFiles) throw new Error('构建子进程没有交来图表的 CSV 文件');
  await chartFiles;
  await rename(path.join(`${siteDir}.charts`, CHARTS_FOLDER), path.join(siteDir, CHARTS_FOLDER));
  await rm(`${siteDir}.charts`, { recursive: true, force: true });
}

/** Why the old site could not be deleted, in one line. */
function describeLeftover(error: unknown): string {
  const found = findSystemError(error);
  return found ? describeSystemError(found, `${outDir}.previous`, process.cwd()) : error instanceof Error ? error.message : String(error);
}

/** Leaves nothing behind (staging folders, the summary) and exits. */
async function exitCleanly(status: number): Promise<never> {
  if (holdsOutput) await Promise.all([removeStaging(stagingDir), removeStaging(buildDir)]).catch(() => undefined);
  throw new CommandError('', status);
}

/**
 * One build at a time per output folder: a second one would delete the first's staging folder.
 * The lock names its process; a lock left by a process that is gone is taken over.
 */
function takeOutputLock(lockFile: string): void {
  const holder = tryTakeLock(lockFile, { pid: process.pid, out: outDir });
  if (holder) {
    throw new CommandError(`另一个构建（进程 ${holder.pid}）正在写入 ${values.out}/：请等它结束后再构建。`, 1);
  }
  releaseLockOnExit(lockFile);
  holdsOutput = true;
}

/** One build at a time per checkout: a second one waits, saying which build it waits for. */
async function takeCheckoutLock(lockFile: string): Promise<void> {
  checkoutLock = lockFile;
  await mkdir(path.dirname(lockFile), { recursive: true });
  releaseLockOnExit(lockFile);
  await waitForLock(lockFile, { pid: process.pid, out: outDir }, (holder) => console.warn(formatLockWait(holder, process.cwd())));
}

/** Ctrl-C or a stop request ends the child too and removes the staging folders. */
function forwardSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (child) return void child.kill(signal);
      if (holdsOutput) for (const dir of new Set([stagingDir, buildDir])) rmSync(dir, { recursive: true, force: true });
      process.exit(130);
    });
  }
}
