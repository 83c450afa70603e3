import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { parseFields } from './fields.ts';
import type { FileCache } from './file-cache.ts';
import { splitFrontmatterData } from './frontmatter.ts';
import type { Position, Problem } from './problems.ts';
import { createError, createWarning } from './problems.ts';
import { SLUG_PATTERN, SLUG_RULE } from './schema.ts';
import { isUnderLink } from './symlinks.ts';
import { decodeText } from './file-text.ts';
import { parseYaml, toYamlSource } from './yaml.ts';

/**
 * The modules whose code decides what a Markdown file parses to: the cache of parsed files
 * is emptied when any of them changes.
 */
export const PARSER_MODULES = ['reader.ts', 'symlinks.ts', 'frontmatter.ts', 'yaml.ts', 'yaml-slips.ts', 'file-text.ts', 'problems.ts', 'file-cache.ts'].map((name) => new URL(name, import.meta.url));

/** A validated file: its data and the way back to lines for later checks. */
export interface Located<T> {
  /** Path for messages, relative to the working directory. */
  file: string;
  /** Absolute path. */
  absolutePath: string;
  data: T;
  /** The position of a field path in the file. */
  locate(path: readonly PropertyKey[]): Position;
}

/** A Markdown file with valid frontmatter. */
export interface MarkdownEntry<T> extends Located<T> {
  /** File name without `.md`: the URL segment. */
  slug: string;
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
}

/**
 * A draft's frontmatter as written, valid or not: a draft is checked against site.yaml too
 * (its standards), however many of its facts are still missing.
 */
export interface DraftSource {
  file: string;
  data: unknown;
  locate: (path: readonly PropertyKey[]) => Position;
}

/** Reads content files into validated data, collecting every problem it meets in one list. */
export interface Reader {
  problems: Problem[];
  /** A path as messages show it: relative to the working directory. */
  display(absolutePath: string): string;
  /** Decoded text, or undefined when the file is not UTF-8 (a problem is recorded). */
  readText(absolutePath: string): Promise<string | undefined>;
  /** A YAML file checked against a schema. */
  readYamlFile<S extends z.ZodType>(absolutePath: string, schema: S): Promise<Located<z.output<S>> | undefined>;
  /**
   * A Markdown file whose frontmatter is checked against a schema. `draft` is read from the
   * frontmatter even when the rest is invalid, since drafts are checked more leniently.
   */
  readMarkdownFile<S extends z.ZodType>(absolutePath: string, schema: S): Promise<{ draft: boolean; entry?: MarkdownEntry<z.output<S>>; draftSource?: DraftSource }>;
  /** The files of a folder with an extension, each name checked as a slug; sorted. */
  listSlugFiles(folder: string, extension: string): Promise<string[]>;
  /** Whether a path is a symbolic link or lies under one: such files are never read. */
  isLinked(absolutePath: string): boolean;
}

/** How a reader reads: `displayRoot` is the folder messages name files from (`.`: the working directory). */
export interface ReaderOptions {
  cache?: FileCache;
  links?: readonly string[];
  displayRoot?: string;
}

/**
 * Creates a reader for one content folder. With a cache, the frontmatter of a Markdown file
 * whose bytes are unchanged since an earlier run is not parsed again. Files that are symbolic
 * links, or lie in a linked folder (`links`, see findSymlinks), are never listed or read.
 */
export function createReader(root: string, { cache, links = [], displayRoot = '.' }: ReaderOptions = {}): Reader {
  const problems: Problem[] = [];
  const isLinked = (absolutePath: string) => isUnderLink(absolutePath, links);
  const display = (absolutePath: string) => path.relative(displayRoot, absolutePath) || '.';

  const readText = async (absolutePath: string) => {
    const decoded = decodeText(await readFile(absolutePath), display(absolutePath));
    if ('problem' in decoded) problems.push(decoded.problem);
    return 'text' in decoded ? decoded.text : undefined;
  };

  const readYamlFile = async <S extends z.ZodType>(absolutePath: string, schema: S) => {
    const file = display(absolutePath);
    const text = await readText(absolutePath);
    if (text === undefined) return undefined;
    const yaml = parseYaml(text, file);
    problems.push(...yaml.problems);
    if (yaml.data === undefined) return undefined;
    const { data, problems: found } = parseFields(schema, yaml, file);
    problems.push(...found);
    return data === undefined ? undefined : { file, absolutePath, data, locate: yaml.locate };
  };

  const readMarkdownFile = async <S extends z.ZodType>(absolutePath: string, schema: S) => {
    const file = display(absolutePath);
    const bytes = await readFile(absolutePath);
    const parse = () => {
      const decoded = decodeText(bytes, file);
      return 'problem' in decoded ? decoded : splitFrontmatterData(decoded.text, file);
    };
    const split = cache ? cache.remember(file, bytes, parse) : parse();
    if ('problem' in split) {
      problems.push(split.problem);
      return { draft: false };
    }
    const yaml = toYamlSource(split.yaml);
    problems.push(...yaml.problems);
    const draft = (yaml.data as { draft?: unknown } | null | undefined)?.draft === true;
    if (yaml.data === undefined) return { draft };
    const draftSource = draft ? { file, data: yaml.data, locate: yaml.locate } : undefined;
    const { data, problems: found } = parseFields(schema, yaml, file, { draft });
    problems.push(...found);
    if (data === undefined) return { draft, draftSource };
    const size = checkBodySize(split.body, file, split.bodyLine);
    if (size) problems.push(size);
    // Too long to render or index: the build stops on the error anyway.
    if (size?.severity === 'error') return { draft, draftSource };
    const slug = path.basename(absolutePath, '.md');
    return { draft, draftSource, entry: { slug, file, absolutePath, data, body: split.body, bodyLine: split.bodyLine, locate: yaml.locate } };
  };

  const listSlugFiles = async (folder: string, extension: string) => {
    const names = isLinked(path.join(root, folder)) ? [] : await readdir(path.join(root, folder)).catch(() => [] as string[]);
    return names
      .filter((name) => !name.startsWith('.') && !isLinked(path.join(root, folder, name)))
      .sort()
      .filter((name) => {
        const file = display(path.join(root, folder, name));
        if (!name.endsWith(extension)) {
          // A table's description sits beside it in data/; other strays are worth a word.
          if (!(folder === 'data' && name.endsWith('.yaml'))) problems.push(createWarning(file, { line: 1 }, '', `不是 ${extension} 文件，已忽略`));
          return false;
        }
        const slug = name.slice(0, -extension.length);
        if (SLUG_PATTERN.test(slug)) return true;
        problems.push(createError(file, { line: 1 }, '', `文件名“${slug}”不符合规则：${SLUG_RULE}`));
        return false;
      })
      .map((name) => path.join(root, folder, name));
  };

  return { problems, display, readText, readYamlFile, readMarkdownFile, listSlugFiles, isLinked };
}

const MB = 1024 * 1024;

/**
 * Pagefind indexes a page in time that grows much faster than its length (measured in
 * docs/performance.md), and the build has no output meanwhile: a body over 1 MB is a warning,
 * over 5 MB an error, with its size.
 */
export function checkBodySize(body: string, file: string, bodyLine: number): Problem | undefined {
  const bytes = Buffer.byteLength(body);
  const size = `${(bytes / MB).toFixed(1)} MB`;
  if (bytes > 5 * MB) return createError(file, { line: bodyLine }, '', `正文有 ${size}，超过 5 MB 的上限：这么长的页面无法建立搜索索引，请拆成几篇`);
  if (bytes > MB) return createWarning(file, { line: bodyLine }, '', `正文有 ${size}，超过 1 MB：页面很长，构建和搜索索引会明显变慢，建议拆成几篇`);
  return undefined;
}
