import { describe, expect, test } from 'vitest';
import { formatCodeQuality, formatGithubAnnotations, isReportFormat } from '../../src/tools/ci-report.ts';
import { createError, createWarning } from '../../src/lib/problems.ts';

describe('formatGithubAnnotations', () => {
  test.each([
    ['an error with a column', createError('content/communities/hetang.md', { line: 7, column: 1 }, 'households', 'households：应为整数'), '::error file=content/communities/hetang.md,line=7,col=1::households：应为整数'],
    ['a warning without a column', createWarning('content/site.yaml', { line: 3 }, 'url', '没有设置 url'), '::warning file=content/site.yaml,line=3::没有设置 url'],
    ['%, CR and LF in the message', createError('a.md', { line: 1 }, '', '占比 50%\r\n第二行'), '::error file=a.md,line=1::占比 50%25%0D%0A第二行'],
    [', and : in the file name', createError('c:/内容,旧/a.md', { line: 2 }, '', '坏'), '::error file=c%3A/内容%2C旧/a.md,line=2::坏'],
  ])('writes %s as one workflow command', (_, problem, expected) => {
    expect(formatGithubAnnotations([problem])).toBe(expected);
  });

  test('writes nothing for no problems', () => {
    expect(formatGithubAnnotations([])).toBe('');
  });
});

describe('formatCodeQuality', () => {
  const error = createError('content/communities/hetang.md', { line: 7, column: 1 }, 'households', 'households：应为整数');
  const warning = createWarning('content/communities/caogao.md', { line: 1 }, '', '草稿缺少必填字段 street');

  test('gives each problem GitLab’s fields: description, severity, path and first line', () => {
    const [first, second] = JSON.parse(formatCodeQuality([error, warning]));
    expect(first).toMatchObject({ description: 'households：应为整数', severity: 'major', location: { path: 'content/communities/hetang.md', lines: { begin: 7 } } });
    expect(second).toMatchObject({ severity: 'minor', location: { path: 'content/communities/caogao.md', lines: { begin: 1 } } });
    expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  test('keeps a problem’s fingerprint when its line moves, and tells apart the same problem twice', () => {
    const moved = { ...error, line: 12 };
    const [before] = JSON.parse(formatCodeQuality([error]));
    const [after, again] = JSON.parse(formatCodeQuality([moved, error]));
    expect(after.fingerprint).toBe(before.fingerprint);
    expect(again.fingerprint).not.toBe(before.fingerprint);
  });
});

describe('isReportFormat', () => {
  test.each([
    ['github', true],
    ['gitlab', true],
    ['text', true],
    ['json', true],
    ['xml', false],
    ['', false],
  ])('%s → %s', (value, known) => {
    expect(isReportFormat(value)).toBe(known);
  });
});
