// The performance targets (bench/targets.json) held against what one bench run measured.
import { z } from 'astro/zod';
import type { SizeResult } from './report.ts';

const targetsSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Cold build including the search index, HTML pages per second. */
  minPagesPerSecond: z.number().positive(),
  /** Shequ's cold build time over stock Astro + Pagefind's, for the same content in the same run. */
  maxRatioToStock: z.number().positive(),
  /** Peak resident memory of the build's process tree (cold build or rebuild), without heap flags. */
  maxPeakRssMiB: z.number().positive(),
  /** A rebuild after one changed community over the cold build. */
  maxRebuildToCold: z.number().positive(),
});

/** The limits the bench holds its largest size to. */
export type Targets = z.infer<typeof targetsSchema>;

/** Whether one target held: `skipped` when the run was told not to measure it. */
export type TargetStatus = 'met' | 'not met' | 'not measured' | 'skipped';

/** One target, its limit and the figure measured, as printed. */
export interface TargetCheck {
  target: string;
  limit: string;
  measured: string;
  status: TargetStatus;
}

/** Reads bench/targets.json's parsed text; throws with the field at fault when it is not a set of positive limits. */
export function parseTargets(json: unknown): Targets {
  const parsed = targetsSchema.safeParse(json);
  if (!parsed.success) throw new Error(`bench/targets.json: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/**
 * Holds one size's results to the targets. A figure missing because its build failed is
 * `not measured` (and counts as a miss); one the run was told to skip (`--no-rebuild`,
 * `--no-stock`) is `skipped`.
 */
export function checkTargets(result: SizeResult, targets: Targets, skipped: { rebuild?: boolean; stock?: boolean } = {}): TargetCheck[] {
  const rebuildToCold = result.rebuild?.ratioToCold ?? null;
  const peaks = [result.cold, result.rebuild].flatMap((m) => (m?.status === 'ok' ? [m.peakRssBytes / 1048576] : []));
  const peak = result.cold.status === 'ok' ? Math.max(...peaks) : null;
  return [
    judge(
      'cold build + search index',
      `≥ ${targets.minPagesPerSecond} pages/s`,
      result.pagesPerSecond,
      (v) => v >= targets.minPagesPerSecond,
      (v) => `${v.toFixed(1)} pages/s`,
    ),
    judge(
      'time over stock Astro + Pagefind',
      `≤ ${targets.maxRatioToStock}×`,
      result.ratioToStock,
      (v) => v <= targets.maxRatioToStock,
      (v) => `${v.toFixed(2)}×`,
      skipped.stock,
    ),
    judge(
      'peak RSS of the process tree',
      `≤ ${targets.maxPeakRssMiB} MiB`,
      peak,
      (v) => v <= targets.maxPeakRssMiB,
      (v) => `${v.toFixed(0)} MiB`,
    ),
    judge(
      'rebuild after one changed file',
      `≤ ${targets.maxRebuildToCold}× cold`,
      rebuildToCold,
      (v) => v <= targets.maxRebuildToCold,
      (v) => `${v.toFixed(2)}× cold`,
      skipped.rebuild,
    ),
  ];
}

/** Whether any target was missed or could not be measured (the bench then exits 1). */
export function hasMissedTarget(checks: readonly TargetCheck[]): boolean {
  return checks.some((c) => c.status === 'not met' || c.status === 'not measured');
}

/** The checks as a Markdown table, headed by the size they were held to. */
export function formatTargetsTable(communities: number, checks: readonly TargetCheck[]): string {
  const rows = checks.map((c) => `| ${c.target} | ${c.limit} | ${c.measured} | ${c.status} |`);
  return [`Targets at ${communities.toLocaleString('en')} communities (bench/targets.json):`, '', '| Target | Limit | Measured | |', '|---|---:|---:|---|', ...rows].join('\n');
}

function judge(target: string, limit: string, value: number | null, holds: (v: number) => boolean, show: (v: number) => string, skipped = false): TargetCheck {
  if (skipped) return { target, limit, measured: 'n/a', status: 'skipped' };
  if (value === null || !Number.isFinite(value)) return { target, limit, measured: 'n/a', status: 'not measured' };
  return { target, limit, measured: show(value), status: holds(value) ? 'met' : 'not met' };
}
