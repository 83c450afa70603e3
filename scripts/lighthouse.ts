// npm run lighthouse -- [<path> …] [--dist dist] [--runs 3] [--care]
// Measures pages of a built site with Lighthouse 12 (mobile, simulated throttling) in Debian's
// Chromium, served gzip-compressed from 127.0.0.1; prints the median of each figure.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../src/tools/chromium.ts';
import { serveStatic } from '../src/tools/static-server.ts';
import { exitWithUsage, readCommandArgs } from '../src/tools/args.ts';
import { findMissingForBrowser } from '../src/tools/browser-preconditions.ts';
import { CommandError, runCommand } from '../src/tools/command.ts';

const spec = {
  usage: [
    '用法：npm run lighthouse -- [<页面路径> …] [--dist <站点文件夹>] [--runs <次数>] [--care]',
    '  用 Lighthouse 12（手机、模拟限速）和 Chromium 测量已构建站点的页面，打印各项中位数。',
    '  不写页面时测概览、第一个社区和第一篇报告；--care 在长辈模式下测量。',
  ].join('\n'),
  allowPositionals: true,
  options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' }, care: { type: 'boolean', default: false } },
} as const;
await runCommand(async () => {
  const { values, positionals } = readCommandArgs(spec);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) exitWithUsage(spec, `--runs 应为正整数，收到“${values.runs}”`);
  const missing = findMissingForBrowser(values.dist);
  if (missing) {
    throw new CommandError(missing, 1);
  }
  const first = (folder: string) => readdirSync(path.join(values.dist, folder), { withFileTypes: true }).find((e) => e.isDirectory())?.name;
  const pages = positionals.length > 0 ? positionals : ['/', `/communities/${first('communities')}/`, `/reports/${first('reports')}/`];

  const server = await serveStatic(values.dist, { compressed: true });
  // Never a downloaded browser: Debian's Chromium, without sandbox or background traffic.
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  try {
    console.log('页面 | 性能分 | TBT (ms) | CLS | LCP (ms) | FCP (ms)');
    for (const page of pages) {
      const results: number[][] = [];
      for (let i = 0; i < runs; i++) {
        const url = `${server.origin}${page}${values.care ? '?care=1' : ''}`;
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        const audits = result!.lhr.audits;
        results.push([
          Math.round((result!.lhr.categories.performance.score ?? 0) * 100),
          audits['total-blocking-time'].numericValue ?? 0,
          audits['cumulative-layout-shift'].numericValue ?? 0,
          audits['largest-contentful-paint'].numericValue ?? 0,
          audits['first-contentful-paint'].numericValue ?? 0,
        ]);
      }
      const [score, tbt, cls, lcp, fcp] = [0, 1, 2, 3, 4].map((k) => median(results.map((r) => r[k])));
      console.log(`${page} | ${score} | ${Math.round(tbt)} | ${cls.toFixed(3)} | ${Math.round(lcp)} | ${Math.round(fcp)}`);
    }
  } finally {
    chrome.kill();
    await server.close();
  }
});
