/**
 * A small seeded pseudo-random generator for synthetic content. The same seed always gives the
 * same sequence, on every machine and Node version, which `Math.random()` never promises.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A float in [min, max) rounded to `decimals` places. */
  float(min: number, max: number, decimals?: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items of a list (all of them when it is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A shuffled copy of a list. */
  shuffle<T>(items: readonly T[]): T[];
  /** One value, chosen with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
}

/**
 * Creates a generator from a 32-bit seed. Each step adds an odd constant to the state and mixes
 * it with two multiply-xorshift rounds: the period is 2^32, plenty for one community's facts,
 * and every community gets a stream of its own through `deriveSeed`.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return ((z ^ (z >>> 15)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  return {
    next,
    int,
    float: (min, max, decimals = 2) => roundTo(min + next() * (max - min), decimals),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() needs at least one item');
      return items[int(0, items.length - 1)];
    },
    sample: (items, count) => shuffle(items).slice(0, Math.max(0, count)),
    shuffle,
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
  };
}

/**
 * Derives an independent seed from a base seed and labels (`deriveSeed(7, 'community', 12)`),
 * so each part of the content has its own stream and does not shift when another part changes.
 */
export function deriveSeed(seed: number, ...labels: readonly (string | number)[]): number {
  // FNV-1a over the seed and the labels, then one mixing round to spread nearby inputs.
  let hash = 0x811c9dc5;
  for (const char of `${seed >>> 0}/${labels.join('/')}`) {
    hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  }
  hash = Math.imul(hash ^ (hash >>> 16), 0x7feb352d);
  return (hash ^ (hash >>> 15)) >>> 0;
}

/** Rounds half away from zero to `decimals` places, so 1.005 → 1.01 (money in hundredths of 万元). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // toPrecision drops the binary noise of the product (1.005 * 100 = 100.49999…) before rounding.
  const scaled = Number((Math.abs(value) * factor).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / factor || 0;
}
