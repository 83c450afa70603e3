// npm run build -- [--content <dir>] [--out <dir>] [--strict]
// Validates first and writes nothing on a content error; then builds into a temporary folder
// that replaces the output folder only when the whole build succeeded.
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isFailing } from '../src/lib/problems.ts';
import { prepareAstroEnv } from './astro-env.ts';
import { indexSite } from '../src/lib/search-index.ts';
import { handOverProject } from '../src/lib/handover.ts';
import { writeChartFiles } from '../src/lib/chart-files.ts';
import { getContentDir, loadProject } from '../src/lib/project.ts';
import { formatReport } from '../src/lib/report.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    strict: { type: 'boolean', default: false },
  },
});
if (values.content) process.env.SHEQU_CONTENT = path.resolve(values.content);
prepareAstroEnv('production');

const started = performance.now();
const project = await loadProject(getContentDir());
const counts = project.content.fileCounts;
if (project.problems.length > 0 || isFailing(project.problems, values.strict)) {
  console.log(formatReport(project.problems, counts, values.strict));
}
if (isFailing(project.problems, values.strict)) {
  console.error(`构建已停止：内容有问题，未写入任何文件（${values.out}/ 保持不变）。`);
  process.exit(1);
}

if (!project.content.site?.data.url) {
  console.warn('提示：site.yaml 没有设置 url（网站公开地址），本次构建不生成规范链接（canonical）、sitemap 和 RSS。');
}

const outDir = path.resolve(values.out);
// Beside the output folder, so the final renames stay on one file system.
const stagingDir = `${outDir}.building-${process.pid}`;
const previousDir = `${outDir}.previous-${process.pid}`;
await mkdir(path.dirname(outDir), { recursive: true });
await rm(stagingDir, { recursive: true, force: true });
try {
  handOverProject(getContentDir(), project);
  const { build } = await import('astro');
  await build({ outDir: stagingDir, logLevel: process.env.SHEQU_QUIET ? 'warn' : 'info' });
  await writeChartFiles(stagingDir, project.charts);
  const { pages } = await indexSite(stagingDir);
  if (!process.env.SHEQU_QUIET) console.log(`搜索索引：${pages} 个页面`);
} catch (error) {
  await rm(stagingDir, { recursive: true, force: true });
  console.error(error);
  console.error(`构建失败：${values.out}/ 保持不变。`);
  process.exit(1);
}
// Swap in the finished site: an earlier output folder is replaced whole, never half-written.
await rename(outDir, previousDir).catch(() => undefined);
await rename(stagingDir, outDir);
await rm(previousDir, { recursive: true, force: true });
console.log(`构建完成：${path.relative(process.cwd(), outDir) || '.'}/（${project.content.communities.length} 个社区页面，${project.content.reports.filter((r) => !r.data.draft).length} 篇报告，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
