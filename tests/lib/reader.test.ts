import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { checkBodySize } from '../../src/lib/reader.ts';
import { readContent } from '../../src/lib/content.ts';
import { copyFixture } from '../helpers/content.ts';

const MB = 1024 * 1024;
/** A body of about `bytes` bytes of Chinese text (3 bytes a character), in lines. */
const makeBody = (bytes: number) => '社区服务中心建设。\n'.repeat(Math.ceil(bytes / 28));

describe('checkBodySize', () => {
  test.each([
    [0.9 * MB, undefined],
    [1.2 * MB, 'reports/long.md:6: warning: 正文有 1.2 MB，超过 1 MB：页面很长，构建和搜索索引会明显变慢，建议拆成几篇'],
    [6 * MB, 'reports/long.md:6: 正文有 6.0 MB，超过 5 MB 的上限：这么长的页面无法建立搜索索引，请拆成几篇'],
  ])('a body of %d bytes gives %s', (bytes, expected) => {
    const problem = checkBodySize(makeBody(bytes), 'reports/long.md', 6);
    expect(problem && formatProblem(problem)).toBe(expected);
  });

  test('a 20 MB report is an error at its body line, and is neither rendered nor indexed', async () => {
    const dir = await copyFixture();
    try {
      await writeFile(path.join(dir, 'reports', 'long.md'), `---\ntitle: 很长的报告\ndate: 2023-05-01\n---\n${makeBody(20 * MB)}`);
      const { problems, reports, pageSlugs } = await readContent(dir);
      expect(reports.map((r) => r.slug)).not.toContain('long');
      expect(pageSlugs.reports).toContain('long');
      const found = problems.filter((p) => p.file.endsWith('long.md')).map((p) => formatProblem({ ...p, file: path.relative(dir, path.resolve(p.file)) }));
      expect(found).toEqual(['reports/long.md:5: 正文有 20.0 MB，超过 5 MB 的上限：这么长的页面无法建立搜索索引，请拆成几篇']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
