// What changed between consecutive as-of dates: standings, criteria, figures.
import type { ChangeSet, Indicator, SiteModel, Unit } from './types.ts';
import { STANDARDS_BY_RANK } from '../contract/rules.ts';

const CRITERION_RANK: Record<string, number> = { not_met: 0, largely_met: 1, met: 2 };

type ChangeInputs = Pick<SiteModel, 'asOfDates' | 'units' | 'indicators' | 'criteriaSets'>;

export function buildChanges(model: ChangeInputs, limit: number): ChangeSet[] {
  const changes: ChangeSet[] = [];
  const dates = model.asOfDates;
  for (let i = 1; i < dates.length; i++) {
    const set: ChangeSet = {
      from: dates[i - 1]!,
      to: dates[i]!,
      standings: [],
      criteria: [],
      indicators: [],
      standingsListed: true,
      standingTransitions: [],
      criteriaListed: true,
      criteriaSummary: [],
      criteriaImproved: 0,
      criteriaWorsened: 0,
    };
    for (const unit of model.units) unitChanges(unit, set);
    for (const ind of model.indicators) indicatorChange(ind, set);
    summariseChanges(set, model);
    changes.push(set);
  }
  // The change log is one page: its tables share one list limit, newest first,
  // standings before criteria; a table listed whole or not at all.
  let budget = limit;
  for (const set of [...changes].reverse()) {
    set.standingsListed = set.standings.length <= budget;
    if (set.standingsListed) budget -= set.standings.length;
    set.criteriaListed = set.criteria.length <= budget;
    if (set.criteriaListed) budget -= set.criteria.length;
  }
  return changes;
}

function unitChanges(unit: Unit, set: ChangeSet): void {
  const { from, to } = set;
  for (const std of STANDARDS_BY_RANK) {
    const before = unit.history.filter((h) => h.standard === std && h.as_of <= from).at(-1);
    const after = unit.history.find((h) => h.standard === std && h.as_of === to);
    // A first record is not a change: nothing says what the standing was before.
    if (after && before && before.status !== after.status) set.standings.push({ unit, standard: std, before: before.status, after: after.status });
  }
  for (const series of unit.criteria) {
    const snap = series.snapshots.find((s) => s.asOf === to);
    if (!snap) continue;
    const prev = series.snapshots.filter((s) => s.asOf <= from).at(-1);
    if (!prev) continue;
    for (const [number, row] of snap.statuses) {
      const before = prev.statuses.get(number)?.status;
      if (before !== row.status) {
        const criterion = series.set.criteria.find((c) => c.number === number);
        set.criteria.push({ unit, set: series.set, number, criterion, before, after: row.status });
      }
    }
  }
}

function indicatorChange(ind: Indicator, set: ChangeSet): void {
  const after = ind.actuals.find((v) => v.as_of === set.to);
  const before = ind.actuals.filter((v) => v.as_of <= set.from).at(-1);
  if (after && before && before.value !== after.value) set.indicators.push({ indicator: ind, before, after });
}

/** Counts of what changed, for pages that cannot list every row. */
function summariseChanges(set: ChangeSet, model: ChangeInputs): void {
  const transitions = new Map<string, ChangeSet['standingTransitions'][number]>();
  for (const s of set.standings) {
    const key = `${s.standard}\u0000${s.before ?? ''}\u0000${s.after ?? ''}`;
    const t = transitions.get(key);
    if (t) t.n++;
    else transitions.set(key, { standard: s.standard, before: s.before, after: s.after, n: 1 });
  }
  set.standingTransitions = [...transitions.values()].sort(
    (a, b) => STANDARDS_BY_RANK.indexOf(a.standard) - STANDARDS_BY_RANK.indexOf(b.standard) || b.n - a.n,
  );
  const perCriterion = new Map<string, ChangeSet['criteriaSummary'][number]>();
  for (const c of set.criteria) {
    const key = `${c.set.id}\u0000${c.number}`;
    let row = perCriterion.get(key);
    if (!row) perCriterion.set(key, (row = { set: c.set, number: c.number, criterion: c.criterion, improved: 0, worsened: 0, changed: 0 }));
    row.changed++;
    if (c.before !== undefined && c.after !== undefined) {
      const d = CRITERION_RANK[c.after]! - CRITERION_RANK[c.before]!;
      if (d > 0) {
        row.improved++;
        set.criteriaImproved++;
      } else if (d < 0) {
        row.worsened++;
        set.criteriaWorsened++;
      }
    }
  }
  const setOrder = (id: string) => {
    const i = model.criteriaSets.findIndex((s) => s.id === id);
    return i < 0 ? model.criteriaSets.length : i;
  };
  set.criteriaSummary = [...perCriterion.values()].sort(
    (a, b) => setOrder(a.set.id) - setOrder(b.set.id) || a.set.id.localeCompare(b.set.id) || a.number - b.number,
  );
}
