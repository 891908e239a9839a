// Cross-checks that give warnings (data-contract.md §1.2 and §2): the data
// reads fine but does not add up. Nothing is "fixed": the public sees both numbers.
import type { Row, Tables } from '../contract/rows.ts';
import type { IssueList } from '../contract/issues.ts';
import { parseComputedFrom } from '../contract/computed.ts';
import { recompute } from './recompute.ts';
import type { Decimals } from './convert.ts';
import { formatDate, formatNumber } from '../lib/format.ts';

// Figures in messages as each language writes them (64.970 / 64,970), without float noise.
const vi = (x: number) => formatNumber(x, 'vi', 4);
const en = (x: number) => formatNumber(x, 'en', 4);

/** Equal within what the printed precision can carry. */
function close(a: number, b: number, tolerance = 0): boolean {
  return Math.abs(a - b) <= tolerance + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const halfUnit = (decimals: number | undefined) => (decimals ? 0.5 * 10 ** -decimals : 0);

/** Rounds half away from zero, as people do on paper. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
}

export function runChecks(data: Partial<Tables>, decimals: Decimals, issues: IssueList): void {
  checkFunding(data.funding ?? [], decimals, issues);
  checkIndicators(data, decimals, issues);
  checkNameVariants(data.units ?? [], issues);
}

function checkFunding(lines: Row<'funding'>[], decimals: Decimals, issues: IssueList): void {
  const file = 'funding.csv';
  const children = new Map<string, Row<'funding'>[]>();
  for (const f of lines) if (f.parent_id) children.set(f.parent_id, [...(children.get(f.parent_id) ?? []), f]);
  const dec = (row: object, col: string) => decimals.get(row)?.[col];

  for (const f of lines) {
    const kids = children.get(f.id) ?? [];
    const related = kids.map((k) => ({ file, line: k._line }));
    if (f.amount !== undefined && kids.length > 0 && kids.every((k) => k.amount !== undefined)) {
      const sum = kids.reduce((s, k) => s + k.amount!, 0);
      if (!close(sum, f.amount)) {
        issues.warning({
          kind: 'funding_sum',
          file,
          line: f._line,
          column: 'amount',
          value: String(f.amount),
          reported: f.amount,
          computed: sum,
          related,
          vi: `Dòng "${f.item}" ghi ${vi(f.amount)} triệu đồng, nhưng tổng ${kids.length} dòng con là ${vi(sum)}.`,
          en: `Line "${f.item}" states ${en(f.amount)} million VND, but its ${kids.length} child lines add up to ${en(sum)}.`,
        });
      }
    }
    if (f.quantity !== undefined && f.unit_amount !== undefined && f.amount !== undefined) {
      const product = f.quantity * f.unit_amount;
      if (!close(product, f.amount, halfUnit(dec(f, 'amount')))) {
        issues.warning({
          kind: 'funding_quantity_amount',
          file,
          line: f._line,
          column: 'amount',
          value: String(f.amount),
          reported: f.amount,
          computed: product,
          vi: `Dòng "${f.item}": ${vi(f.quantity)} × ${vi(f.unit_amount)} = ${vi(product)}, nhưng số tiền ghi ${vi(f.amount)}.`,
          en: `Line "${f.item}": ${en(f.quantity)} × ${en(f.unit_amount)} = ${en(product)}, but the amount is ${en(f.amount)}.`,
        });
      }
    }
    if (f.commitment !== undefined && f.share_percent !== undefined && f.amount !== undefined) {
      const share = (f.commitment * f.share_percent) / 100;
      const tolerance = (f.commitment * halfUnit(dec(f, 'share_percent'))) / 100 + halfUnit(dec(f, 'amount'));
      if (!close(share, f.amount, tolerance)) {
        issues.warning({
          kind: 'funding_commitment_share',
          file,
          line: f._line,
          column: 'amount',
          value: String(f.amount),
          reported: f.amount,
          computed: share,
          vi: `Dòng "${f.item}": ${vi(f.share_percent)}% của tổng mức ${vi(f.commitment)} là ${vi(share)}, nhưng số tiền ghi ${vi(f.amount)}.`,
          en: `Line "${f.item}": ${en(f.share_percent)}% of the commitment ${en(f.commitment)} is ${en(share)}, but the amount is ${en(f.amount)}.`,
        });
      }
    }
    const unit = f.quantity_unit?.toLowerCase();
    if (f.quantity !== undefined && unit && kids.length > 0 && kids.every((k) => k.quantity !== undefined && k.quantity_unit?.toLowerCase() === unit)) {
      const sum = kids.reduce((s, k) => s + k.quantity!, 0);
      if (!close(sum, f.quantity)) {
        issues.warning({
          kind: 'funding_quantity_sum',
          file,
          line: f._line,
          column: 'quantity',
          value: String(f.quantity),
          reported: f.quantity,
          computed: sum,
          related,
          vi: `Dòng "${f.item}" ghi ${vi(f.quantity)} ${f.quantity_unit}, nhưng các dòng con cộng lại là ${vi(sum)} ${f.quantity_unit}.`,
          en: `Line "${f.item}" states ${en(f.quantity)} ${f.quantity_unit}, but its child lines add up to ${en(sum)} ${f.quantity_unit}.`,
        });
      }
    }
  }
}

function checkIndicators(data: Partial<Tables>, decimals: Decimals, issues: IssueList): void {
  const file = 'indicator-values.csv';
  const indicators = new Map((data.indicators ?? []).map((i) => [i.id, i]));
  for (const v of data['indicator-values'] ?? []) {
    const ind = indicators.get(v.indicator);
    if (ind?.computed_from && v.kind === 'actual') {
      const parsed = parseComputedFrom(ind.computed_from);
      const result = 'rule' in parsed ? recompute(parsed.rule, v.as_of, data) : undefined;
      if (result && !close(result.value, v.value)) {
        issues.warning({
          kind: 'computed_mismatch',
          file,
          line: v._line,
          column: 'value',
          value: String(v.value),
          reported: v.value,
          computed: result.value,
          related: result.lines.slice(0, 50),
          vi: `"${ind.name_vi}" ngày ${formatDate(v.as_of, 'vi')}: số báo cáo là ${vi(v.value)}, nhưng tính từ dữ liệu chi tiết (${ind.computed_from}) được ${vi(result.value)}.`,
          en: `"${ind.name_en ?? ind.name_vi}" at ${formatDate(v.as_of, 'en')}: reported ${en(v.value)}, but the detail rows (${ind.computed_from}) give ${en(result.value)}.`,
        });
      }
    }
    if (v.reported_percent !== undefined && v.denominator !== undefined && v.denominator !== 0) {
      const places = decimals.get(v)?.reported_percent ?? 0;
      const exact = (v.value / v.denominator) * 100;
      const rounded = roundTo(exact, places);
      if (!close(rounded, v.reported_percent)) {
        const exactShown = roundTo(exact, places + 3);
        issues.warning({
          kind: 'percent_mismatch',
          file,
          line: v._line,
          column: 'reported_percent',
          value: String(v.reported_percent),
          reported: v.reported_percent,
          computed: rounded,
          vi: `"${ind?.name_vi ?? v.indicator}" ngày ${formatDate(v.as_of, 'vi')}: ${vi(v.value)}/${vi(v.denominator)} = ${vi(exactShown)}%, làm tròn là ${vi(rounded)}%, nhưng nguồn in ${vi(v.reported_percent)}%.`,
          en: `"${ind?.name_en ?? ind?.name_vi ?? v.indicator}" at ${formatDate(v.as_of, 'en')}: ${en(v.value)}/${en(v.denominator)} = ${en(exactShown)}%, rounded ${en(rounded)}%, but the source printed ${en(v.reported_percent)}%.`,
        });
      }
    }
  }
}

function checkNameVariants(units: Row<'units'>[], issues: IssueList): void {
  for (const u of units) {
    const aliases = splitAliases(u.aliases);
    if (aliases.length === 0) continue;
    issues.warning({
      kind: 'name_variant',
      file: 'units.csv',
      line: u._line,
      column: 'aliases',
      value: u.aliases,
      vi: `Tên "${u.name}" (${u.code}) còn được viết là: ${aliases.join(', ')}. Trang web dùng "${u.name}"; tìm kiếm nhận cả các cách viết khác.`,
      en: `"${u.name}" (${u.code}) is also spelled: ${aliases.join(', ')}. The site uses "${u.name}"; search finds the other spellings too.`,
    });
  }
}

export function splitAliases(text: string | undefined): string[] {
  return (text ?? '')
    .split('|')
    .map((a) => a.trim())
    .filter(Boolean);
}
