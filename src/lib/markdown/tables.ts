import type { MarkdownIt } from 'markdown-it';

/**
 * Turns the inline `style="text-align:…"` that markdown-it puts on table cells into classes:
 * the site's Content-Security-Policy allows no inline styles.
 */
export function alignClasses(md: MarkdownIt): void {
  md.core.ruler.push('align_classes', (state) => {
    for (const token of state.tokens) {
      const style = token.type === 'th_open' || token.type === 'td_open' ? token.attrGet('style') : null;
      const align = typeof style === 'string' ? /text-align:(left|center|right)/.exec(style)?.[1] : undefined;
      if (!align) continue;
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
      token.attrJoin('class', `align-${align}`);
    }
  });
}
