// Rows that were misread or misreported: cells that did not line up, line
// ends, control characters, decomposed Unicode, and inputs too big or too
// junky to hold in memory.
import { mkdtempSync, rmSync, truncateSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load.ts';
import { readCsv } from '../../src/ingest/csv.ts';
import { buildModel } from '../../src/model/build.ts';
import { KEPT_PER_GROUP } from '../../src/contract/issues.ts';
import { INPUT_LIMITS } from '../../src/contract/file-rules.ts';
import { csv, errorsOf, loadMinimal, minimalDir, warningsOf } from './helpers.ts';

const FUNDING = 'id,parent_id,year,source,item,unit_code,quantity,quantity_unit,unit_amount,amount,commitment,note';

describe('a row with more cells than its header', () => {
  it('is an error when a comma split an unquoted 1234,5, even with the extra cell empty', () => {
    const loaded = loadMinimal({ 'funding.csv': csv(FUNDING, 'f1,,2024,district,Hỗ trợ xã,,,,,1234,5,,') });
    expect(errorsOf(loaded)).toMatchObject([{ kind: 'too_many_cells', file: 'funding.csv', line: 2, column: 'amount', value: '1234,5' }]);
    expect(errorsOf(loaded)[0]!.en).toContain('"1234,5"');
  });

  it('is an error when its extra cells hold anything, and fine when they are all empty up to the header', () => {
    expect(errorsOf(loadMinimal({ 'funding.csv': csv(FUNDING, 'f1,,2024,district,Hỗ trợ xã,,,,,300,,ghi chú,thừa') }))).toMatchObject([{ kind: 'too_many_cells', line: 2 }]);
    expect(errorsOf(loadMinimal({ 'funding.csv': csv(FUNDING, 'f1,,2024,district,Hỗ trợ xã,,,,,300,,') }))).toEqual([]);
  });
});

describe('line ends (§1): LF, CRLF, CR and mixtures, counted as a text editor counts them', () => {
  const units = ['code,name,level,parent_code', '001,Huyện Mẫu,district,', '00101,Xã Một,commune,001', '00102,Xã Hai,village,001', '00103,Xã Ba,hamlet,001'];

  it('reads a file with CR alone (Excel’s "CSV (Macintosh)"), each error on its own line', () => {
    const loaded = loadMinimal({ 'units.csv': units.join('\r') + '\r' });
    expect(errorsOf(loaded).map((e) => [e.kind, e.line])).toEqual([['code_unknown', 5]]);
  });

  it('reads a file whose lines mix LF and CRLF', () => {
    const mixed = `${units.slice(0, 3).join('\r\n')}\r\n${units.slice(3).join('\n')}\n`;
    const loaded = loadMinimal({ 'units.csv': mixed });
    expect(errorsOf(loaded).map((e) => [e.kind, e.line])).toEqual([['code_unknown', 5]]);
    expect(loaded.data.units).toHaveLength(4);
  });

  it('says a CR-only file that is not UTF-8 was saved as "CSV (Macintosh)", at its line and cell', () => {
    const macRoman = new Uint8Array([...new TextEncoder().encode('code,name,level,parent_code\r001,Huyen,district,\r00101,X'), 0x8e, ...new TextEncoder().encode(',commune,001\r')]);
    const [e] = errorsOf(loadMinimal({ 'units.csv': macRoman }));
    expect(e).toMatchObject({ kind: 'encoding', line: 3, column: 'name' });
    expect(e!.en).toContain('CSV (Macintosh)');
  });

  it('counts a CR inside a quoted note as a line too', () => {
    const r = readCsv('t.csv', new TextEncoder().encode('code,note\r1,"a\rb"\r2,x\r'));
    expect(r.table?.rows.map((row) => [row.line, row.cells[1]])).toEqual([
      [2, 'a\nb'],
      [4, 'x'],
    ]);
  });
});

describe('control characters', () => {
  it('a NUL inside a note is removed with a warning naming its cell, not called UTF-16', () => {
    const loaded = loadMinimal({ 'documents.csv': csv('id,number,issuer,type,title,note', 'qd-1,1/QĐ-UBND,UBND,decision,Quyết định,ghi\u0000 chú') });
    expect(errorsOf(loaded)).toEqual([]);
    expect(warningsOf(loaded)).toMatchObject([{ kind: 'control_character', file: 'documents.csv', line: 2, column: 'note', columnIndex: 6, value: 'ghi chú' }]);
    expect(warningsOf(loaded)[0]!.en).toContain('U+0000');
    expect(loaded.data.documents![0]!.note).toBe('ghi chú');
  });

  it('a vertical tab inside a name becomes a space, with a warning', () => {
    const loaded = loadMinimal({ 'units.csv': csv('code,name,level,parent_code', '001,Huyện\u000BMẫu,district,', '00101,Xã Một,commune,001', '00102,Xã Hai,commune,001') });
    expect(loaded.data.units![0]!.name).toBe('Huyện Mẫu');
    expect(warningsOf(loaded)).toMatchObject([{ kind: 'control_character', line: 2, column: 'name' }]);
  });
});

describe('Unicode normalisation', () => {
  it('reads a name typed in decomposed form (NFD) as the same name, so one model stays one', () => {
    const name = 'Sản xuất lúa theo VietGAP';
    const loaded = loadMinimal({
      'production-models.csv': csv('id,name,unit_code,area_ha', `m1,${name},00101,50`, `m2,${name.normalize('NFD')},00102,30`),
    });
    expect(loaded.data['production-models']!.map((m) => m.name)).toEqual([name, name]);
    const model = buildModel(loaded.data, loaded.issues.warnings);
    expect(model.productionModels).toHaveLength(1);
  });

  it('normalises headers and codes too', () => {
    const loaded = loadMinimal({ 'criteria-status.csv': csv('as_of,unit_code,set,number,status', `2024-06-30,00101,xa-ntm,1,${'chưa đạt'.normalize('NFD')}`) });
    expect(errorsOf(loaded)).toEqual([]);
    expect(loaded.data['criteria-status']![0]!.status).toBe('not_met');
  });
});

describe('huge and junk inputs keep memory bounded', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntm-huge-'));
    dirs.push(dir);
    cpSync(minimalDir, dir, { recursive: true });
    return dir;
  };

  it(`refuses a CSV over ${INPUT_LIMITS.csvMegabytes} MB without reading it, with a message`, () => {
    const dir = dataDir();
    // A sparse file: its size is 300 MB, but it takes no disk and, unread, no memory.
    truncateSync(join(dir, 'criteria-status.csv'), 300 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    const loaded = loadDataDir(dir);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect(errorsOf(loaded)).toMatchObject([{ kind: 'file_too_large', file: 'criteria-status.csv' }]);
    expect(errorsOf(loaded)[0]!.en).toContain('300 MB');
  });

  it('keeps at most a bounded number of messages of one kind in one column, and counts the rest', () => {
    const dir = dataDir();
    const junk = Array.from({ length: 30_000 }, (_, i) => `2024-06-30,00101,xa-ntm,${i + 1}x,met`).join('\n');
    writeFileSync(join(dir, 'criteria-status.csv'), `as_of,unit_code,set,number,status\n${junk}\n`);
    const loaded = loadDataDir(dir);
    expect(errorsOf(loaded).filter((e) => e.kind === 'number_invalid')).toHaveLength(KEPT_PER_GROUP);
    expect(loaded.issues.omitted).toMatchObject([{ file: 'criteria-status.csv', kind: 'number_invalid', column: 'number', count: 30_000 - KEPT_PER_GROUP }]);
    expect(loaded.issues.count('error')).toBe(30_000);
  });
});
