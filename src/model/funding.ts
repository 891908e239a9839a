// The funding tree: lines nested by parent, totals by source, legal basis,
// year and unit.
import { codeLists } from '../contract/codes.ts';
import type { Row } from '../contract/rows.ts';
import { groupBy } from '../lib/collections.ts';
import type { DocumentIndex } from './documents.ts';
import type { FundingGroup, FundingLine, FundingTree, Unit, UnitFunding } from './types.ts';

export function buildFunding(rows: Row<'funding'>[], documents: DocumentIndex, unitByCode: Map<string, Unit>): FundingTree {
  const lines: FundingLine[] = rows.map((row) =>
    Object.assign(row, {
      children: [],
      depth: 0,
      basisDocument: documents.basis(row.basis),
      unit: row.unit_code ? unitByCode.get(row.unit_code) : undefined,
    }),
  );
  const lineById = new Map(lines.map((l) => [l.id, l]));
  for (const line of lines) {
    const parent = line.parent_id ? lineById.get(line.parent_id) : undefined;
    if (parent) {
      line.parent = parent;
      parent.children.push(line);
    }
  }
  const roots = lines.filter((l) => !l.parent);
  const visit = (line: FundingLine, depth: number) => {
    line.depth = depth;
    if (line.children.length > 0 && line.children.every((k) => k.amount !== undefined)) {
      line.childrenAmount = line.children.reduce((s, k) => s + k.amount!, 0);
    }
    for (const k of line.children) visit(k, depth + 1);
  };
  for (const r of roots) visit(r, 0);

  /** A line's own amount, or what its children add up to. */
  const effective = (line: FundingLine): number => line.amount ?? line.childrenAmount ?? 0;
  const sum = (ls: FundingLine[]) => ls.reduce((s, l) => s + effective(l), 0);
  const group = (keyOf: (l: FundingLine) => string, labelOf: (key: string) => { vi: string; en: string }, of: FundingLine[] = roots): FundingGroup[] =>
    [...groupBy(of, keyOf)].map(([key, ls]) => ({
      key,
      label: labelOf(key),
      lines: ls,
      total: sum(ls),
      byYear: [...groupBy(ls, (l) => l.year)].sort((a, b) => a[0] - b[0]).map(([year, yl]) => ({ year, total: sum(yl) })),
    }));
  const basisLabel = (k: string) => (k ? { vi: k, en: k } : { vi: 'Không ghi căn cứ', en: 'No legal basis given' });
  const sourceLabel = (k: string) => codeLists.fundingSource.labels[k as keyof typeof codeLists.fundingSource.labels];

  return {
    lines,
    lineById,
    roots,
    years: [...new Set(lines.map((l) => l.year))].sort((a, b) => a - b),
    total: sum(roots),
    bySource: group((l) => l.source, sourceLabel).map((g) => ({ ...g, byBasis: group((l) => l.basis ?? '', basisLabel, g.lines) })),
    byBasis: group((l) => l.basis ?? '', basisLabel),
    byUnit: attachUnitFunding(lines, unitByCode),
  };
}

/** Per unit: a line counts only if no ancestor is assigned to the same unit. */
function attachUnitFunding(lines: FundingLine[], unitByCode: Map<string, Unit>): UnitFunding[] {
  const byUnit = new Map<string, FundingLine[]>();
  for (const line of lines) {
    if (!line.unit_code) continue;
    let nested = false;
    for (let a = line.parent; a; a = a.parent) if (a.unit_code === line.unit_code) nested = true;
    const list = byUnit.get(line.unit_code) ?? [];
    if (!nested) list.push(line);
    byUnit.set(line.unit_code, list);
    line.unit?.fundingLines.push(line);
  }
  return [...byUnit].map(([unitCode, ls]) => {
    const total = ls.reduce((s, l) => s + (l.amount ?? 0), 0);
    const unit = unitByCode.get(unitCode);
    if (unit) unit.fundingTotal = total;
    return { unit, unitCode, lines: ls, total };
  });
}
