// The `computed_from` forms of indicators.csv (data-contract.md §2): how the
// build can recompute a reported figure from detail rows to check it.
import { codeLists, type Code } from './codes.ts';
import { say, type Said } from './messages.ts';
import type { Bilingual } from '../lib/lang.ts';

export type ComputedFrom =
  /** Units (of `level` only, when given) recognised for the standard at the date. */
  | { kind: 'units_recognized'; standard: Code<'standard'>; level?: Code<'unitLevel'> }
  | { kind: 'criteria_met'; setId: string }
  | { kind: 'ocop_certified' }
  | { kind: 'funding_amount'; source: Code<'fundingSource'>; year: number };

const codeOf = <C extends string>(codes: readonly C[], text: string | undefined): C | undefined => codes.find((c) => c === text?.toLowerCase());

export function parseComputedFrom(text: string): { rule: ComputedFrom } | { error: Said<'computed_from'> } {
  const parts = text.trim().split(':').map((p) => p.trim());
  const [form = '', a, b] = parts;
  switch (form.toLowerCase()) {
    case 'units_recognized': {
      const standard = codeOf(codeLists.standard.codes, a);
      if (parts.length > 3 || !standard) return { error: say.computed_from.standard({ value: a ?? '', allowed: codeLists.standard.codes }) };
      if (parts.length === 2) return { rule: { kind: 'units_recognized', standard } };
      const level = codeOf(codeLists.unitLevel.codes, b);
      if (!level) return { error: say.computed_from.level({ value: b ?? '', allowed: codeLists.unitLevel.codes }) };
      return { rule: { kind: 'units_recognized', standard, level } };
    }
    case 'criteria_met':
      if (parts.length !== 2 || !a) return { error: say.computed_from.setMissing() };
      return { rule: { kind: 'criteria_met', setId: a } };
    case 'ocop_certified':
      if (parts.length !== 1) return { error: say.computed_from.noArgument() };
      return { rule: { kind: 'ocop_certified' } };
    case 'funding_amount': {
      const source = codeOf(codeLists.fundingSource.codes, a);
      if (parts.length !== 3 || !source || !/^\d{4}$/.test(b ?? '')) return { error: say.computed_from.funding() };
      return { rule: { kind: 'funding_amount', source, year: Number(b) } };
    }
    default:
      return { error: say.computed_from.unknownForm({ text }) };
  }
}

