import type { MarkdownIt } from 'markdown-it';
import { createError } from '../problems.ts';
import { evaluateInlineValue } from '../values.ts';
import type { RenderEnv } from './env.ts';
import { findLine } from './links.ts';

/**
 * `{{ expression }}` in prose becomes a formatted number at build time. The inline rule only
 * runs in prose, so code spans and code blocks keep their braces; a core rule then evaluates
 * every expression with the page's data and reports the bad ones at their line.
 */
export function inlineValues(md: MarkdownIt): void {
  md.inline.ruler.before('emphasis', 'inline_value', (state, silent) => {
    const start = state.pos;
    if (state.src.charCodeAt(start) !== 0x7b || state.src.charCodeAt(start + 1) !== 0x7b) return false;
    const end = state.src.indexOf('}}', start + 2);
    if (end < 0 || state.src.slice(start + 2, end).includes('\n')) return false;
    if (!silent) {
      const token = state.push('inline_value', '', 0);
      token.content = state.src.slice(start + 2, end).trim();
      token.markup = state.src.slice(start, end + 2);
    }
    state.pos = end + 2;
    return true;
  });

  md.core.ruler.push('inline_value_evaluate', (state) => {
    const env = state.env as Partial<RenderEnv>;
    const lines = state.src.split('\n');
    for (const block of state.tokens) {
      let cursor = block.map?.[0] ?? 0;
      for (const token of block.children ?? []) {
        if (token.type !== 'inline_value') continue;
        cursor = findLine(lines, token.markup, cursor, block.map?.[1] ?? cursor + 1);
        const result = env.data ? evaluateInlineValue(token.content, env.data.context) : { error: '此处没有可用的数据' };
        if ('error' in result) {
          token.meta = { text: token.markup };
          const column = (lines[cursor]?.indexOf(token.markup) ?? -1) + 1 || undefined;
          if (env.data) env.problems?.push(createError(env.data.file, { line: env.data.bodyLine + cursor, column }, '', result.error));
        } else {
          token.meta = { text: result.text };
        }
      }
    }
  });

  md.renderer.rules.inline_value = (tokens, idx) => md.utils.escapeHtml(String(tokens[idx].meta?.text ?? ''));
}
