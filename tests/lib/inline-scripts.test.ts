import { describe, expect, test } from 'vitest';
import { CARE_KEY, HEAD_SCRIPT, THEME_KEY } from '../../src/lib/inline-scripts.ts';

/** Runs the head script against a stand-in document, address and storage; returns what it set. */
function runHeadScript(search: string, stored: Record<string, string>, storageWorks = true) {
  const root = { dataset: {} as Record<string, string>, classList: { add: () => {} } };
  const localStorage = {
    getItem: (key: string) => {
      if (!storageWorks) throw new Error('denied');
      return stored[key] ?? null;
    },
    setItem: (key: string, value: string) => {
      if (!storageWorks) throw new Error('denied');
      stored[key] = value;
    },
  };
  new Function('document', 'location', 'localStorage', 'window', HEAD_SCRIPT)({ documentElement: root }, { search }, localStorage, {});
  return { dataset: root.dataset, stored };
}

describe('HEAD_SCRIPT', () => {
  test.each([
    ['', {}, {}, {}],
    ['?care=1', {}, { care: 'on' }, { [CARE_KEY]: 'on' }],
    ['?q=1&care=1', {}, { care: 'on' }, { [CARE_KEY]: 'on' }],
    ['', { [CARE_KEY]: 'on' }, { care: 'on' }, { [CARE_KEY]: 'on' }],
    ['?care=0', { [CARE_KEY]: 'on' }, {}, { [CARE_KEY]: 'off' }],
    ['?care=10', {}, {}, {}],
    ['', { [THEME_KEY]: 'dark', [CARE_KEY]: 'on' }, { theme: 'dark', care: 'on' }, { [THEME_KEY]: 'dark', [CARE_KEY]: 'on' }],
  ])('address %j with %j stored sets %j and stores %j', (search, stored, dataset, after) => {
    const result = runHeadScript(search, { ...stored });
    expect(result.dataset).toEqual(dataset);
    expect(result.stored).toEqual(after);
  });

  test('a shared ?care=1 link still opens in care mode when storage is refused', () => {
    expect(runHeadScript('?care=1', {}, false).dataset).toEqual({ care: 'on' });
  });
});
