// One child process run by the bench: its log lines with their arrival times, the peak memory of
// its process tree, and a status line while it runs. Shequ's build and the stock baseline both
// go through here, so the two are measured the same way.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sumTreeRss } from './measure.ts';
import type { TimedLine } from './report.ts';

/** What one child process did, as the bench saw it. */
export interface MeasuredRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  totalMs: number;
  lines: TimedLine[];
  /** Peak of the summed resident memory of the process and its descendants. */
  peakRssBytes: number;
  /** Peak resident memory of the process alone. */
  peakRssMainBytes: number;
  /** Seconds since start, phase, MiB of the process tree and of the process, about once a second. */
  rssTimeline: [seconds: number, phase: string, treeMiB: number, mainMiB: number][];
}

/** Where and how to run a child, and where its log goes. */
export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The folder the log (every line with its arrival time) is written to. */
  logs: string;
  log: (text: string) => void;
}

const MIB = 1048576;

/** Runs `node <args>` as a child, timing its log lines and polling its process tree's memory every 100 ms. */
export async function runMeasured(label: string, args: string[], { cwd, env, logs, log }: RunOptions): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: TimedLine[] = [];
  let routes = 0;
  let phase = 'starting';
  const status = createStatus(label, log);
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
        const next = readPhase(text);
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
  // One sample a second (phase, tree and main process), to see which phase holds the memory.
  const timeline: MeasuredRun['rssTimeline'] = [];
  const poll = setInterval(() => {
    const tree = sumTreeRss(child.pid!);
    const main = sumTreeRss(child.pid!, false);
    peak = Math.max(peak, tree);
    peakMain = Math.max(peakMain, main);
    const ms = performance.now() - started;
    if (timeline.length === 0 || ms / 1000 - timeline[timeline.length - 1][0] >= 1) timeline.push([Math.round(ms / 100) / 10, phase, Math.round(tree / MIB), Math.round(main / MIB)]);
    status.tick(phase, ms, routes, peak);
  }, 100);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
  clearInterval(poll);
  const totalMs = performance.now() - started;
  status.end(totalMs);
  // The log with arrival times stays after the run (work folders do not), for per-route analysis.
  await mkdir(logs, { recursive: true });
  await writeFile(path.join(logs, `${label.replace(/[^\w]+/g, '-').replace(/-$/, '')}.log`), lines.map((l) => `${(l.ms / 1000).toFixed(3)} ${l.text}`).join('\n'));
  return { code, signal, totalMs, lines, peakRssBytes: peak, peakRssMainBytes: peakMain, rssTimeline: timeline };
}

/** How a run that failed ended, in a line: exit code or signal, and its last messages. */
export function describeFailure(run: Pick<MeasuredRun, 'code' | 'signal' | 'lines'>): string {
  const last = run.lines
    .map((l) => l.text.trim())
    .filter((t) => t && !/^at /.test(t))
    .slice(-3)
    .join(' / ');
  return `${run.signal ? `killed by ${run.signal}` : `exit code ${run.code}`}: ${last.slice(0, 300)}`;
}

/** The phase an Astro (or Pagefind) log line starts, if any. */
function readPhase(text: string): string | undefined {
  if (/Syncing content/.test(text)) return 'content sync';
  if (/Building static entrypoints/.test(text)) return 'bundling';
  if (/generating static routes/.test(text)) return 'rendering';
  if (/\[build\] Complete!|Running Pagefind/.test(text)) return 'search indexing';
  return undefined;
}

/** A status line while a child runs: rewritten in place on a terminal, one line per phase elsewhere. */
function createStatus(label: string, log: (text: string) => void) {
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
      process.stderr.write(`\r\u001b[2K   ${label}: ${phase} · ${secs(ms)} · ${routes} routes written · ${(peak / MIB).toFixed(0)} MiB peak`);
    },
    end(ms: number) {
      if (tty) process.stderr.write('\r\u001b[2K');
      log(`   ${label}: finished in ${secs(ms)}`);
    },
  };
}
