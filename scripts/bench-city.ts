// npm run bench-city -- [--districts 10] [--communities 10000] [--seed 1]
// Measures a city roll-up: generates a city (cached in .shequ/bench-city/), builds it cold with
// caches of its own, changes one community in the last district and builds again. Prints the
// wall time and peak RSS of the build's process tree for both, and which districts the rebuild
// built again. Kept apart from scripts/bench.ts, which measures one district.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exitWithUsage, readCommandArgs } from '../src/tools/args.ts';
import { runCommand } from '../src/tools/command.ts';
import { sumTreeRss } from '../src/tools/bench/measure.ts';

const spec = {
  usage: ['用法：npm run bench-city -- [--districts <区数>] [--communities <社区总数>] [--seed <整数>]', '  生成一个城市并测量：冷构建、修改一个区的一个社区后的重新构建（时间、内存峰值、重新构建了哪些区）。'].join('\n'),
  options: { districts: { type: 'string', default: '10' }, communities: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } },
} as const;
const [districts, communities, seed] = await runCommand(() => {
  const { values } = readCommandArgs(spec);
  const numbers = [Number(values.districts), Number(values.communities), Number(values.seed)];
  const [d, c] = numbers;
  if (!numbers.every(Number.isInteger) || d < 1 || c < d) exitWithUsage(spec, '--districts、--communities 须为正整数，且社区数不少于区数。');
  return numbers;
});

const checkout = path.resolve(import.meta.dirname, '..');
const city = path.join(checkout, '.shequ', 'bench-city', `${districts}x${communities}-seed${seed}`);
if (!existsSync(path.join(city, 'city.yaml'))) {
  await run(['scripts/generate.ts', '--districts', String(districts), '--communities', String(communities), '--out', city, '--seed', String(seed), '--force']);
}
const work = await mkdtemp(path.join(os.tmpdir(), 'shequ-bench-city-'));
const env = { ...process.env, SHEQU_CACHE_DIR: path.join(work, 'cache'), SHEQU_QUIET: '1' };
const out = path.join(work, 'dist');
const cold = await run(['scripts/build.ts', '--content', city, '--out', out], env);
const last = (await readFile(path.join(city, 'city.yaml'), 'utf8'))
  .match(/slug: ([a-z0-9-]+)/g)!
  .at(-1)!
  .slice(6);
const folder = path.join(city, last, 'communities');
const file = path.join(folder, (await readdir(folder)).sort()[0]);
const original = await readFile(file, 'utf8');
await writeFile(
  file,
  original.replace(/^households: (\d+)/m, (_, n: string) => `households: ${Number(n) + 1}`),
);
const rebuild = await run(['scripts/build.ts', '--content', city, '--out', out], env).finally(() => writeFile(file, original));
await rm(work, { recursive: true, force: true });
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`;
console.log(`\n城市：${districts} 个区，${communities} 个社区（${path.relative(checkout, city)}）`);
console.log(`冷构建：${cold.seconds.toFixed(1)} 秒，进程树内存峰值 ${mib(cold.peak)}`);
console.log(`改动 ${last} 的一个社区后重新构建：${rebuild.seconds.toFixed(1)} 秒（冷构建的 ${(rebuild.seconds / cold.seconds).toFixed(2)} 倍），内存峰值 ${mib(rebuild.peak)}`);
console.log(`  ${rebuild.output.match(/重新构建的区：[^；]*/)?.[0] ?? '（构建没有报告重新构建的区）'}`);

/** Runs a script on this Node, sampling its process tree's memory; fails loudly on a non-zero exit. */
function run(args: string[], runEnv: NodeJS.ProcessEnv = process.env): Promise<{ seconds: number; peak: number; output: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: checkout, env: runEnv, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    let peak = 0;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setInterval(() => (peak = Math.max(peak, sumTreeRss(child.pid!))), 250);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`));
      resolve({ seconds: (performance.now() - started) / 1000, peak, output });
    });
  });
}
