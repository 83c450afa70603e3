import { describe, expect, test } from 'vitest';
import { cutFrontmatter, joinFrontmatter } from '../../../src/tools/import/markdown-file.ts';

describe('cutFrontmatter', () => {
  test.each([
    ['LF', '---\nname: x\n---\n## 正文\n'],
    ['CRLF', '---\r\nname: x\r\n---\r\n## 正文\r\n'],
    ['a BOM', '\uFEFF---\nname: x\n---\n正文'],
    ['no body', '---\nname: x\n---'],
  ])('gives the frontmatter with LF and puts a file with %s back byte for byte', (_, text) => {
    const parts = cutFrontmatter(text)!;
    expect(parts.frontmatter).toBe('name: x\n');
    expect(joinFrontmatter(parts, parts.frontmatter)).toBe(text);
  });

  test("changes the frontmatter only, in the file's own line endings", () => {
    const parts = cutFrontmatter('---\r\nname: x\r\n---\r\n正文 --- 不动\r\n')!;
    expect(joinFrontmatter(parts, 'name: y\nstreet: z\n')).toBe('---\r\nname: y\r\nstreet: z\r\n---\r\n正文 --- 不动\r\n');
  });

  test.each([
    ['no frontmatter', '## 正文\n'],
    ['an unclosed frontmatter', '---\nname: x\n'],
  ])('returns nothing for %s', (_, text) => {
    expect(cutFrontmatter(text)).toBeUndefined();
  });
});
