// npm run validate -- [--content <dir>] [--strict] [--json] [--completeness]
// Checks the content folder and prints every problem; exit 1 on errors (or warnings with --strict).
// --completeness adds what each community still lacks (it never changes the exit status).
import { formatCompleteness, summarizeCompleteness } from '../src/lib/completeness.ts';
import { getStrings } from '../src/lib/i18n/index.ts';
import { isFailing } from '../src/lib/problems.ts';
import { getContentDir, loadProject } from '../src/lib/project.ts';
import { formatJsonReport, formatReport } from '../src/lib/report.ts';
import { readCommandArgs } from '../src/tools/args.ts';

const { values } = readCommandArgs({
  usage: [
    '用法：npm run validate -- [--content <内容文件夹>] [--strict] [--json] [--completeness]',
    '  检查内容文件夹，列出所有问题（文件:行: 说明）；有错误时退出码为 1。',
    '  --strict        警告也算失败',
    '  --json          以 JSON 输出结果',
    '  --completeness  同时列出各社区尚缺的资料',
  ].join('\n'),
  options: {
    content: { type: 'string' },
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    completeness: { type: 'boolean', default: false },
  },
});
if (values.content) process.env.SHEQU_CONTENT = values.content;

const project = await loadProject(getContentDir());
const counts = project.content.fileCounts;
const site = project.content.site?.data;
const completeness = values.completeness && site ? summarizeCompleteness(project.content.communities, site.period) : undefined;
if (values.json) {
  const report = JSON.parse(formatJsonReport(project.problems, values.strict));
  console.log(JSON.stringify(completeness ? { ...report, completeness } : report, null, 2));
} else {
  console.log(formatReport(project.problems, counts, values.strict));
  if (completeness) console.log(`\n${formatCompleteness(completeness, getStrings('zh-CN').completeness, project.content.draftCommunities.length)}`);
  else if (values.completeness) console.log('\n无法检查资料完整性：site.yaml 有问题（见上）。');
}
process.exitCode = isFailing(project.problems, values.strict) ? 1 : 0;
