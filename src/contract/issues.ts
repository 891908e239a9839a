// Errors, warnings and information (data-contract.md §1.2), each with file,
// line, column and value, and a message in Vietnamese with English. The
// kinds, their severities and texts are in messages.ts.
import { SEVERITY_LABEL, VALUE_LABEL, issueOrder, severityOf, type IssueKind, type Severity } from './messages.ts';

export type { IssueKind, Severity };

export interface Issue {
  severity: Severity;
  kind: IssueKind;
  file: string;
  /** Line in the file, the header being line 1. */
  line?: number;
  column?: string;
  /** 1-based position of the column in the file's header. */
  columnIndex?: number;
  value?: string;
  vi: string;
  en: string;
  /** For warnings: the figure as reported and as computed. */
  reported?: number;
  computed?: number;
  /** Other rows involved, e.g. the children of a funding line. */
  related?: { file: string; line: number }[];
  /**
   * Where the table came from a workbook: `file` and `line` stay the table's
   * (so that pages join issues to rows), and this names the workbook, sheet and cell.
   */
  workbook?: WorkbookPlace;
}

export interface WorkbookPlace {
  file: string;
  sheet: string;
  /** `D5`, when the column is known. */
  cell?: string;
}

/** An issue as its finder builds it: the severity follows from the kind. */
export type Found = Omit<Issue, 'severity'>;

/** The issue, with the severity its kind has in the catalogue. */
export function issue(fields: Found): Issue {
  return { severity: severityOf(fields.kind), ...fields };
}

/** `funding.xlsx › funding › D5`, or `… › dòng/row 5` without a column. */
export function formatWorkbookPlace(place: WorkbookPlace, line: number | undefined): string {
  const at = place.cell ?? (line !== undefined ? `dòng/row ${line}` : undefined);
  return [place.file, place.sheet, at].filter(Boolean).join(' › ');
}

export function formatLocation(issue: Issue): string {
  if (issue.workbook) return formatWorkbookPlace(issue.workbook, issue.line) + (issue.column !== undefined ? ` [${issue.column}]` : '');
  let where = issue.file;
  if (issue.line !== undefined) where += `:${issue.line}`;
  if (issue.column !== undefined) {
    where += issue.columnIndex !== undefined ? ` [${issue.column} #${issue.columnIndex}]` : ` [${issue.column}]`;
  }
  return where;
}

/** One issue as text for the terminal: location, value, Vietnamese, English. */
export function formatIssue(issue: Issue): string {
  const value = issue.value !== undefined ? ` ${VALUE_LABEL} ${JSON.stringify(issue.value)}` : '';
  return `${SEVERITY_LABEL[issue.severity]} ${formatLocation(issue)}${value}\n  ${issue.vi}\n  ${issue.en}`;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2 };

/** Errors first, then warnings, then information; within each, by severity. */
export function compareSeverity(a: Issue, b: Issue): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}

/** Errors first, then warnings, then information, each in the catalogue's order of kinds. */
export function compareIssueKinds(a: Issue, b: Issue): number {
  return compareSeverity(a, b) || issueOrder(a.kind) - issueOrder(b.kind);
}

/** Issues of one kind in one column of one file that were counted but not kept. */
export interface OmittedIssues {
  file: string;
  kind: IssueKind;
  severity: Severity;
  column?: string;
  count: number;
  /** The first and last line among them, where they have lines. */
  firstLine?: number;
  lastLine?: number;
}

/**
 * At most this many issues of one kind in one column of one file are kept;
 * the rest are counted. Junk input cannot fill the memory with messages.
 */
export const KEPT_PER_GROUP = 1000;

export class IssueList {
  readonly items: Issue[] = [];
  /** Counts of the issues beyond KEPT_PER_GROUP in their group, which were not kept. */
  readonly omitted: OmittedIssues[] = [];
  private readonly groups = new Map<string, { kept: number; omitted?: OmittedIssues }>();

  add(issue: Issue): void {
    const key = `${issue.file}\u0000${issue.kind}\u0000${issue.column ?? ''}`;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { kept: 0 }));
    if (group.kept < KEPT_PER_GROUP) {
      group.kept++;
      this.items.push(issue);
      return;
    }
    if (!group.omitted) {
      group.omitted = { file: issue.file, kind: issue.kind, severity: issue.severity, ...(issue.column !== undefined ? { column: issue.column } : {}), count: 0 };
      this.omitted.push(group.omitted);
    }
    const o = group.omitted;
    o.count++;
    if (issue.line !== undefined) {
      if (o.firstLine === undefined || issue.line < o.firstLine) o.firstLine = issue.line;
      if (o.lastLine === undefined || issue.line > o.lastLine) o.lastLine = issue.line;
    }
  }

  /** Adds an issue found in the data, with its kind's severity. */
  report(fields: Found): void {
    this.add(issue(fields));
  }

  get errors(): Issue[] {
    return this.items.filter((i) => i.severity === 'error');
  }

  get warnings(): Issue[] {
    return this.items.filter((i) => i.severity === 'warning');
  }

  /** Neither errors nor warnings: e.g. a unit's documented other spellings. */
  get information(): Issue[] {
    return this.items.filter((i) => i.severity === 'information');
  }

  /** How many issues of a severity were found, the omitted ones included. */
  count(severity: Severity): number {
    let n = 0;
    for (const i of this.items) if (i.severity === severity) n++;
    for (const o of this.omitted) if (o.severity === severity) n += o.count;
    return n;
  }
}
