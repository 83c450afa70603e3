import { describe, expect, test } from 'vitest';
import { fillTemplate, getStrings } from '../../../src/lib/i18n/index.ts';

/** Every key path of a dictionary, with the placeholders its string uses. */
function describeKeys(value: unknown, prefix = ''): Record<string, string[]> {
  if (typeof value === 'string') return { [prefix]: [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() };
  return Object.assign({}, ...Object.entries(value as object).map(([key, child]) => describeKeys(child, prefix ? `${prefix}.${key}` : key)));
}

describe('getStrings', () => {
  test('the English dictionary has every key of the Chinese one, with the same placeholders', () => {
    expect(describeKeys(getStrings('en'))).toEqual(describeKeys(getStrings('zh-CN')));
  });

  test('no string is left empty or untranslated from Chinese in English interface text', () => {
    const english = describeKeys(getStrings('en'));
    expect(Object.keys(english).length).toBeGreaterThan(100);
    const flat = (value: unknown, prefix = ''): [string, string][] => (typeof value === 'string' ? [[prefix, value]] : Object.entries(value as object).flatMap(([k, v]) => flat(v, prefix ? `${prefix}.${k}` : k)));
    // English counts need no unit word ("22 communities" reads from the label), so units may be empty.
    const chineseInEnglish = flat(getStrings('en')).filter(([key, text]) => (text === '' && !key.startsWith('units.')) || /[\u4e00-\u9fff]/.test(text));
    expect(chineseInEnglish).toEqual([]);
  });
});

describe('fillTemplate', () => {
  test.each([
    ['共 {count} 个社区', { count: 22 }, '共 22 个社区'],
    ['{a} 与 {b}', { a: '甲' }, '甲 与 {b}'],
  ])('fills %s', (template, values, text) => {
    expect(fillTemplate(template, values)).toBe(text);
  });
});
