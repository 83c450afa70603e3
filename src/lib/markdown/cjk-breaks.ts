import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { eastAsianWidthType } from 'get-east-asian-width';

// A port of markdown-it-cjk-breaks 2.0.0 (MIT, (c) 2018 Authors), the latest release, which throws
// `TypeError: Expected a code point, got undefined` whenever the nearest text token next to a soft
// break is empty: markdown-it leaves empty text tokens behind after nested emphasis
// (`**社区 *党建 **服务**\n阵地* 建设**`), and the plugin itself turns each removed break into an
// empty text token, so a second break with only code or an image between crashes too
// (`中\n![](x.png)\n文`). Empty text tokens hold no character, so they are skipped here.

const WIDE = new Set(['fullwidth', 'wide', 'halfwidth']);
// Hangul's tone marks (U+302E, U+302F) are combining characters, listed on purpose as upstream does.
const HANGUL =
  // eslint-disable-next-line no-misleading-character-class
  /[\u1100-\u11FF\u302E\u302F\u3131-\u318E\u3200-\u321E\u3260-\u327E\uA960-\uA97C\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uFFA0-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]/;
const ZERO_WIDTH_SPACE = '\u200b';

/** The character at one end of the nearest non-empty text token in a direction, or a space. */
function findNeighbour(tokens: readonly Token[], from: number, step: 1 | -1): string {
  for (let j = from + step; j >= 0 && j < tokens.length; j += step) {
    const token = tokens[j];
    if (token.type !== 'text' || token.content === '') continue;
    const chars = Array.from(step === 1 ? token.content.slice(0, 2) : token.content.slice(-2));
    return step === 1 ? chars[0] : chars[chars.length - 1];
  }
  return ' ';
}

/** Whether a line break between these two characters is only a wrap of Chinese or Japanese text. */
function isJoinedWithoutSpace(last: string, next: string): boolean {
  if (last === ZERO_WIDTH_SPACE || next === ZERO_WIDTH_SPACE) return true;
  const isWide = (c: string) => WIDE.has(eastAsianWidthType(c.codePointAt(0) ?? 0x20));
  return isWide(last) && isWide(next) && !HANGUL.test(last) && !HANGUL.test(next);
}

/** Turns soft breaks between two wide characters into nothing, in one inline token's children. */
function removeWideBreaks(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'softbreak') continue;
    if (!isJoinedWithoutSpace(findNeighbour(tokens, i, -1), findNeighbour(tokens, i, 1))) continue;
    tokens[i].type = 'text';
    tokens[i].content = '';
  }
}

/**
 * The markdown-it plugin: a line break inside a paragraph of Chinese text joins the two lines
 * without the space a browser would otherwise show between them.
 */
export function cjkBreaks(md: MarkdownIt): void {
  md.core.ruler.push('cjk_breaks', (state: StateCore) => {
    for (const token of state.tokens) {
      if (token.type === 'inline' && token.children) removeWideBreaks(token.children);
    }
  });
}
