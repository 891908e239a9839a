// What the validator missed when the default data were edited the way staff
// edit them: each case is the edit, and what `npm run check` must then say.
import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataDir, loadFromFiles, type LoadedData } from '../../src/ingest/load.ts';
import { validateContent } from '../../src/ingest/content.ts';
import { buildModel } from '../../src/model/build.ts';
import { formatIssue, type Issue } from '../../src/contract/issues.ts';
import { readCsvDir, root } from './helpers.ts';

const defaults = readCsvDir(join(root, 'data'));
/** The default data with some files edited by `edit(text)`. */
const edited = (edits: Record<string, (text: string) => string>): LoadedData =>
  loadFromFiles({ ...defaults, ...Object.fromEntries(Object.entries(edits).map(([f, edit]) => [f, edit(defaults[f]!)])) });
const errors = (l: LoadedData) => l.issues.errors;
const warnings = (l: LoadedData) => l.issues.warnings;
/** Replaces one line of a CSV text, found by its start. */
const replaceLine = (text: string, start: string, line: (old: string) => string) =>
  text
    .split('\n')
    .map((l) => (l.startsWith(start) ? line(l) : l))
    .join('\n');
const appendLine = (line: string) => (text: string) => `${text.replace(/\n?$/, '\n')}${line}\n`;

describe('a percent above 100 in a share column (§1.1)', () => {
  it('is an error, and "96.875" is explained as thousands grouping', () => {
    const l = edited({ 'indicator-values.csv': (t) => t.replace(',31,32,96.8,', ',31,32,96.875,') });
    expect(errors(l)).toMatchObject([{ kind: 'percent_over_100', file: 'indicator-values.csv', line: 3, column: 'reported_percent', value: '96.875' }]);
    expect(errors(l)[0]!.vi).toContain('96,875');
    expect(errors(l)[0]!.en).toContain('96875');
  });

  it('is an error in share_percent too, and 100 is not', () => {
    const l = edited({ 'funding.csv': (t) => t.replace(',16920,56400,30,', ',16920,56400,130,') });
    expect(errors(l)).toMatchObject([{ kind: 'percent_over_100', file: 'funding.csv', column: 'share_percent', value: '130' }]);
    expect(errors(edited({ 'indicator-values.csv': (t) => t.replace(',31,32,96.8,', ',31,32,100,') }))).toEqual([]);
  });
});

describe('an OCOP product marked certified', () => {
  const certify = (cells: string) => (t: string) => replaceLine(t, 'muoi-cham-anh-van,', (l) => l.replace(',15748,,,in_progress,,', `,15748,${cells}`));

  it('without stars or level is an error for each (§1.2 conditional requirements)', () => {
    const l = edited({ 'ocop-products.csv': certify(',,certified,,') });
    expect(errors(l).map((e) => [e.kind, e.line, e.column])).toEqual([
      ['required', 8, 'stars'],
      ['required', 8, 'level'],
    ]);
    expect(errors(l)[0]!.vi).toContain('certified');
  });

  it('with stars and level but no date, makes the ocop_certified cross-check say 7 against the reported 6', () => {
    const l = edited({ 'ocop-products.csv': certify('3,province,certified,,') });
    expect(errors(l)).toEqual([]);
    expect(warnings(l).filter((w) => w.kind === 'computed_mismatch' && w.reported === 6)).toMatchObject([{ line: 22, computed: 7 }]);
  });

  it('dated years after the data set’s date gets a warning, though it is not counted then', () => {
    const l = edited({ 'ocop-products.csv': certify('3,province,certified,2026-03-01,') });
    expect(warnings(l).filter((w) => w.kind === 'date_after_as_of')).toMatchObject([{ file: 'ocop-products.csv', line: 8, column: 'certified_on', value: '2026-03-01' }]);
    expect(warnings(l).filter((w) => w.kind === 'computed_mismatch' && w.reported === 6)).toEqual([]);
  });
});

describe('an added funding line', () => {
  const line = 'huyen-2021-moi,,2021,district,,Đường giao thông xã mới thêm,,,,,,1000,,,,';
  it('names the funding lines that were summed, and says the new line or the total is wrong', () => {
    const l = edited({ 'funding.csv': appendLine(line) });
    const [w] = warnings(l).filter((i) => i.kind === 'computed_mismatch' && i.column === 'value' && i.reported === 64970);
    expect(w).toBeDefined();
    const added = l.data.funding!.find((f) => f.id === 'huyen-2021-moi')!._line;
    for (const text of [w!.vi, w!.en]) {
      expect(text).toContain('funding.csv');
      expect(text).toContain(String(added));
      expect(text).toContain('Đường giao thông xã mới thêm');
      expect(text).not.toContain('funding_amount:');
    }
    expect(w!.en).toMatch(/either .*line.* or the reported total/i);
    expect(w!.related).toContainEqual({ file: 'funding.csv', line: added });
  });
});

describe('common Excel input (§1.1)', () => {
  const amount = (text: string) => edited({ 'funding.csv': (t) => t.replace(',,3600,,,', `,,${text},,,`) });

  it('reads "76 200" (a space groups thousands) as 76200, and explains spaces that do not group', () => {
    const ok = amount('"3 600"');
    expect(errors(ok)).toEqual([]);
    expect(ok.data.funding![0]!.amount).toBe(3600);
    expect(errors(amount('"36 00"'))).toMatchObject([{ kind: 'number_invalid', value: '36 00' }]);
    expect(errors(amount('"36 00"'))[0]!.en).toMatch(/remove the spaces/i);
  });

  it('says that "9/30/2021" has day and month swapped, and gives the date', () => {
    const l = edited({ 'indicator-values.csv': (t) => t.replace('xa-dat-ntm,2021-09-30,', 'xa-dat-ntm,9/30/2021,') });
    const own = errors(l).filter((e) => e.file === 'indicator-values.csv');
    expect(own).toMatchObject([{ kind: 'date_impossible', value: '9/30/2021' }]);
    expect(own[0]!.vi).toContain('30/9/2021');
    expect(own[0]!.en).toMatch(/swapped/);
  });

  it('says that "44469" is an Excel date number, and gives the date', () => {
    const l = edited({ 'indicator-values.csv': (t) => t.replace('xa-dat-ntm,2021-09-30,', 'xa-dat-ntm,44469,') });
    const own = errors(l).filter((e) => e.file === 'indicator-values.csv');
    expect(own).toMatchObject([{ kind: 'date_invalid', value: '44469' }]);
    expect(own[0]!.vi).toContain('30/9/2021');
    expect(own[0]!.en).toContain('30 Sep 2021');
  });

  it('says "1,5E+04" is scientific notation from a number-formatted column', () => {
    const [e] = errors(amount('"1,5E+04"'));
    expect(e).toMatchObject({ kind: 'number_invalid', value: '1,5E+04' });
    expect(e!.en).toMatch(/scientific notation/);
  });

  it('accepts the labels the messages print as synonyms: đạt, Đạt, and đạt typed in decomposed form', () => {
    for (const status of ['đạt', 'Đạt', 'đạt'.normalize('NFD'), 'cơ bản đạt']) {
      const l = edited({ 'criteria-status.csv': (t) => t.replace('2021-09-30,15667,xa-ntm-2016,2,met,', `2021-09-30,15667,xa-ntm-2016,2,${status},`) });
      expect(errors(l), status).toEqual([]);
      expect(l.data['criteria-status']!.find((r) => r.unit_code === '15667' && r.number === 2)!.status).toBe(status === 'cơ bản đạt' ? 'largely_met' : 'met');
    }
  });

  it('gives a TỔNG CỘNG row with =SUM(K2:K32) one error that says to delete it', () => {
    const l = edited({ 'funding.csv': appendLine('TỔNG CỘNG,,,,,,,,,,=SUM(K2:K32),,,') });
    expect(errors(l)).toMatchObject([{ kind: 'totals_row', file: 'funding.csv', line: 33, column: 'id', value: 'TỔNG CỘNG' }]);
    expect(errors(l)[0]!.en).toMatch(/delete this row/i);
    const labelled = edited({ 'funding.csv': appendLine(',,2021,district,,Tổng cộng,,,,,=SUM(K2:K32),,,') });
    expect(errors(labelled)).toMatchObject([{ kind: 'totals_row', line: 33 }]);
  });
});

describe('cascades (§1.2: only root causes)', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** The default data and reports, with some data files edited, checked as `npm run check` does. */
  const check = (edits: Record<string, (bytes: Buffer) => Buffer>): Issue[] => {
    const dir = mkdtempSync(join(tmpdir(), 'ntm-cascade-'));
    dirs.push(dir);
    cpSync(join(root, 'data'), dir, { recursive: true });
    for (const [file, edit] of Object.entries(edits)) writeFileSync(join(dir, file), edit(Buffer.from(defaults[file]!)));
    const loaded = loadDataDir(dir);
    return [...loaded.issues.items, ...validateContent(join(root, 'content'), loaded.data)].filter((i) => i.severity === 'error');
  };

  it('one encoding error in units.csv is one error, with nothing in content/reports', () => {
    const latin = (b: Buffer) => Buffer.from(b.toString('utf8').replace('Đồng Lợi', 'D\u00f4ng L\u00f4i'), 'latin1');
    const found = check({ 'units.csv': latin });
    expect(found.map((e) => `${e.kind} ${e.file}:${e.line}`)).toEqual([expect.stringMatching(/^encoding units\.csv:\d+$/)]);
  });

  it('one bad date in indicator-values.csv is one error, with nothing in content/reports', () => {
    const found = check({ 'indicator-values.csv': (b) => Buffer.from(b.toString('utf8').replace('xa-dat-ntm,2021-09-30,', 'xa-dat-ntm,31/09/2021,')) });
    expect(found.map((e) => `${e.kind} ${e.file}:${e.line}`)).toEqual(['date_impossible indicator-values.csv:3']);
  });

  it('one unreadable criterion number is one error, not also "criterion undefined is not listed"', () => {
    const l = edited({ 'criteria-status.csv': (t) => t.replace('2021-09-30,15667,xa-ntm-2016,2,met,', '2021-09-30,15667,xa-ntm-2016,2x,met,') });
    expect(errors(l).map((e) => e.kind)).toEqual(['number_invalid']);
  });
});

describe('the summary', () => {
  it('says whether the cross-checks ran: not when errors stopped them', () => {
    expect(edited({}).crossChecked).toBe(true);
    const stopped = edited({ 'indicator-values.csv': (t) => t.replace('xa-dat-ntm,2021-09-30,', 'xa-dat-ntm,31/09/2021,') });
    expect(stopped.crossChecked).toBe(false);
    expect(warnings(stopped)).toEqual([]);
  });

  it('lists other spellings as information, apart from the three real discrepancies', () => {
    const l = edited({});
    expect(warnings(l).map((w) => w.kind).sort()).toEqual(['computed_mismatch', 'funding_quantity_sum', 'percent_mismatch']);
    expect(l.issues.information.map((i) => i.kind)).toEqual(['name_variant', 'name_variant', 'name_variant', 'name_variant', 'name_variant']);
    expect(formatIssue(l.issues.information[0]!)).toMatch(/^THÔNG TIN \/ INFORMATION units\.csv:3/);
  });

  it('hands information to the model apart from the warnings', () => {
    const l = edited({});
    const model = buildModel(l.data, l.issues.warnings, { information: l.issues.information });
    expect(model.warnings).toHaveLength(3);
    expect(model.information).toHaveLength(5);
  });
});
