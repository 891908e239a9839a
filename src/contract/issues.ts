// Errors and warnings (data-contract.md §1.2), each with file, line, column
// and value, and a message in Vietnamese with English.

export type Severity = 'error' | 'warning';

export type IssueKind =
  // errors
  | 'file_missing'
  | 'encoding'
  | 'csv_syntax'
  | 'header_missing'
  | 'header_duplicate'
  | 'column_missing'
  | 'too_many_cells'
  | 'required'
  | 'number_invalid'
  | 'number_ambiguous'
  | 'number_not_integer'
  | 'number_negative'
  | 'number_range'
  | 'percent_sign'
  | 'date_invalid'
  | 'date_impossible'
  | 'code_unknown'
  | 'ref_unknown'
  | 'ref_leading_zeros'
  | 'duplicate'
  | 'root'
  | 'cycle'
  | 'criterion_number'
  | 'computed_from'
  | 'content_ref'
  | 'content_frontmatter'
  | 'content_other_dataset'
  | 'lineage_from_unknown'
  | 'lineage_from_other_unit'
  | 'lineage_loop'
  | 'lineage_split_parts'
  | 'lineage_from_conflict'
  | 'lineage_to_missing'
  | 'lineage_abolish_to'
  | 'lineage_to_conflict'
  | 'lineage_date_range'
  | 'lineage_shorthand'
  // warnings
  | 'column_unknown'
  | 'formula'
  | 'duplicate_row'
  | 'funding_sum'
  | 'funding_quantity_amount'
  | 'funding_commitment_share'
  | 'funding_quantity_sum'
  | 'computed_mismatch'
  | 'percent_mismatch'
  | 'name_variant'
  | 'lineage_name_differs';

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
  const label = issue.severity === 'error' ? 'LỖI / ERROR' : 'CẢNH BÁO / WARNING';
  const value = issue.value !== undefined ? ` giá trị/value ${JSON.stringify(issue.value)}` : '';
  return `${label} ${formatLocation(issue)}${value}\n  ${issue.vi}\n  ${issue.en}`;
}

export class IssueList {
  readonly items: Issue[] = [];

  add(issue: Issue): void {
    this.items.push(issue);
  }

  error(fields: Omit<Issue, 'severity'>): void {
    this.items.push({ severity: 'error', ...fields });
  }

  warning(fields: Omit<Issue, 'severity'>): void {
    this.items.push({ severity: 'warning', ...fields });
  }

  get errors(): Issue[] {
    return this.items.filter((i) => i.severity === 'error');
  }

  get warnings(): Issue[] {
    return this.items.filter((i) => i.severity === 'warning');
  }
}
