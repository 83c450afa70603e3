import { describe, expect, test } from 'vitest';
import { getOwn } from '../../src/lib/own.ts';

describe('getOwn', () => {
  test.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])('finds nothing under %s unless it was written', (key) => {
    expect(getOwn({ a: 1 }, key)).toBeUndefined();
    expect(getOwn(JSON.parse(`{"${key}": 2}`) as Record<string, number>, key)).toBe(2);
  });

  test('finds written keys and nothing in a missing map', () => {
    expect(getOwn({ a: 1 }, 'a')).toBe(1);
    expect(getOwn(undefined, 'a')).toBeUndefined();
  });
});
