// Rules across rows and tables: references, duplicate keys, the root unit,
// parent cycles, criterion numbers, and the criteria sets computed_from names.
import { tables, type TableName } from '../contract/tables.ts';
import type { Row, Tables } from '../contract/rows.ts';
import type { IssueList } from '../contract/issues.ts';
import { say } from '../contract/messages.ts';
import { stripLeadingZeros } from '../contract/values.ts';
import { parseComputedFrom } from '../contract/computed.ts';

/** Rules across rows and tables. Only runs on tables that converted. */
export function validateRelations(data: Partial<Tables>, issues: IssueList, unreadable: ReadonlySet<TableName> = new Set()): void {
  for (const name of Object.keys(data) as TableName[]) checkDuplicates(name, data[name] as Row<TableName>[], issues);

  const known = new Map<TableName, Set<string>>();
  const knownKeys = (name: TableName) => {
    let keys = known.get(name);
    if (!keys) {
      const keyCol = tables[name].key[0]!;
      known.set(name, (keys = new Set((data[name] ?? []).map((r) => String((r as Record<string, unknown>)[keyCol])))));
    }
    return keys;
  };

  for (const name of Object.keys(data) as TableName[]) {
    const spec = tables[name];
    for (const [col, column] of Object.entries(spec.columns)) {
      if (column.type !== 'ref') continue;
      const target = column.ref as TableName;
      if (unreadable.has(target)) continue;
      const keys = knownKeys(target);
      const zeroless = zerolessIndex(keys);
      for (const row of data[name] as Record<string, unknown>[]) {
        const value = row[col];
        if (typeof value !== 'string' || keys.has(value)) continue;
        checkReference(value, keys, zeroless, tables[target].file, { file: spec.file, line: row._line as number, column: col, value }, issues);
      }
    }
  }

  if (!unreadable.has('units')) {
    checkRoot(data.units ?? [], issues);
    checkCycles('units', data.units ?? [], 'code', 'parent_code', issues);
  }
  checkCycles('funding', data.funding ?? [], 'id', 'parent_id', issues);
  if (!unreadable.has('criteria') && !unreadable.has('criteria-sets')) checkCriterionNumbers(data, issues);
  if (!unreadable.has('criteria-sets')) checkComputedFromRefs(data, issues);
}

function zerolessIndex(keys: Set<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const k of keys) {
    const z = stripLeadingZeros(k);
    index.set(z, [...(index.get(z) ?? []), k]);
  }
  return index;
}

function checkReference(
  value: string,
  target: Set<string>,
  zeroless: Map<string, string[]>,
  targetFile: string,
  at: { file: string; line: number; column: string; value: string },
  issues: IssueList,
): void {
  if (/^\d+([.,]\d+)?e\+?\d+$/i.test(value)) {
    issues.report({ ...at, ...say.ref_unknown.scientific({ value, file: targetFile }) });
    return;
  }
  const match = zeroless.get(stripLeadingZeros(value))?.[0];
  if (match !== undefined) {
    const text = { value, file: targetFile, match };
    issues.report({ ...at, ...(match.length > value.length ? say.ref_leading_zeros.lostHere(text) : say.ref_leading_zeros.lostThere(text)) });
    return;
  }
  issues.report({ ...at, ...say.ref_unknown.text({ value, file: targetFile, sample: [...target].slice(0, 5) }) });
}

/** Tables whose repeated keys are contradictions to show, not reading errors. */
const DUPLICATE_IS_WARNING = new Set<TableName>(['unit-status', 'indicator-values']);

function checkDuplicates(name: TableName, rows: Row<TableName>[], issues: IssueList): void {
  const spec = tables[name];
  const last = spec.key.length - 1;
  // One Map per key column, nested: the cells are mostly the same few strings,
  // whose hashes V8 keeps, where a joined key would be a new string per row.
  const first = new Map<unknown, unknown>();
  for (const row of rows as Record<string, unknown>[]) {
    let level: Map<unknown, unknown> | undefined = first;
    for (let k = 0; k < last && level; k++) {
      const v = row[spec.key[k]!];
      if (v === undefined) level = undefined;
      else {
        let next = level.get(v) as Map<unknown, unknown> | undefined;
        if (!next) level.set(v, (next = new Map()));
        level = next;
      }
    }
    const v = row[spec.key[last]!];
    if (!level || v === undefined) continue;
    const line = row._line as number;
    const firstLine = level.get(v) as number | undefined;
    if (firstLine === undefined) {
      level.set(v, line);
      continue;
    }
    const values = spec.key.map((k) => row[k]);
    const text = { columns: spec.key, values, firstLine };
    issues.report({
      file: spec.file,
      line,
      column: spec.key.join('+'),
      value: values.join(', '),
      related: [{ file: spec.file, line: firstLine }],
      ...(DUPLICATE_IS_WARNING.has(name) ? say.duplicate_row.text(text) : say.duplicate.text(text)),
    });
  }
}

function checkRoot(units: Row<'units'>[], issues: IssueList): void {
  const file = tables.units.file;
  if (units.length === 0) {
    issues.report({ file, line: 1, ...say.root.empty({ file }) });
    return;
  }
  const roots = units.filter((u) => !u.parent_code);
  if (roots.length === 1) return;
  if (roots.length === 0) {
    issues.report({ file, line: units[0]!._line, column: 'parent_code', ...say.root.none() });
    return;
  }
  for (const extra of roots.slice(1)) {
    issues.report({
      file,
      line: extra._line,
      column: 'parent_code',
      value: extra.code,
      related: [{ file, line: roots[0]!._line }],
      ...say.root.several({ lines: roots.map((r) => r._line) }),
    });
  }
}

function checkCycles(name: TableName, rows: readonly object[], idCol: string, parentCol: string, issues: IssueList): void {
  const file = tables[name].file;
  const byId = new Map<string, Record<string, unknown>>();
  for (const r of rows as Record<string, unknown>[]) byId.set(String(r[idCol]), r);
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  for (const start of byId.keys()) {
    const path: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && byId.has(id) && state.get(id) !== 'done') {
      if (state.get(id) === 'visiting') {
        const cycle = path.slice(path.indexOf(id));
        const keyOfCycle = [...cycle].sort().join('>');
        if (!reported.has(keyOfCycle)) {
          reported.add(keyOfCycle);
          const row = byId.get(id)!;
          issues.report({
            file,
            line: row._line as number,
            column: parentCol,
            value: String(row[parentCol]),
            related: cycle.map((c) => ({ file, line: byId.get(c)!._line as number })),
            ...say.cycle.text({ path: [...cycle, id] }),
          });
        }
        break;
      }
      state.set(id, 'visiting');
      path.push(id);
      const parent: unknown = byId.get(id)![parentCol];
      id = typeof parent === 'string' ? parent : undefined;
    }
    for (const p of path) state.set(p, 'done');
  }
}

function checkCriterionNumbers(data: Partial<Tables>, issues: IssueList): void {
  const sizes = new Map((data['criteria-sets'] ?? []).map((s) => [s.id, s.size]));
  const listed = new Map<string, Set<number>>();
  for (const c of data.criteria ?? []) listed.set(c.set, (listed.get(c.set) ?? new Set()).add(c.number));
  for (const c of data.criteria ?? []) {
    const size = sizes.get(c.set);
    if (size !== undefined && c.number > size) {
      issues.report({
        file: tables.criteria.file,
        line: c._line,
        column: 'number',
        value: String(c.number),
        ...say.criterion_number.beyondSize({ number: c.number, set: c.set, size }),
      });
    }
  }
  for (const s of data['criteria-status'] ?? []) {
    // A number that could not be read was reported by its cell.
    if (s.number === undefined || !sizes.has(s.set) || listed.get(s.set)?.has(s.number)) continue;
    issues.report({
      file: tables['criteria-status'].file,
      line: s._line,
      column: 'number',
      value: String(s.number),
      ...say.criterion_number.notListed({ number: s.number, set: s.set, file: tables.criteria.file }),
    });
  }
}

function checkComputedFromRefs(data: Partial<Tables>, issues: IssueList): void {
  const sets = new Set((data['criteria-sets'] ?? []).map((s) => s.id));
  for (const ind of data.indicators ?? []) {
    if (!ind.computed_from) continue;
    const parsed = parseComputedFrom(ind.computed_from);
    if ('rule' in parsed && parsed.rule.kind === 'criteria_met' && !sets.has(parsed.rule.setId)) {
      issues.report({
        file: tables.indicators.file,
        line: ind._line,
        column: 'computed_from',
        value: ind.computed_from,
        ...say.computed_from.unknownSet({ set: parsed.rule.setId, file: tables['criteria-sets'].file }),
      });
    }
  }
}
