// Small grouping helpers for the model builders.

export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** Distinct defined values, in first-seen order. */
export function unique<T>(items: Iterable<T | undefined>): T[] {
  const out = new Set<T>();
  for (const x of items) if (x !== undefined) out.add(x);
  return [...out];
}

export const byAsOf = (a: { as_of: string }, b: { as_of: string }): number => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0);
