// Amounts: every figure of funding.csv is in million VND (triệu đồng).
import type { Lang } from '../lib/lang.ts';
import { formatNumber } from '../lib/format.ts';
import { useTranslations } from '../i18n/index.ts';

export interface MoneyText {
  /** `64.970 triệu đồng` */
  main: string;
  /** `≈ 65 tỷ đồng`, beside amounts of a billion or more. */
  approx?: string;
}

export function money(millions: number, lang: Lang): MoneyText {
  const t = useTranslations(lang);
  const main = t('money.millions', { n: formatNumber(millions, lang) });
  if (Math.abs(millions) < 1000) return { main };
  return { main, approx: t('money.approxBillions', { n: formatNumber(millions / 1000, lang, 1) }) };
}
