/** A heading as the table of contents lists it. */
export interface TocItem {
  slug: string;
  text: string;
  depth: number;
}

// Chinese reports number their own headings: 一、 （一） (1) 1. 1、 1.2 第一章 第二部分 ….
const OWN_NUMBER = /^\s*(?:[一二三四五六七八九十百零〇]+[、．.]|[（(][一二三四五六七八九十百零〇\d]+[）)]|\d+(?:\.\d+)*[.、．)）]?\s|\d+(?:\.\d+)*[、．.)）]|第[一二三四五六七八九十百零〇\d]+[章节部分条篇项])/;

/** Tells whether a heading carries its own number (一、 （一） 1. 第一章 …), so a list number would double it. */
export function hasOwnNumber(text: string): boolean {
  return OWN_NUMBER.test(text);
}

/**
 * Whether the table of contents should number its entries: only when no top-level heading
 * numbers itself, so a reader never sees "3. （一）…".
 */
export function shouldNumberToc(items: readonly TocItem[]): boolean {
  return !items.some((item) => hasOwnNumber(item.text));
}
