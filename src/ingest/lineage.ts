// Administrative lineage (data-contract.md, unit-changes.csv): each change is
// an event, followed forward in date order. Codes are reused, so a unit is a
// code held over a period: the unit before a change is the one that held
// from_code on the day before the change took effect.
import type { IssueList } from '../contract/issues.ts';
import type { Row, Tables } from '../contract/rows.ts';
import type { TableName } from '../contract/tables.ts';
import { stripLeadingZeros } from '../contract/values.ts';
import { checkChainLoops, checkShorthand, sameDayLoops } from './lineage-checks.ts';
import { CHANGES, Reporter, UNITS, foldName, labelOf, matchesName, previousDay, type At, type Event, type LineageEdge, type LineageGraph, type LineageNode } from './lineage-graph.ts';
import { lineageMessages as msg, type ChangeDate, type Happened } from '../contract/lineage-messages.ts';

export { formatChangeDate, formatChangeDateLong, type ChangeDate } from '../contract/lineage-messages.ts';
export { foldName, type ChangeKind, type LineageEdge, type LineageGraph, type LineageNode } from './lineage-graph.ts';

type UnitRow = Row<'units'>;
type ChangeRow = Row<'unit-changes'>;

/** Runs the lineage rules on loaded tables; called with the other relation checks. The graph is kept for the model. */
export function checkLineage(data: Partial<Tables>, issues: IssueList, unreadable: ReadonlySet<TableName>): LineageGraph | undefined {
  if (!data.units || unreadable.has('units')) return undefined;
  return resolveLineage(data.units, data['unit-changes'], issues);
}

/** The units and changes as a graph in time; with `issues`, every rule broken is reported there. */
export function resolveLineage(units: readonly UnitRow[], changes: readonly ChangeRow[] | undefined, issues?: IssueList): LineageGraph {
  const report = new Reporter(issues);
  const graph: LineageGraph = { units: new Map(), formed: [], edges: [] };
  for (const u of units) {
    // A row without a code, or a repeated one, was reported by the cell and key rules.
    if (!u.code || graph.units.has(u.code)) continue;
    const name = u.name ?? u.code;
    graph.units.set(u.code, { id: `${UNITS}:${u.code}`, code: u.code, name, aliases: u.aliases, level: u.level, parentCode: u.parent_code, unitLine: u._line, out: [], in: [] });
  }
  // Codes of units that a rejected row would have formed: no second error for what follows from it.
  const blocked = new Set<string>();
  const rejectedFrom = new Set<string>();
  const reject = (fromCode: string | undefined, toCode: string | undefined) => {
    if (fromCode) rejectedFrom.add(fromCode);
    if (toCode) blocked.add(toCode);
  };
  const events: Event[] = [];
  const covered = new Set<string>();
  const keys = new Set<string>();
  for (const r of changes ?? []) {
    if (r.from_code) covered.add(r.from_code);
    // A repeated key was reported by the key rule; the repeat is not followed.
    const key = `${r.effective}\u0000${r.from_code}\u0000${r.to_code}`;
    if (r.to_code && keys.has(key)) continue;
    keys.add(key);
    const ev = eventOfRow(r, report, reject);
    if (ev) events.push(ev);
  }
  const shorthands = units.filter((u) => (u.successor_code || u.successor_name) && graph.units.get(u.code)?.unitLine === u._line);
  // The shorthand stands for a merge row only where the table says nothing of the unit.
  for (const u of shorthands) if (!covered.has(u.code)) events.push(shorthandEvent(u));
  follow(graph, events, report, blocked, reject);
  checkChainLoops(graph, report);
  for (const u of shorthands) if (covered.has(u.code) && !rejectedFrom.has(u.code)) checkShorthand(u, graph, report);
  return graph;
}

function eventOfRow(r: ChangeRow, report: Reporter, reject: (from?: string, to?: string) => void): Event | undefined {
  // A missing or unreadable required cell was reported by the cell rules.
  if (!r.effective || !r.kind || !r.from_code || !r.from_name) {
    reject(r.from_code, r.to_code);
    return undefined;
  }
  const at = (column: string, value: string | undefined): At => ({ file: CHANGES, line: r._line, column, value: value ?? '' });
  if (r.kind === 'abolish' && (r.to_code || r.to_name)) {
    report.error('lineage_abolish_to', at(r.to_code ? 'to_code' : 'to_name', r.to_code ?? r.to_name), msg.abolishWithTo());
    reject(r.from_code, r.to_code);
    return undefined;
  }
  if (r.kind !== 'abolish' && (!r.to_code || !r.to_name)) {
    const missing = (['to_code', 'to_name'] as const).filter((c) => !r[c]);
    report.error('lineage_to_missing', at(missing[0]!, ''), msg.toMissing(r.kind, [...missing]));
    reject(r.from_code, r.to_code);
    return undefined;
  }
  const date: ChangeDate = { date: r.effective };
  if (r.effective_not_before && r.effective_not_before > r.effective) {
    report.error('lineage_date_range', at('effective_not_before', r.effective_not_before), msg.dateRange(r.effective_not_before, r.effective));
  } else if (r.effective_not_before) date.notBefore = r.effective_not_before;
  return {
    kind: r.kind,
    date,
    fromCode: r.from_code,
    fromName: r.from_name,
    toCode: r.to_code,
    toName: r.to_name,
    toLevel: r.to_level,
    toParentCode: r.to_parent_code,
    toParentName: r.to_parent_name,
    basis: r.basis,
    note: r.note,
    noteEn: r.note_en,
    file: CHANGES,
    line: r._line,
    shorthand: false,
  };
}

function shorthandEvent(u: UnitRow): Event {
  return {
    kind: 'merge',
    date: u.successor_from ? { date: u.successor_from } : undefined,
    fromCode: u.code,
    fromName: u.name ?? u.code,
    toCode: u.successor_code,
    toName: u.successor_name,
    file: UNITS,
    line: u._line,
    shorthand: true,
  };
}

interface Sweep {
  graph: LineageGraph;
  report: Reporter;
  blocked: Set<string>;
  reject: (from?: string, to?: string) => void;
  /** Who holds each code on the day being followed. */
  holders: Map<string, LineageNode>;
  /** The last unit that held a code no one holds any more. */
  lastHolder: Map<string, LineageNode>;
  /** Every unit that ever held each code. */
  heldBy: Map<string, LineageNode[]>;
  /** The first change that forms a unit with each code. */
  firstFormed: Map<string, Event>;
  ids: Set<string>;
}

function follow(graph: LineageGraph, events: Event[], report: Reporter, blocked: Set<string>, reject: (from?: string, to?: string) => void): void {
  const dated = events.filter((e) => e.date);
  dated.sort((a, b) => (a.date!.date < b.date!.date ? -1 : a.date!.date > b.date!.date ? 1 : 0) || (a.shorthand === b.shorthand ? a.line - b.line : a.shorthand ? 1 : -1));
  const sweep: Sweep = { graph, report, blocked, reject, holders: new Map(graph.units), lastHolder: new Map(), heldBy: new Map(), firstFormed: new Map(), ids: new Set() };
  for (const n of graph.units.values()) sweep.heldBy.set(n.code, [n]);
  for (const e of dated) if (e.toCode && !e.shorthand && !sweep.firstFormed.has(e.toCode)) sweep.firstFormed.set(e.toCode, e);
  for (let i = 0; i < dated.length; ) {
    let j = i + 1;
    while (j < dated.length && dated[j]!.date!.date === dated[i]!.date!.date) j++;
    followDay(dated.slice(i, j), sweep);
    i = j;
  }
  // Undated shorthands come last: nothing in the table follows them.
  const undated = events.filter((e) => !e.date);
  if (undated.length > 0) followDay(undated, sweep);
}

/** All changes of one day: every `from` is resolved before any `to` is formed. */
function followDay(day: Event[], s: Sweep): void {
  const looped = sameDayLoops(day, s.report);
  for (const e of looped) s.reject(e.fromCode, e.toCode);
  const accepted: { ev: Event; from: LineageNode }[] = [];
  for (const ev of day) {
    if (looped.has(ev)) continue;
    const from = s.holders.get(ev.fromCode);
    if (!from) {
      if (!s.blocked.has(ev.fromCode)) reportNoHolder(ev, s);
      s.reject(undefined, ev.toCode);
      continue;
    }
    if (!ev.shorthand && !matchesName(from, ev.fromName)) {
      const at: At = { file: ev.file, line: ev.line, column: 'from_name', value: ev.fromName };
      const other = s.heldBy.get(ev.fromCode)?.find((n) => n !== from && matchesName(n, ev.fromName));
      if (other) {
        s.report.error('lineage_from_other_unit', at, msg.fromOtherUnit({ code: ev.fromCode, name: ev.fromName }, previousDay(ev.date!.date), labelOf(from), from.since));
        s.reject(ev.fromCode, ev.toCode);
        continue;
      }
      s.report.warning('lineage_name_differs', at, msg.nameDiffers(ev.fromCode, ev.fromName, from.name));
    }
    accepted.push({ ev, from });
  }

  // One change per unit and day, or a split into at least two parts.
  const byFrom = new Map<LineageNode, Event[]>();
  for (const { ev, from } of accepted) {
    const list = byFrom.get(from);
    if (list) list.push(ev);
    else byFrom.set(from, [ev]);
  }
  const kept: { ev: Event; from: LineageNode }[] = [];
  for (const [from, evs] of byFrom) {
    const first = evs[0]!;
    const allSplit = evs.every((e) => e.kind === 'split');
    if (!allSplit && evs.length > 1) {
      for (const e of evs.slice(1)) {
        s.report.error('lineage_from_conflict', { file: e.file, line: e.line, column: 'kind', value: e.kind }, msg.fromConflict(labelOf(from), e.date!, first.line));
        s.reject(e.fromCode, e.toCode);
      }
      kept.push({ ev: first, from });
      continue;
    }
    if (allSplit && evs.length === 1) {
      const to = first.toCode ? { code: first.toCode, name: first.toName ?? first.toCode } : undefined;
      s.report.error('lineage_split_parts', { file: first.file, line: first.line, column: 'kind', value: first.kind }, msg.splitOnePart(labelOf(from), first.date!, to));
      s.reject(first.fromCode, undefined);
    }
    for (const ev of evs) kept.push({ ev, from });
  }

  const changing = new Set(kept.map((k) => k.from));
  const joined = new Map<string, LineageNode>();
  const formedBy = new Map<LineageNode, Event>();
  for (const { ev, from } of kept) {
    const to = ev.kind === 'abolish' ? undefined : unitAfter(ev, changing, joined, formedBy, s);
    const edge: LineageEdge = { kind: ev.kind, date: ev.date, from, to, basis: ev.basis, note: ev.note, noteEn: ev.noteEn, file: ev.file, line: ev.line };
    from.out.push(edge);
    to?.in.push(edge);
    s.graph.edges.push(edge);
  }
  for (const from of changing) {
    if (s.holders.get(from.code) !== from) continue;
    s.holders.delete(from.code);
    s.lastHolder.set(from.code, from);
  }
  for (const to of formedBy.keys()) {
    s.holders.set(to.code, to);
    const held = s.heldBy.get(to.code);
    if (held) held.push(to);
    else s.heldBy.set(to.code, [to]);
    s.graph.formed.push(to);
  }
}

/** The unit a change leads to: one formed that day, or one that holds the code and carries on. */
function unitAfter(ev: Event, changing: Set<LineageNode>, joined: Map<string, LineageNode>, formedBy: Map<LineageNode, Event>, s: Sweep): LineageNode {
  const code = ev.toCode ?? '';
  let key = code;
  let to = joined.get(key);
  if (to && ev.shorthand && ev.toName && !matchesName(to, ev.toName) && formedBy.get(to)?.shorthand) {
    // Two shorthands naming different units with one code: kept apart, as version 1 did.
    key = `${code}\u0000${foldName(ev.toName)}`;
    to = joined.get(key);
  }
  if (to) {
    const first = formedBy.get(to);
    if (first) checkSameUnit(first, ev, s.report);
    else if (!ev.shorthand && ev.toName && !matchesName(to, ev.toName)) s.report.warning('lineage_name_differs', { file: ev.file, line: ev.line, column: 'to_name', value: ev.toName }, msg.nameDiffers(code, ev.toName, to.name));
    return to;
  }
  const holder = code ? s.holders.get(code) : undefined;
  if (holder && !changing.has(holder) && (!ev.shorthand || !ev.toName || matchesName(holder, ev.toName))) {
    // The unit holding the code has no change that day: it carries on and takes this one in.
    if (!ev.shorthand && ev.toName && !matchesName(holder, ev.toName)) s.report.warning('lineage_name_differs', { file: ev.file, line: ev.line, column: 'to_name', value: ev.toName }, msg.nameDiffers(code, ev.toName, holder.name));
    joined.set(key, holder);
    return holder;
  }
  let id = `${code}@${ev.date?.date ?? 'undated'}`;
  for (let n = 2; s.ids.has(id); n++) id = `${code}@${ev.date?.date ?? 'undated'}#${n}`;
  s.ids.add(id);
  const name = ev.toName ?? code;
  to = { id, code, name, level: ev.toLevel, parentCode: ev.toParentCode, parentName: ev.toParentName, since: ev.date, out: [], in: [] };
  joined.set(key, to);
  formedBy.set(to, ev);
  return to;
}

function checkSameUnit(first: Event, ev: Event, report: Reporter): void {
  if (first.shorthand && ev.shorthand) return;
  const pairs: [string, string | undefined, string | undefined, boolean][] = [
    ['to_name', first.toName, ev.toName, first.toName !== undefined && ev.toName !== undefined && first.toName !== ev.toName && foldName(first.toName) !== foldName(ev.toName)],
    ['to_level', first.toLevel, ev.toLevel, first.toLevel !== undefined && ev.toLevel !== undefined && first.toLevel !== ev.toLevel],
    ['to_parent_code', first.toParentCode, ev.toParentCode, first.toParentCode !== undefined && ev.toParentCode !== undefined && first.toParentCode !== ev.toParentCode],
  ];
  const differs = pairs.find((p) => p[3]);
  if (!differs) return;
  const [column, there, here] = differs;
  const col = ev.shorthand ? column.replace('to_', 'successor_') : column;
  report.error(
    'lineage_to_conflict',
    { file: ev.file, line: ev.line, column: col, value: here ?? '' },
    msg.toConflict(ev.toCode ?? '', ev.date, column, there ?? '', here ?? '', { file: first.file, line: first.line }),
    [{ file: first.file, line: first.line }],
  );
}

function reportNoHolder(ev: Event, s: Sweep): void {
  if (!ev.date) return;
  const at: At = { file: ev.file, line: ev.line, column: 'from_code', value: ev.fromCode };
  const from = { code: ev.fromCode, name: ev.fromName };
  const dayBefore = previousDay(ev.date.date);
  const last = s.lastHolder.get(ev.fromCode);
  if (last) {
    const end = last.out[0]!;
    const how: Happened = { kind: end.kind, to: end.to && labelOf(end.to), date: end.date, file: end.file, line: end.line };
    s.report.error('lineage_from_unknown', at, msg.fromEnded(from, dayBefore, labelOf(last), how));
    return;
  }
  const later = s.firstFormed.get(ev.fromCode);
  if (later && later.date!.date >= ev.date.date) {
    s.report.error('lineage_from_unknown', at, msg.fromNotYet(from, dayBefore, later.date!.date, later.line));
    return;
  }
  const zeroless = stripLeadingZeros(ev.fromCode);
  const known = [...s.graph.units.keys(), ...s.heldBy.keys()];
  const match = known.find((k) => k !== ev.fromCode && stripLeadingZeros(k) === zeroless);
  s.report.error('lineage_from_unknown', at, msg.fromNeverHeld(from, dayBefore, match));
}

