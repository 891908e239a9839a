import { describe, expect, it } from 'vitest';
import { parseDate, parseNumber } from './values.ts';

describe('numbers follow §1.1', () => {
  it.each([
    ['3900', 'dec', 3900],
    ['9.53', 'dec', 9.53],
    ['9,53', 'dec', 9.53],
    ['3.900', 'dec', 3900],
    ['64.970', 'int', 64970],
    ['1.234.567', 'dec', 1234567],
    ['1.234,5', 'dec', 1234.5],
    ['1,234.5', 'dec', 1234.5],
    ['30%', 'pct', 30],
  ] as const)('reads %s as %d', (raw, kind, expected) => {
    expect(parseNumber(raw, kind)).toMatchObject({ ok: true, value: expected });
  });

  it('rejects 3,900 as ambiguous and gives both readings', () => {
    const r = parseNumber('3,900', 'dec');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe('number_ambiguous');
    expect(r.message.en).toContain('3.9');
    expect(r.message.en).toContain('3900');
  });
});

describe('dates', () => {
  it('rejects 31/02/2021', () => {
    expect(parseDate('31/02/2021')).toMatchObject({ ok: false, kind: 'date_impossible' });
  });
  it('reads D/M/YYYY', () => {
    expect(parseDate('1/7/2025')).toEqual({ ok: true, value: '2025-07-01' });
  });
});
