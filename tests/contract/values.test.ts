import { describe, expect, it } from 'vitest';
import { codeLists } from '../../src/contract/codes.ts';
import { looksLikeFormula, neutraliseFormula, parseCode, parseDate, parseNumber, stripLeadingZeros } from '../../src/contract/values.ts';

describe('numbers follow §1.1', () => {
  it.each([
    ['3900', 'dec', 3900],
    ['9.53', 'dec', 9.53],
    ['9,53', 'dec', 9.53],
    ['3.900', 'dec', 3900],
    ['64.970', 'int', 64970],
    ['1.234.567', 'dec', 1234567],
    ['1.234.567', 'int', 1234567],
    ['1.234,5', 'dec', 1234.5],
    ['1,234.5', 'dec', 1234.5],
    ['1.234.567,89', 'dec', 1234567.89],
    ['1,234,567.89', 'dec', 1234567.89],
    ['1,234,567', 'dec', 1234567],
    ['0,5', 'dec', 0.5],
    ['0.500', 'dec', 0.5],
    ['12,3456', 'dec', 12.3456],
    ['30%', 'pct', 30],
    ['96,8%', 'pct', 96.8],
    ['96.8', 'pct', 96.8],
    ['-5', 'dec', -5],
    ['0015', 'int', 15],
  ] as const)('reads %s (%s) as %d', (raw, kind, expected) => {
    expect(parseNumber(raw, kind)).toMatchObject({ ok: true, value: expected });
  });

  it.each([
    ['3,900', '3.9', '3900'],
    ['64,970', '64.97', '64970'],
    ['1,000', '1', '1000'],
  ])('rejects %s as ambiguous and gives both readings', (raw, decimal, thousands) => {
    const r = parseNumber(raw, 'dec');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe('number_ambiguous');
    expect(r.message.en).toContain(decimal);
    expect(r.message.en).toContain(thousands);
    expect(r.message.vi).toContain(decimal.replace('.', ','));
    expect(r.message.vi).toContain(thousands);
  });

  it('rejects 3,900 as ambiguous in integer columns too', () => {
    expect(parseNumber('3,900', 'int')).toMatchObject({ ok: false, kind: 'number_ambiguous' });
  });

  it.each(['dec', 'int'] as const)('allows %% only in percent columns (%s)', (kind) => {
    expect(parseNumber('30%', kind)).toMatchObject({ ok: false, kind: 'percent_sign' });
  });

  it('makes an integer column reject 9,5 and 9.5', () => {
    expect(parseNumber('9,5', 'int')).toMatchObject({ ok: false, kind: 'number_not_integer' });
    expect(parseNumber('9.5', 'int')).toMatchObject({ ok: false, kind: 'number_not_integer' });
  });

  it.each(['abc', '12a', '1..2', '1.2.3', '1,23,456', '1.234,567,8', '1,234.567.8', '5.', ',5', '', '1 23', '12 34', '--5'])(
    'rejects %j as not a number',
    (raw) => {
      expect(parseNumber(raw, 'dec').ok).toBe(false);
    },
  );

  it('keeps the printed decimals, for rounding-aware checks', () => {
    expect(parseNumber('96,8', 'pct')).toMatchObject({ value: 96.8, decimals: 1 });
    expect(parseNumber('96.80', 'pct')).toMatchObject({ value: 96.8, decimals: 2 });
    expect(parseNumber('3.900', 'dec')).toMatchObject({ value: 3900, decimals: 0 });
  });
});

describe('dates (§1)', () => {
  it.each([
    ['2021-09-30', '2021-09-30'],
    ['30/09/2021', '2021-09-30'],
    ['30/9/2021', '2021-09-30'],
    ['1/7/2025', '2025-07-01'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %s', (raw, iso) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: iso });
  });

  it.each(['31/02/2021', '29/02/2021', '31/04/2021', '2021-13-01', '0/1/2021', '2021-02-30'])('rejects the impossible date %s', (raw) => {
    expect(parseDate(raw)).toMatchObject({ ok: false, kind: 'date_impossible' });
  });

  it.each(['2021/09/30', '30-09-2021', '30.09.2021', 'Sep 30 2021', '30/9/21', '44469'])('rejects %s as an unknown date form', (raw) => {
    expect(parseDate(raw)).toMatchObject({ ok: false, kind: 'date_invalid' });
  });
});

describe('codes (§1)', () => {
  const { codes, labels } = codeLists.criterionStatus;

  it.each(['met', 'MET', 'Met', ' Largely_Met '])('matches %j case-insensitively', (raw) => {
    expect(parseCode(raw, codes, labels).ok).toBe(true);
  });

  it('lists the allowed codes in both languages when a code is unknown', () => {
    const r = parseCode('dat', codes, labels);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const c of codes) {
      expect(r.message.vi).toContain(c);
      expect(r.message.en).toContain(c);
    }
  });
});

describe('formula-like cells (§1)', () => {
  it.each(['=SUM(A1)', '@x', '+x', '-x', '=1+1', '-A1'])('flags %j', (text) => {
    expect(looksLikeFormula(text)).toBe(true);
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it.each(['- đã hoàn thành', '-5', '+84 123', '+84123', 'Bình thường', '-', 'a=b', 'x@y.vn'])('does not flag %j', (text) => {
    expect(looksLikeFormula(text)).toBe(false);
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('identifiers', () => {
  it('compares numeric ids without their leading zeros, for the dropped-zeros diagnosis only', () => {
    expect(stripLeadingZeros('09901')).toBe('9901');
    expect(stripLeadingZeros('0')).toBe('0');
    expect(stripLeadingZeros('015-a')).toBe('015-a');
  });
});
