import type { Node, Pair } from 'yaml';
import { PLACEHOLDER_PREFIX } from '../templates/render.ts';

/**
 * Turns the template's commented-out lines for a missing path back into keys: for
 * `facility.area_m2`, `# facility:` and the `#   area_m2:` below it become `facility:` and
 * `  area_m2:`, with the comment beside each kept in its column. The value is then written
 * where the editor would have typed it. `parent` is the pair whose map lacks the first key, or
 * undefined at the top level. Returns the text unchanged when there is no such line.
 */
export function uncommentPlaceholders(text: string, parent: Pair | undefined, missing: readonly (string | number)[]): string {
  const lines = text.split('\n');
  let from = 0;
  let end = lines.length;
  let indent = 0;
  if (parent) {
    const keyOffset = (parent.key as Node).range![0];
    const parentLine = text.slice(0, keyOffset).split('\n').length - 1;
    const parentIndent = keyOffset - (text.lastIndexOf('\n', keyOffset - 1) + 1);
    from = parentLine + 1;
    end = findBlockEnd(lines, from, parentIndent);
    indent = parentIndent + 2;
  }
  let changed = false;
  for (const key of missing) {
    if (typeof key !== 'string') break;
    const marker = `${PLACEHOLDER_PREFIX}${' '.repeat(indent)}${key}:`;
    let found = -1;
    for (let i = from; i < end; i++) {
      if (lines[i].startsWith(marker) && /^(\s|$)/.test(lines[i].slice(marker.length))) {
        found = i;
        break;
      }
    }
    if (found === -1) break;
    lines[found] = uncomment(lines[found]);
    changed = true;
    // The next key must be a child of this one: a commented line indented deeper, right below.
    from = found + 1;
    end = from;
    while (end < lines.length && lines[end].startsWith(`${PLACEHOLDER_PREFIX}${' '.repeat(indent + 2)}`)) end++;
    indent += 2;
  }
  return changed ? lines.join('\n') : text;
}

/** The first line after `from` that is a key at the parent's indentation or less. */
function findBlockEnd(lines: readonly string[], from: number, parentIndent: number): number {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (line.length - trimmed.length <= parentIndent) return i;
  }
  return lines.length;
}

/** Drops the leading `# ` and adds two spaces before the trailing comment to keep its column. */
function uncomment(line: string): string {
  const body = line.slice(PLACEHOLDER_PREFIX.length);
  return body.replace(/^(\s*[^\s:]+:)(\s*)#/, (_, key: string, gap: string) => `${key}${gap}  #`);
}
