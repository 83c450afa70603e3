// npm run bench -- --communities 1000,10000 [--seed <n>] [--keep] [--in-place] [--no-rebuild] [--no-docs]
//   [--query <text>] [--json <file>]
// Generates synthetic content (cached), builds it with the real build command and reports time,
// phases, peak memory, output size, page weights, what a search fetches, and a one-file rebuild.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AstroTimers, BuildMeasure, SizeResult, TimedLine } from '../src/tools/bench/report.ts';
import { derivePhases, formatResultsTables, replaceBetweenMarkers } from '../src/tools/bench/report.ts';
import { exitWithUsage, readCommandArgs } from '../src/tools/args.ts';
import { measureSearch, sumTreeRss, weighOutput } from '../src/tools/bench/measure.ts';

const spec = {
  usage: [
    '用法：npm run bench -- --communities 1000,10000 [--seed <n>] [--keep] [--in-place] [--no-rebuild] [--no-docs] [--query <词>] [--json <文件>]',
    '  生成模拟内容并构建，测量时间、内存、页面大小和一次搜索的下载量。',
  ].join('\n'),
  allowNegative: true,
  options: {
    communities: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'in-place': { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: true },
    docs: { type: 'boolean', default: true },
    query: { type: 'string', default: '日间照料' },
    json: { type: 'string', default: 'bench-results.json' },
  },
} as const;
const { values } = readCommandArgs(spec);
const sizes = values.communities.split(',').map((s) => Number(s.trim()));
const seed = Number(values.seed);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(seed)) exitWithUsage(spec, '--communities 须为逗号分隔的正整数，--seed 须为整数。');

const repo = process.cwd();
const CACHE = path.join(repo, '.shequ', 'bench');
const LOGS = path.join(CACHE, 'logs');
const DOC = path.join(repo, 'docs', 'performance.md');
const MARKERS = ['<!-- bench:start -->', '<!-- bench:end -->'] as const;
const work = await mkdtemp(path.join(os.tmpdir(), 'shequ-bench-'));
// Other work on the machine slows builds down: the load averages go into the results.
const loadAtStart = os.loadavg();
// Which code was measured: the commit, and how many files of the working tree differed from it.
const codeVersion = {
  commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).stdout?.trim() || 'unknown',
  uncommittedFiles: (spawnSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' }).stdout ?? '').split('\n').filter(Boolean).length,
};
const log = (text: string) => process.stderr.write(`${text}\n`);

// The build runs in a snapshot of this checkout by default: edits made meanwhile do not change
// what is measured, and its own Astro cache (node_modules/.astro) neither reads nor clobbers the
// checkout's. --in-place builds the checkout itself and clears its cache for each cold build.
const root = values['in-place'] ? repo : await snapshotProject(repo, path.join(work, 'project'));
log(`bench: building in ${values['in-place'] ? 'the checkout (in place)' : `a snapshot of the checkout (${root})`}; work folder ${work}`);

const results: SizeResult[] = [];
for (const communities of sizes) {
  log(`\n== ${communities.toLocaleString('en')} communities ==`);
  const { dir: content, seconds: generateSeconds } = await ensureContent(communities, seed);
  const out = path.join(work, `dist-${communities}`);
  // Cold: without Astro's cache (data store, incremental pages) and Shequ's parse cache.
  await rm(path.join(root, 'node_modules', '.astro'), { recursive: true, force: true });
  await rm(path.join(root, 'node_modules', '.cache', 'shequ'), { recursive: true, force: true });
  const cold = await runBuild(`cold build ${communities}`, content, out);
  const dataStore = path.join(root, 'node_modules', '.astro', 'data-store.json');
  const dataStoreBytes = existsSync(dataStore) ? (await stat(dataStore)).size : null;
  const output = cold.status === 'ok' ? await weighOutput(out) : { pages: 0, files: 0, bytes: 0, largest: [], overBudget: 0, keyPages: {} };
  const search = cold.status === 'ok' ? await measureSearch(out, values.query, { chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', log }) : null;
  let rebuild: SizeResult['rebuild'] = null;
  if (values.rebuild && cold.status === 'ok') {
    const measure = await withOneFileChanged(content, () => runBuild(`rebuild ${communities} (one file changed)`, content, out));
    rebuild = { ...measure, speedup: measure.status === 'ok' ? cold.totalSeconds / measure.totalSeconds : null };
  }
  if (!values.keep) await rm(out, { recursive: true, force: true });
  results.push({
    communities, seed, generateSeconds, cold,
    pages: output.pages, files: output.files,
    pagesPerSecond: cold.status === 'ok' ? output.pages / cold.totalSeconds : null,
    distBytes: output.bytes, largestPages: output.largest, pagesOverBudget: output.overBudget, keyPages: output.keyPages,
    search, dataStoreBytes, rebuild,
  });
  log(`   ${cold.status === 'ok' ? `${output.pages} pages in ${cold.totalSeconds.toFixed(1)} s (${(output.pages / cold.totalSeconds).toFixed(1)} pages/s), peak RSS ${(cold.peakRssBytes / 1048576).toFixed(0)} MiB` : `failed: ${cold.failure}`}`);
}

const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryBytes: os.totalmem(),
  node: process.version,
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  ...codeVersion,
  loadAverage: { atStart: loadAtStart.map((l) => Number(l.toFixed(2))), atEnd: os.loadavg().map((l) => Number(l.toFixed(2))) },
};
const tables = formatResultsTables(results);
await writeFile(path.resolve(values.json), `${JSON.stringify({ date: new Date().toISOString(), machine, inPlace: values['in-place'], results }, null, 2)}\n`);
console.log(`\n${tables}\n`);
if (values.docs && existsSync(DOC)) {
  const note = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine.cpus} CPUs (${machine.cpuModel}), ${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB, Node ${machine.node}; seed ${seed}.`;
  const updated = replaceBetweenMarkers(await readFile(DOC, 'utf8'), ...MARKERS, `${note}\n\n${tables}`);
  if (updated) await writeFile(DOC, updated);
  else log(`bench: ${path.relative(repo, DOC)} has no ${MARKERS.join(' … ')} markers; the table was not written there.`);
}
log(`bench: results in ${values.json}, build logs in ${path.relative(repo, LOGS)}${values.keep ? `; outputs kept in ${work}` : ''}`);
if (!values.keep) await rm(work, { recursive: true, force: true });

/** Generated content for one size, from the cache when the generator has not changed since. */
async function ensureContent(communities: number, seedValue: number): Promise<{ dir: string; seconds: number | null }> {
  // Keyed by the generator's own code too, so a changed generator never reuses stale content.
  const generator = (await readdir(path.join(repo, 'src/lib/generate'))).filter((f) => f !== 'bench-report.ts').sort();
  const sources = ['scripts/generate.ts', ...generator.map((f) => `src/lib/generate/${f}`)];
  const hash = createHash('sha256');
  for (const file of sources) hash.update(await readFile(path.join(repo, file)));
  const dir = path.join(CACHE, `content-${communities}-seed${seedValue}-${hash.digest('hex').slice(0, 10)}`);
  if (existsSync(path.join(dir, '.shequ-generated'))) {
    log(`   content: cached in ${path.relative(repo, dir)}`);
    return { dir, seconds: null };
  }
  await rm(dir, { recursive: true, force: true });
  const started = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    spawn(process.execPath, ['scripts/generate.ts', '--communities', String(communities), '--seed', String(seedValue), '--out', dir], { cwd: repo, stdio: 'inherit' })
      .on('exit', resolve);
  });
  if (code !== 0) throw new Error(`generate exited with ${code}`);
  return { dir, seconds: (performance.now() - started) / 1000 };
}

/** Copies the project's code (not its content, tests, outputs or caches) and links its dependencies. */
async function snapshotProject(from: string, to: string): Promise<string> {
  const skip = new Set(['.git', 'node_modules', 'dist', '.astro', '.shequ', 'content', 'tests', 'screenshots', 'docs', '.ci']);
  await mkdir(path.join(to, 'node_modules'), { recursive: true });
  for (const name of await readdir(from)) {
    if (skip.has(name) || /^dist\.|\.log$/.test(name)) continue;
    await cp(path.join(from, name), path.join(to, name), { recursive: true });
  }
  // Packages by link; the cache folders (Astro's node_modules/.astro, Shequ's node_modules/.cache)
  // stay the snapshot's own.
  for (const name of await readdir(path.join(from, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    await symlink(path.join(from, 'node_modules', name), path.join(to, 'node_modules', name));
  }
  return to;
}

/** Runs `node scripts/build.ts` as a child, timing its log lines and polling its process tree's memory. */
async function runBuild(label: string, content: string, out: string): Promise<BuildMeasure> {
  const timerPath = path.join(work, `astro-timers-${process.pid}-${Date.now()}.json`);
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
    cwd: root,
    // Astro writes its own phase timers to ASTRO_TIMER_PATH; SHEQU_TIMINGS asks the build script for its own.
    env: { ...process.env, ASTRO_TIMER_PATH: timerPath, SHEQU_TIMINGS: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: TimedLine[] = [];
  let routes = 0;
  let phase = 'validating';
  const status = createStatus(label);
  const onData = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const ms = performance.now() - started;
      const parts = (pending + chunk).split('\n');
      pending = parts.pop()!;
      for (const text of parts) {
        lines.push({ ms, text });
        if (/[├└]─ /.test(text)) routes++;
        const next = /Syncing content/.test(text) ? 'content sync' : /Building static entrypoints/.test(text) ? 'bundling'
          : /generating static routes/.test(text) ? 'rendering' : /\[build\] Complete!/.test(text) ? 'search indexing' : undefined;
        if (next && next !== phase) {
          phase = next;
          status.phase(phase, ms);
        }
      }
    });
  };
  onData(child.stdout!);
  onData(child.stderr!);
  let peak = 0;
  let peakMain = 0;
  // One sample a second (phase, tree and build process), to see which phase holds the memory.
  const timeline: [seconds: number, phase: string, treeMiB: number, mainMiB: number][] = [];
  const poll = setInterval(() => {
    const tree = sumTreeRss(child.pid!);
    const main = sumTreeRss(child.pid!, false);
    peak = Math.max(peak, tree);
    peakMain = Math.max(peakMain, main);
    const ms = performance.now() - started;
    if (timeline.length === 0 || ms / 1000 - timeline[timeline.length - 1][0] >= 1) timeline.push([Math.round(ms / 100) / 10, phase, Math.round(tree / 1048576), Math.round(main / 1048576)]);
    status.tick(phase, ms, routes, peak);
  }, 100);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
  clearInterval(poll);
  const totalMs = performance.now() - started;
  status.end(totalMs);
  // The log with arrival times stays after the run (work folders do not), for per-route analysis.
  await mkdir(LOGS, { recursive: true });
  await writeFile(path.join(LOGS, `${label.replace(/[^\w]+/g, '-').replace(/-$/, '')}.log`), lines.map((l) => `${(l.ms / 1000).toFixed(3)} ${l.text}`).join('\n'));
  const timers = existsSync(timerPath) ? (JSON.parse(await readFile(timerPath, 'utf8')) as AstroTimers) : undefined;
  const phases = derivePhases(lines, timers, totalMs, existsSync(path.join(out, 'pagefind')));
  const memory = { peakRssBuildProcessBytes: peakMain, rssTimeline: timeline };
  if (code === 0) return { status: 'ok', totalSeconds: totalMs / 1000, phases, peakRssBytes: peak, ...memory };
  const last = lines.map((l) => l.text.trim()).filter((t) => t && !/^at /.test(t)).slice(-3).join(' / ');
  return { status: 'failed', failure: `${signal ? `killed by ${signal}` : `exit code ${code}`}: ${last.slice(0, 300)}`, totalSeconds: totalMs / 1000, phases, peakRssBytes: peak, ...memory };
}

/** A status line while a build runs: rewritten in place on a terminal, one line per phase elsewhere. */
function createStatus(label: string) {
  const tty = process.stderr.isTTY;
  const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  let lastDraw = 0;
  return {
    phase(phase: string, ms: number) {
      if (!tty) log(`   ${label}: ${phase} from ${secs(ms)}`);
    },
    tick(phase: string, ms: number, routes: number, peak: number) {
      if (!tty || ms - lastDraw < 500) return;
      lastDraw = ms;
      process.stderr.write(`\r\u001b[2K   ${label}: ${phase} · ${secs(ms)} · ${routes} routes written · ${(peak / 1048576).toFixed(0)} MiB peak`);
    },
    end(ms: number) {
      if (tty) process.stderr.write('\r\u001b[2K');
      log(`   ${label}: finished in ${secs(ms)}`);
    },
  };
}


/** Appends a sentence to one community's narrative for the duration of `run`, then restores the file. */
async function withOneFileChanged<T>(content: string, run: () => Promise<T>): Promise<T> {
  // The middle published community: a draft's body would change nothing on the site.
  const files = (await readdir(path.join(content, 'communities'))).sort();
  let file = '';
  let original = '';
  for (let i = Math.floor(files.length / 2); i < files.length + Math.floor(files.length / 2); i++) {
    file = path.join(content, 'communities', files[i % files.length]);
    original = await readFile(file, 'utf8');
    if (!/^draft: true$/m.test(original)) break;
  }
  await writeFile(file, `${original}\n本段为基准测试的修改。\n`);
  try {
    return await run();
  } finally {
    await writeFile(file, original);
  }
}
