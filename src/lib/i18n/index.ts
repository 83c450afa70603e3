import { en } from './en.ts';
import type { Strings } from './zh-CN.ts';
import { zhCN } from './zh-CN.ts';

export type { Strings };

/** Interface languages; the content is Chinese whichever is chosen. */
export type Locale = 'zh-CN' | 'en';

const dictionaries: Record<Locale, Strings> = { 'zh-CN': zhCN, en };

/** The interface text of a locale. */
export function getStrings(locale: Locale): Strings {
  return dictionaries[locale];
}

/** Fills `{name}` placeholders in a string of the dictionary. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
