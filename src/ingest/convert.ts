// From raw CSV cells to typed rows, by the table description; then the
// rules that span tables: references, duplicates, the root, cycles.
import { codeLists } from '../contract/codes.ts';
import { tables, type ColumnSpec, type TableName, type TableSpec } from '../contract/tables.ts';
import type { Row, Tables } from '../contract/rows.ts';
import type { RawTable } from './csv.ts';
import { IssueList } from '../contract/issues.ts';
import { looksLikeFormula, parseCode, parseDate, parseNumber, stripLeadingZeros } from '../contract/values.ts';
import { parseComputedFrom } from '../contract/computed.ts';

/** Printed decimals of number cells, kept for rounding-aware checks. */
export type Decimals = Map<object, Record<string, number>>;

interface ColumnAt {
  name: string;
  spec: ColumnSpec;
  index: number;
  cache?: Map<string, { value: unknown; decimals?: number }>;
}

const CACHED_TYPES = new Set(['int', 'dec', 'pct', 'date', 'code']);

export function convertTable<T extends TableName>(name: T, raw: RawTable, issues: IssueList, decimals: Decimals): Row<T>[] {
  const spec: TableSpec = tables[name];
  const file = raw.file;
  const columns: ColumnAt[] = [];
  const seen = new Map<string, number>();
  raw.header.forEach((h, index) => {
    const key = h.trim().toLowerCase();
    if (key === '') return;
    if (seen.has(key)) {
      issues.error({
        kind: 'header_duplicate',
        file,
        line: raw.headerLine,
        column: h,
        columnIndex: index + 1,
        value: h,
        vi: `Cột "${h}" xuất hiện hai lần trong dòng tiêu đề (cột ${seen.get(key)! + 1} và ${index + 1}).`,
        en: `Column "${h}" appears twice in the header (columns ${seen.get(key)! + 1} and ${index + 1}).`,
      });
      return;
    }
    seen.set(key, index);
    const colSpec = (spec.columns as Record<string, ColumnSpec>)[key];
    if (colSpec) columns.push({ name: key, spec: colSpec, index, cache: CACHED_TYPES.has(colSpec.type) ? new Map() : undefined });
    else {
      issues.warning({
        kind: 'column_unknown',
        file,
        line: raw.headerLine,
        column: h,
        columnIndex: index + 1,
        value: h,
        vi: `Cột "${h}" không có trong quy ước dữ liệu và sẽ bị bỏ qua. Các cột của bảng: ${Object.keys(spec.columns).join(', ')}.`,
        en: `Column "${h}" is not in the data contract and is ignored. The table’s columns: ${Object.keys(spec.columns).join(', ')}.`,
      });
    }
  });
  for (const [colName, colSpec] of Object.entries(spec.columns as Record<string, ColumnSpec>)) {
    if (colSpec.required && !seen.has(colName)) {
      issues.error({
        kind: 'column_missing',
        file,
        line: raw.headerLine,
        column: colName,
        vi: `Thiếu cột bắt buộc "${colName}". Dòng tiêu đề hiện có: ${raw.header.join(', ')}.`,
        en: `Required column "${colName}" is missing. The header has: ${raw.header.join(', ')}.`,
      });
    }
  }

  // An optional column left out of the file still has its default, e.g. kind = actual.
  const absentDefaults = Object.entries(spec.columns as Record<string, ColumnSpec>)
    .filter(([colName, colSpec]) => colSpec.default !== undefined && !seen.has(colName))
    .map(([colName, colSpec]) => [colName, colSpec.default!] as const);
  const rows: Row<T>[] = [];
  for (const rawRow of raw.rows) {
    const extra = rawRow.cells.slice(raw.header.length).filter((c) => c !== '');
    if (extra.length > 0) {
      issues.error({
        kind: 'too_many_cells',
        file,
        line: rawRow.line,
        value: extra.join(raw.delimiter),
        vi: `Dòng có ${rawRow.cells.length} ô nhưng dòng tiêu đề chỉ có ${raw.header.length} cột. Có thể một ô chứa dấu "${raw.delimiter}" mà không được đặt trong ngoặc kép.`,
        en: `The row has ${rawRow.cells.length} cells but the header has ${raw.header.length} columns. A cell may contain "${raw.delimiter}" without quotes.`,
      });
    }
    const row: Record<string, unknown> = { _line: rawRow.line };
    let rowDecimals: Record<string, number> | undefined;
    for (const col of columns) {
      const cell = rawRow.cells[col.index] ?? '';
      // Pure conversions repeat (dates, codes, numbers): reuse earlier successes.
      const known = col.cache?.get(cell);
      if (known) {
        row[col.name] = known.value;
        if (known.decimals !== undefined && col.spec.type !== 'int') (rowDecimals ??= {})[col.name] = known.decimals;
        continue;
      }
      const at = { file, line: rawRow.line, column: col.name, columnIndex: col.index + 1, value: cell };
      if (cell === '') {
        if (col.spec.default !== undefined) row[col.name] = col.spec.default;
        else if (col.spec.required) {
          issues.error({ kind: 'required', ...at, vi: `Ô "${col.name}" bắt buộc phải có giá trị.`, en: `"${col.name}" is required.` });
        }
        continue;
      }
      const converted = convertCell(cell, col.spec, at, issues);
      if (converted === undefined) continue;
      if (col.cache && col.cache.size < 10_000) col.cache.set(cell, converted);
      row[col.name] = converted.value;
      // An int's printed decimals are always 0: not worth a map entry per row.
      if (converted.decimals !== undefined && col.spec.type !== 'int') (rowDecimals ??= {})[col.name] = converted.decimals;
    }
    if (rowDecimals) decimals.set(row, rowDecimals);
    for (const [colName, d] of absentDefaults) row[colName] = d;
    rows.push(row as Row<T>);
  }
  return rows;
}

type CellAt = { file: string; line: number; column: string; columnIndex: number; value: string };

function convertCell(cell: string, spec: ColumnSpec, at: CellAt, issues: IssueList): { value: unknown; decimals?: number } | undefined {
  switch (spec.type) {
    case 'int':
    case 'dec':
    case 'pct': {
      const parsed = parseNumber(cell, spec.type);
      if (!parsed.ok) {
        issues.error({ kind: parsed.kind, ...at, ...parsed.message });
        return undefined;
      }
      if (spec.nonNegative && parsed.value < 0) {
        issues.error({ kind: 'number_negative', ...at, vi: 'Số lượng và số tiền không được âm.', en: 'Counts and amounts cannot be negative.' });
        return undefined;
      }
      if ((spec.min !== undefined && parsed.value < spec.min) || (spec.max !== undefined && parsed.value > spec.max)) {
        const range = `${spec.min ?? '…'}..${spec.max ?? '…'}`;
        issues.error({ kind: 'number_range', ...at, vi: `Giá trị phải trong khoảng ${range}.`, en: `The value must be within ${range}.` });
        return undefined;
      }
      return { value: parsed.value, decimals: parsed.decimals };
    }
    case 'date': {
      const parsed = parseDate(cell);
      if (!parsed.ok) {
        issues.error({ kind: parsed.kind, ...at, ...parsed.message });
        return undefined;
      }
      return { value: parsed.value };
    }
    case 'code': {
      const list = codeLists[spec.codes!];
      const parsed = parseCode(cell, list.codes as readonly string[], list.labels as Record<string, { vi: string; en: string }>);
      if (!parsed.ok) {
        issues.error({ kind: parsed.kind, ...at, ...parsed.message });
        return undefined;
      }
      return { value: parsed.value };
    }
    case 'computed': {
      const parsed = parseComputedFrom(cell);
      if ('error' in parsed) {
        issues.error({ kind: 'computed_from', ...at, ...parsed.error });
        return undefined;
      }
      return { value: cell };
    }
    case 'text':
      if (looksLikeFormula(cell)) {
        issues.warning({
          kind: 'formula',
          ...at,
          vi: 'Ô này trông giống công thức bảng tính (bắt đầu bằng =, @, + hoặc -). Nội dung được giữ nguyên trên trang, và được vô hiệu hóa trong tệp CSV tải về.',
          en: 'This cell looks like a spreadsheet formula (it starts with =, @, + or -). It is shown as text on the site and neutralised in the CSV downloads.',
        });
      }
      return { value: cell };
    case 'ref':
      return { value: cell };
  }
}

/** Rules across rows and tables. Only runs on tables that converted. */
export function validateRelations(data: Partial<Tables>, issues: IssueList, unreadable: ReadonlySet<TableName> = new Set()): void {
  for (const name of Object.keys(data) as TableName[]) checkDuplicates(name, data[name] as Row<TableName>[], issues);

  const keysOf = (name: TableName): Set<string> => {
    const keyCol = tables[name].key[0]!;
    return new Set((data[name] ?? []).map((r) => String((r as Record<string, unknown>)[keyCol])));
  };
  const known = new Map<string, Set<string>>();
  const knownKeys = (name: string) => {
    if (!known.has(name)) known.set(name, keysOf(name as TableName));
    return known.get(name)!;
  };

  for (const name of Object.keys(data) as TableName[]) {
    const spec: TableSpec = tables[name];
    for (const [col, colSpec] of Object.entries(spec.columns as Record<string, ColumnSpec>)) {
      if (colSpec.type !== 'ref' || unreadable.has(colSpec.ref as TableName)) continue;
      const target = knownKeys(colSpec.ref!);
      const zeroless = zerolessIndex(target);
      for (const row of data[name] as Record<string, unknown>[]) {
        const value = row[col];
        if (typeof value !== 'string' || target.has(value)) continue;
        checkReference(value, target, zeroless, tables[colSpec.ref as TableName].file, {
          file: spec.file,
          line: row._line as number,
          column: col,
          value,
        }, issues);
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
  const candidates = zeroless.get(stripLeadingZeros(value));
  if (candidates && candidates.length > 0) {
    const match = candidates[0]!;
    // Which side lost its zeros decides which file staff must fix.
    const lostHere = match.length > value.length;
    issues.error({
      kind: 'ref_leading_zeros',
      ...at,
      vi: lostHere
        ? `Không tìm thấy "${value}" trong ${targetFile}. Có phải là "${match}"? Có lẽ Excel đã bỏ mất số 0 ở đầu: hãy định dạng cột là Văn bản (Text) và nhập lại.`
        : `Không tìm thấy "${value}" trong ${targetFile}, nhưng có "${match}". Có lẽ Excel đã bỏ mất số 0 ở đầu mã trong ${targetFile}: hãy định dạng cột mã là Văn bản (Text).`,
      en: lostHere
        ? `"${value}" is not in ${targetFile}. Did you mean "${match}"? Excel probably dropped the leading zeros: format the column as Text and re-enter it.`
        : `"${value}" is not in ${targetFile}, which has "${match}". Excel probably dropped the leading zeros of the code in ${targetFile}: format its code column as Text.`,
    });
    return;
  }
  const sample = [...target].slice(0, 5).join(', ');
  issues.error({
    kind: 'ref_unknown',
    ...at,
    vi: `Không tìm thấy "${value}" trong ${targetFile}${sample ? ` (ví dụ mã có: ${sample}…)` : ' (bảng trống hoặc không có)'}.`,
    en: `"${value}" is not in ${targetFile}${sample ? ` (known ids include: ${sample}…)` : ' (that table is empty or absent)'}.`,
  });
}

/** Tables whose repeated keys are contradictions to show, not reading errors. */
const DUPLICATE_IS_WARNING = new Set<TableName>(['unit-status', 'indicator-values']);

function checkDuplicates(name: TableName, rows: Row<TableName>[], issues: IssueList): void {
  const spec = tables[name];
  const first = new Map<string, number>();
  for (const row of rows as Record<string, unknown>[]) {
    // Built without intermediate arrays: this runs once per row of every table.
    let key = '';
    let complete = true;
    for (let k = 0; k < spec.key.length; k++) {
      const v = row[spec.key[k]!];
      if (v === undefined) {
        complete = false;
        break;
      }
      key += k === 0 ? String(v) : '\u0000' + String(v);
    }
    if (!complete) continue;
    const line = row._line as number;
    const firstLine = first.get(key);
    if (firstLine === undefined) {
      first.set(key, line);
      continue;
    }
    const values = spec.key.map((k) => row[k]);
    const shown = values.join(', ');
    const cols = spec.key.join(', ');
    const fields = {
      file: spec.file,
      line,
      column: spec.key.join('+'),
      value: shown,
      related: [{ file: spec.file, line: firstLine }],
    };
    if (DUPLICATE_IS_WARNING.has(name)) {
      issues.warning({
        kind: 'duplicate_row',
        ...fields,
        vi: `Trùng (${cols}) = (${shown}) với dòng ${firstLine}; trang web dùng dòng sau cùng.`,
        en: `Same (${cols}) = (${shown}) as line ${firstLine}; the site uses the last row.`,
      });
    } else {
      issues.error({
        kind: 'duplicate',
        ...fields,
        vi: `Trùng (${cols}) = (${shown}) với dòng ${firstLine}. Mỗi giá trị chỉ được xuất hiện một lần.`,
        en: `Duplicate (${cols}) = (${shown}), already on line ${firstLine}. Each must appear only once.`,
      });
    }
  }
}

function checkRoot(units: Row<'units'>[], issues: IssueList): void {
  if (units.length === 0) {
    issues.error({ kind: 'root', file: 'units.csv', line: 1, vi: 'units.csv không có dòng dữ liệu nào.', en: 'units.csv has no data rows.' });
    return;
  }
  const roots = units.filter((u) => !u.parent_code);
  if (roots.length === 1) return;
  if (roots.length === 0) {
    issues.error({
      kind: 'root',
      file: 'units.csv',
      line: units[0]!._line,
      column: 'parent_code',
      vi: 'Không có đơn vị gốc: đúng một dòng phải để trống parent_code (đơn vị mà trang web nói về).',
      en: 'No root unit: exactly one row must have an empty parent_code (the unit the site is about).',
    });
    return;
  }
  for (const extra of roots.slice(1)) {
    issues.error({
      kind: 'root',
      file: 'units.csv',
      line: extra._line,
      column: 'parent_code',
      value: extra.code,
      related: [{ file: 'units.csv', line: roots[0]!._line }],
      vi: `Có ${roots.length} đơn vị để trống parent_code (dòng ${roots.map((r) => r._line).join(', ')}); chỉ đơn vị gốc được để trống.`,
      en: `${roots.length} units have an empty parent_code (lines ${roots.map((r) => r._line).join(', ')}); only the root may.`,
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
          issues.error({
            kind: 'cycle',
            file,
            line: row._line as number,
            column: parentCol,
            value: String(row[parentCol]),
            related: cycle.map((c) => ({ file, line: byId.get(c)!._line as number })),
            vi: `Vòng lặp cha–con: ${[...cycle, id].join(' → ')}.`,
            en: `Parent cycle: ${[...cycle, id].join(' → ')}.`,
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
      issues.error({
        kind: 'criterion_number',
        file: 'criteria.csv',
        line: c._line,
        column: 'number',
        value: String(c.number),
        vi: `Số thứ tự ${c.number} vượt quá số tiêu chí của bộ "${c.set}" (size = ${size}).`,
        en: `Number ${c.number} is larger than the size of set "${c.set}" (${size}).`,
      });
    }
  }
  for (const s of data['criteria-status'] ?? []) {
    if (!sizes.has(s.set) || listed.get(s.set)?.has(s.number)) continue;
    issues.error({
      kind: 'criterion_number',
      file: 'criteria-status.csv',
      line: s._line,
      column: 'number',
      value: String(s.number),
      vi: `Tiêu chí số ${s.number} của bộ "${s.set}" không có trong criteria.csv.`,
      en: `Criterion ${s.number} of set "${s.set}" is not listed in criteria.csv.`,
    });
  }
}

function checkComputedFromRefs(data: Partial<Tables>, issues: IssueList): void {
  const sets = new Set((data['criteria-sets'] ?? []).map((s) => s.id));
  for (const ind of data.indicators ?? []) {
    if (!ind.computed_from) continue;
    const parsed = parseComputedFrom(ind.computed_from);
    if ('rule' in parsed && parsed.rule.kind === 'criteria_met' && !sets.has(parsed.rule.setId)) {
      issues.error({
        kind: 'computed_from',
        file: 'indicators.csv',
        line: ind._line,
        column: 'computed_from',
        value: ind.computed_from,
        vi: `Bộ tiêu chí "${parsed.rule.setId}" không có trong criteria-sets.csv.`,
        en: `Criteria set "${parsed.rule.setId}" is not in criteria-sets.csv.`,
      });
    }
  }
}
