import { describe, expect, it } from 'vitest';
import { csv, errorsOf, loadMinimal, ofKind, warningsOf } from './helpers.ts';
import type { Issue } from '../../src/contract/issues.ts';
import { formatIssue } from '../../src/contract/issues.ts';

const UNITS = ['001,Huyện Mẫu,district,', '00101,Xã Một,commune,001', '00102,Xã Hai,commune,001'];
const STATUS_HEADER = 'as_of,unit_code,set,number,status';

/** Every error must let staff find the cell: file, line, column, value, and both languages. */
function expectLocated(issue: Issue | undefined, where: Partial<Issue>): void {
  expect(issue).toBeDefined();
  expect(issue).toMatchObject(where);
  expect(issue!.vi.length).toBeGreaterThan(10);
  expect(issue!.en.length).toBeGreaterThan(10);
  expect(issue!.vi).not.toBe(issue!.en);
  const text = formatIssue(issue!);
  expect(text).toContain(issue!.vi);
  expect(text).toContain(issue!.en);
  expect(text).toContain(`${where.file}:${where.line}`);
  if (where.column) expect(text).toContain(where.column);
  if (where.value) expect(text).toContain(JSON.stringify(where.value));
}

describe('headers (§1)', () => {
  it('matches names case-insensitively, trimmed, in any order', () => {
    const loaded = loadMinimal({
      'units.csv': csv(' Parent_Code ;NAME; level ; Code', ';Huyện Mẫu;District;001', '001;Xã Một;COMMUNE;00101', '001;Xã Hai;commune;00102'),
    });
    expect(loaded.issues.items).toEqual([]);
    expect(loaded.data.units?.[1]).toMatchObject({ code: '00101', name: 'Xã Một', level: 'commune', parent_code: '001' });
  });

  it('makes a missing required column an error naming the column', () => {
    const loaded = loadMinimal({ 'units.csv': csv('code,name,parent_code', '001,Huyện Mẫu,', '00101,Xã Một,001', '00102,Xã Hai,001') });
    expect(errorsOf(loaded)).toHaveLength(1);
    expectLocated(errorsOf(loaded)[0], { kind: 'column_missing', file: 'units.csv', line: 1, column: 'level' });
  });

  it('makes an unknown column a warning, not an error', () => {
    const loaded = loadMinimal({ 'units.csv': csv('code,name,level,parent_code,ghi_chu_rieng', ...UNITS.map((u) => `${u},x`)) });
    expect(errorsOf(loaded)).toEqual([]);
    expect(warningsOf(loaded)).toMatchObject([{ kind: 'column_unknown', file: 'units.csv', line: 1, column: 'ghi_chu_rieng', columnIndex: 5 }]);
  });

  it('counts the header line from the top of the file, blank lines included', () => {
    const loaded = loadMinimal({ 'units.csv': `\n${csv('code,name,level,parent_code', '001,Huyện Mẫu,district,', '00101,Xã Một,xa,001')}` });
    expectLocated(ofKind(errorsOf(loaded), 'code_unknown')[0], { file: 'units.csv', line: 4, column: 'level', value: 'xa' });
  });
});

describe('cells (§1, §1.1)', () => {
  const funding = (amount: string, extra = '') =>
    csv(
      'id,parent_id,year,source,item,amount,share_percent,commitment',
      `f1,,2024,district,Hỗ trợ,${amount},${extra}`,
    );

  it('reports an ambiguous amount with file, line, column, value and both readings', () => {
    const e = ofKind(errorsOf(loadMinimal({ 'funding.csv': funding('"3,900"') })), 'number_ambiguous');
    expectLocated(e[0], { file: 'funding.csv', line: 2, column: 'amount', columnIndex: 6, value: '3,900' });
    expect(e[0]!.en).toMatch(/3\.9\b/);
    expect(e[0]!.en).toContain('3900');
  });

  it('reads a Vietnamese-grouped amount', () => {
    const loaded = loadMinimal({ 'funding.csv': funding('64.970') });
    expect(errorsOf(loaded)).toEqual([]);
    expect(loaded.data.funding?.[0]?.amount).toBe(64970);
  });

  it('rejects a percent sign outside percent columns, and accepts it inside', () => {
    expectLocated(ofKind(errorsOf(loadMinimal({ 'funding.csv': funding('30%') })), 'percent_sign')[0], {
      file: 'funding.csv',
      line: 2,
      column: 'amount',
      value: '30%',
    });
    const ok = loadMinimal({ 'funding.csv': funding('15', '30%,50') });
    expect(errorsOf(ok)).toEqual([]);
    expect(ok.data.funding?.[0]?.share_percent).toBe(30);
  });

  it('rejects negative amounts and counts', () => {
    expectLocated(ofKind(errorsOf(loadMinimal({ 'funding.csv': funding('-5') })), 'number_negative')[0], {
      file: 'funding.csv',
      line: 2,
      column: 'amount',
      value: '-5',
    });
    const sets = csv('id,applies_to,standard,name_vi,size', 'xa-ntm,commune,ntm,Bộ,-3');
    expect(ofKind(errorsOf(loadMinimal({ 'criteria-sets.csv': sets })), 'number_negative')).toMatchObject([
      { file: 'criteria-sets.csv', line: 2, column: 'size', value: '-3' },
    ]);
  });

  it('makes an integer column reject 9,5', () => {
    const sets = csv('id,applies_to,standard,name_vi,size', 'xa-ntm,commune,ntm,Bộ,"9,5"');
    expectLocated(ofKind(errorsOf(loadMinimal({ 'criteria-sets.csv': sets })), 'number_not_integer')[0], {
      file: 'criteria-sets.csv',
      line: 2,
      column: 'size',
      value: '9,5',
    });
  });

  it('reads dates in all three forms and rejects 31/02/2021', () => {
    const status = csv(STATUS_HEADER, '2024-06-30,00101,xa-ntm,1,met', '30/06/2024,00101,xa-ntm,2,met', '1/7/2024,00102,xa-ntm,1,not_met');
    const ok = loadMinimal({ 'criteria-status.csv': status });
    expect(errorsOf(ok)).toEqual([]);
    expect(ok.data['criteria-status']?.map((r) => r.as_of)).toEqual(['2024-06-30', '2024-06-30', '2024-07-01']);

    const bad = loadMinimal({ 'criteria-status.csv': csv(STATUS_HEADER, '2024-06-30,00101,xa-ntm,1,met', '31/02/2021,00101,xa-ntm,2,met') });
    expectLocated(ofKind(errorsOf(bad), 'date_impossible')[0], { file: 'criteria-status.csv', line: 3, column: 'as_of', value: '31/02/2021' });
  });

  it('matches codes case-insensitively and lists the allowed codes when one is unknown', () => {
    const ok = loadMinimal({ 'criteria-status.csv': csv(STATUS_HEADER, '2024-06-30,00101,xa-ntm,1,MET', '2024-06-30,00101,xa-ntm,2,Not_Met') });
    expect(errorsOf(ok)).toEqual([]);
    expect(ok.data['criteria-status']?.map((r) => r.status)).toEqual(['met', 'not_met']);

    // Without its diacritics, "dat" is not the label "đạt".
    const bad = loadMinimal({ 'criteria-status.csv': csv(STATUS_HEADER, '2024-06-30,00101,xa-ntm,1,dat') });
    const e = ofKind(errorsOf(bad), 'code_unknown')[0];
    expectLocated(e, { file: 'criteria-status.csv', line: 2, column: 'status', value: 'dat' });
    for (const code of ['met', 'largely_met', 'not_met']) expect(e!.en).toContain(code);
  });

  it('accepts the Vietnamese label the dictionary prints as a synonym of its code (contract 1.1)', () => {
    const nfd = 'Cơ bản đạt'.normalize('NFD');
    const ok = loadMinimal({
      'criteria-status.csv': csv(STATUS_HEADER, '2024-06-30,00101,xa-ntm,1,đạt', '2024-06-30,00101,xa-ntm,2,ĐẠT', `2024-06-30,00102,xa-ntm,1,${nfd}`),
      'unit-status.csv': csv('as_of,unit_code,standard,status', '2024-06-30,00101,nông thôn mới,Đã công nhận', '2024-06-30,00102,ntm,đang xây dựng'),
    });
    expect(errorsOf(ok)).toEqual([]);
    expect(ok.data['criteria-status']?.map((r) => r.status)).toEqual(['met', 'met', 'largely_met']);
    expect(ok.data['unit-status']?.map((r) => `${r.standard} ${r.status}`)).toEqual(['ntm recognized', 'ntm in_progress']);
  });

  it('reports an empty required cell', () => {
    const bad = loadMinimal({ 'units.csv': csv('code,name,level,parent_code', ...UNITS.slice(0, 2), '00102,,commune,001') });
    expectLocated(ofKind(errorsOf(bad), 'required')[0], { file: 'units.csv', line: 4, column: 'name' });
  });
});

describe('identifiers and references (§1)', () => {
  it('keeps identifiers as text: 0015 stays 0015', () => {
    const loaded = loadMinimal({
      'units.csv': csv('code,name,level,parent_code', '0015,Huyện Mẫu,district,', '00101,Xã Một,commune,0015', '00102,Xã Hai,commune,0015'),
    });
    expect(errorsOf(loaded)).toEqual([]);
    expect(loaded.data.units?.[0]?.code).toBe('0015');
    expect(loaded.data.units?.[1]?.parent_code).toBe('0015');
  });

  it('names 09901 when a reference says 9901, and blames Excel for the dropped zeros', () => {
    const loaded = loadMinimal({
      'units.csv': csv('code,name,level,parent_code', ...UNITS, '09901,Xã Ba,commune,001'),
      'criteria-status.csv': csv(STATUS_HEADER, '2024-06-30,00101,xa-ntm,1,met', '2024-06-30,9901,xa-ntm,1,met'),
    });
    const e = ofKind(errorsOf(loaded), 'ref_leading_zeros');
    expect(e).toHaveLength(1);
    expectLocated(e[0], { file: 'criteria-status.csv', line: 3, column: 'unit_code', value: '9901' });
    expect(e[0]!.en).toContain('09901');
    expect(e[0]!.vi).toContain('09901');
    expect(e[0]!.en).toMatch(/Excel/);
    expect(e[0]!.en).toMatch(/zero/i);
    expect(e[0]!.vi).toMatch(/số 0/);
  });

  it('reports an unknown reference', () => {
    const loaded = loadMinimal({ 'ocop-products.csv': csv('id,name,producer,unit_code,status', 'p1,SP,HTX,77777,certified') });
    expectLocated(ofKind(errorsOf(loaded), 'ref_unknown')[0], { file: 'ocop-products.csv', line: 2, column: 'unit_code', value: '77777' });
  });

  it('reports a duplicate id as an error pointing at both lines', () => {
    const loaded = loadMinimal({ 'units.csv': csv('code,name,level,parent_code', ...UNITS, '00101,Xã Một bis,commune,001') });
    const e = ofKind(errorsOf(loaded), 'duplicate');
    expect(e).toHaveLength(1);
    expectLocated(e[0], { file: 'units.csv', line: 5, value: '00101' });
    expect(e[0]!.related).toEqual([{ file: 'units.csv', line: 3 }]);
  });

  it('makes a duplicate criteria-status row an error', () => {
    const loaded = loadMinimal({
      'criteria-status.csv': csv(STATUS_HEADER, '2024-06-30,00101,xa-ntm,1,met', '2024-06-30,00102,xa-ntm,1,met', '2024-06-30,00101,xa-ntm,2,met', '30/6/2024,00101,xa-ntm,1,not_met'),
    });
    const e = ofKind(errorsOf(loaded), 'duplicate');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ severity: 'error', file: 'criteria-status.csv', line: 5, related: [{ file: 'criteria-status.csv', line: 2 }] });
  });

  it('requires exactly one root: two are an error', () => {
    const loaded = loadMinimal({ 'units.csv': csv('code,name,level,parent_code', ...UNITS, '002,Huyện Khác,district,') });
    expectLocated(ofKind(errorsOf(loaded), 'root')[0], { file: 'units.csv', line: 5, column: 'parent_code', value: '002' });
  });

  it('requires exactly one root: none is an error', () => {
    const loaded = loadMinimal({ 'units.csv': csv('code,name,level,parent_code', '001,Huyện Mẫu,district,00101', '00101,Xã Một,commune,001') });
    expect(ofKind(errorsOf(loaded), 'root')).toHaveLength(1);
  });

  it('reports a cycle of units once', () => {
    const loaded = loadMinimal({
      'units.csv': csv('code,name,level,parent_code', ...UNITS, 'a,A,village,b', 'b,B,village,c', 'c,C,village,a'),
    });
    const e = ofKind(errorsOf(loaded), 'cycle');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ file: 'units.csv', column: 'parent_code' });
    expect(e[0]!.en).toMatch(/a → b → c → a|b → c → a → b|c → a → b → c/);
  });

  it('reports a unit that is its own parent', () => {
    const loaded = loadMinimal({ 'units.csv': csv('code,name,level,parent_code', ...UNITS, 'x,X,village,x') });
    expect(ofKind(errorsOf(loaded), 'cycle')).toMatchObject([{ file: 'units.csv', line: 5, value: 'x' }]);
  });

  it('reports a cycle of funding lines', () => {
    const loaded = loadMinimal({
      'funding.csv': csv('id,parent_id,year,source,item,amount', 'f1,f3,2024,district,A,1', 'f2,f1,2024,district,B,1', 'f3,f2,2024,district,C,1'),
    });
    const e = ofKind(errorsOf(loaded), 'cycle');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ severity: 'error', file: 'funding.csv', column: 'parent_id' });
  });

  it('rejects a criterion number that criteria.csv does not list for that set', () => {
    const loaded = loadMinimal({ 'criteria-status.csv': csv(STATUS_HEADER, '2024-06-30,00101,xa-ntm,1,met', '2024-06-30,00101,xa-ntm,3,met', '2024-06-30,00101,xa-ntm,4,met') });
    // 3 is listed; 4 is beyond the set and unlisted.
    expect(ofKind(errorsOf(loaded), 'criterion_number')).toMatchObject([{ file: 'criteria-status.csv', line: 4, column: 'number', value: '4' }]);
  });

  it('rejects a criterion numbered beyond the size of its set', () => {
    const loaded = loadMinimal({ 'criteria.csv': csv('set,number,name_vi', 'xa-ntm,1,A', 'xa-ntm,2,B', 'xa-ntm,3,C', 'xa-ntm,4,D') });
    expect(ofKind(errorsOf(loaded), 'criterion_number')).toMatchObject([{ file: 'criteria.csv', line: 5, column: 'number', value: '4' }]);
  });

  it.each(['units_total:ntm', 'units_recognized:gold', 'units_recognized:ntm:hamlet', 'units_recognized:ntm:commune:x', 'criteria_met:no-such-set', 'funding_amount:district', 'funding_amount:bank:2024', 'ocop_certified:3'])(
    'makes the unknown computed_from form %j an error',
    (form) => {
      const loaded = loadMinimal({ 'indicators.csv': csv('id,name_vi,unit_vi,computed_from', `xa-dat-ntm,Số xã,xã,${form}`, 'kinh-phi,Kinh phí,triệu đồng,') });
      expectLocated(ofKind(errorsOf(loaded), 'computed_from')[0], { file: 'indicators.csv', line: 2, column: 'computed_from', value: form });
    },
  );

  it('accepts each known computed_from form, in any case', () => {
    const loaded = loadMinimal({
      'indicators.csv': csv(
        'id,name_vi,unit_vi,computed_from',
        'a,A,xã,Units_Recognized:NTM',
        'a2,A2,xã,units_recognized:advanced:Commune',
        'b,B,tiêu chí,criteria_met:xa-ntm',
        'c,C,sản phẩm,OCOP_CERTIFIED',
        'd,D,triệu đồng,funding_amount:District:2024',
      ),
      'indicator-values.csv': csv('indicator,as_of,kind,value', 'a,2024-06-30,actual,1'),
    });
    expect(errorsOf(loaded)).toEqual([]);
  });
});

describe('formula-like cells (§1)', () => {
  it.each(['=SUM(A1)', '@x', '+x', '-x'])('warns about %j and carries on', (text) => {
    const loaded = loadMinimal({ 'documents.csv': csv('id,number,issuer,type,title', `qd-1,1/QĐ,UBND,decision,"${text}"`) });
    expect(errorsOf(loaded)).toEqual([]);
    expect(ofKind(warningsOf(loaded), 'formula')).toMatchObject([{ file: 'documents.csv', line: 2, column: 'title', value: text }]);
  });

  it.each(['- đã hoàn thành', '-5', '+84 123'])('does not warn about %j', (text) => {
    const loaded = loadMinimal({ 'documents.csv': csv('id,number,issuer,type,title', `qd-1,1/QĐ,UBND,decision,${text}`) });
    expect(loaded.issues.items).toEqual([]);
  });
});

describe('all errors at once (§1.2)', () => {
  it('lists every bad cell of every file, not just the first', () => {
    const loaded = loadMinimal({
      'funding.csv': csv(
        'id,parent_id,year,source,item,amount',
        'f1,,2024,district,A,"3,900"',
        'f2,,20x4,district,B,1',
        'f3,,2024,bank,C,1',
        'f4,,2024,district,D,-1',
      ),
      'criteria-status.csv': csv(STATUS_HEADER, '31/02/2021,00101,xa-ntm,1,met', '2024-06-30,101,xa-ntm,1,met'),
      'units.csv': csv('code,name,level,parent_code', ...UNITS, '00103,Xã Ba,hamlet,001'),
    });
    const found = errorsOf(loaded).map((e) => `${e.file}:${e.line}:${e.column}:${e.kind}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'units.csv:5:level:code_unknown',
        'criteria-status.csv:2:as_of:date_impossible',
        'criteria-status.csv:3:unit_code:ref_leading_zeros',
        'funding.csv:2:amount:number_ambiguous',
        'funding.csv:3:year:number_invalid',
        'funding.csv:4:source:code_unknown',
        'funding.csv:5:amount:number_negative',
      ]),
    );
    expect(found).toHaveLength(7);
    for (const e of errorsOf(loaded)) expectLocated(e, { file: e.file, line: e.line, column: e.column, value: e.value });
  });
});

describe('repeated cells', () => {
  it('reports the same bad value once per line where it occurs', () => {
    const loaded = loadMinimal({
      'criteria-status.csv': csv(STATUS_HEADER, '31/02/2024,00101,xa-ntm,1,dat', '31/02/2024,00101,xa-ntm,2,met', '2024-06-30,00102,xa-ntm,1,dat'),
    });
    expect(errorsOf(loaded).map((e) => `${e.line}:${e.column}:${e.kind}`)).toEqual([
      '2:as_of:date_impossible',
      '2:status:code_unknown',
      '3:as_of:date_impossible',
      '4:status:code_unknown',
    ]);
  });

  it('reads the same good value alike on every line', () => {
    const loaded = loadMinimal({ 'criteria-status.csv': csv(STATUS_HEADER, '30/6/2024,00101,xa-ntm,1,Met', '30/6/2024,00101,xa-ntm,2,Met', '30/6/2024,00102,xa-ntm,1,Met') });
    expect(errorsOf(loaded)).toEqual([]);
    expect(loaded.data['criteria-status']?.map((r) => `${r.as_of} ${r.status}`)).toEqual(Array(3).fill('2024-06-30 met'));
  });
});
