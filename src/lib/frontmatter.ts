import matter from 'gray-matter';
import type { Problem } from './problems.ts';
import { createError } from './problems.ts';
import type { ParsedYaml, YamlSource } from './yaml.ts';
import { parseYamlData, toYamlSource } from './yaml.ts';

/** A Markdown file split into its frontmatter and its body. */
export interface MarkdownSource {
  /** The frontmatter, parsed with positions. */
  yaml: YamlSource;
  /** The Markdown after the closing `---`. */
  body: string;
  /** The file line on which the body starts, for problems found in the body. */
  bodyLine: number;
}

/**
 * Splits a Markdown file (already decoded, LF line endings). The YAML goes through our parser
 * (positions, dates as text) rather than gray-matter's default js-yaml.
 */
export function splitFrontmatter(text: string, file: string): MarkdownSource | { problem: Problem } {
  const split = splitFrontmatterData(text, file);
  return 'problem' in split ? split : { ...split, yaml: toYamlSource(split.yaml) };
}

/** `splitFrontmatter` as plain data (the YAML without its `locate`), so that it can be cached. */
export function splitFrontmatterData(text: string, file: string): (Omit<MarkdownSource, 'yaml'> & { yaml: ParsedYaml }) | { problem: Problem } {
  if (!/^---[ \t]*\n/.test(text)) {
    return { problem: createError(file, { line: 1 }, '', '缺少 frontmatter：文件应以一行 --- 开头，字段写完后再以一行 --- 结束') };
  }
  let yaml: ParsedYaml | undefined;
  // gray-matter hands the engine the text after the opening `---`, starting with its line
  // break, so YAML line 1 is the `---` line and YAML lines equal file lines.
  const parsed = matter(text, {
    engines: { yaml: (source: string) => (yaml = parseYamlData(source, file)).data as object },
  });
  if (parsed.matter.trim() !== '' && !/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return { problem: createError(file, { line: 1 }, '', 'frontmatter 没有结束：字段写完后需要单独一行 ---') };
  }
  const bodyStart = text.length - parsed.content.length;
  return {
    yaml: yaml ?? parseYamlData('{}', file),
    body: parsed.content,
    bodyLine: countLines(text.slice(0, bodyStart)) + 1,
  };
}

function countLines(text: string): number {
  let lines = 0;
  for (const ch of text) if (ch === '\n') lines++;
  return lines;
}
