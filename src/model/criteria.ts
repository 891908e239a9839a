// Criteria sets, their criteria, and each unit's results by set and date.
import type { Row } from '../contract/rows.ts';
import { byAsOf, groupBy } from '../lib/collections.ts';
import type { DocumentIndex } from './documents.ts';
import type { CriteriaSet, Criterion, Indicator, IsoDate, SourceRef, Unit, UnitCriteriaSeries, UnitCriteriaSnapshot } from './types.ts';

/**
 * One snapshot's rows by criterion number, in file order, with a Map's
 * reading methods over one small array: a snapshot has up to 19 rows, and a
 * national data set 80,000 snapshots, for which Maps cost about 45 MB more.
 */
export class StatusRows implements Iterable<[number, Row<'criteria-status'>]> {
  readonly #rows: Row<'criteria-status'>[] = [];

  set(number: number, row: Row<'criteria-status'>): void {
    const at = this.#rows.findIndex((r) => r.number === number);
    if (at >= 0) this.#rows[at] = row;
    else this.#rows.push(row);
  }

  get(number: number): Row<'criteria-status'> | undefined {
    for (const r of this.#rows) if (r.number === number) return r;
    return undefined;
  }

  get size(): number {
    return this.#rows.length;
  }

  keys(): IterableIterator<number> {
    return this.#rows.map((r) => r.number)[Symbol.iterator]();
  }

  values(): IterableIterator<Row<'criteria-status'>> {
    return this.#rows[Symbol.iterator]();
  }

  *[Symbol.iterator](): IterableIterator<[number, Row<'criteria-status'>]> {
    for (const r of this.#rows) yield [r.number, r];
  }
}

/** Sets with their criteria (by number); counts are filled by attachCriteriaResults. */
export function buildCriteriaSets(setRows: Row<'criteria-sets'>[], criterionRows: Row<'criteria'>[], documents: DocumentIndex): CriteriaSet[] {
  const bySet = groupBy(criterionRows, (c) => c.set);
  return setRows.map((row) => {
    const criteria = (bySet.get(row.id) ?? [])
      .sort((a, b) => a.number - b.number)
      .map((c): Criterion => Object.assign(c, { met: 0, largelyMet: 0, notMet: 0 }));
    return Object.assign(row, {
      basisDocument: documents.basis(row.basis),
      criteria,
      itemised: criteria.length > 0,
      unitsAssessed: 0,
      unitsMetAll: 0,
      indicators: [],
      relatedIndicators: [],
    } satisfies Omit<CriteriaSet, keyof Row<'criteria-sets'>>);
  });
}

/**
 * Each unit's series per set (criteria-status rows kept as they are, keyed by
 * criterion number), then each set's counts at its latest date.
 */
export function attachCriteriaResults(
  rows: Row<'criteria-status'>[],
  sets: CriteriaSet[],
  unitByCode: Map<string, Unit>,
  documents: DocumentIndex,
): void {
  const setById = new Map(sets.map((s) => [s.id, s]));
  const snapshotsByUnit = new Map<string, UnitCriteriaSnapshot[]>();
  for (const group of groupBy(rows, (s) => `${s.unit_code}\u0000${s.set}\u0000${s.as_of}`).values()) {
    const first = group[0]!;
    const set = setById.get(first.set);
    if (!set) continue;
    const statuses = new StatusRows();
    let met = 0;
    let largelyMet = 0;
    let notMet = 0;
    for (const r of group) {
      statuses.set(r.number, r);
      if (r.status === 'met') met++;
      else if (r.status === 'largely_met') largelyMet++;
      else notMet++;
    }
    const snapshot: UnitCriteriaSnapshot = { set, asOf: first.as_of, statuses, met, largelyMet, notMet };
    const list = snapshotsByUnit.get(first.unit_code);
    if (list) list.push(snapshot);
    else snapshotsByUnit.set(first.unit_code, [snapshot]);
  }
  for (const [code, snaps] of snapshotsByUnit) {
    const unit = unitByCode.get(code);
    if (!unit) continue;
    snaps.sort((a, b) => byAsOf({ as_of: a.asOf }, { as_of: b.asOf }));
    // Sets in the order of their latest snapshot's first appearance, as listed before.
    const latest = new Map<CriteriaSet, UnitCriteriaSnapshot>();
    for (const s of snaps) latest.set(s.set, s);
    unit.criteria = [...latest.keys()].map((set) => criteriaSeries(snaps.filter((s) => s.set === set), documents));
  }
  for (const set of sets) {
    const latestOfSet = [...unitByCode.values()].flatMap((u) => u.criteria.filter((c) => c.set === set).map((c) => c.latest));
    const latestAsOf = latestOfSet.reduce<IsoDate | undefined>((m, c) => (m === undefined || c.asOf > m ? c.asOf : m), undefined);
    const atLatest = latestOfSet.filter((c) => c.asOf === latestAsOf);
    set.latestAsOf = latestAsOf;
    set.unitsAssessed = atLatest.length;
    set.unitsMetAll = atLatest.filter((c) => c.met === set.size).length;
    for (const c of set.criteria) {
      for (const snap of atLatest) {
        const status = snap.statuses.get(c.number)?.status;
        if (status === 'met') c.met++;
        else if (status === 'largely_met') c.largelyMet++;
        else if (status === 'not_met') c.notMet++;
      }
    }
  }
}

/** One set's snapshots (oldest first), with each distinct source and note and the dates citing it. */
function criteriaSeries(snapshots: UnitCriteriaSnapshot[], documents: DocumentIndex): UnitCriteriaSeries {
  const dates = snapshots.map((s) => s.asOf);
  const sources = new Map<string, { source: SourceRef; dates: Set<IsoDate> }>();
  const notes = new Map<string, { en?: string; dates: Set<IsoDate> }>();
  for (const snap of snapshots) {
    for (const e of snap.statuses.values()) {
      if (e.source !== undefined) {
        const entry = sources.get(e.source);
        if (entry) entry.dates.add(snap.asOf);
        else sources.set(e.source, { source: documents.source(e.source)!, dates: new Set([snap.asOf]) });
      }
      if (e.note) {
        const entry = notes.get(e.note);
        if (entry) entry.dates.add(snap.asOf);
        else notes.set(e.note, { en: e.note_en, dates: new Set([snap.asOf]) });
      }
    }
  }
  const some = (set: Set<IsoDate>) => (set.size < dates.length ? [...set] : undefined);
  return {
    set: snapshots[0]!.set,
    dates,
    snapshots,
    latest: snapshots.at(-1)!,
    sources: [...sources.values()].map((s) => ({ source: s.source, dates: some(s.dates) })),
    notes: [...notes].map(([note, n]) => ({ note, note_en: n.en, dates: some(n.dates) })),
  };
}

/** Indicators computed from a set, and those whose denominators or rules relate to it. */
export function relateIndicators(sets: CriteriaSet[], indicators: Indicator[], units: Unit[]): void {
  for (const set of sets) {
    set.indicators = indicators.filter((i) => i.rule?.kind === 'criteria_met' && i.rule.setId === set.id);
    const unitsAtLevel = units.filter((u) => u.level === set.applies_to).length;
    const sizes = new Set([set.size, set.size * unitsAtLevel]);
    const related = new Set<Indicator>(set.indicators);
    for (const ind of indicators) {
      if (!ind.rule && ind.values.some((v) => v.denominator !== undefined && sizes.has(v.denominator))) related.add(ind);
    }
    // Counts of recognised units only stand in for sets without itemised criteria or other figures.
    if (!set.itemised || related.size === 0) {
      for (const ind of indicators) if (ind.rule?.kind === 'units_recognized' && ind.rule.standard === set.standard) related.add(ind);
    }
    set.relatedIndicators = indicators.filter((i) => related.has(i));
  }
}
