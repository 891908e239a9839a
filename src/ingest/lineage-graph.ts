// The lineage graph: units as codes held over periods, changes as edges in
// time. Shared by the rules (lineage.ts, lineage-checks.ts) and the model.
import type { Code } from '../contract/codes.ts';
import type { IssueKind, IssueList } from '../contract/issues.ts';
import type { Bilingual } from '../contract/tables.ts';
import { foldVietnamese } from '../lib/text.ts';
import { splitAliases } from '../contract/rules.ts';
import type { ChangeDate, UnitLabel } from '../contract/lineage-messages.ts';

export type ChangeKind = Code<'changeKind'>;
export type UnitLevel = Code<'unitLevel'>;

export const CHANGES = 'unit-changes.csv';
export const UNITS = 'units.csv';

/** One unit: a code held over a period, under one name. */
export interface LineageNode {
  /** Unique across time: `units.csv:15736` is not `15736@2025-01-04`. */
  id: string;
  code: string;
  name: string;
  level?: UnitLevel;
  parentCode?: string;
  parentName?: string;
  /** Set for the data set's own units (units.csv), which exist before every change. */
  unitLine?: number;
  /** When a change formed it; undefined for the data set's own units and undated shorthands. */
  since?: ChangeDate;
  /** Other spellings of the name (units.csv `aliases`). */
  aliases?: string;
  /** Folded name and aliases, made when a row's name first differs from `name`. */
  folded?: string[];
  out: LineageEdge[];
  in: LineageEdge[];
}

/** One change: a row of unit-changes.csv, or the successor shorthand of units.csv. */
export interface LineageEdge {
  kind: ChangeKind;
  date?: ChangeDate;
  from: LineageNode;
  /** Undefined for an abolition. */
  to?: LineageNode;
  basis?: string;
  note?: string;
  noteEn?: string;
  file: typeof CHANGES | typeof UNITS;
  line: number;
}

export interface LineageGraph {
  /** The data set's own units, by code. */
  units: Map<string, LineageNode>;
  /** Units formed by a change, in the order the changes were followed. */
  formed: LineageNode[];
  edges: LineageEdge[];
}

export interface Event {
  kind: ChangeKind;
  date?: ChangeDate;
  fromCode: string;
  fromName: string;
  toCode?: string;
  toName?: string;
  toLevel?: UnitLevel;
  toParentCode?: string;
  toParentName?: string;
  basis?: string;
  note?: string;
  noteEn?: string;
  file: typeof CHANGES | typeof UNITS;
  line: number;
  shorthand: boolean;
}

export interface At {
  file: string;
  line: number;
  column: string;
  value: string;
}

export class Reporter {
  private readonly issues: IssueList | undefined;
  constructor(issues: IssueList | undefined) {
    this.issues = issues;
  }
  error(kind: IssueKind, at: At, text: Bilingual, related?: { file: string; line: number }[]): void {
    this.issues?.report({ kind, ...at, ...text, ...(related ? { related } : {}) });
  }
  warning(kind: IssueKind, at: At, text: Bilingual): void {
    this.issues?.report({ kind, ...at, ...text });
  }
}

const PREFIX = /^(xa|phuong|thi tran|tt\.?|dac khu|huyen|quan|thi xa|thanh pho|tp\.?|tinh|thon|ban)\s+/;

/** A name as compared across rows: no diacritics, case or level word ("xã", "thị trấn"). */
export function foldName(name: string): string {
  return foldVietnamese(name).toLowerCase().replace(/\s+/g, ' ').trim().replace(PREFIX, '');
}

/** Whether a name written in a row is this unit's, spelt with or without diacritics, or an alias. */
export function matchesName(n: LineageNode, name: string): boolean {
  if (n.name === name) return true;
  n.folded ??= [n.name, ...splitAliases(n.aliases)].map(foldName);
  return n.folded.includes(foldName(name));
}

/** Same code and the same name: the same place, for the loop check. */
export const samePlace = (a: LineageNode, b: LineageNode) => a.code === b.code && matchesName(a, b.name);
export const labelOf = (n: LineageNode): UnitLabel => ({ code: n.code, name: n.name });

export function previousDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
}
