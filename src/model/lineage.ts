// Where each unit is today and how it got there, for the pages: a pure
// function of units.csv and unit-changes.csv. A unit is a code held over a
// period, never the code alone: Xuân Thịnh (15736) of 2021 and the Xuân Lộc
// (15736) formed in 2024–25 are two units, and neither is Thọ Phú (15763).
import type { Code } from '../contract/codes.ts';
import type { Row } from '../contract/rows.ts';
import { formatChangeDate, resolveLineage, type ChangeDate, type ChangeKind, type LineageEdge, type LineageGraph, type LineageNode } from '../ingest/lineage.ts';
import type { Lang } from '../lib/lang.ts';
import { slugify } from '../lib/text.ts';

export { formatChangeDate, type ChangeDate, type ChangeKind };

/** A unit as a step of a chain shows it. */
export interface LineageUnitRef {
  /** Unique across time: two units that held one code at different times have different ids. */
  id: string;
  code: string;
  name: string;
  level?: Code<'unitLevel'>;
  parentCode?: string;
  parentName?: string;
  /** When a change formed it; undefined for the data set's own units. */
  since?: ChangeDate;
  /** Its page: a unit of units.csv (by code), a present-day unit (by slug), or none for a unit in between. */
  page?: { kind: 'unit'; code: string } | { kind: 'present'; slug: string };
}

export interface LineageStep {
  kind: ChangeKind;
  /** Undefined only for a units.csv shorthand without successor_from. */
  date?: ChangeDate;
  from: LineageUnitRef;
  /** Undefined for an abolition. */
  to?: LineageUnitRef;
  basis?: string;
  note?: string;
  noteEn?: string;
  row: { file: string; line: number };
}

/** A unit of the data set whose chain leads to a unit, with the steps in between. */
export interface Predecessor {
  unit: LineageUnitRef;
  /** Usually one; more when parts of the unit reached it by different ways. */
  routes: LineageStep[][];
  /** True when every route is a single step, with no unit in between. */
  direct: boolean;
}

/** A unit of units.csv: where it is today and how it got there. */
export interface UnitLineage {
  code: string;
  /** Each way from the unit to today, one per end (several after a split); empty when no change is recorded. */
  routes: LineageStep[][];
  /** The units its routes end in today: present-day units, or units of the data set that took it in. */
  ends: LineageUnitRef[];
  /** Routes that end with the unit, or one it became, being abolished: their last step. */
  abolished: LineageStep[];
  /** Other units of the data set whose chains lead into this one (it took them in and carried on). */
  predecessors: Predecessor[];
}

/** A unit of today reached by a chain, not in units.csv: it has a page of its own but no figures. */
export interface PresentUnit extends LineageUnitRef {
  slug: string;
  /** Every unit of the data set whose chain reaches it, in units.csv order. */
  predecessors: Predecessor[];
  /** The changes that formed it, from each unit that went into it directly. */
  formedFrom: LineageStep[];
}

export interface Lineage {
  /** Every code of units.csv. */
  units: Map<string, UnitLineage>;
  present: PresentUnit[];
  presentBySlug: Map<string, PresentUnit>;
}

export interface LineageOptions {
  /** Slugs already taken by the pages of units.csv; by default `<name>-<code>` of each unit, as the site makes them. */
  reservedSlugs?: Iterable<string>;
  /** The graph the checks resolved from these same rows (LoadedData.lineage), so it is not resolved twice. */
  graph?: LineageGraph;
}

export function buildLineage(units: readonly Row<'units'>[], changes?: readonly Row<'unit-changes'>[], options: LineageOptions = {}): Lineage {
  const graph = options.graph ?? resolveLineage(units, changes);
  const nodeById = new Map<string, LineageNode>([...graph.units.values(), ...graph.formed].map((n) => [n.id, n]));
  const reserved = new Set(options.reservedSlugs ?? unitSlugsEndingInYears(units, graph.formed));

  const present: PresentUnit[] = [];
  const presentOf = new Map<LineageNode, PresentUnit>();
  for (const n of graph.formed) {
    if (n.out.length > 0) continue;
    const slug = presentSlug(n, reserved);
    reserved.add(slug);
    const p: PresentUnit = { ...baseRef(n), slug, page: { kind: 'present', slug }, predecessors: [], formedFrom: [] };
    present.push(p);
    presentOf.set(n, p);
  }

  const refs = new Map<LineageNode, LineageUnitRef>();
  const ref = (n: LineageNode): LineageUnitRef => {
    let r = refs.get(n) ?? presentOf.get(n);
    if (!r) {
      r = { ...baseRef(n), page: n.unitLine !== undefined ? { kind: 'unit', code: n.code } : undefined };
      refs.set(n, r);
    }
    return r;
  };
  const steps = new Map<LineageEdge, LineageStep>();
  const step = (e: LineageEdge): LineageStep => {
    let s = steps.get(e);
    if (!s) {
      s = { kind: e.kind, date: e.date, from: ref(e.from), to: e.to && ref(e.to), basis: e.basis, note: e.note, noteEn: e.noteEn, row: { file: e.file, line: e.line } };
      steps.set(e, s);
    }
    return s;
  };
  // Routes from a unit's changes to today; shared by every unit whose chain passes through it.
  const memo = new Map<LineageNode, LineageStep[][]>();
  const routesFrom = (n: LineageNode): LineageStep[][] => {
    let routes = memo.get(n);
    if (routes) return routes;
    routes = [];
    for (const e of n.out) {
      if (!e.to || e.to.out.length === 0) routes.push([step(e)]);
      else for (const rest of routesFrom(e.to)) routes.push([step(e), ...rest]);
    }
    memo.set(n, routes);
    return routes;
  };

  const unitLineage = new Map<string, UnitLineage>();
  for (const n of graph.units.values()) unitLineage.set(n.code, { code: n.code, routes: [], ends: [], abolished: [], predecessors: [] });
  const predecessorsOf = (end: LineageNode): Predecessor[] | undefined => presentOf.get(end)?.predecessors ?? (end.unitLine !== undefined ? unitLineage.get(end.code)?.predecessors : undefined);

  for (const n of graph.units.values()) {
    const lineage = unitLineage.get(n.code)!;
    lineage.routes = routesFrom(n);
    const byEnd = new Map<LineageNode, LineageStep[][]>();
    for (const route of lineage.routes) {
      const last = route[route.length - 1]!;
      const end = last.to && nodeById.get(last.to.id);
      if (!end) {
        lineage.abolished.push(last);
        continue;
      }
      byEnd.set(end, [...(byEnd.get(end) ?? []), route]);
    }
    for (const [end, routes] of byEnd) {
      lineage.ends.push(ref(end));
      predecessorsOf(end)?.push({ unit: ref(n), routes, direct: routes.every((r) => r.length === 1) });
    }
  }
  for (const [n, p] of presentOf) p.formedFrom = n.in.map(step);

  return { units: unitLineage, present, presentBySlug: new Map(present.map((p) => [p.slug, p])) };
}

/**
 * The `<name>-<code>` slugs of units.csv that a present-day slug (`…-<year>`)
 * could meet: only those whose code ends in such a year need to be made.
 */
function unitSlugsEndingInYears(units: readonly Row<'units'>[], formed: readonly LineageNode[]): string[] {
  const years = new Set(formed.map((n) => (n.since ? n.since.date.slice(0, 4) : 'moi')));
  const endsInYear = (code: string) => {
    const m = /([a-z0-9]+)[^a-z0-9]*$/i.exec(code);
    return m !== null && [...years].some((y) => m[1]!.toLowerCase().endsWith(y));
  };
  return units.filter((u) => u.code && endsInYear(u.code)).map((u) => [slugify(u.name ?? ''), slugify(u.code)].filter(Boolean).join('-'));
}

function baseRef(n: LineageNode): LineageUnitRef {
  return { id: n.id, code: n.code, name: n.name, level: n.level, parentCode: n.parentCode, parentName: n.parentName, since: n.since };
}

/** `tho-phu-15763-2025`: name, code and the year it was formed, so it never meets a units.csv slug (`tho-the-15763`). */
function presentSlug(n: LineageNode, reserved: ReadonlySet<string>): string {
  const year = n.since ? n.since.date.slice(0, 4) : 'moi';
  const base = [slugify(n.name), slugify(n.code), year].filter(Boolean).join('-');
  if (!reserved.has(base)) return base;
  const day = n.since ? n.since.date.replaceAll('-', '') : 'moi';
  let slug = `${base}-${day}`;
  for (let k = 2; reserved.has(slug); k++) slug = `${base}-${day}-${k}`;
  return slug;
}

/** A route as one line of text: "Xuân Thịnh → (2024–25) Xuân Lộc, mã 15736 → (1/7/2025) Thọ Phú, mã 15763". */
export function timelineText(route: readonly LineageStep[], lang: Lang): string {
  if (route.length === 0) return '';
  const code = lang === 'vi' ? 'mã' : 'code';
  const parts = [route[0]!.from.name];
  for (const s of route) {
    const when = `(${formatChangeDate(s.date, lang)})`;
    if (!s.to) parts.push(`${when} ${lang === 'vi' ? 'giải thể' : 'abolished'}`);
    else parts.push(`${when} ${s.to.name}, ${code} ${s.to.code}`);
  }
  return parts.join(' → ');
}
