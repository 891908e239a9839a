import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/ingest/csv.ts';
import { csv, errorsOf, loadMinimal } from './helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];
/** "Đồng Lợi" as Excel's plain "CSV" option writes it on a Vietnamese PC (Windows-1258). */
const DONG_LOI_CP1258 = [0xd0, 0xf4, 0xcc, 0x6e, 0x67, 0x20, 0x4c, 0xf5, 0xf2, 0x69];
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

const unitsHeader = 'code,name,level,parent_code\n001,Huyện Mẫu,district,\n';

describe('encoding (§1)', () => {
  it('accepts UTF-8 without a BOM', () => {
    const r = readCsv('units.csv', utf8('code,name\n1,Đồng Lợi\n'));
    expect(r.issues).toEqual([]);
    expect(r.table?.rows[0]?.cells).toEqual(['1', 'Đồng Lợi']);
  });

  it('accepts UTF-8 with a BOM and does not leave it in the first header', () => {
    const r = readCsv('units.csv', bytes(BOM, 'code,name\n1,Đồng Lợi\n'));
    expect(r.issues).toEqual([]);
    expect(r.table?.header).toEqual(['code', 'name']);
    expect(errorsOf(loadMinimal({ 'units.csv': bytes(BOM, unitsHeader, '00101,Xã Một,commune,001\n00102,Xã Hai,commune,001\n') }))).toEqual([]);
  });

  it('rejects Windows-1258 bytes, naming the file, the line, the cell and "CSV UTF-8"', () => {
    const loaded = loadMinimal({
      'units.csv': bytes(unitsHeader, '00101,', DONG_LOI_CP1258, ',commune,001\n00102,Xa Hai,commune,001\n'),
    });
    const errors = errorsOf(loaded);
    // One error, not a cascade of unknown references into the unreadable file.
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ kind: 'encoding', file: 'units.csv', line: 3, column: 'name', columnIndex: 2, value: 'Đồng Lợi' });
    expect(errors[0]!.vi).toContain('CSV UTF-8');
    expect(errors[0]!.en).toContain('CSV UTF-8');
    expect(errors[0]!.en).toContain('Windows-1258');
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['a sequence cut short at the end of the file', [0xe1, 0x80]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['an overlong encoding', [0xe0, 0x80, 0x80]],
  ])('treats invalid UTF-8 (%s) as another encoding, on the right line', (_name, bad) => {
    const r = readCsv('criteria.csv', bytes('set,number,name_vi\nxa-ntm,1,ok\nxa-ntm,2,x', bad));
    expect(r.table).toBeUndefined();
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ severity: 'error', kind: 'encoding', file: 'criteria.csv', line: 3, column: 'name_vi' });
    expect(r.issues[0]!.vi).toContain('CSV UTF-8');
  });

  it.each([
    ['UTF-16 LE with a BOM', [0xff, 0xfe, ...[...'code,name\n'].flatMap((c) => [c.charCodeAt(0), 0])]],
    ['UTF-16 BE with a BOM', [0xfe, 0xff, ...[...'code,name\n'].flatMap((c) => [0, c.charCodeAt(0)])]],
    ['UTF-16 LE without a BOM', [...'code,name\n'].flatMap((c) => [c.charCodeAt(0), 0])],
  ])('rejects %s and says to save as CSV UTF-8', (_name, data) => {
    const r = readCsv('units.csv', new Uint8Array(data));
    expect(r.table).toBeUndefined();
    expect(r.issues).toMatchObject([{ severity: 'error', kind: 'encoding', file: 'units.csv' }]);
    expect(r.issues[0]!.vi).toContain('CSV UTF-8');
    expect(r.issues[0]!.en).toContain('UTF-16');
  });
});

describe('delimiter (§1)', () => {
  it('detects commas', () => {
    const r = readCsv('t.csv', utf8('code,name\n1,"Bình An"\n'));
    expect(r.table).toMatchObject({ delimiter: ',', header: ['code', 'name'], rows: [{ cells: ['1', 'Bình An'] }] });
  });

  it('detects semicolons, keeping commas inside cells', () => {
    const r = readCsv('t.csv', utf8('code;amount;note\n1;1.234,5;a, b\n'));
    expect(r.table).toMatchObject({ delimiter: ';', rows: [{ cells: ['1', '1.234,5', 'a, b'] }] });
  });

  it('is not fooled by a single data row with more commas than the header has semicolons', () => {
    const r = readCsv('t.csv', utf8('code;name\n1;"a, b, c"\n'));
    expect(r.table?.delimiter).toBe(';');
    expect(r.table?.rows).toEqual([{ line: 2, cells: ['1', 'a, b, c'] }]);
  });

  it('is not fooled the other way round either', () => {
    const r = readCsv('t.csv', utf8('code,name\n1,"a; b; c; d"\n'));
    expect(r.table?.delimiter).toBe(',');
    expect(r.table?.rows[0]?.cells).toEqual(['1', 'a; b; c; d']);
  });
});

describe('lines (§1)', () => {
  it('reads CRLF files without leaving carriage returns in cells', () => {
    const r = readCsv('t.csv', utf8('code;name\r\n1;Đông Hà\r\n2;Bình An\r\n'));
    expect(r.table?.header).toEqual(['code', 'name']);
    expect(r.table?.rows).toEqual([
      { line: 2, cells: ['1', 'Đông Hà'] },
      { line: 3, cells: ['2', 'Bình An'] },
    ]);
  });

  it('ignores blank rows and rows of empty cells, but counts them as physical lines', () => {
    const text = 'code,name\n\n1,a\n,\n  ,  \n\n2,b\r\n\r\n3,c';
    const r = readCsv('t.csv', utf8(text));
    expect(r.table?.rows).toEqual([
      { line: 3, cells: ['1', 'a'] },
      { line: 7, cells: ['2', 'b'] },
      { line: 9, cells: ['3', 'c'] },
    ]);
  });

  it('numbers the row after a quoted cell spanning two lines by its physical line', () => {
    const r = readCsv('t.csv', utf8('code,note\n1,"dòng một\ndòng hai"\n2,x\n'));
    expect(r.table?.rows.map((row) => row.line)).toEqual([2, 4]);
    expect(r.table?.rows[0]?.cells[1]).toBe('dòng một\ndòng hai');
  });

  it('trims the spaces around cells', () => {
    const r = readCsv('t.csv', utf8(' code , name \n  1 ,  Đông Hà  \n'));
    expect(r.table?.header).toEqual(['code', 'name']);
    expect(r.table?.rows[0]?.cells).toEqual(['1', 'Đông Hà']);
  });

  it('requires a header row', () => {
    const r = readCsv('units.csv', utf8('\n\n'));
    expect(r.issues).toMatchObject([{ severity: 'error', kind: 'header_missing', file: 'units.csv' }]);
  });
});

describe('the minimal fixture', () => {
  it('loads with no errors and no warnings, so other tests can add one defect at a time', () => {
    expect(loadMinimal().issues.items).toEqual([]);
  });

  it('still loads with the units file in CRLF', () => {
    expect(errorsOf(loadMinimal({ 'units.csv': csv('code,name,level,parent_code', '001,Huyện Mẫu,district,', '00101,Xã Một,commune,001', '00102,Xã Hai,commune,001').replace(/\n/g, '\r\n') }))).toEqual([]);
  });
});
