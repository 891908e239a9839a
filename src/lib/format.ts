// Number, date and money formats per language (product.md, quality bars):
// vi 64.970 / 9,53 / 30/9/2021; en 64,970 / 9.53 / 30 Sep 2021.
import type { Lang } from './lang.ts';

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  // Small whole numbers read the same in every locale; Intl is slow enough to show on 20,000 pages.
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  const key = `${lang}:${maxDecimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxDecimals, useGrouping: true });
    formatters.set(key, f);
  }
  // vi-VN groups 4-digit numbers too (3.900); en-GB does likewise with commas.
  return f.format(value);
}

export function formatPercent(value: number, lang: Lang, decimals = 1): string {
  return `${formatNumber(value, lang, decimals)}%`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// A data set has few dates, and every unit page prints each of them many times.
const dates: Record<Lang, Map<string, string>> = { vi: new Map(), en: new Map() };

/** ISO `YYYY-MM-DD` → `30/9/2021` or `30 Sep 2021`. */
export function formatDate(iso: string, lang: Lang): string {
  const known = dates[lang].get(iso);
  if (known !== undefined) return known;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const text = lang === 'vi' ? `${d}/${m}/${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
  if (dates[lang].size < 10_000) dates[lang].set(iso, text);
  return text;
}
