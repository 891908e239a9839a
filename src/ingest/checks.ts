// Cross-checks that give warnings (data-contract.md §1.2 and §2): the data
// reads fine but does not add up. Nothing is "fixed": the public sees both numbers.
import type { Row, Tables } from '../contract/rows.ts';
import type { IssueList } from '../contract/issues.ts';
import { say } from '../contract/messages.ts';
import { tables } from '../contract/tables.ts';
import { parseComputedFrom, type ComputedFrom } from '../contract/computed.ts';
import { ruleWords } from '../contract/check-messages.ts';
import { dataSetDate, splitAliases } from '../contract/rules.ts';
import { codeLists } from '../contract/codes.ts';
import { roundHalfAway } from '../lib/round.ts';
import type { Bilingual } from '../lib/lang.ts';
import { recompute } from './recompute.ts';
import type { Decimals } from './convert.ts';

/** Equal within what the printed precision can carry. */
function close(a: number, b: number, tolerance = 0): boolean {
  return Math.abs(a - b) <= tolerance + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const halfUnit = (decimals: number | undefined) => (decimals ? 0.5 * 10 ** -decimals : 0);

export function runChecks(data: Partial<Tables>, decimals: Decimals, issues: IssueList): void {
  checkFunding(data.funding ?? [], decimals, issues);
  checkIndicators(data, decimals, issues);
  checkDatesAfterAsOf(data, issues);
  checkNameVariants(data.units ?? [], issues);
}

/** A certification the figures count, dated after the data set's date, is probably mistyped (§1.2). */
function checkDatesAfterAsOf(data: Partial<Tables>, issues: IssueList): void {
  const asOf = dataSetDate(data);
  if (!asOf) return;
  for (const p of data['ocop-products'] ?? []) {
    if (!p.certified_on || p.certified_on <= asOf || p.status === 'in_progress') continue;
    issues.report({
      file: tables['ocop-products'].file,
      line: p._line,
      column: 'certified_on',
      value: p.certified_on,
      ...say.date_after_as_of.text({ date: p.certified_on, asOf }),
    });
  }
}

function checkFunding(lines: Row<'funding'>[], decimals: Decimals, issues: IssueList): void {
  const file = tables.funding.file;
  const children = new Map<string, Row<'funding'>[]>();
  for (const f of lines) if (f.parent_id) children.set(f.parent_id, [...(children.get(f.parent_id) ?? []), f]);
  const dec = (row: object, col: string) => decimals.get(row)?.[col];

  for (const f of lines) {
    const kids = children.get(f.id) ?? [];
    const related = kids.map((k) => ({ file, line: k._line }));
    const at = (column: 'amount' | 'quantity', reported: number, computed: number) => ({ file, line: f._line, column, value: String(reported), reported, computed });
    if (f.amount !== undefined && kids.length > 0 && kids.every((k) => k.amount !== undefined)) {
      const sum = kids.reduce((s, k) => s + k.amount!, 0);
      if (!close(sum, f.amount)) {
        issues.report({ ...at('amount', f.amount, sum), related, ...say.funding_sum.text({ item: f.item, itemEn: f.item_en, amount: f.amount, children: kids.length, sum }) });
      }
    }
    if (f.quantity !== undefined && f.unit_amount !== undefined && f.amount !== undefined) {
      const product = f.quantity * f.unit_amount;
      if (!close(product, f.amount, halfUnit(dec(f, 'amount')))) {
        issues.report({
          ...at('amount', f.amount, product),
          ...say.funding_quantity_amount.text({ item: f.item, itemEn: f.item_en, quantity: f.quantity, unitAmount: f.unit_amount, product, amount: f.amount }),
        });
      }
    }
    if (f.commitment !== undefined && f.share_percent !== undefined && f.amount !== undefined) {
      const share = (f.commitment * f.share_percent) / 100;
      const tolerance = (f.commitment * halfUnit(dec(f, 'share_percent'))) / 100 + halfUnit(dec(f, 'amount'));
      if (!close(share, f.amount, tolerance)) {
        issues.report({
          ...at('amount', f.amount, share),
          ...say.funding_commitment_share.text({ item: f.item, itemEn: f.item_en, share: f.share_percent, commitment: f.commitment, computed: share, amount: f.amount }),
        });
      }
    }
    const unit = f.quantity_unit?.toLowerCase();
    if (f.quantity !== undefined && unit && kids.length > 0 && kids.every((k) => k.quantity !== undefined && k.quantity_unit?.toLowerCase() === unit)) {
      const sum = kids.reduce((s, k) => s + k.quantity!, 0);
      if (!close(sum, f.quantity)) {
        issues.report({ ...at('quantity', f.quantity, sum), related, ...say.funding_quantity_sum.text({ item: f.item, itemEn: f.item_en, quantity: f.quantity, unit: f.quantity_unit!, sum }) });
      }
    }
  }
}

/** The name of the criteria set a rule counts in, in both languages. */
function setNameOf(rule: ComputedFrom, data: Partial<Tables>): Bilingual | undefined {
  if (rule.kind !== 'criteria_met') return undefined;
  const set = data['criteria-sets']?.find((s) => s.id === rule.setId);
  return set && { vi: set.name_vi, en: set.name_en ?? set.name_vi };
}

function checkIndicators(data: Partial<Tables>, decimals: Decimals, issues: IssueList): void {
  const file = tables['indicator-values'].file;
  const indicators = new Map((data.indicators ?? []).map((i) => [i.id, i]));
  for (const v of data['indicator-values'] ?? []) {
    const ind = indicators.get(v.indicator);
    if (ind?.computed_from && v.kind === 'actual') {
      const parsed = parseComputedFrom(ind.computed_from);
      const rule = 'rule' in parsed ? parsed.rule : undefined;
      const result = rule && recompute(rule, v.as_of, data);
      if (rule && result && !close(result.value, v.value)) {
        const name = { vi: ind.name_vi, en: ind.name_en ?? ind.name_vi };
        const text = { name, asOf: v.as_of, reported: v.value, computed: result.value };
        // A sum of funding lines names the lines: the fault is in one of them or in the total.
        const funding = rule.kind === 'funding_amount' ? rule : undefined;
        const summed = funding
          ? (data.funding ?? []).filter((f) => !f.parent_id && f.source === funding.source && f.year === funding.year && f.amount !== undefined)
          : [];
        issues.report({
          file,
          line: v._line,
          column: 'value',
          value: String(v.value),
          reported: v.value,
          computed: result.value,
          related: result.lines.slice(0, 50),
          ...(funding
            ? say.computed_mismatch.funding({
                ...text,
                source: codeLists.fundingSource.labels[funding.source],
                year: funding.year,
                file: tables.funding.file,
                lines: summed.map((f) => ({ line: f._line, item: f.item, amount: f.amount! })),
              })
            : say.computed_mismatch.text({ ...text, rule: ruleWords(rule, setNameOf(rule, data)) })),
        });
      }
    }
    if (v.reported_percent !== undefined && v.denominator !== undefined && v.denominator !== 0) {
      const places = decimals.get(v)?.reported_percent ?? 0;
      const exact = (v.value / v.denominator) * 100;
      const rounded = roundHalfAway(exact, places);
      if (!close(rounded, v.reported_percent)) {
        issues.report({
          file,
          line: v._line,
          column: 'reported_percent',
          value: String(v.reported_percent),
          reported: v.reported_percent,
          computed: rounded,
          ...say.percent_mismatch.text({
            name: { vi: ind?.name_vi ?? v.indicator, en: ind?.name_en ?? ind?.name_vi ?? v.indicator },
            asOf: v.as_of,
            value: v.value,
            denominator: v.denominator,
            exact: roundHalfAway(exact, places + 3),
            rounded,
            printed: v.reported_percent,
          }),
        });
      }
    }
  }
}

function checkNameVariants(units: Row<'units'>[], issues: IssueList): void {
  for (const u of units) {
    const aliases = splitAliases(u.aliases);
    if (aliases.length === 0) continue;
    issues.report({ file: tables.units.file, line: u._line, column: 'aliases', value: u.aliases, ...say.name_variant.text({ name: u.name, code: u.code, aliases }) });
  }
}
