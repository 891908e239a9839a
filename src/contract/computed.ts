// The `computed_from` forms of indicators.csv (data-contract.md §2): how the
// build can recompute a reported figure from detail rows to check it.
import { codeLists, type Code } from './codes.ts';
import type { Bilingual } from './tables.ts';

export type ComputedFrom =
  | { kind: 'units_recognized'; standard: Code<'standard'> }
  | { kind: 'criteria_met'; setId: string }
  | { kind: 'ocop_certified' }
  | { kind: 'funding_amount'; source: Code<'fundingSource'>; year: number };

const FORMS = 'units_recognized:<standard>, criteria_met:<set>, ocop_certified, funding_amount:<source>:<year>';

export function parseComputedFrom(text: string): { rule: ComputedFrom } | { error: Bilingual } {
  const parts = text.trim().split(':').map((p) => p.trim());
  const [form = '', a, b] = parts;
  const bad = (vi: string, en: string) => ({ error: { vi: `${vi} Các dạng hợp lệ: ${FORMS}.`, en: `${en} Valid forms: ${FORMS}.` } });
  switch (form.toLowerCase()) {
    case 'units_recognized': {
      const standard = codeLists.standard.codes.find((c) => c === a?.toLowerCase());
      if (parts.length !== 2 || !standard) {
        return bad(`Mức chuẩn "${a ?? ''}" không hợp lệ (ntm, advanced, model).`, `Unknown standard "${a ?? ''}" (ntm, advanced, model).`);
      }
      return { rule: { kind: 'units_recognized', standard } };
    }
    case 'criteria_met':
      if (parts.length !== 2 || !a) return bad('Thiếu mã bộ tiêu chí.', 'The criteria set id is missing.');
      return { rule: { kind: 'criteria_met', setId: a } };
    case 'ocop_certified':
      if (parts.length !== 1) return bad('ocop_certified không có tham số.', 'ocop_certified takes no argument.');
      return { rule: { kind: 'ocop_certified' } };
    case 'funding_amount': {
      const source = codeLists.fundingSource.codes.find((c) => c === a?.toLowerCase());
      if (parts.length !== 3 || !source || !/^\d{4}$/.test(b ?? '')) {
        return bad('Cần dạng funding_amount:<nguồn>:<năm>, ví dụ funding_amount:district:2021.', 'Expected funding_amount:<source>:<year>, e.g. funding_amount:district:2021.');
      }
      return { rule: { kind: 'funding_amount', source, year: Number(b) } };
    }
    default:
      return bad(`Dạng "${text}" không được hỗ trợ.`, `Unknown form "${text}".`);
  }
}
