// Text for one figure: its value, its source and the one-line citation the
// press can copy. Formatting only; the numbers come from the model.
import { codeLabel } from '../contract/codes.ts';
import { ruleWords } from '../contract/check-messages.ts';
import type { ComputedFrom, CriteriaSet, Indicator, IndicatorValue, SourceRef } from '../model/types.ts';
import type { Lang } from '../lib/lang.ts';
import { nameIn, twin, unitIn } from '../lib/bilingual.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { capitalise } from '../lib/text.ts';
import { useTranslations } from '../i18n/index.ts';

/** `31/32` or `64.970`. */
export function figureNumber(v: { value: number; denominator?: number }, lang: Lang): string {
  const den = v.denominator !== undefined ? `/${formatNumber(v.denominator, lang)}` : '';
  return `${formatNumber(v.value, lang)}${den}`;
}

/** `31/32 xã` or `64.970 triệu đồng`. */
export function figureValue(indicator: Indicator, v: { value: number; denominator?: number }, lang: Lang): string {
  return `${figureNumber(v, lang)} ${unitIn(indicator, lang)}`;
}


/** `Báo cáo …/BC-BCĐ: Kết quả …` for a known document (without the title when `short`), else the free text. */
export function sourceLabel(source: SourceRef, lang: Lang, short = false): string {
  const d = source.document;
  if (!d) return source.text;
  const name = `${capitalise(codeLabel('documentType', d.type, lang))} ${d.number}`;
  return short ? name : `${name}: ${twin(d, 'title', lang)?.text ?? d.title}`;
}

export function citation(indicator: Indicator, v: IndicatorValue, lang: Lang, siteName: string, permalink: string): string {
  const source = v.sourceRef ? `${sourceLabel(v.sourceRef, lang)}, ` : '';
  return `${nameIn(indicator, lang)}: ${figureValue(indicator, v, lang)} (${formatDate(v.as_of, lang)}). ${useTranslations(lang)('source')}: ${source}${siteName}${permalink ? `, ${permalink}` : ''}`;
}

/** How the build recomputes a figure, in words: "units recognised as new rural", not `units_recognized:ntm`. */
export function ruleText(rule: ComputedFrom, sets: ReadonlyMap<string, CriteriaSet>, lang: Lang): string {
  const set = rule.kind === 'criteria_met' ? sets.get(rule.setId) : undefined;
  return ruleWords(rule, set && { vi: nameIn(set, 'vi'), en: nameIn(set, 'en') })[lang];
}
