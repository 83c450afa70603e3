// npm run generate -- --communities <n> --out <dir> [--districts <n>] [--seed <n>] [--force] [--concurrency <n>]
// Writes a valid synthetic content folder (for the bench and for trying the site at scale);
// with --districts, a city of that many district folders and city.yaml.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { planContent } from '../src/tools/generate/index.ts';
import { createProgress } from '../src/tools/generate/progress.ts';
import { exitWithUsage, readCommandArgs } from '../src/tools/args.ts';
import { CommandError, runCommand } from '../src/tools/command.ts';
import { MAX_GENERATED_DISTRICTS, writeGeneratedCity } from '../src/tools/city/generate-city.ts';

const spec = {
  usage: [
    '用法：npm run generate -- --communities <数量> --out <文件夹> [--districts <区数>] [--seed <整数>] [--force] [--concurrency <n>]',
    '  生成一个可通过检查的模拟内容文件夹（用于性能测试和大规模试用）。',
    '  --districts  生成一个城市：这么多个区（社区平均分到各区）和 city.yaml',
  ].join('\n'),
  options: {
    communities: { type: 'string' },
    districts: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    force: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '32' },
  },
} as const;
await runCommand(async () => {
  const { values } = readCommandArgs(spec);

  const communities = Number(values.communities);
  const seed = Number(values.seed);
  const concurrency = Number(values.concurrency);
  if (!values.out) exitWithUsage(spec, '缺少 --out <文件夹>。');
  if (!Number.isInteger(communities) || communities < 1) exitWithUsage(spec, '--communities 须为不小于 1 的整数。');
  if (!Number.isInteger(seed) || !(concurrency >= 1)) exitWithUsage(spec, '--seed 须为整数，--concurrency 不小于 1。');
  const districts = values.districts === undefined ? undefined : Number(values.districts);
  if (districts !== undefined && (!Number.isInteger(districts) || districts < 1 || districts > MAX_GENERATED_DISTRICTS || districts > communities)) {
    exitWithUsage(spec, `--districts 须为 1 到 ${MAX_GENERATED_DISTRICTS} 之间的整数，且不多于 --communities。`);
  }

  const out = path.resolve(values.out);
  // Written last: its presence says the folder is complete and was made by this script.
  const MARKER = '.shequ-generated';
  if (existsSync(out) && (await readdir(out)).length > 0) {
    // Only a folder this script wrote is ever cleared: never real content by a slip of the flag.
    if (!values.force || !existsSync(path.join(out, MARKER))) {
      throw new CommandError(`${values.out} is not empty. ${existsSync(path.join(out, MARKER)) ? 'Pass --force to replace it.' : 'It was not written by generate: choose another folder.'}`, 1);
    }
    await rm(out, { recursive: true, force: true });
  }

  const started = performance.now();
  if (districts !== undefined) {
    const city = await writeGeneratedCity(out, { districts, communities, seed, concurrency });
    await writeFile(path.join(out, MARKER), `${JSON.stringify({ communities, districts, seed })}\n`);
    console.log(
      `Wrote ${city.files} files (${(city.bytes / 1048576).toFixed(1)} MiB) to ${path.relative(process.cwd(), out) || '.'}: a city of ${districts} districts (${city.plans.map((d) => `${d.slug} ${d.communities}`).join(', ')}) and city.yaml; seed ${seed}; ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
    return;
  }
  const plan = planContent({ communities, seed });
  await Promise.all(['communities', 'reports', 'data', 'media'].map((dir) => mkdir(path.join(out, dir), { recursive: true })));

  // Bounded concurrency: enough writes in flight to keep the disk busy, never one per file at once.
  const files = plan.files();
  const progress = createProgress('generate', plan.fileCount);
  let written = 0;
  let bytes = 0;
  const worker = async () => {
    for (let next = files.next(); !next.done; next = files.next()) {
      await writeFile(path.join(out, next.value.path), next.value.contents);
      bytes += typeof next.value.contents === 'string' ? Buffer.byteLength(next.value.contents) : next.value.contents.byteLength;
      progress.update(++written);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  progress.done();
  await writeFile(path.join(out, MARKER), `${JSON.stringify({ communities, seed })}\n`);

  const drafts = plan.communities.filter((c) => c.facts.draft).length;
  console.log(
    `Wrote ${written} files (${(bytes / 1048576).toFixed(1)} MiB) to ${path.relative(process.cwd(), out) || '.'}: ${communities} communities (${drafts} drafts) in ${plan.streets.length} streets, 10 reports, 4 data tables; seed ${seed}; ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
});
