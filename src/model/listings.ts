// How long one listing may be before a page summarises it. Below the limit a
// page lists every row; above it the page shows counts, the rows that matter
// most where they fit, and says where every row can be found (unit pages,
// the CSV downloads, search). The decisions are made once, in the model.
import { codeLists } from '../contract/codes.ts';
import type { Listings, OcopProduct, SiteModel, Standard, Unit, UnitRollup } from './types.ts';
import { STANDARDS_BY_RANK } from '../contract/rules.ts';

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

const LEVELS = codeLists.unitLevel.codes;

function levelCounts(units: Unit[]): { level: Unit['level']; n: number }[] {
  return LEVELS.map((level) => ({ level, n: units.filter((u) => u.level === level).length })).filter((c) => c.n > 0);
}

/** Counts below every unit with children, from the leaves up. */
export function buildRollups(root: Unit | undefined, limit: number): void {
  if (!root) return;
  const seen = new Set([root]);
  const visit = (unit: Unit): void => {
    if (unit.children.length === 0) return;
    const children = unit.children.filter((c) => !seen.has(c));
    const rollup: UnitRollup = {
      below: 0,
      recognized: Object.fromEntries(STANDARDS_BY_RANK.map((s) => [s, 0])) as Record<Standard, number>,
      childLevels: levelCounts(children),
      childrenListed: children.length <= limit,
    };
    for (const child of children) {
      seen.add(child);
      visit(child);
      rollup.below += 1 + (child.rollup?.below ?? 0);
      for (const std of STANDARDS_BY_RANK) {
        rollup.recognized[std] += (child.standing[std]?.status === 'recognized' ? 1 : 0) + (child.rollup?.recognized[std] ?? 0);
      }
    }
    unit.rollup = rollup;
  };
  visit(root);
}

type ListingInputs = Pick<SiteModel, 'root' | 'units' | 'funding' | 'ocopProducts' | 'productionModels' | 'changes'>;

export function buildListings(model: ListingInputs, limit: number): Listings {
  const { root, units } = model;
  const others = units.filter((u) => u !== root);

  // Units: all of them, or the upper levels in tree order.
  const unitsComplete = others.length <= limit;
  const counts: number[] = [];
  for (const u of others) if (u.depth > 0) counts[u.depth] = (counts[u.depth] ?? 0) + 1;
  const depth = unitsComplete ? counts.length - 1 : listedDepth(counts, limit);
  const treeOrder: Unit[] = [];
  const walk = (u: Unit) => {
    if (u.depth >= depth) return;
    for (const child of u.children) {
      if (child.depth !== u.depth + 1) continue;
      treeOrder.push(child);
      walk(child);
    }
  };
  if (!unitsComplete && root) walk(root);

  // Funding: every line, or totals and the units with the largest totals.
  const f = model.funding;
  const unitsListed = f.byUnit.length <= limit;
  const unitGroups = unitsListed
    ? [{ level: undefined, units: f.byUnit.length, rows: f.byUnit }]
    : LEVELS.map((level) => {
        const rows = f.byUnit.filter((r) => r.unit?.level === level);
        const top = rows.sort((a, b) => b.total - a.total || a.unitCode.localeCompare(b.unitCode)).slice(0, Math.min(TOP_FUNDED_UNITS, limit));
        return { level, units: rows.length, rows: top };
      }).filter((g) => g.units > 0);

  // OCOP: every product, or the top star ratings that fit.
  const products = model.ocopProducts;
  const ocopComplete = products.length <= limit;
  const top = ocopComplete ? { kept: products, lowest: undefined } : topTiers(products, (p) => p.stars ?? 0, limit);
  const starValues = [...new Set(products.map((p) => p.stars))].sort((a, b) => (b ?? -1) - (a ?? -1));
  const countByStatus = (items: OcopProduct[]) => codeLists.ocopStatus.codes.map((status) => ({ status, n: items.filter((p) => p.status === status).length }));
  const byStars = starValues.map((stars) => {
    const items = products.filter((p) => p.stars === stars);
    return { stars, byStatus: countByStatus(items), total: items.length };
  });

  // Production models: every row, or one line per model, those in most communes first.
  const modelRows = model.productionModels.reduce((s, m) => s + m.rows.length, 0);
  const modelsComplete = modelRows <= limit;
  const summary = modelsComplete
    ? []
    : [...model.productionModels]
        .sort((a, b) => b.units.length - a.units.length || (b.totalAreaHa ?? 0) - (a.totalAreaHa ?? 0) || a.name.localeCompare(b.name, 'vi'))
        .slice(0, limit);

  return {
    limit,
    units: { complete: unitsComplete, total: others.length, units: unitsComplete ? others : treeOrder, depth, byLevel: levelCounts(others) },
    funding: { linesListed: f.lines.length <= limit, unitsListed, unitGroups },
    ocop: {
      complete: ocopComplete,
      products: top.kept,
      listed: new Set(top.kept),
      minStars: ocopComplete ? undefined : top.lowest,
      byStatus: countByStatus(products).filter((s) => s.n > 0),
      byStars,
    },
    models: { complete: modelsComplete, rows: modelRows, summary },
    changes: {
      complete: model.changes.every((c) => c.standingsListed && c.criteriaListed),
      rows: model.changes.reduce((s, c) => s + c.standings.length + c.criteria.length, 0),
    },
  };
}
