import { formatYamlValue, withComment } from '../../lib/yaml-writer.ts';

/** One field of a file template: its key, the comment beside it, and what it holds. */
export interface TemplateField {
  key: string;
  /** What the field holds, in Chinese; `必填：` or `可选：` is put in front. */
  comment: string;
  /** Required by the contract (for a draft, missing is only a warning). */
  required?: boolean;
  /** A group of fields (`facility`, `staff`). */
  children?: TemplateField[];
  /** For lists of rows: example rows, shown commented under an empty list. */
  examples?: string[];
  /** Comment without the `必填：`/`可选：` label (standards under `standards`). */
  plain?: boolean;
}

/** Column at which the comments beside fields start, so a file reads as a form. */
const COMMENT_COLUMN = 34;

/**
 * A placeholder is the field's line commented out with `# ` in front: the editor deletes
 * those two characters and writes the value after the colon. `npm run import` finds the same
 * lines and fills them in place.
 */
export const PLACEHOLDER_PREFIX = '# ';

/**
 * Writes fields as YAML lines: each field with a value as `key: value`, each field without one
 * as a placeholder, every line with its comment. Nothing is invented: a field without a value
 * stays a comment, so the file says only what the caller knows.
 */
export function renderFields(fields: readonly TemplateField[], values: Record<string, unknown> | undefined, depth = 0): string[] {
  const lines: string[] = [];
  const indent = '  '.repeat(depth);
  for (const field of fields) {
    const value = values?.[field.key];
    const comment = field.plain ? field.comment : `${field.required ? '必填' : '可选'}：${field.comment}`;
    const line = (code: string) => lines.push(withComment(code, comment, COMMENT_COLUMN));
    if (field.children) {
      const group = isGroupWithValues(value) ? value : undefined;
      line(`${group ? '' : PLACEHOLDER_PREFIX}${indent}${field.key}:`);
      // Children of an empty group are placeholders too, so the group can be filled line by line.
      lines.push(...renderFields(field.children, group, depth + 1));
    } else if (field.examples) {
      const rows = Array.isArray(value) && value.length > 0 ? value : undefined;
      line(`${rows ? '' : PLACEHOLDER_PREFIX}${indent}${field.key}:`);
      if (rows) lines.push(...rows.map((row) => `${indent}  - ${formatYamlValue(row)}`));
      else lines.push(...field.examples.map((example) => `${PLACEHOLDER_PREFIX}${indent}  ${example}`));
    } else if (value !== undefined) {
      line(`${indent}${field.key}: ${formatYamlValue(value)}`);
    } else {
      line(`${PLACEHOLDER_PREFIX}${indent}${field.key}:`);
    }
  }
  return lines;
}

function isGroupWithValues(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && Object.values(value).some((v) => v !== undefined);
}

/** A Markdown file: comment lines, the fields, then the body after the closing `---`. */
export function renderMarkdownFile(header: readonly string[], fieldLines: readonly string[], body: string): string {
  const frontmatter = ['---', ...header.map((line) => `# ${line}`), ...fieldLines, '---'].join('\n');
  return body === '' ? `${frontmatter}\n` : `${frontmatter}\n${body.replace(/\n*$/, '\n')}`;
}
