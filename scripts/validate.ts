// npm run validate -- [--content <dir>] [--strict] [--json]
// Checks the content folder and prints every problem; exit 1 on errors (or warnings with --strict).
import { parseArgs } from 'node:util';
import { isFailing } from '../src/lib/problems.ts';
import { getContentDir, loadProject } from '../src/lib/project.ts';
import { formatJsonReport, formatReport } from '../src/lib/report.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
if (values.content) process.env.SHEQU_CONTENT = values.content;

const project = await loadProject(getContentDir());
const counts = project.content.fileCounts;
console.log(values.json ? formatJsonReport(project.problems, values.strict) : formatReport(project.problems, counts, values.strict));
process.exitCode = isFailing(project.problems, values.strict) ? 1 : 0;
