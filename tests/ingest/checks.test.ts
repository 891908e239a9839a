import { describe, expect, it } from 'vitest';
import { csv, errorsOf, loadMinimal, ofKind, warningsOf } from './helpers.ts';
import type { IssueKind } from '../../src/contract/issues.ts';

const FUNDING_HEADER = 'id,parent_id,year,source,item,quantity,quantity_unit,unit_amount,amount,commitment,share_percent';

/** Loads the minimal data set with changed files; it must still read without errors. */
function warningsAfter(changes: Record<string, string | undefined>, kind?: IssueKind) {
  const loaded = loadMinimal(changes);
  expect(errorsOf(loaded)).toEqual([]);
  return kind ? ofKind(warningsOf(loaded), kind) : warningsOf(loaded);
}

// Source "people": the minimal data's district indicator stays out of these tests.
const funding = (...rows: string[]) => ({ 'funding.csv': csv(FUNDING_HEADER, ...rows.map((r) => r.replace(',district,', ',people,'))) });

describe('funding warnings (§2 funding.csv)', () => {
  it('warns when a parent amount differs from the sum of its children', () => {
    const w = warningsAfter(funding('p,,2024,district,P,,,,300,,', 'a,p,2024,district,A,,,,150,,', 'b,p,2024,district,B,,,,100,,'), 'funding_sum');
    expect(w).toMatchObject([{ file: 'funding.csv', line: 2, column: 'amount', reported: 300, computed: 250, related: [{ line: 3 }, { line: 4 }] }]);
    expect(w[0]!.vi).toContain('250');
    expect(w[0]!.en).toContain('250');
  });

  it('does not compare a parent with its children when one child has no amount', () => {
    expect(warningsAfter(funding('p,,2024,district,P,,,,300,,', 'a,p,2024,district,A,,,,150,,', 'b,p,2024,district,B,,,,,,'))).toEqual([]);
  });

  it('accepts children that add up, including decimals written the Vietnamese way', () => {
    expect(warningsAfter(funding('p,,2024,district,P,,,,"1.234,5",,', 'a,p,2024,district,A,,,,"1.000",,', 'b,p,2024,district,B,,,,"234,5",,'))).toEqual([]);
  });

  it('warns when quantity × unit_amount differs from amount', () => {
    const w = warningsAfter(funding('a,,2024,district,A,5,xã,500,2400,,'), 'funding_quantity_amount');
    expect(w).toMatchObject([{ line: 2, reported: 2400, computed: 2500 }]);
    expect(warningsAfter(funding('a,,2024,district,A,5,xã,500,"2.500",,'))).toEqual([]);
  });

  it('warns when commitment × share_percent differs from amount', () => {
    const w = warningsAfter(funding('a,,2024,district,A,,,,17000,56400,30'), 'funding_commitment_share');
    expect(w).toMatchObject([{ line: 2, reported: 17000, computed: 16920 }]);
    expect(warningsAfter(funding('a,,2024,district,A,,,,16920,56400,30%'))).toEqual([]);
    expect(warningsAfter(funding('a,,2024,district,A,,,,"38.100","76.200",50'))).toEqual([]);
  });

  it('warns when a parent quantity differs from its children sharing its quantity_unit', () => {
    const rows = ['p,,2024,district,Nhà văn hóa,29,công trình,,,,', 'a,p,2024,district,Cải tạo,13,công trình,,,,', 'b,p,2024,district,Xây mới,14,Công trình,,,,'];
    expect(warningsAfter(funding(...rows), 'funding_quantity_sum')).toMatchObject([{ line: 2, column: 'quantity', reported: 29, computed: 27 }]);
  });

  it('does not compare quantities in different units', () => {
    const rows = ['p,,2024,district,Hỗ trợ,11,xã,,,,', 'a,p,2024,district,Trường,2,công trình,,,,', 'b,p,2024,district,Sân,4,công trình,,,,'];
    expect(warningsAfter(funding(...rows))).toEqual([]);
  });
});

describe('computed_from warnings (§2 indicator-values.csv)', () => {
  const indicators = (form: string) => ({ 'indicators.csv': csv('id,name_vi,unit_vi,computed_from', `x,Chỉ tiêu X,xã,${form}`) });
  const values = (...rows: string[]) => ({ 'indicator-values.csv': csv('indicator,as_of,kind,value', ...rows) });
  const check = (form: string, ...rows: string[]) => warningsAfter({ ...indicators(form), ...values(...rows) }, 'computed_mismatch');

  // The minimal data at 2024-06-30: 1 of 2 communes recognised, 2 criteria met,
  // 1 OCOP product certified on 2024-01-15, district funding 2024 = 300.
  it.each([
    ['units_recognized:ntm', '2024-06-30', 1, 2],
    ['criteria_met:xa-ntm', '2024-06-30', 2, 3],
    ['ocop_certified', '2024-06-30', 1, 2],
    ['ocop_certified', '2023-12-31', 0, 1],
    ['funding_amount:district:2024', '2024-06-30', 300, 350],
  ])('%s at %s: no warning for %d, a warning for %d', (form, date, right, wrong) => {
    expect(check(form, `x,${date},actual,${right}`)).toEqual([]);
    expect(check(form, `x,${date},actual,${wrong}`)).toMatchObject([
      { file: 'indicator-values.csv', line: 2, column: 'value', reported: wrong, computed: right },
    ]);
  });

  it.each([
    ['units_recognized:ntm', '2023-12-31'],
    ['units_recognized:advanced', '2024-06-30'],
    ['criteria_met:xa-ntm', '2023-12-31'],
    ['funding_amount:district:2023', '2024-06-30'],
    ['funding_amount:province:2024', '2024-06-30'],
  ])('%s gives no warning at %s, where there are no detail rows', (form, date) => {
    expect(check(form, `x,${date},actual,99`)).toEqual([]);
  });

  it('counts only units of the level that units_recognized:<standard>:<level> names (contract 1.1)', () => {
    // The district is recognised too: 2 units in all, 1 commune, 1 district.
    const status = { 'unit-status.csv': csv('as_of,unit_code,standard,status', '2024-06-30,001,ntm,recognized', '2024-06-30,00101,ntm,recognized', '2024-06-30,00102,ntm,in_progress') };
    const mismatch = (form: string, value: number) => warningsAfter({ ...indicators(form), ...values(`x,2024-06-30,actual,${value}`), ...status }, 'computed_mismatch');
    expect(mismatch('units_recognized:ntm', 2)).toEqual([]);
    expect(mismatch('units_recognized:ntm:commune', 1)).toEqual([]);
    expect(mismatch('units_recognized:ntm:commune', 2)).toMatchObject([{ reported: 2, computed: 1 }]);
    expect(mismatch('units_recognized:ntm:district', 1)).toEqual([]);
    // No unit of that level has a standing at that date: nothing to check against.
    expect(mismatch('units_recognized:ntm:village', 5)).toEqual([]);
  });

  it('gives no funding_amount warning when the matching lines carry no amount: nothing to add up', () => {
    const lines = csv('id,parent_id,year,source,item,quantity,quantity_unit', 'a,,2024,district,A,2,xã', 'b,,2024,district,B,3,xã');
    expect(warningsAfter({ ...indicators('funding_amount:district:2024'), ...values('x,2024-06-30,actual,300'), 'funding.csv': lines })).toEqual([]);
  });

  it('gives no ocop_certified warning when there is no OCOP table', () => {
    expect(warningsAfter({ ...indicators('ocop_certified'), ...values('x,2024-06-30,actual,99'), 'ocop-products.csv': undefined })).toEqual([]);
  });

  it('does not compare targets with detail rows', () => {
    expect(check('units_recognized:ntm', 'x,2024-06-30,target,2')).toEqual([]);
  });
});

describe('reported_percent warnings (§2 indicator-values.csv)', () => {
  const percent = (value: string, denominator: string, printed: string) =>
    warningsAfter({ 'indicator-values.csv': csv('indicator,as_of,kind,value,denominator,reported_percent', `xa-dat-ntm,2023-12-31,actual,${value},${denominator},${printed}`) }, 'percent_mismatch');

  it('warns about 31/32 printed as 96.8 (it rounds to 96.9)', () => {
    const w = percent('31', '32', '96.8');
    expect(w).toMatchObject([{ file: 'indicator-values.csv', line: 2, column: 'reported_percent', reported: 96.8, computed: 96.9 }]);
    expect(w[0]!.en).toContain('96.875');
  });

  it('warns about 31/32 printed the Vietnamese way, 96,8%', () => {
    expect(percent('31', '32', '"96,8%"')).toHaveLength(1);
  });

  it.each([
    ['1', '32', '3.1'],
    ['1', '32', '"3,1"'],
    ['31', '32', '96.9'],
    ['31', '32', '97'],
    ['31', '32', '96.88'],
    ['4', '5', '80'],
    ['2', '3', '66.7'],
  ])('accepts %s/%s printed as %s', (value, denominator, printed) => {
    expect(percent(value, denominator, printed)).toEqual([]);
  });

  it('uses the printed decimals: 96.80 claims more precision than 96.875 allows', () => {
    expect(percent('31', '32', '96.80')).toHaveLength(1);
  });
});

describe('warning texts', () => {
  it('write figures and dates the way each language does, without float noise', () => {
    const w = warningsAfter(funding('p,,2024,district,P,,,,"1.234,5",,', 'a,p,2024,district,A,,,,"0,1",,', 'b,p,2024,district,B,,,,"0,2",,'), 'funding_sum');
    expect(w[0]!.vi).toContain('1.234,5');
    expect(w[0]!.vi).toMatch(/0,3\b/);
    expect(w[0]!.en).toContain('1,234.5');
    expect(w[0]!.en).toMatch(/0\.3\b/);
    expect(w[0]!.en).not.toContain('0.30000');

    const p = warningsAfter({ 'indicator-values.csv': csv('indicator,as_of,kind,value,denominator,reported_percent', 'xa-dat-ntm,2023-12-31,actual,31,32,96.8') }, 'percent_mismatch');
    expect(p[0]!.vi).toContain('31/12/2023');
    expect(p[0]!.vi).toContain('96,8%');
    expect(p[0]!.en).toContain('31 Dec 2023');
  });
});
