// The first half of `npm run build`, run by scripts/build.ts in a child process so that all
// of its memory is returned when it ends:
//   node scripts/build-site.ts --staging <dir> --summary <file> [--out <dir>] [--strict] [--verbose]
// Validates (writing nothing on a content error), hands the chart CSVs to the parent as one pack
// (which it writes out meanwhile) and builds the site with Astro into the staging folder. The search index is built from the checked content while
// Astro renders (Pagefind is a process of its own, on the other core) and moved in after.
// Exit 0: the staging folder is complete.
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { listPublishedCsvs } from '../src/lib/charts/site-charts.ts';
import { createProjectIntegration } from '../src/project-integration.ts';
import { isFailing } from '../src/lib/problems.ts';
import { loadProject } from '../src/lib/project.ts';
import { openCoreCache } from '../src/lib/core-cache.ts';
import { getContentDir, readLoadOptions, readSettings } from '../src/settings.ts';
import { formatReport } from '../src/tools/problem-report.ts';
import { writeAdminSite } from '../src/tools/admin/index.ts';
import { exitWithUsage, readCommandArgs } from '../src/tools/args.ts';
import { CommandError, runCommand } from '../src/tools/command.ts';
import { formatBuildFailure } from '../src/tools/build-failure.ts';
import { formatIndexSummary, startSearchIndex } from '../src/tools/search/start.ts';
import type { ChartPackMessage } from '../src/tools/chart-pack.ts';
import { writeChartPack } from '../src/tools/chart-pack.ts';
import type { IndexSummary } from '../src/tools/search/index-pages.ts';
import { prepareAstroEnv } from './astro-env.ts';

const spec = {
  usage: '用法：node scripts/build-site.ts --staging <文件夹> --summary <文件> [--out <文件夹>] [--strict] [--verbose]（由 npm run build 调用）',
  options: {
    staging: { type: 'string' },
    summary: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    strict: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
} as const;
const { values } = await runCommand(() => {
  const read = readCommandArgs(spec);
  if (!read.values.staging || !read.values.summary) exitWithUsage(spec, '缺少 --staging 或 --summary：这个脚本由 npm run build 调用。');
  // Its parent writes the chart files it hands over (src/tools/chart-pack.ts).
  if (!process.send) exitWithUsage(spec, '这个脚本由 npm run build 调用，不能单独运行。');
  // Spelled out so that the two checked values keep their `string` type outside this function.
  return { ...read, values: { ...read.values, staging: read.values.staging, summary: read.values.summary } };
});
prepareAstroEnv('production');
stopWithParent();

const searchFiles = `${values.staging}.search`;
await runCommand(async () => {
  try {
    const { search, summary, integration } = await prepareProject();
    const { build } = await import('astro');
    const { quiet } = readSettings();
    await build({ outDir: values.staging, logLevel: quiet ? 'warn' : 'info', integrations: [integration] });
    const indexed = await search;
    await rename(searchFiles, path.join(values.staging, 'pagefind'));
    if (!quiet) console.log(formatIndexSummary(indexed));
    await writeAdminSite(values.staging, getContentDir(), { editorsDir: readSettings().editorsContentDir });
    await writeFile(values.summary, JSON.stringify(summary));
  } catch (error) {
    // runCommand's exit skips `finally`: the folders go here (the chart files are the parent's).
    await Promise.all([values.staging, searchFiles].map((dir) => rm(dir, { recursive: true, force: true })));
    if (error instanceof CommandError) throw error;
    console.error(formatBuildFailure(error, { out: values.out, folder: values.staging, cwd: process.cwd(), verbose: values.verbose, content: getContentDir() }));
    throw new CommandError('', 1);
  }
});

/**
 * Loads and checks the content (exiting on a content error), hands the chart CSVs over and hands
 * the project to Astro's loaders through an integration (src/project-integration.ts): once the
 * loaders have taken it and filled Astro's store, nothing holds it and its memory can go.
 */
async function prepareProject(): Promise<{ summary: { communities: number; reports: number }; integration: AstroIntegration; search: Promise<IndexSummary> }> {
  const project = await loadProject(getContentDir(), readLoadOptions());
  const counts = project.content.fileCounts;
  if (project.problems.length > 0 || isFailing(project.problems, values.strict)) {
    console.log(formatReport(project.problems, counts, values.strict));
  }
  if (isFailing(project.problems, values.strict)) {
    throw new CommandError(`构建已停止：内容有问题，未写入任何文件（${values.out}/ 保持不变）。`, 1);
  }
  if (!project.content.site?.data.url) {
    console.warn('提示：site.yaml 没有设置 url（网站公开地址），本次构建不生成规范链接（canonical）、sitemap 和 RSS。');
  }
  // The chart CSVs go to the parent as one pack (beside the staging folder, which Astro empties),
  // and it writes the files while Astro runs here.
  const chartPack = `${values.staging}.charts.json`;
  const chartCache = await openCoreCache('charts', project.content.root, readLoadOptions().cacheDir);
  await writeChartPack(chartPack, listPublishedCsvs(project, chartCache));
  await chartCache.save();
  process.send?.({ chartPack } satisfies ChartPackMessage);
  // Started before the project is handed over and let go: it reads the checked model, not the pages.
  const search = startSearchIndex(project, searchFiles, { previousSite: path.resolve(values.out), pagesPerShard: readSettings().pagesPerShard });
  const summary = { communities: project.content.communities.length, reports: project.content.reports.filter((r) => !r.data.draft).length };
  return { search, summary, integration: createProjectIntegration(getContentDir(), project) };
}

/**
 * Ends this build when the build script that started it is gone (killed, even by `kill -9`):
 * its IPC channel closes. Unreferenced, so the channel never keeps this process alive.
 */
function stopWithParent(): void {
  if (!process.channel) return;
  process.channel.unref();
  process.on('disconnect', () => process.exit(1));
}
