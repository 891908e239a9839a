// Text for one figure: its value, its source and the one-line citation the
// press can copy. Formatting only; the numbers come from the model.
import { codeLabel } from '../contract/codes.ts';
import type { Indicator, IndicatorValue, SourceRef } from '../model/types.ts';
import type { Lang } from '../lib/lang.ts';
import { formatDate, formatNumber } from '../lib/format.ts';

/** `31/32 xã` or `64.970 triệu đồng`. */
export function figureValue(indicator: Indicator, v: IndicatorValue, lang: Lang): string {
  const den = v.denominator !== undefined ? `/${formatNumber(v.denominator, lang)}` : '';
  return `${formatNumber(v.value, lang)}${den} ${indicator.unit[lang]}`;
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** `Báo cáo …/BC-BCĐ: Kết quả …` for a known document (without the title when `short`), else the free text. */
export function sourceLabel(source: SourceRef, lang: Lang, short = false): string {
  const d = source.document;
  if (!d) return source.text;
  const name = `${capitalise(codeLabel('documentType', d.type, lang))} ${d.number}`;
  return short ? name : `${name}: ${d.title}`;
}

export function citation(
  indicator: Indicator,
  v: IndicatorValue,
  lang: Lang,
  siteName: string,
  permalink: string,
): string {
  const sourceWord = lang === 'vi' ? 'Nguồn' : 'Source';
  const source = v.source ? `${sourceLabel(v.source, lang)}, ` : '';
  return `${indicator.name[lang]}: ${figureValue(indicator, v, lang)} (${formatDate(v.asOf, lang)}). ${sourceWord}: ${source}${siteName}, ${permalink}`;
}
