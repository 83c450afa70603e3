// npm run validate -- [--content <dir>] [--strict] [--json] [--format text|json|github|gitlab] [--output <file>] [--completeness]
// Checks the content folder and prints every problem; exit 1 on errors (or warnings with --strict).
// --completeness adds what each community still lacks (it never changes the exit status).
// --format github|gitlab gives what CI forges turn into annotations on the changed lines.
import { writeFile } from 'node:fs/promises';
import { formatCodeQuality, formatGithubAnnotations, isReportFormat, REPORT_FORMATS } from '../src/tools/ci-report.ts';
import { formatCompleteness, summarizeCompleteness } from '../src/lib/completeness.ts';
import { getStrings } from '../src/lib/i18n/index.ts';
import { isFailing } from '../src/lib/problems.ts';
import { loadProject } from '../src/lib/project.ts';
import { applyContentFlag, getContentDir, readLoadOptions } from '../src/settings.ts';
import { formatJsonReport, formatReport } from '../src/tools/problem-report.ts';
import { exitWithUsage, readCommandArgs } from '../src/tools/args.ts';
import { runCommand } from '../src/tools/command.ts';
import { isCityFolder } from '../src/lib/city/city-file.ts';
import { checkCity } from '../src/tools/city/check-city.ts';

const spec = {
  usage: [
    '用法：npm run validate -- [--content <内容文件夹>] [--strict] [--json] [--format <格式>] [--output <文件>] [--completeness]',
    '  检查内容文件夹，列出所有问题（文件:行: 说明）；有错误时退出码为 1。',
    '  --strict        警告也算失败',
    '  --json          以 JSON 输出结果（同 --format json）',
    '  --format        输出格式：text（默认）、json、github（GitHub/Gitea/Forgejo Actions 注释）、gitlab（GitLab 代码质量报告）',
    '  --output        把 gitlab 格式的报告写入这个文件（不写则输出到屏幕）',
    '  --completeness  同时列出各社区尚缺的资料',
  ].join('\n'),
  options: {
    content: { type: 'string' },
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    format: { type: 'string' },
    output: { type: 'string' },
    completeness: { type: 'boolean', default: false },
  },
} as const;
await runCommand(async () => {
  const { values } = readCommandArgs(spec);
  const format = values.format ?? (values.json ? 'json' : 'text');
  if (!isReportFormat(format)) exitWithUsage(spec, `--format 的值“${format}”不对：应为 ${REPORT_FORMATS.join('、')} 之一`);
  if (values.json && format !== 'json') exitWithUsage(spec, '--json 与 --format 只能选一个');
  if (values.output && format !== 'gitlab') exitWithUsage(spec, '--output 只用于 --format gitlab');
  applyContentFlag(values.content);

  // A city folder (city.yaml): city.yaml's problems and every district's, paths showing the district folder.
  const city = isCityFolder(getContentDir()) ? await checkCity(getContentDir()) : undefined;
  const project = city ? { problems: city.problems, content: { fileCounts: city.counts, site: undefined, communities: [], draftCommunities: [] } } : await loadProject(getContentDir(), readLoadOptions());
  const counts = project.content.fileCounts;
  const site = project.content.site?.data;
  const completeness = values.completeness && site ? summarizeCompleteness(project.content.communities, site.period) : undefined;
  // The text report's last line: the verdict with its counts.
  const summary = formatReport(project.problems, counts, values.strict).split('\n').at(-1);
  if (format === 'json') {
    const report = JSON.parse(formatJsonReport(project.problems, values.strict));
    console.log(JSON.stringify(completeness ? { ...report, completeness } : report, null, 2));
  } else if (format === 'gitlab') {
    const report = formatCodeQuality(project.problems);
    if (values.output) {
      await writeFile(values.output, `${report}\n`);
      console.log(summary);
    } else {
      console.log(report);
    }
  } else {
    // GitHub's log shows the summary as a plain line after the annotations.
    console.log(format === 'github' ? [formatGithubAnnotations(project.problems), summary].filter(Boolean).join('\n') : formatReport(project.problems, counts, values.strict));
    if (completeness) console.log(`\n${formatCompleteness(completeness, getStrings('zh-CN').completeness, project.content.draftCommunities.length)}`);
    else if (values.completeness) console.log(city ? '\n资料完整性请对每个区分别检查：npm run validate -- --completeness --content <区文件夹>' : '\n无法检查资料完整性：site.yaml 有问题（见上）。');
  }
  return isFailing(project.problems, values.strict) ? 1 : 0;
});
