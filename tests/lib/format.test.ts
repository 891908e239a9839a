import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../src/lib/format.ts';
import { money } from '../../src/site/money.ts';

describe('formatNumber', () => {
  it('writes small whole numbers exactly as Intl does, in both languages', () => {
    for (const [lang, locale] of [['vi', 'vi-VN'], ['en', 'en-GB']] as const) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      for (let n = 0; n <= 1200; n++) expect(formatNumber(n, lang)).toBe(intl.format(n));
    }
  });

  it('groups thousands and writes decimals the way each language reads them', () => {
    expect(formatNumber(3900, 'vi')).toBe('3.900');
    expect(formatNumber(3900, 'en')).toBe('3,900');
    expect(formatNumber(9.53, 'vi')).toBe('9,53');
    expect(formatNumber(9.53, 'en')).toBe('9.53');
    expect(formatNumber(-5, 'vi')).toMatch(/^[-−]5$/);
    expect(formatNumber(96.774, 'vi', 1)).toBe('96,8');
  });
});

describe('formatDate and money', () => {
  it('writes 30/9/2021 in Vietnamese and 30 Sep 2021 in English', () => {
    expect(formatDate('2021-09-30', 'vi')).toBe('30/9/2021');
    expect(formatDate('2021-09-30', 'en')).toBe('30 Sep 2021');
  });

  it('adds the amount in billions beside amounts of a thousand million or more', () => {
    expect(money(999, 'vi')).toEqual({ main: '999 triệu đồng' });
    expect(money(64970, 'vi')).toEqual({ main: '64.970 triệu đồng', approx: '≈ 65 tỷ đồng' });
    expect(money(64970, 'en')).toEqual({ main: '64,970 million VND', approx: '≈ 65 billion VND' });
  });
});
