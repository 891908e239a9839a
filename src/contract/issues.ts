// Errors and warnings (data-contract.md §1.2), each with file, line, column
// and value, and a message in Vietnamese with English. The kinds, their
// severities and texts are in messages.ts.
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
}

/** An issue as its finder builds it: the severity follows from the kind. */
export type Found = Omit<Issue, 'severity'>;

/** The issue, with the severity its kind has in the catalogue. */
export function issue(fields: Found): Issue {
  return { severity: severityOf(fields.kind), ...fields };
}

export function formatLocation(issue: Issue): string {
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

/** Errors first, then warnings, each in the catalogue's order of kinds. */
export function compareIssueKinds(a: Issue, b: Issue): number {
  return (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || issueOrder(a.kind) - issueOrder(b.kind);
}

export class IssueList {
  readonly items: Issue[] = [];

  add(issue: Issue): void {
    this.items.push(issue);
  }

  /** Adds an issue found in the data, with its kind's severity. */
  report(fields: Found): void {
    this.items.push(issue(fields));
  }

  get errors(): Issue[] {
    return this.items.filter((i) => i.severity === 'error');
  }

  get warnings(): Issue[] {
    return this.items.filter((i) => i.severity === 'warning');
  }
}
