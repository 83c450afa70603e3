/**
 * A Markdown file cut around its frontmatter, so that the frontmatter can be edited and the
 * rest — the closing `---` and the narrative — written back byte for byte.
 */
export interface FrontmatterParts {
  /** A BOM if the file had one, and the opening `---` line. */
  head: string;
  /** The YAML between the `---` lines, with LF line endings, ending in a line break. */
  frontmatter: string;
  /** The closing `---` line and the body, untouched. */
  tail: string;
  /** Whether the frontmatter used CRLF line endings, to write it back the same way. */
  crlf: boolean;
}

/** Cuts a decoded Markdown file, or returns undefined when it has no closed frontmatter. */
export function cutFrontmatter(text: string): FrontmatterParts | undefined {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const open = /^---[ \t]*\r?\n/.exec(text.slice(bom.length));
  if (!open) return undefined;
  const rest = text.slice(bom.length + open[0].length);
  const close = /(^|\n)---[ \t]*(\r?\n|$)/.exec(rest);
  if (!close) return undefined;
  const yaml = rest.slice(0, close.index + close[1].length);
  return {
    head: bom + open[0],
    frontmatter: yaml.replace(/\r\n/g, '\n'),
    tail: rest.slice(yaml.length),
    crlf: open[0].endsWith('\r\n'),
  };
}

/** Puts a file back together around new frontmatter. */
export function joinFrontmatter(parts: FrontmatterParts, frontmatter: string): string {
  return parts.head + (parts.crlf ? frontmatter.replace(/\n/g, '\r\n') : frontmatter) + parts.tail;
}
