import { closest, distance } from 'fastest-levenshtein';

/**
 * The known name an editor most likely meant: one that starts with what was typed (a cut-off
 * `renovation.cost` → `renovation.cost_wan`), else the nearest by edit distance.
 */
export function suggestName(typed: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const extensions = known.filter((name) => name.startsWith(typed) && name !== typed);
  if (extensions.length > 0) return extensions.reduce((a, b) => (distance(typed, b) < distance(typed, a) ? b : a));
  return closest(typed, [...known]);
}
