// Markdown tables in narratives and reports come without a wrapper: each is put in its own
// labelled, focusable scrolling region (like every other table of the site), so a wide one
// scrolls by itself, keyboard users can scroll it, and screen readers name it.

/** Wraps each bare Markdown table of the page in a labelled scrolling region. */
export function wrapWideTables(): void {
  const template = document.querySelector('main')?.dataset.tableLabel ?? '{name}';
  for (const table of document.querySelectorAll<HTMLTableElement>('.prose table:not(.data)')) {
    if (table.parentElement?.classList.contains('table-scroll')) continue;
    const region = document.createElement('div');
    region.className = 'table-scroll';
    region.setAttribute('role', 'region');
    region.tabIndex = 0;
    region.setAttribute('aria-label', template.replace('{name}', nameTable(table)));
    table.replaceWith(region);
    region.append(table);
  }
}

/** A table's name: its caption, else the heading it sits under, else its first header cell. */
function nameTable(table: HTMLTableElement): string {
  if (table.caption?.textContent?.trim()) return table.caption.textContent.trim();
  let node: Element | null = table;
  while (node) {
    let previous = node.previousElementSibling;
    while (previous) {
      if (/^H[2-6]$/.test(previous.tagName)) return previous.textContent?.trim() ?? '';
      previous = previous.previousElementSibling;
    }
    node = node.parentElement?.closest('.prose') ? node.parentElement : null;
  }
  return table.querySelector('th')?.textContent?.trim() ?? '';
}
