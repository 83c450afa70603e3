/** The words read-aloud needs to turn a table row into a sentence. */
export interface RowWords {
  /** `{row}：{cells}。` */
  row: string;
  /** `{column} {value}` */
  cell: string;
  /** What joins the cells (`，`). */
  join: string;
}

/**
 * Splits text to be read aloud into pieces of at most `max` characters, at sentence ends
 * (。！？；. ! ? ;) where possible: some voices stop reading a long utterance half-way.
 */
export function splitForSpeech(text: string, max = 120): string[] {
  const sentences = text.match(/[^。！？；!?;]+[。！？；!?;]*|[。！？；!?;]+/g) ?? [];
  const pieces: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > max) {
      pieces.push(current);
      current = '';
    }
    current += sentence;
    while (current.length > max) {
      pieces.push(current.slice(0, max));
      current = current.slice(max);
    }
  }
  if (current.trim()) pieces.push(current);
  return pieces.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * A table row as a sentence: the row's name, then each value with its column header
 * (`柳园社区：组织设置规范 达标，阵地建设规范 部分达标。`). Empty cells are left out.
 */
export function describeTableRow(name: string, headers: readonly string[], values: readonly string[], words: RowWords): string {
  const cells = values
    .map((value, i) => ({ column: headers[i] ?? '', value: value.trim() }))
    .filter(({ value }) => value !== '')
    .map(({ column, value }) => fillTemplate(words.cell, { column, value }).trim());
  return fillTemplate(words.row, { row: name.trim(), cells: cells.join(words.join) });
}

// The browser loads this module: it fills placeholders itself rather than pull in the dictionaries.
function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
