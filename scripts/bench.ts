// npm run bench -- --communities 1000,10000 [--seed <n>] [--keep] [--in-place] [--no-rebuild] [--no-stock]
//   [--no-docs] [--query <text>] [--json <file>]
// Generates synthetic content (cached), builds it with the real build command and with stock Astro +
// Pagefind (bench/stock/) in the same run, and reports time, ratios to stock, phases, peak memory,
// output size, page weights, what a search fetches and a one-file rebuild; holds the largest size
// to bench/targets.json and exits 1 when a target is missed.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exitWithUsage, readCommandArgs } from '../src/tools/args.ts';
import { CommandError, runCommand } from '../src/tools/command.ts';
import { measureSearch, weighOutput } from '../src/tools/bench/measure.ts';
import type { AstroTimers, BuildMeasure, SizeResult } from '../src/tools/bench/report.ts';
import { derivePhases, divide, formatResultsTables, replaceBetweenMarkers } from '../src/tools/bench/report.ts';
import { describeFailure, runMeasured } from '../src/tools/bench/run.ts';
import { buildStock, findVersionMismatches } from '../src/tools/bench/stock.ts';
import { checkTargets, formatTargetsTable, hasMissedTarget, parseTargets } from '../src/tools/bench/targets.ts';

const spec = {
  usage: [
    '用法：npm run bench -- --communities 1000,10000 [--seed <n>] [--keep] [--in-place] [--no-rebuild] [--no-stock] [--no-docs] [--query <词>] [--json <文件>]',
    '  生成模拟内容，用本项目和原版 Astro + Pagefind 分别构建，测量时间、与原版之比、内存、页面大小和一次搜索的下载量；',
    '  最大规模未达到 bench/targets.json 中的目标时退出码为 1。',
  ].join('\n'),
  allowNegative: true,
  options: {
    communities: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'in-place': { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: true },
    stock: { type: 'boolean', default: true },
    docs: { type: 'boolean', default: true },
    query: { type: 'string', default: '日间照料' },
    json: { type: 'string', default: 'bench-results.json' },
  },
} as const;
const repo = process.cwd();
const { values, sizes, seed, targets } = await runCommand(async () => {
  const { values } = readCommandArgs(spec);
  const sizes = values.communities.split(',').map((s) => Number(s.trim()));
  const seed = Number(values.seed);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(seed)) exitWithUsage(spec, '--communities 须为逗号分隔的正整数，--seed 须为整数。');
  const targets = parseTargets(JSON.parse(await readFile(path.join(repo, 'bench', 'targets.json'), 'utf8')));
  const mismatches = findVersionMismatches(JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')), JSON.parse(await readFile(path.join(repo, 'bench', 'stock', 'package.json'), 'utf8')));
  // Not a usage mistake: the baseline would measure other tools than the project uses.
  if (values.stock && mismatches.length > 0) throw new CommandError(`基准项目 bench/stock 的版本与本项目不一致，请改成相同版本（或加 --no-stock）：\n${mismatches.join('\n')}`);
  return { values, sizes, seed, targets };
});
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
    rebuild = { ...measure, ratioToCold: measure.status === 'ok' ? divide(measure.totalSeconds, cold.totalSeconds) : null };
  }
  if (!values.keep) await rm(out, { recursive: true, force: true });
  const stockOut = path.join(work, `stock-dist-${communities}`);
  const stock = values.stock ? await buildStock(`stock build ${communities}`, content, stockOut, path.join(root, 'bench', 'stock'), { env: process.env, logs: LOGS, log }) : null;
  if (!values.keep) await rm(stockOut, { recursive: true, force: true });
  const ratioToStock = cold.status === 'ok' && stock?.status === 'ok' ? divide(cold.totalSeconds, stock.totalSeconds) : null;
  results.push({
    communities,
    seed,
    generateSeconds,
    cold,
    pages: output.pages,
    files: output.files,
    pagesPerSecond: cold.status === 'ok' ? output.pages / cold.totalSeconds : null,
    distBytes: output.bytes,
    largestPages: output.largest,
    pagesOverBudget: output.overBudget,
    keyPages: output.keyPages,
    search,
    dataStoreBytes,
    rebuild,
    stock,
    ratioToStock,
  });
  log(`   ${cold.status === 'ok' ? `${output.pages} pages in ${cold.totalSeconds.toFixed(1)} s (${(output.pages / cold.totalSeconds).toFixed(1)} pages/s), peak RSS ${(cold.peakRssBytes / 1048576).toFixed(0)} MiB` : `failed: ${cold.failure}`}`);
  if (stock) log(`   stock: ${stock.status === 'ok' ? `${stock.pages} pages in ${stock.totalSeconds.toFixed(1)} s; Shequ ÷ stock ${ratioToStock?.toFixed(2) ?? 'n/a'}×` : `failed: ${stock.failure}`}`);
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
// The targets hold for the largest size measured (the issue sets them at 10,000 communities).
const largest = results.reduce((a, b) => (b.communities > a.communities ? b : a));
const checks = checkTargets(largest, targets, { rebuild: !values.rebuild, stock: !values.stock });
const tables = `${formatResultsTables(results)}\n\n${formatTargetsTable(largest.communities, checks)}`;
await writeFile(path.resolve(values.json), `${JSON.stringify({ date: new Date().toISOString(), machine, inPlace: values['in-place'], results, targets: { communities: largest.communities, checks } }, null, 2)}\n`);
console.log(`\n${tables}\n`);
if (values.docs && existsSync(DOC)) {
  // The load says how far to trust the seconds: other work on the machine slows both builds.
  const note = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine.cpus} CPUs (${machine.cpuModel}), ${(machine.memoryBytes / 2 ** 30).toFixed(1)} GiB, Node ${machine.node}; commit ${machine.commit}; seed ${seed}; load average ${machine.loadAverage.atStart[0]} at the start, ${machine.loadAverage.atEnd[0]} at the end.`;
  const updated = replaceBetweenMarkers(await readFile(DOC, 'utf8'), ...MARKERS, `${note}\n\n${tables}`);
  if (updated) await writeFile(DOC, updated);
  else log(`bench: ${path.relative(repo, DOC)} has no ${MARKERS.join(' … ')} markers; the table was not written there.`);
}
log(`bench: results in ${values.json}, build logs in ${path.relative(repo, LOGS)}${values.keep ? `; outputs kept in ${work}` : ''}`);
if (!values.keep) await rm(work, { recursive: true, force: true });
if (hasMissedTarget(checks)) {
  log(
    `bench: ${checks
      .filter((c) => c.status === 'not met' || c.status === 'not measured')
      .map((c) => `${c.target} ${c.status} (${c.measured}, limit ${c.limit})`)
      .join('; ')}`,
  );
  process.exitCode = 1;
}

/** Generated content for one size, from the cache when the generator has not changed since. */
async function ensureContent(communities: number, seedValue: number): Promise<{ dir: string; seconds: number | null }> {
  // Keyed by the generator's own code too, so a changed generator never reuses stale content.
  const folder = 'src/tools/generate';
  const generator = (await readdir(path.join(repo, folder), { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
  const sources = ['scripts/generate.ts', ...generator.map((f) => `${folder}/${f}`)];
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
    spawn(process.execPath, ['scripts/generate.ts', '--communities', String(communities), '--seed', String(seedValue), '--out', dir], { cwd: repo, stdio: 'inherit' }).on('exit', resolve);
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

/** Runs `node scripts/build.ts` as a measured child and splits its time into phases. */
async function runBuild(label: string, content: string, out: string): Promise<BuildMeasure> {
  const timerPath = path.join(work, `astro-timers-${process.pid}-${Date.now()}.json`);
  // Astro writes its own phase timers to ASTRO_TIMER_PATH.
  const run = await runMeasured(label, ['scripts/build.ts', '--content', content, '--out', out], { cwd: root, env: { ...process.env, ASTRO_TIMER_PATH: timerPath }, logs: LOGS, log });
  const timers = existsSync(timerPath) ? (JSON.parse(await readFile(timerPath, 'utf8')) as AstroTimers) : undefined;
  const phases = derivePhases(run.lines, timers, run.totalMs, existsSync(path.join(out, 'pagefind')));
  const measure = { totalSeconds: run.totalMs / 1000, phases, peakRssBytes: run.peakRssBytes, peakRssBuildProcessBytes: run.peakRssMainBytes, rssTimeline: run.rssTimeline };
  return run.code === 0 ? { status: 'ok', ...measure } : { status: 'failed', failure: describeFailure(run), ...measure };
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
