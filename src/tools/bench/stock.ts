// The baseline the bench measures Shequ against: stock Astro (its glob loader and Markdown) and
// Pagefind's command line over the same generated content, in bench/stock/.
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { StockMeasure } from './report.ts';
import type { RunOptions } from './run.ts';
import { describeFailure, runMeasured } from './run.ts';

/** The packages whose versions the baseline must share with the project, so that it measures the same tools. */
export const SHARED_PACKAGES = ['astro', 'pagefind'] as const;

type Manifest = { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

/** Every shared package whose version differs between the project's and the baseline's package.json, as a line each. */
export function findVersionMismatches(project: Manifest, stock: Manifest): string[] {
  const version = (m: Manifest, name: string) => m.dependencies?.[name] ?? m.devDependencies?.[name];
  return SHARED_PACKAGES.flatMap((name) => {
    const ours = version(project, name);
    const theirs = version(stock, name);
    return ours === theirs ? [] : [`${name}: ${ours ?? 'missing'} in package.json, ${theirs ?? 'missing'} in bench/stock/package.json`];
  });
}

/**
 * Builds the baseline cold: deletes its Astro caches, runs `astro build` in `stockRoot` over
 * `content`, then Pagefind over the output, each as a measured child. The time is the sum of
 * the two, the peak the larger of the two process trees (they never overlap).
 */
export async function buildStock(label: string, content: string, out: string, stockRoot: string, options: Omit<RunOptions, 'cwd'>): Promise<StockMeasure> {
  await rm(path.join(stockRoot, 'node_modules', '.astro'), { recursive: true, force: true });
  await rm(path.join(stockRoot, '.astro'), { recursive: true, force: true });
  // Packages resolve from the project's node_modules (Node walks up from bench/stock/).
  const bin = (file: string) => path.resolve(stockRoot, '..', '..', 'node_modules', file);
  const env = { ...options.env, SHEQU_STOCK_CONTENT: content };
  const astro = await runMeasured(`${label} astro`, [bin('astro/bin/astro.mjs'), 'build', '--outDir', out], { ...options, env, cwd: stockRoot });
  const measure = { astroSeconds: astro.totalMs / 1000, pagefindSeconds: null, pages: 0, peakRssBytes: astro.peakRssBytes };
  if (astro.code !== 0) return { status: 'failed', failure: `astro build: ${describeFailure(astro)}`, totalSeconds: astro.totalMs / 1000, ...measure };
  const pagefind = await runMeasured(`${label} pagefind`, [bin('pagefind/lib/runner/bin.cjs'), '--site', out], { ...options, env, cwd: stockRoot });
  const totalSeconds = (astro.totalMs + pagefind.totalMs) / 1000;
  const both = { ...measure, pagefindSeconds: pagefind.totalMs / 1000, peakRssBytes: Math.max(astro.peakRssBytes, pagefind.peakRssBytes) };
  if (pagefind.code !== 0 || !existsSync(path.join(out, 'pagefind'))) return { status: 'failed', failure: `pagefind: ${describeFailure(pagefind)}`, totalSeconds, ...both };
  return { status: 'ok', totalSeconds, ...both, pages: await countPages(out) };
}

/** HTML pages under a folder. */
async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}
