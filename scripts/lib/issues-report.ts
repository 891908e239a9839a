// What check and build print about errors and warnings (data-contract.md
// §1.2): repeated issues of one kind in one column are grouped, the first few
// listed with their lines, then a count, so that a junk file of millions of
// errors prints a screenful and the summary still comes last.
import { formatIssue, type Issue, type OmittedIssues, type Severity } from '../../src/contract/issues.ts';

export interface PrintLimits {
  /** Issues listed in full per kind, file and column. */
  perGroup: number;
  /** Issues listed in full overall. */
  total: number;
}

export const DEFAULT_LIMITS: PrintLimits = { perGroup: 5, total: 100 };
export const NO_LIMITS: PrintLimits = { perGroup: Infinity, total: Infinity };

const vi = new Intl.NumberFormat('vi-VN');
const en = new Intl.NumberFormat('en-GB');

/** What an issue of each severity is called, in Vietnamese and in English (plural). */
const NOUN: Record<Severity, [string, string]> = { error: ['lỗi', 'errors'], warning: ['cảnh báo', 'warnings'], information: ['thông tin', 'information notes'] };

function lineRange(items: readonly Issue[], omitted: OmittedIssues | undefined, lang: 'vi' | 'en'): string {
  let min = omitted?.firstLine ?? Infinity;
  let max = omitted?.lastLine ?? -Infinity;
  for (const { line } of items) {
    if (line === undefined) continue;
    if (line < min) min = line;
    if (line > max) max = line;
  }
  if (min === Infinity) return '';
  const f = lang === 'vi' ? vi : en;
  const word = lang === 'vi' ? 'dòng' : (min === max ? 'line' : 'lines');
  return min === max ? `, ${word} ${f.format(min)}` : `, ${word} ${f.format(min)}–${f.format(max)}`;
}

const groupKey = (i: Pick<Issue, 'severity' | 'kind' | 'file' | 'column'>) => `${i.severity}\u0000${i.kind}\u0000${i.file}\u0000${i.column ?? ''}`;

/**
 * The text blocks to print for these issues, in their order, grouped by
 * severity, kind, file and column. `omitted` are the issues counted but not
 * kept (junk input); each group's count includes its own.
 */
export function issueReport(issues: readonly Issue[], limits: PrintLimits = DEFAULT_LIMITS, omitted: readonly OmittedIssues[] = []): string[] {
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) {
    const key = groupKey(issue);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(issue);
  }
  const omittedOf = new Map(omitted.map((o) => [groupKey(o), o]));
  const blocks: string[] = [];
  let listed = 0;
  let errorsLeft = 0;
  let warningsLeft = 0;
  for (const [key, group] of groups) {
    const notKept = omittedOf.get(key);
    const room = Math.max(0, Math.min(limits.perGroup, limits.total - listed));
    if (room === 0) {
      if (group[0]!.severity === 'error') errorsLeft += group.length + (notKept?.count ?? 0);
      else warningsLeft += group.length + (notKept?.count ?? 0);
      continue;
    }
    const shown = group.slice(0, room);
    for (const issue of shown) blocks.push(formatIssue(issue));
    listed += shown.length;
    const rest = group.slice(shown.length);
    const more = rest.length + (notKept?.count ?? 0);
    if (more === 0) continue;
    const first = group[0]!;
    const where = first.column !== undefined ? `${first.file} [${first.column}]` : first.file;
    const [nounVi, nounEn] = NOUN[first.severity];
    // Under --all, what is left is only what was too many to keep.
    const unlisted = rest.length === 0 ? [' (quá nhiều để giữ lại từng cái)', ' (too many to keep one by one)'] : ['', ''];
    blocks.push(
      `  … và ${vi.format(more)} ${nounVi} cùng loại nữa ở ${where}${lineRange(rest, notKept, 'vi')}${unlisted[0]}.\n` +
        `  … and ${en.format(more)} more ${nounEn} of the same kind in ${where}${lineRange(rest, notKept, 'en')}${unlisted[1]}.`,
    );
  }
  if (errorsLeft + warningsLeft > 0) {
    blocks.push(
      `… và ${vi.format(errorsLeft)} lỗi, ${vi.format(warningsLeft)} cảnh báo khác không in ra; npm run check -- --all in tất cả.\n` +
        `… and ${en.format(errorsLeft)} more errors and ${en.format(warningsLeft)} warnings not printed; npm run check -- --all prints them all.`,
    );
  }
  return blocks;
}

/** Resolves once everything written so far to stdout and stderr has been handed to the system. */
export function flushOutput(): Promise<void> {
  const flush = (stream: NodeJS.WriteStream) => new Promise<void>((done) => (stream.writableLength === 0 ? done() : stream.write('', () => done())));
  return Promise.all([flush(process.stdout), flush(process.stderr)]).then(() => undefined);
}
