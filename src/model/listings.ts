// How long one listing may be before a page summarises it. Below the limit a
// page lists every row; above it the page shows counts, the rows that matter
// most where they fit, and says where every row can be found (unit pages,
// the CSV downloads, search). The decisions are made once, in the model.

/** Rows per listing (a table or list on one page). */
export const LIST_LIMIT = 500;

/** Units with the largest funding totals shown when the by-commune table is too long. */
export const TOP_FUNDED_UNITS = 50;

/** The list limit from NTM_LIST_LIMIT when it is a whole number of at least 1, else LIST_LIMIT. */
export function listLimitFrom(value: string | undefined): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isInteger(n) && n >= 1 ? n : LIST_LIMIT;
}

/**
 * The deepest depth d such that the units at depths 1..d number at most `limit`
 * (`counts[d]` is the number of units at depth d; index 0, the root, is ignored).
 * 0 when the root's children alone are more than the limit.
 */
export function listedDepth(counts: readonly number[], limit: number): number {
  let total = 0;
  let depth = 0;
  for (let d = 1; d < counts.length; d++) {
    total += counts[d] ?? 0;
    if (total > limit) break;
    depth = d;
  }
  return depth;
}

/**
 * Whole tiers from the top while they fit: items grouped by `tier` (higher
 * first), added a tier at a time as long as the total stays within `limit`.
 * Returns the items kept, in their original order, and the lowest tier kept.
 */
export function topTiers<T>(items: readonly T[], tier: (item: T) => number, limit: number): { kept: T[]; lowest?: number } {
  const tiers = [...new Set(items.map(tier))].sort((a, b) => b - a);
  let total = 0;
  let lowest: number | undefined;
  for (const t of tiers) {
    const n = items.filter((i) => tier(i) === t).length;
    if (total + n > limit) break;
    total += n;
    lowest = t;
  }
  return { kept: lowest === undefined ? [] : items.filter((i) => tier(i) >= lowest!), lowest };
}
