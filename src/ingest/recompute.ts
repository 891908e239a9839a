// Recomputes each `computed_from` figure (src/contract/computed.ts) from the
// detail rows, to check the reported one.
import type { Tables } from '../contract/rows.ts';
import type { ComputedFrom } from '../contract/computed.ts';
import { ocopCertifiedAt } from '../contract/rules.ts';
import { tables } from '../contract/tables.ts';

export interface Recomputation {
  value: number;
  /** Detail rows the figure was computed from. */
  lines: { file: string; line: number }[];
}

// Rows by as_of, built once per table: recompute runs for every indicator
// value, and a national criteria-status table has millions of rows.
const byDate = new WeakMap<readonly object[], Map<string, object[]>>();

function rowsAt<T extends { as_of: string }>(rows: readonly T[], asOf: string): T[] {
  let index = byDate.get(rows);
  if (!index) {
    index = new Map();
    for (const r of rows) {
      const list = index.get(r.as_of);
      if (list) list.push(r);
      else index.set(r.as_of, [r]);
    }
    byDate.set(rows, index);
  }
  return (index.get(asOf) ?? []) as T[];
}

const levels = new WeakMap<Partial<Tables>, Map<string, string>>();

/** Each unit's level, by code, built once per data set. */
function unitLevels(data: Partial<Tables>): Map<string, string> {
  let map = levels.get(data);
  if (!map) levels.set(data, (map = new Map((data.units ?? []).map((u) => [u.code, u.level]))));
  return map;
}

/**
 * Recomputes a figure at a date, or returns undefined where the data has no
 * detail rows for that date: nothing to check against.
 */
export function recompute(rule: ComputedFrom, asOf: string, data: Partial<Tables>): Recomputation | undefined {
  // The checks and then the model ask for the same figures of the same tables.
  let cache = memo.get(data);
  if (!cache) memo.set(data, (cache = new Map()));
  const key = `${JSON.stringify(rule)}\u0000${asOf}`;
  if (!cache.has(key)) cache.set(key, computeFigure(rule, asOf, data));
  return cache.get(key);
}

const memo = new WeakMap<Partial<Tables>, Map<string, Recomputation | undefined>>();

function computeFigure(rule: ComputedFrom, asOf: string, data: Partial<Tables>): Recomputation | undefined {
  switch (rule.kind) {
    case 'units_recognized': {
      const levelOf = rule.level ? unitLevels(data) : undefined;
      const rows = rowsAt(data['unit-status'] ?? [], asOf).filter(
        (r) => r.standard === rule.standard && r.kind === 'actual' && (!levelOf || levelOf.get(r.unit_code) === rule.level),
      );
      if (rows.length === 0) return undefined;
      const latestPerUnit = new Map(rows.map((r) => [r.unit_code, r]));
      const hits = [...latestPerUnit.values()].filter((r) => r.status === 'recognized');
      return { value: hits.length, lines: hits.map((r) => ({ file: tables['unit-status'].file, line: r._line })) };
    }
    case 'criteria_met': {
      const rows = rowsAt(data['criteria-status'] ?? [], asOf).filter((r) => r.set === rule.setId);
      if (rows.length === 0) return undefined;
      const hits = rows.filter((r) => r.status === 'met');
      return { value: hits.length, lines: hits.map((r) => ({ file: tables['criteria-status'].file, line: r._line })) };
    }
    case 'ocop_certified': {
      const rows = data['ocop-products'] ?? [];
      if (rows.length === 0) return undefined;
      const hits = rows.filter((p) => ocopCertifiedAt(p, asOf));
      return { value: hits.length, lines: hits.map((p) => ({ file: tables['ocop-products'].file, line: p._line })) };
    }
    case 'funding_amount': {
      const rows = (data.funding ?? []).filter((f) => !f.parent_id && f.source === rule.source && f.year === rule.year);
      if (rows.length === 0) return undefined;
      const withAmount = rows.filter((f) => f.amount !== undefined);
      if (withAmount.length === 0) return undefined;
      return {
        value: withAmount.reduce((sum, f) => sum + (f.amount ?? 0), 0),
        lines: withAmount.map((f) => ({ file: tables.funding.file, line: f._line })),
      };
    }
  }
}
