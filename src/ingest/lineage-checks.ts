// The lineage rules that look at more than one row at a time: loops, and the
// successor shorthand of units.csv against the table.
import type { Row } from '../contract/rows.ts';
import { CHANGES, UNITS, labelOf, matchesName, samePlace, type Event, type LineageEdge, type LineageGraph, type LineageNode, type Reporter } from './lineage-graph.ts';
import { lineageMessages as msg, type Happened, type ShorthandPart, type UnitLabel } from '../contract/lineage-messages.ts';

type UnitRow = Row<'units'>;

/** Rows of one day whose codes go round in a circle (a → b, b → a): the codes were typed the wrong way round. */
export function sameDayLoops(day: Event[], report: Reporter): Set<Event> {
  const looped = new Set<Event>();
  // Only a row whose to_code is another row's from_code that day can close a circle.
  const fromCodes = new Set<string>();
  for (const e of day) if (!e.shorthand) fromCodes.add(e.fromCode);
  const next = new Map<string, Event[]>();
  for (const e of day) {
    if (e.shorthand || !e.toCode || e.toCode === e.fromCode || !fromCodes.has(e.toCode)) continue;
    const list = next.get(e.fromCode);
    if (list) list.push(e);
    else next.set(e.fromCode, [e]);
  }
  const state = new Map<string, 'open' | 'done'>();
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const stack: { code: string; i: number }[] = [{ code: start, i: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const outs = next.get(top.code) ?? [];
      if (top.i >= outs.length) {
        state.set(top.code, 'done');
        stack.pop();
        continue;
      }
      const e = outs[top.i++]!;
      const seen = state.get(e.toCode!);
      if (seen === undefined) {
        state.set(e.toCode!, 'open');
        stack.push({ code: e.toCode!, i: 0 });
      } else if (seen === 'open') {
        const frames = stack.slice(stack.findIndex((f) => f.code === e.toCode));
        const rows = frames.map((f) => next.get(f.code)![f.i - 1]!);
        const last = rows.reduce((a, b) => (b.line > a.line ? b : a));
        report.error(
          'lineage_loop',
          { file: last.file, line: last.line, column: 'to_code', value: last.toCode! },
          msg.loopSameDay([...frames.map((f) => f.code), e.toCode!], last.date!.date),
          rows.filter((r) => r !== last).map((r) => ({ file: r.file, line: r.line })),
        );
        for (const r of rows) looped.add(r);
      }
    }
  }
  return looped;
}

/** A chain that comes back, later, to a unit it had left (same code and name). */
export function checkChainLoops(graph: LineageGraph, report: Reporter): void {
  const memo = new Map<LineageNode, LineageNode[]>();
  const none: LineageNode[] = [];
  // Every unit whose chain leads into `n`; most units have none, and the rest a handful.
  const before = (n: LineageNode): LineageNode[] => {
    if (n.in.length === 0) return none;
    let list = memo.get(n);
    if (!list) {
      const all = new Set<LineageNode>();
      for (const e of n.in) {
        all.add(e.from);
        for (const a of before(e.from)) all.add(a);
      }
      memo.set(n, (list = [...all]));
    }
    return list;
  };
  for (const e of graph.edges) {
    const to = e.to;
    if (!to || e.file !== CHANGES || samePlace(e.from, to)) continue;
    const left = before(e.from).find((a) => samePlace(a, to));
    if (left) report.error('lineage_loop', { file: e.file, line: e.line, column: 'to_code', value: to.code }, msg.loopChain([...pathBack(e.from, left), labelOf(to)]));
  }
}

/** The units from `left` up to `n`, for the message. */
function pathBack(n: LineageNode, left: LineageNode): UnitLabel[] {
  const next = new Map<LineageNode, LineageNode>();
  const queue = [n];
  while (queue.length > 0 && !next.has(left)) {
    const at = queue.shift()!;
    for (const e of at.in) {
      if (next.has(e.from)) continue;
      next.set(e.from, at);
      queue.push(e.from);
    }
  }
  const path: LineageNode[] = [];
  for (let at: LineageNode | undefined = left; at; at = at === n ? undefined : next.get(at)) path.push(at);
  return path.map(labelOf);
}

/** successor_* of units.csv where the table also speaks for the unit: they must agree with one merge row. */
export function checkShorthand(u: UnitRow, graph: LineageGraph, report: Reporter): void {
  const node = graph.units.get(u.code)!;
  const outs = node.out.filter((e) => e.file === CHANGES);
  if (outs.length === 0) return;
  const said = { code: u.successor_code, name: u.successor_name, from: u.successor_from };
  const agrees = (e: LineageEdge) =>
    e.kind === 'merge' &&
    e.to !== undefined &&
    (said.code === undefined || e.to.code === said.code) &&
    (said.from === undefined || e.date?.date === said.from) &&
    (said.name === undefined || matchesName(e.to, said.name));
  if (outs.some(agrees)) return;
  const e = outs[0]!;
  const differs: ShorthandPart[] = [];
  if (said.code !== undefined && e.to?.code !== said.code) differs.push('code');
  if (said.name !== undefined && !(e.to && matchesName(e.to, said.name))) differs.push('name');
  if (said.from !== undefined && e.date?.date !== said.from) differs.push('date');
  if (outs.length > 1 || e.kind !== 'merge') differs.push('kind');
  const column = { code: 'successor_code', name: 'successor_name', date: 'successor_from', kind: 'successor_code' }[differs[0]!];
  const value = (u as Record<string, unknown>)[column];
  const table: Happened[] = outs.map((o) => ({ kind: o.kind, to: o.to && labelOf(o.to), date: o.date, file: o.file, line: o.line }));
  report.error(
    'lineage_shorthand',
    { file: UNITS, line: u._line, column, value: typeof value === 'string' ? value : '' },
    msg.shorthand(labelOf(node), said, table, differs, reachedLater(node, said.code)),
    outs.map((o) => ({ file: o.file, line: o.line })),
  );
}

/** The units between `node` and a later unit with `code`, if its chain reaches one after more than one step. */
function reachedLater(node: LineageNode, code: string | undefined): UnitLabel[] | undefined {
  if (!code) return undefined;
  const queue: { n: LineageNode; via: LineageNode[] }[] = node.out.filter((e) => e.to).map((e) => ({ n: e.to!, via: [] }));
  const seen = new Set<LineageNode>();
  while (queue.length > 0) {
    const { n, via } = queue.shift()!;
    if (seen.has(n)) continue;
    seen.add(n);
    if (via.length > 0 && n.code === code) return via.map(labelOf);
    for (const e of n.out) if (e.to) queue.push({ n: e.to, via: [...via, n] });
  }
  return undefined;
}
