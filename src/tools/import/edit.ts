import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { formatPath } from '../../lib/problems.ts';
import { formatYamlKey, formatYamlValue, getDisplayWidth } from '../../lib/yaml-writer.ts';
import { uncommentPlaceholders } from './placeholders.ts';

/** A path into YAML data: map keys and list indexes. */
export type YamlPath = readonly (string | number)[];

/** One change to a YAML text: set a value, or insert an item into a list. */
export type Edit = { path: YamlPath; value: unknown } | { path: YamlPath; insert: unknown; index: number };

/** Options for editing: where a new key goes among its siblings. */
export interface EditOptions {
  /** The usual key order of the map at a path (the contract's order), if known. */
  keyOrder?: (mapPath: YamlPath) => readonly string[] | undefined;
}

/** An edit that cannot be made to this text; the message is for editors. */
export class EditError extends Error {}

/**
 * Applies one edit to YAML text by splicing only the changed characters. The `yaml` Document
 * gives the positions; everything else — comments, key order, quoting, `[a, b]` lists — stays
 * byte for byte as the editor wrote it, which a re-serialised document would not.
 */
export function applyEdit(text: string, edit: Edit, options: EditOptions = {}): string {
  return 'insert' in edit ? insertItem(text, edit.path, edit.insert, edit.index, options) : setValue(text, edit.path, edit.value, options, true);
}

function parse(text: string): Document {
  const doc = parseDocument(text, { schema: 'core' });
  if (doc.errors.length > 0) throw new EditError(`YAML 语法错误：${doc.errors[0].message.split('\n')[0]}`);
  return doc;
}

/** How far a path exists in a document. */
interface Walk {
  /** How many keys of the path exist. */
  depth: number;
  /** The node at that depth (the value of the last existing key). */
  node: unknown;
  /** The pair holding that node, when it is a map value. */
  pair?: Pair;
}

function walk(doc: Document, path: YamlPath): Walk {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (isMap(node)) {
      const found = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!found) return { depth: i, node, pair };
      pair = found;
      node = found.value;
    } else if (isSeq(node) && typeof key === 'number' && key < node.items.length) {
      pair = undefined;
      node = node.items[key];
    } else {
      return { depth: i, node, pair };
    }
  }
  return { depth: path.length, node, pair };
}

function setValue(text: string, path: YamlPath, value: unknown, options: EditOptions, tryPlaceholders: boolean): string {
  const doc = parse(text);
  const found = walk(doc, path);
  if (found.depth === path.length) {
    if (!found.pair) throw new EditError(`无法写入 ${formatPath(path)}`);
    return replacePairValue(text, found.pair, value);
  }
  if (tryPlaceholders && (found.depth === 0 || found.pair)) {
    // A template's commented-out `# key:` line is where the value belongs.
    const uncommented = uncommentPlaceholders(text, found.pair, path.slice(found.depth));
    if (uncommented !== text) {
      try {
        return setValue(uncommented, path, value, options, false);
      } catch (error) {
        if (!(error instanceof EditError)) throw error;
      }
    }
  }
  const [key, ...rest] = path.slice(found.depth);
  if (typeof key !== 'string' || rest.some((k) => typeof k !== 'string')) throw new EditError(`无法写入 ${formatPath(path)}`);
  const subtree = rest.reduceRight<unknown>((inner, k) => ({ [k]: inner }), value);
  const container = found.node;
  if (isMap(container)) {
    if (container.flow) return replaceNode(text, container as Node, formatYamlValue(withKey(container.toJSON(), key, subtree, order(options, path.slice(0, found.depth)))));
    return insertPair(text, container, key, subtree, order(options, path.slice(0, found.depth)));
  }
  const isEmpty = container === null || container === undefined || (isScalar(container) && container.value === null);
  if (isEmpty && found.pair) return replacePairValue(text, found.pair, { [key]: subtree });
  if (isEmpty && found.depth === 0) return appendLines(text, renderEntry(key, subtree, ''));
  throw new EditError(`${formatPath(path.slice(0, found.depth))} 不是一组字段，无法写入 ${formatPath(path)}`);
}

function order(options: EditOptions, mapPath: YamlPath): readonly string[] | undefined {
  return options.keyOrder?.(mapPath);
}

function insertItem(text: string, path: YamlPath, item: unknown, index: number, options: EditOptions): string {
  const doc = parse(text);
  const found = walk(doc, path);
  const seq = found.depth === path.length && isSeq(found.node) ? found.node : undefined;
  if (seq && !seq.flow && seq.items.length > 0) {
    const items = seq.items as Node[];
    const dash = text.lastIndexOf('-', items[0].range![0]);
    const line = `${' '.repeat(dash - lineStart(text, dash))}- ${formatYamlValue(item)}`;
    if (index < items.length) {
      const at = lineStart(text, items[index].range![0]);
      return `${text.slice(0, at)}${line}\n${text.slice(at)}`;
    }
    return insertLines(text, lineEndAfter(text, items.at(-1)!.range![1]), [line]);
  }
  // An empty, flow-style or missing list is rewritten whole, as a block list.
  const current = seq ? (seq.toJSON() as unknown[]) : [];
  return setValue(text, path, [...current.slice(0, index), item, ...current.slice(index)], options, true);
}

/** Replaces the value of an existing key, keeping the comment on its line in its column. */
function replacePairValue(text: string, pair: Pair, value: unknown): string {
  const key = pair.key as Node;
  const old = pair.value as Node | null;
  const colon = text.indexOf(':', key.range![1]);
  const keyLineEnd = lineEnd(text, colon);
  const onKeyLine = !old || !old.range || old.range[1] <= keyLineEnd;
  const isBlank = !old || !old.range || old.range[0] === old.range[1];
  if (!needsBlock(value)) {
    const inline = formatYamlValue(value);
    if (isBlank) return replaceKeepingComment(text, colon + 1, colon + 1, ` ${inline}`);
    if (onKeyLine) return replaceKeepingComment(text, old.range![0], old.range![1], inline);
    return `${text.slice(0, colon)}: ${inline}\n${text.slice(lineEndAfter(text, old.range![1]))}`;
  }
  const indent = ' '.repeat(key.range![0] - lineStart(text, key.range![0]) + 2);
  const lines = renderChildren(value, indent);
  if (onKeyLine) {
    // `key:  # comment` then the children: the old inline value goes, the comment stays.
    const rest = text.slice(isBlank ? colon + 1 : old.range![1], keyLineEnd).trimEnd();
    const after = keyLineEnd === text.length ? '\n' : text.slice(keyLineEnd);
    return `${text.slice(0, colon)}:${rest}\n${lines.join('\n')}${after}`;
  }
  const start = lineStart(text, old.range![0]);
  return `${text.slice(0, start)}${lines.join('\n')}\n${text.slice(lineEndAfter(text, old.range![1]))}`;
}

/** Adds a key to a block map: after the sibling before it in the usual order, else last. */
function insertPair(text: string, map: YAMLMap, key: string, value: unknown, keyOrder: readonly string[] | undefined): string {
  const items = map.items as Pair[];
  const first = items[0].key as Node;
  const indent = ' '.repeat(first.range![0] - lineStart(text, first.range![0]));
  const rank = (k: string) => keyOrder?.indexOf(k) ?? -1;
  let anchor: Pair | undefined = items.at(-1);
  if (keyOrder?.includes(key)) {
    anchor = items.filter((p) => rank(String((p.key as { value: unknown }).value)) >= 0 && rank(String((p.key as { value: unknown }).value)) < rank(key)).at(-1);
    if (!anchor) {
      const at = lineStart(text, first.range![0]);
      return `${text.slice(0, at)}${renderEntry(key, value, indent).join('\n')}\n${text.slice(at)}`;
    }
  }
  const end = (anchor!.value as Node | null)?.range?.[1] ?? (anchor!.key as Node).range![1];
  return insertLines(text, lineEndAfter(text, end), renderEntry(key, value, indent));
}

/** A map's entries with one more key, placed by the usual order when there is one. */
function withKey(data: Record<string, unknown>, key: string, value: unknown, keyOrder: readonly string[] | undefined): Record<string, unknown> {
  const entries = Object.entries(data);
  const rank = (k: string) => keyOrder?.indexOf(k) ?? -1;
  let at = entries.length;
  if (keyOrder?.includes(key)) {
    const after = entries.findIndex(([k]) => rank(k) > rank(key));
    if (after !== -1) at = after;
  }
  entries.splice(at, 0, [key, value]);
  return Object.fromEntries(entries);
}

/** Lines for a key and its value: groups and lists of rows as blocks, the rest on one line. */
function renderEntry(key: string, value: unknown, indent: string): string[] {
  if (!needsBlock(value)) return [`${indent}${formatYamlKey(key)}: ${formatYamlValue(value)}`];
  return [`${indent}${formatYamlKey(key)}:`, ...renderChildren(value, `${indent}  `)];
}

function renderChildren(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) return value.map((item) => `${indent}- ${formatYamlValue(item)}`);
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => renderEntry(k, v, indent));
}

/** Groups of fields and lists of rows are written as blocks, like the contract's examples. */
function needsBlock(value: unknown): boolean {
  if (Array.isArray(value)) return value.some((item) => item !== null && typeof item === 'object');
  return value !== null && typeof value === 'object' && Object.keys(value).length > 0;
}

function replaceNode(text: string, node: Node, replacement: string): string {
  return replaceKeepingComment(text, node.range![0], node.range![1], replacement);
}

/** Splices text in, then widens or narrows the gap before a trailing comment so it keeps its column. */
function replaceKeepingComment(text: string, start: number, end: number, replacement: string): string {
  const gap = /^( +)#/.exec(text.slice(end));
  if (!gap) return text.slice(0, start) + replacement + text.slice(end);
  const delta = getDisplayWidth(replacement) - getDisplayWidth(text.slice(start, end));
  const spaces = Math.max(1, gap[1].length - delta);
  return text.slice(0, start) + replacement + ' '.repeat(spaces) + text.slice(end + gap[1].length);
}

function insertLines(text: string, at: number, lines: readonly string[]): string {
  const before = text.slice(0, at);
  const newline = before === '' || before.endsWith('\n') ? '' : '\n';
  return `${before}${newline}${lines.join('\n')}\n${text.slice(at)}`;
}

function appendLines(text: string, lines: readonly string[]): string {
  return insertLines(text, text.length, lines);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

/** The start of the line after the one holding `offset` (a node's end may already be there). */
function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end + 1;
}

/** Reads YAML text as plain data, or undefined when it has syntax errors. */
export function readYamlData(text: string): unknown {
  const doc = parseDocument(text, { schema: 'core' });
  return doc.errors.length > 0 ? undefined : doc.toJS();
}
