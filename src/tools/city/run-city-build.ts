import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { releaseLockOnExit, tryTakeLock } from '../build-lock.ts';
import { formatBuildFailure } from '../build-failure.ts';
import { checkOutputFolder, recoverOutput, removeStaging, swapInOutput } from '../output-folder.ts';
import { buildCity } from './build-city.ts';

/** What `npm run build -- --content <city folder>` was given, read by the script. */
export interface CityBuildRequest {
  cityDir: string;
  out: string;
  strict: boolean;
  verbose: boolean;
  quiet: boolean;
  checkout: string;
  /** The districts' builds between runs (SHEQU_CACHE_DIR/city, else node_modules/.cache/shequ-city). */
  cacheDir: string;
  cwd: string;
}

/**
 * `npm run build` for a city: the same output-folder rules as a district (refusals, one build
 * per output folder, a staging folder swapped in only when everything succeeded). Returns the
 * exit status.
 */
export async function runCityBuild(request: CityBuildRequest): Promise<number> {
  const started = performance.now();
  const outDir = path.resolve(request.cwd, request.out);
  const refusal = checkOutputFolder(request.out, { content: path.resolve(request.cwd, request.cityDir), checkout: request.checkout, home: os.homedir() }, request.cwd);
  if (refusal) {
    console.error(refusal);
    return 2;
  }
  await mkdir(path.dirname(outDir), { recursive: true });
  const lockFile = `${outDir}.lock`;
  const holder = tryTakeLock(lockFile, { pid: process.pid, out: outDir });
  if (holder) {
    console.error(`另一个构建（进程 ${holder.pid}）正在写入 ${request.out}/：请等它结束后再构建。`);
    return 1;
  }
  releaseLockOnExit(lockFile);
  const staging = `${outDir}.building`;
  try {
    const note = await recoverOutput(outDir);
    if (note) console.warn(note);
    await removeStaging(staging);
    const result = await buildCity({ cityDir: request.cityDir, staging, checkout: request.checkout, cacheDir: request.cacheDir, strict: request.strict, verbose: request.verbose, quiet: request.quiet });
    if (result.status !== 0) {
      await removeStaging(staging);
      return result.status;
    }
    const leftover = await swapInOutput(staging, outDir);
    if (leftover) console.warn(`提示：新网站已就位，但旧网站未能删除：${outDir}.previous；下次构建会再试。`);
    const reused = result.reused.length > 0 ? `，沿用未变的区：${result.reused.join('、')}` : '';
    console.log(
      `构建完成：${path.relative(request.cwd, outDir) || '.'}/（市级汇总，重新构建的区：${result.rebuilt.join('、') || '无'}${reused}；${result.communities} 个社区，${result.reports} 篇报告，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒）`,
    );
    return 0;
  } catch (error) {
    await removeStaging(staging).catch(() => undefined);
    console.error(formatBuildFailure(error, { out: request.out, folder: staging, cwd: request.cwd, verbose: request.verbose }));
    return 1;
  }
}
