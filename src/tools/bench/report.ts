// The bench's arithmetic and tables, apart from its processes and files so that tests can pin them.

/** A line the build printed, with the milliseconds since the build process started. */
export interface TimedLine {
  ms: number;
  text: string;
}

/** Astro's own timers (`ASTRO_TIMER_PATH`): milliseconds per scope. */
export type AstroTimers = Record<string, { elapsedTime: number; heapUsedTotal?: number }>;

/** Seconds per phase of one build; null when the phase did not run or could not be told apart. */
export interface BuildPhases {
  /** Start-up, reading and checking the content: until Astro's first log line. */
  validation: number | null;
  /** Astro's content layer sync: the loaders, which read, check and render the content again. */
  contentSync: number | null;
  /** Vite bundling of the server and client code. */
  bundling: number | null;
  /** Writing every page and endpoint. */
  rendering: number | null;
  /** Pagefind, after Astro has finished. */
  searchIndexing: number | null;
  /** The rest: Astro's config, type generation, image optimisation, the final folder swap. */
  other: number | null;
}

const ASTRO_LINE = /^\d{2}:\d{2}:\d{2} /;
const ASTRO_DONE = /\[build\] Complete!/;
const SEARCH_DONE = /搜索索引|search index|pagefind/i;

/**
 * Splits a build's wall time into phases, from the arrival times of its log lines and Astro's
 * timers. Search indexing is the time from Astro's "Complete!" to the search line (or to the
 * end when the index exists but no line names it).
 */
export function derivePhases(lines: readonly TimedLine[], timers: AstroTimers | undefined, totalMs: number, hasSearchIndex: boolean): BuildPhases {
  const astroStart = lines.find((l) => ASTRO_LINE.test(l.text));
  const doneIndex = lines.findLastIndex((l) => ASTRO_DONE.test(l.text));
  const done = doneIndex >= 0 ? lines[doneIndex] : undefined;
  const searchLine = done ? lines.slice(doneIndex + 1).find((l) => SEARCH_DONE.test(l.text)) : undefined;
  const timer = (...scopes: string[]) => {
    const found = scopes.filter((s) => timers?.[s] !== undefined);
    return found.length === 0 ? null : found.reduce((sum, s) => sum + timers![s].elapsedTime, 0) / 1000;
  };
  const phases: BuildPhases = {
    validation: astroStart ? astroStart.ms / 1000 : null,
    contentSync: timer('Sync content layer'),
    bundling: timer('Prerender build', 'SSR build', 'Client build'),
    rendering: timer('Static generate', 'Server generate'),
    searchIndexing: hasSearchIndex && done ? ((searchLine?.ms ?? totalMs) - done.ms) / 1000 : null,
    other: null,
  };
  const known = [phases.validation, phases.contentSync, phases.bundling, phases.rendering, phases.searchIndexing];
  phases.other = known.every((v) => v === null) ? null : Math.max(0, totalMs / 1000 - known.reduce<number>((sum, v) => sum + (v ?? 0), 0));
  return phases;
}

/** One build measured by the bench. */
export interface BuildMeasure {
  status: 'ok' | 'failed';
  /** What went wrong, in a line, when the build failed (exit code or signal, last message). */
  failure?: string;
  totalSeconds: number;
  phases: BuildPhases;
  /** Peak of the summed resident memory of the build process and its descendants. */
  peakRssBytes: number;
  /** Peak resident memory of the build process alone. */
  peakRssBuildProcessBytes?: number;
  /** Seconds since start, phase, MiB of the process tree and of the build process, about once a second. */
  rssTimeline?: [seconds: number, phase: string, treeMiB: number, mainMiB: number][];
}

/** The stock Astro + Pagefind baseline built cold from the same content (bench/stock/). */
export interface StockMeasure {
  status: 'ok' | 'failed';
  failure?: string;
  /** `astro build` and Pagefind's command line, one after the other. */
  totalSeconds: number;
  astroSeconds: number;
  pagefindSeconds: number | null;
  /** HTML pages in its output. */
  pages: number;
  /** The larger peak of the two process trees. */
  peakRssBytes: number;
}

/** Everything the bench measured for one size. */
export interface SizeResult {
  communities: number;
  seed: number;
  /** Seconds to generate the content, or null when it came from the cache. */
  generateSeconds: number | null;
  cold: BuildMeasure;
  /** HTML pages in the output. */
  pages: number;
  /** Every file in the output. */
  files: number;
  pagesPerSecond: number | null;
  distBytes: number;
  /** The biggest pages by gzip size (level 9, as the size budgets weigh them). */
  largestPages: { path: string; gzipBytes: number }[];
  /** Pages over the 150 KB gzip budget. */
  pagesOverBudget: number;
  /** gzip bytes of the pages that list every community: overview, directory, standards. */
  keyPages: Record<string, number | null>;
  /** What one search query fetches from /pagefind/; null without a search index. */
  search: { bytes: number; requests: number; results: number | null; query: string; byKind?: Record<string, { requests: number; bytes: number }> } | null;
  /** Size of Astro's data store after the cold build. */
  dataStoreBytes: number | null;
  /** A build after changing one community file, and its time over the cold build's. */
  rebuild: (BuildMeasure & { ratioToCold: number | null }) | null;
  /** The stock baseline, or null when the run skipped it (`--no-stock`). */
  stock: StockMeasure | null;
  /** Shequ's cold build time over the stock baseline's, when both succeeded. */
  ratioToStock: number | null;
}

/** `a / b` when both are measured figures, else null. */
export function divide(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || !b ? null : a / b;
}

const KB = 1024;
const MIB = 1024 * 1024;
const num = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? 'n/a' : value.toFixed(digits));
const mib = (bytes: number) => (bytes / MIB).toFixed(0);
const kb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? 'n/a' : `${(bytes / KB).toFixed(1)} KB`);

/**
 * The results as three Markdown tables: Shequ side by side with stock Astro + Pagefind (the
 * ratios), the headline figures, then seconds per phase.
 */
export function formatResultsTables(results: readonly SizeResult[]): string {
  const sideHead = '| Communities | Shequ cold (s) | Stock Astro + Pagefind (s) | Shequ ÷ stock | Shequ pages/s | Stock pages/s | Peak RSS Shequ (MiB) | Peak RSS stock (MiB) | Rebuild (s) | Rebuild ÷ cold |';
  const sideRows = results.map((r) => {
    const stock = r.stock?.status === 'ok' ? r.stock : null;
    const stockCell = !r.stock ? 'not run' : stock ? `${num(stock.totalSeconds)} (Astro ${num(stock.astroSeconds)} + Pagefind ${num(stock.pagefindSeconds)})` : `failed: ${r.stock.failure}`;
    const ok = r.cold.status === 'ok';
    const rebuildOk = r.rebuild?.status === 'ok';
    return `| ${r.communities.toLocaleString('en')} | ${ok ? num(r.cold.totalSeconds) : 'failed'} | ${stockCell} | ${r.ratioToStock === null ? 'n/a' : `${num(r.ratioToStock, 2)}×`} | ${num(r.pagesPerSecond)} | ${num(divide(stock?.pages, stock?.totalSeconds))} | ${ok ? mib(r.cold.peakRssBytes) : 'n/a'} | ${stock ? mib(stock.peakRssBytes) : 'n/a'} | ${rebuildOk ? num(r.rebuild!.totalSeconds) : 'n/a'} | ${rebuildOk && r.rebuild!.ratioToCold !== null ? `${num(r.rebuild!.ratioToCold, 2)}×` : 'n/a'} |`;
  });
  const head = '| Communities | HTML pages | Total (s) | Pages/s | Peak RSS (MiB) | dist/ (MiB) | Largest page (gzip) | Pages > 150 KB gzip | Search query fetch | Rebuild, one file changed (s) |';
  const rows = results.map((r) => {
    const failed = r.cold.status === 'failed' ? ` — failed: ${r.cold.failure}` : '';
    const rebuild = !r.rebuild ? 'n/a' : r.rebuild.status === 'failed' ? `failed: ${r.rebuild.failure}` : `${num(r.rebuild.totalSeconds)} (${num(r.rebuild.ratioToCold, 2)}× cold)`;
    const largest = r.largestPages[0];
    return `| ${r.communities.toLocaleString('en')}${failed} | ${r.pages} | ${num(r.cold.totalSeconds)} | ${num(r.pagesPerSecond)} | ${(r.cold.peakRssBytes / MIB).toFixed(0)} | ${(r.distBytes / MIB).toFixed(1)} | ${largest ? `${kb(largest.gzipBytes)} (\`${largest.path}\`)` : 'n/a'} | ${r.pages > 0 ? r.pagesOverBudget : 'n/a'} | ${r.search ? `${kb(r.search.bytes)} in ${r.search.requests} requests` : 'n/a'} | ${rebuild} |`;
  });
  const phaseHead = '| Communities | Build | Validation | Content sync | Bundling | Page rendering | Search indexing | Other | Total |';
  const phaseRows = results.flatMap((r) =>
    [['cold', r.cold] as const, ...(r.rebuild ? [['rebuild', r.rebuild] as const] : [])].map(([kind, m]) => {
      const p = m.phases;
      return `| ${r.communities.toLocaleString('en')} | ${kind} | ${num(p.validation)} | ${num(p.contentSync)} | ${num(p.bundling)} | ${num(p.rendering)} | ${num(p.searchIndexing)} | ${num(p.other)} | ${num(m.totalSeconds)} |`;
    }),
  );
  return [
    'Side by side with stock Astro + Pagefind (same content, same run):',
    '',
    sideHead,
    separator(sideHead),
    ...sideRows,
    '',
    'Shequ in detail:',
    '',
    head,
    separator(head),
    ...rows,
    '',
    'Seconds per phase:',
    '',
    phaseHead,
    separator(phaseHead),
    ...phaseRows,
  ].join('\n');
}

function separator(head: string): string {
  return `|${head
    .split('|')
    .slice(1, -1)
    .map((_cell, i) => (i === 0 ? '---' : '---:'))
    .join('|')}|`;
}

/** The text of `doc` with what lies between two marker lines replaced, or undefined when a marker is missing. */
export function replaceBetweenMarkers(doc: string, start: string, end: string, content: string): string | undefined {
  const from = doc.indexOf(start);
  const to = doc.indexOf(end, from + start.length);
  if (from < 0 || to < 0) return undefined;
  return `${doc.slice(0, from + start.length)}\n${content.trim()}\n${doc.slice(to)}`;
}
