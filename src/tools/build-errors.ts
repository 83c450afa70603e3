// What an editor reads when Astro or Vite stops a build that validation passed: the content
// file and line the failure comes from, when it can be found, in Chinese; the framework's own
// message and stack only with --verbose.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** How a failed build is described. */
export interface BuildErrorOptions {
  /** The content folder that was built. */
  content: string;
  /** Append the framework's message and stack trace. */
  verbose?: boolean;
  /** Paths are printed relative to this folder (the repository root). */
  cwd?: string;
}

const IMAGE_ERRORS: [RegExp, string][] = [
  [/Could not find requested image `([^`]+)`/, '构建时找不到图片'],
  [/Could not process image metadata for `([^`]+)`/, '图片无法读取（文件可能已损坏，或不是真正的 JPG/PNG/WebP/GIF）'],
  [/Could not transform image `([^`]+)`/, '图片无法转换（文件可能已损坏）'],
];

/**
 * Describes an error thrown by Astro's build as lines for the terminal: `path:line: message`
 * for each content file that names the failing image or that the error points at, otherwise one
 * general line. Never a stack trace unless `verbose`.
 */
export function describeBuildError(error: unknown, { content, verbose = false, cwd = process.cwd() }: BuildErrorOptions): string[] {
  const text = collectMessages(error).join('\n');
  const lines = describeKnown(text, error, content, cwd);
  if (lines.length === 0) {
    const first = text.split('\n').find((line) => line.trim() && !/^Build failed with/.test(line)) ?? String(error);
    lines.push(`构建出错：${first.trim()}`);
  }
  if (verbose) lines.push('', '详细信息（--verbose）：', formatDetail(error));
  else lines.push('（运行 npm run build -- --verbose 可看到程序的详细报错，供技术人员排查）');
  return lines;
}

function describeKnown(text: string, error: unknown, content: string, cwd: string): string[] {
  for (const [pattern, what] of IMAGE_ERRORS) {
    const image = pattern.exec(text)?.[1];
    if (!image) continue;
    const name = readName(image);
    const places = findMentions(content, name);
    const message = `${what}“${name}”：请检查文件名和文件是否在 media/ 文件夹中，改名后引用处也要一起改`;
    return places.length > 0 ? places.map((p) => `${path.relative(cwd, p.file)}:${p.line}: ${message}`) : [message];
  }
  if (/Could not find Sharp/.test(text)) return ['构建出错：缺少图片处理组件 sharp，请技术人员在项目文件夹运行 npm ci'];
  const loc = (error as { loc?: { file?: string; line?: number } }).loc;
  if (loc?.file && isInside(content, loc.file)) {
    return [`${path.relative(cwd, loc.file)}:${loc.line ?? 1}: 构建出错：${text.split('\n')[0]}`];
  }
  return [];
}

/** The messages of an error and of the errors it wraps (Rolldown gathers several in `errors`). */
function collectMessages(error: unknown): string[] {
  if (!(error instanceof Error)) return [String(error)];
  const inner = (error as { errors?: unknown }).errors;
  const nested = Array.isArray(inner) ? inner.flatMap(collectMessages) : [];
  const cause = error.cause ? collectMessages(error.cause) : [];
  return [error.message, ...nested, ...cause];
}

/** An image's name as its file has it: the path part, without Vite's query, decoded. */
function readName(image: string): string {
  const file = image.split('?')[0];
  try {
    return decodeURIComponent(file);
  } catch {
    return file;
  }
}

/** Markdown files of the content folder whose text names the file (by its base name). */
function findMentions(content: string, name: string): { file: string; line: number }[] {
  const base = path.basename(name);
  const forms = [base, encodeURI(base)];
  return listMarkdownFiles(content).flatMap((file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    return lines.flatMap((line, i) => (forms.some((form) => line.includes(form)) ? [{ file, line: i + 1 }] : []));
  });
}

function listMarkdownFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => path.join(dir, f))
      .sort();
  } catch {
    return [];
  }
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(file));
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

function formatDetail(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
