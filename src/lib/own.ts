// Content writes keys (`toString`, `constructor`, `__proto__` …) that every plain object already
// answers through Object.prototype: a lookup of a content key must only see what was written.

/** The value written under a key of a content map, never one inherited from Object.prototype. */
export function getOwn<T>(map: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}
