// Each column type's behaviour: reading a cell, writing a published cell,
// describing itself for datapackage.json, naming itself for the dictionary.
import { describe, expect, it } from 'vitest';
import { code, computed, date, dec, int, pct, ref, text, type CellResult } from '../../src/contract/columns.ts';
import { tables, tableNames } from '../../src/contract/tables.ts';

const doc = { vi: 'Cột.', en: 'Column.' };
const valueOf = (r: CellResult) => ('value' in r ? r.value : undefined);
const kindOf = (r: CellResult) => ('error' in r ? r.error.kind : undefined);

describe('reading a cell', () => {
  it('text keeps the cell and warns about formula-like text', () => {
    const c = text({ doc, example: '' });
    expect(c.parse('Đồng Lợi')).toEqual({ value: 'Đồng Lợi' });
    expect(c.parse('=SUM(A1)')).toMatchObject({ value: '=SUM(A1)', warning: { kind: 'formula' } });
    expect(c.parse('- đã hoàn thành')).toEqual({ value: '- đã hoàn thành' });
  });

  it('int reads whole numbers only, within its range, and keeps no decimals', () => {
    const stars = int({ min: 1, max: 5, doc, example: '3' });
    expect(stars.parse('3')).toEqual({ value: 3 });
    expect(kindOf(stars.parse('6'))).toBe('number_range');
    expect(kindOf(stars.parse('0'))).toBe('number_range');
    expect(kindOf(stars.parse('9,5'))).toBe('number_not_integer');
    expect(kindOf(int({ nonNegative: true, doc, example: '' }).parse('-3'))).toBe('number_negative');
  });

  it('dec and pct read the contract’s number forms and keep the printed decimals', () => {
    const amount = dec({ nonNegative: true, doc, example: '' });
    expect(amount.parse('64.970')).toEqual({ value: 64970, decimals: 0 });
    expect(amount.parse('9,53')).toEqual({ value: 9.53, decimals: 2 });
    expect(kindOf(amount.parse('3,900'))).toBe('number_ambiguous');
    expect(kindOf(amount.parse('30%'))).toBe('percent_sign');
    expect(pct({ doc, example: '' }).parse('96,8%')).toEqual({ value: 96.8, decimals: 1 });
  });

  it('date reads the three forms to ISO', () => {
    const d = date({ doc, example: '' });
    expect(valueOf(d.parse('30/9/2021'))).toBe('2021-09-30');
    expect(kindOf(d.parse('31/02/2021'))).toBe('date_impossible');
    expect(kindOf(d.parse('9/30/21'))).toBe('date_invalid');
  });

  it('code reads its list’s codes and Vietnamese labels', () => {
    const status = code('criterionStatus', { doc, example: '' });
    expect(valueOf(status.parse('Largely_Met'))).toBe('largely_met');
    expect(valueOf(status.parse('cơ bản đạt'))).toBe('largely_met');
    expect(kindOf(status.parse('ok'))).toBe('code_unknown');
  });

  it('ref keeps the identifier as text; computed accepts only the known forms', () => {
    expect(ref('units', { doc, example: '' }).parse('0015')).toEqual({ value: '0015' });
    const rule = computed({ doc, example: '' });
    expect(rule.parse('units_recognized:ntm:commune')).toEqual({ value: 'units_recognized:ntm:commune' });
    expect(kindOf(rule.parse('units_total:ntm'))).toBe('computed_from');
  });

  it('only pure, repeating conversions are remembered per distinct cell', () => {
    const o = { doc, example: '' };
    const repeats = Object.fromEntries([text(o), int(o), dec(o), pct(o), date(o), computed(o)].map((c) => [c.type, c.repeats]));
    expect(repeats).toEqual({ text: false, int: true, dec: true, pct: true, date: true, computed: false });
    expect(code('standard', { doc, example: '' }).repeats).toBe(true);
    expect(ref('units', { doc, example: '' }).repeats).toBe(false);
  });
});

describe('writing a published cell', () => {
  const quote = (s: string) => `[${s}]`;

  it('writes numbers plainly, never needing quotes', () => {
    expect(dec({ doc, example: '' }).csvCell(1.234, quote)).toBe('1.2340');
    expect(dec({ doc, example: '' }).csvCell(1e21, quote)).toBe('1000000000000000000000');
    expect(int({ doc, example: '' }).csvCell(64970, quote)).toBe('64970');
    expect(pct({ doc, example: '' }).csvCell(-0, quote)).toBe('0');
  });

  it('writes codes and ISO dates as they are, and text neutralised, through quoting', () => {
    expect(code('standard', { doc, example: '' }).csvCell('ntm', quote)).toBe('ntm');
    expect(date({ doc, example: '' }).csvCell('2021-09-30', quote)).toBe('2021-09-30');
    expect(text({ doc, example: '' }).csvCell('=HYPERLINK("x")', quote)).toBe(`['=HYPERLINK("x")]`);
    expect(text({ doc, example: '' }).csvCell('a, b')).toBe('a, b');
  });

  it('falls back to the general rule for a value of another type', () => {
    expect(dec({ doc, example: '' }).csvCell('96,8', quote)).toBe('[96,8]');
    expect(date({ doc, example: '' }).csvCell(2021, quote)).toBe('[2021]');
  });

  it('writes JSON with numbers as numbers', () => {
    expect(int({ doc, example: '' }).json(2021)).toBe('2021');
    expect(dec({ doc, example: '' }).json(2500.5)).toBe('2500.5');
    expect(code('standard', { doc, example: '' }).json('ntm')).toBe('"ntm"');
    expect(text({ doc, example: '' }).json('say "hi"')).toBe('"say \\"hi\\""');
  });
});

describe('describing itself', () => {
  it('gives its Frictionless type, format and constraints', () => {
    expect(int({ required: true, min: 1, max: 5, doc, example: '' }).field('stars')).toEqual({
      name: 'stars',
      type: 'integer',
      description: 'Column. / Cột.',
      constraints: { required: true, minimum: 1, maximum: 5 },
    });
    expect(dec({ nonNegative: true, doc, example: '' }).field('amount')).toMatchObject({ type: 'number', constraints: { minimum: 0 } });
    expect(pct({ doc, example: '' }).field('share')).toMatchObject({ type: 'number', description: 'Column. (percent, 0-100) / Cột.' });
    expect(date({ doc, example: '' }).field('as_of')).toEqual({ name: 'as_of', type: 'date', description: 'Column. / Cột.', format: 'default' });
    expect(code('statusKind', { doc, example: '' }).field('kind')).toMatchObject({ type: 'string', constraints: { enum: ['actual', 'target'] } });
    expect(text({ doc, example: '' }).field('note')).toEqual({ name: 'note', type: 'string', description: 'Column. / Cột.' });
  });

  it('names its type in both languages for the dictionary', () => {
    for (const name of tableNames) {
      for (const column of Object.values(tables[name].columns)) {
        expect(column.label.vi, column.type).not.toBe('');
        expect(column.label.en, column.type).not.toBe('');
      }
    }
    expect(ref('units', { doc, example: '' }).label).toEqual({ vi: 'mã tham chiếu', en: 'reference' });
  });

  it('keeps the properties pages and the model read', () => {
    const c = tables['unit-status'].columns.kind;
    expect({ type: c.type, codes: c.codes, default: c.default, required: c.required }).toEqual({ type: 'code', codes: 'statusKind', default: 'actual', required: undefined });
    const stars = tables['ocop-products'].columns.stars;
    expect([stars.min, stars.max]).toEqual([1, 5]);
    expect(tables.funding.columns.parent_id.ref).toBe('funding');
    expect(tables.funding.columns.amount.nonNegative).toBe(true);
  });
});
