// npm run bench-search -- --site <built site> [--names 200]
// Searches community names on a built site's search page in Debian's Chromium and
// counts how often the community's page comes first and in the top ten. Exits 1 below the
// target (MIN_FIRST_SHARE in src/tools/search/rank-names.ts). Separate from scripts/bench.ts:
// it reads a site already built, at any size, without building.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../src/tools/chromium.ts';
import { serveStatic } from '../src/tools/static-server.ts';
import { exitWithUsage, readCommandArgs } from '../src/tools/args.ts';
import { CommandError, runCommand } from '../src/tools/command.ts';
import type { NameSearch } from '../src/tools/search/rank-names.ts';
import { MIN_FIRST_SHARE, meetsNameTarget, pickEvenly, rankNames } from '../src/tools/search/rank-names.ts';

const spec = {
  usage: ['用法：npm run bench-search -- --site <已构建的网站文件夹> [--names 200]', '  在 Chromium 里用网站自己的搜索查找社区名称，统计社区本身的页面排第一、进前十的次数。', `  排第一的少于 ${MIN_FIRST_SHARE * 100}% 时退出码为 1。`].join('\n'),
  options: {
    site: { type: 'string' },
    names: { type: 'string', default: '200' },
  },
} as const;
const { site, communities } = await runCommand(async () => {
  const { values } = readCommandArgs(spec);
  if (!values.site) exitWithUsage(spec, '缺少 --site：要测量的网站文件夹（npm run build 的输出）。');
  const count = Number(values.names);
  if (!Number.isInteger(count) || count < 1) exitWithUsage(spec, `--names 应为正整数，而不是“${values.names}”。`);
  const site = path.resolve(values.site);
  const communities = await readCommunityNames(site).catch(() => []);
  if (communities.length === 0) throw new CommandError(`${values.site} 里没有社区页面：请先用 npm run build 构建网站。`, 2);
  return { site, communities: pickEvenly(communities, count) };
});
const picked = communities;
const server = await serveStatic(site);
const browser = await launchChromium();
try {
  // The search page itself, as readers use it: Pagefind's order and the page's own changes to it.
  const page = await browser.newPage();
  await page.goto(`${server.origin}/search/`);
  await page.waitForSelector('.search-filters:not([hidden])', { timeout: 120_000 });
  const searches: NameSearch[] = [];
  for (const { name, url } of picked) {
    await page.fill('[data-search] input[name="q"]', name);
    await page.locator('[data-search]').evaluate((form: HTMLFormElement) => form.requestSubmit());
    // The status names the query once its results are on the page.
    await page.waitForFunction((query) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${query}”`), name, { timeout: 60_000 });
    const urls = await page.$$eval('.search-result h2 a', (links) => links.slice(0, 10).map((a) => a.getAttribute('href') ?? ''));
    searches.push({ name, expected: url, urls });
  }
  const ranking = rankNames(searches);
  console.log(`社区名称搜索：${ranking.searched} 个名称，本社区页面排第一 ${ranking.first} 次，进前十 ${ranking.topTen} 次。`);
  for (const miss of ranking.misses.slice(0, 20)) console.log(`  ${miss.name}：${miss.rank === 0 ? '不在前十' : `第 ${miss.rank} 位`}`);
  if (!meetsNameTarget(ranking)) {
    console.error(`未达到目标：排第一的应至少占 ${MIN_FIRST_SHARE * 100}%。`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}

/** Every community page of the built site, its name (the page's heading) and its URL, by slug. */
async function readCommunityNames(dist: string): Promise<{ name: string; url: string }[]> {
  const folder = path.join(dist, 'communities');
  const slugs = (await readdir(folder, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && e.name !== 'street')
    .map((e) => e.name)
    .sort();
  const found = await Promise.all(
    slugs.map(async (slug) => {
      const html = await readFile(path.join(folder, slug, 'index.html'), 'utf8').catch(() => '');
      const name = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1];
      return name ? { name, url: `/communities/${slug}/` } : undefined;
    }),
  );
  return found.filter((c) => c !== undefined);
}
