// The rules of unit-changes.csv (data-contract.md §2) and of the successor
// shorthand of units.csv: each bad row gives one clear error, with file, line,
// column and value, in Vietnamese and English, and nothing that only follows from it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataDir, loadFromFiles, type LoadedData } from '../../src/ingest/load.ts';
import type { Issue } from '../../src/contract/issues.ts';
import { csv, errorsOf, fixtures, loadMinimal, readCsvDir, root, warningsOf } from './helpers.ts';

const UNITS = csv(
  'code,name,level,parent_code,successor_code,successor_name,successor_from',
  '001,Huyện Mẫu,district,,,,',
  '00101,Xã Một,commune,001,,,',
  '00102,Xã Hai,commune,001,,,',
  '00103,Xã Ba,commune,001,,,',
);
const changes = (...rows: string[]) => csv('effective,kind,from_code,from_name,to_code,to_name', ...rows);
const load = (rows: string[], units = UNITS): LoadedData => loadMinimal({ 'units.csv': units, 'unit-changes.csv': changes(...rows) });
const lineageIssues = (issues: Issue[]) => issues.filter((i) => i.kind.startsWith('lineage'));

/** The single error a defect must give, located as expected, with a message in both languages. */
function onlyError(loaded: LoadedData, expected: Partial<Issue>): Issue {
  const errors = errorsOf(loaded);
  expect(errors, JSON.stringify(errors, null, 1)).toHaveLength(1);
  const e = errors[0]!;
  expect(e).toMatchObject(expected);
  expect(e.vi.length).toBeGreaterThan(20);
  expect(e.en.length).toBeGreaterThan(20);
  expect(e.vi).not.toBe(e.en);
  return e;
}

describe('valid histories', () => {
  it('loads the split fixture (a split, a two-step chain, a reused code, agreeing shorthands) with no error or warning', () => {
    const loaded = loadDataDir(join(fixtures, 'split'));
    expect(loaded.issues.items).toEqual([]);
    expect(loaded.data['unit-changes']).toHaveLength(7);
  });

  it('accepts a split into two parts, a kept code, and an abolition without a unit after it', () => {
    const loaded = load([
      '2025-07-01,split,00101,Xã Một,00200,Xã Mới',
      '2025-07-01,split,00101,Xã Một,00102,Xã Hai Mới',
      '2025-07-01,merge,00102,Xã Hai,00102,Xã Hai Mới',
      '2025-07-01,abolish,001,Huyện Mẫu,,',
    ]);
    expect(lineageIssues(loaded.issues.items)).toEqual([]);
  });

  it('keeps a version-1 data set valid: successor_* without unit-changes.csv', () => {
    const units = csv('code,name,level,parent_code,successor_code,successor_name,successor_from', '001,Huyện Mẫu,district,,,,', '00101,Xã Một,commune,001,,,', '00102,Xã Hai,commune,001,00101,Xã Một,2025-07-01');
    expect(errorsOf(loadMinimal({ 'units.csv': units }))).toEqual([]);
  });
});

describe('loops', () => {
  it('reports two units exchanging codes on one day once, at the row that closes the loop', () => {
    const e = onlyError(load(['2025-07-01,merge,00101,Xã Một,00102,Xã Hai', '2025-07-01,merge,00102,Xã Hai,00101,Xã Một']), {
      kind: 'lineage_loop',
      file: 'unit-changes.csv',
      line: 3,
      column: 'to_code',
      value: '00101',
    });
    expect(e.en).toContain('00101 → 00102 → 00101');
  });

  it('reports a chain that comes back later to a unit it had left', () => {
    const e = onlyError(load(['2024-01-01,merge,00101,Xã Một,00102,Xã Hai', '2025-07-01,rename,00102,Xã Hai,00101,Xã Một']), {
      kind: 'lineage_loop',
      file: 'unit-changes.csv',
      line: 3,
      column: 'to_code',
      value: '00101',
    });
    expect(e.vi).toContain('Xã Một (00101) → Xã Hai (00102) → Xã Một (00101)');
  });
});

describe('a from that did not exist at that date', () => {
  it('reports a code no unit ever held', () => {
    onlyError(load(['2025-07-01,merge,00109,Xã Chín,00102,Xã Hai']), { kind: 'lineage_from_unknown', file: 'unit-changes.csv', line: 2, column: 'from_code', value: '00109' });
  });

  it('names the code Excel probably stripped of its zeros', () => {
    const e = onlyError(load(['2025-07-01,merge,101,Xã Một,00102,Xã Hai']), { kind: 'lineage_from_unknown', line: 2, value: '101' });
    expect(e.en).toContain('"00101"');
  });

  it('reports a unit that had already ceased, and says where', () => {
    const e = onlyError(load(['2024-01-01,merge,00101,Xã Một,00102,Xã Hai', '2025-07-01,merge,00101,Xã Một,00200,Xã Mới']), {
      kind: 'lineage_from_unknown',
      line: 3,
      column: 'from_code',
      value: '00101',
    });
    expect(e.en).toContain('line 2');
    expect(e.en).toContain('30 Jun 2025');
  });

  it('reports a unit that only came into being on that same day', () => {
    const e = onlyError(load(['2025-07-01,merge,00101,Xã Một,00200,Xã Mới', '2025-07-01,merge,00200,Xã Mới,00300,Xã Khác']), {
      kind: 'lineage_from_unknown',
      line: 3,
      value: '00200',
    });
    expect(e.en).toContain('line 2');
  });

  it('reports a reused code named for the unit that held it before, not the one that held it then', () => {
    onlyError(
      load([
        '2024-01-01,merge,00101,Xã Một,00101,Xã Một Mới',
        '2024-01-01,merge,00102,Xã Hai,00101,Xã Một Mới',
        '2025-07-01,merge,00101,Xã Một,00300,Xã Khác',
      ]),
      { kind: 'lineage_from_other_unit', line: 4, column: 'from_name', value: 'Xã Một' },
    );
  });

  it('gives no second error for a row that only fails because an earlier row was rejected', () => {
    onlyError(load(['2024-01-01,merge,00109,Xã Chín,00200,Xã Mới', '2025-07-01,merge,00200,Xã Mới,00300,Xã Khác']), { kind: 'lineage_from_unknown', line: 2, value: '00109' });
  });

  it('takes from_name typed without diacritics, or as an alias, for the unit that held the code', () => {
    const units = csv('code,name,level,parent_code,aliases', '001,Huyện Mẫu,district,,', '00101,Xã Một,commune,001,', '00102,Xã Hai,commune,001,Hai Xã');
    const loaded = load(['2025-07-01,merge,00101,xa mot,00200,Xã Mới', '2025-07-01,merge,00102,Hai Xã,00200,Xã Mới'], units);
    expect(lineageIssues(loaded.issues.items)).toEqual([]);
  });

  it('warns, without an error, when from_name is spelt differently from the unit that held the code', () => {
    const loaded = load(['2025-07-01,merge,00101,Xã Mộtt,00200,Xã Mới']);
    expect(errorsOf(loaded)).toEqual([]);
    expect(lineageIssues(warningsOf(loaded))).toMatchObject([{ kind: 'lineage_name_differs', line: 2, column: 'from_name', value: 'Xã Mộtt' }]);
  });
});

describe('one change per unit and day', () => {
  it('reports a split without its parts', () => {
    onlyError(load(['2025-07-01,split,00101,Xã Một,00200,Xã Mới']), { kind: 'lineage_split_parts', file: 'unit-changes.csv', line: 2, column: 'kind', value: 'split' });
  });

  it('reports a second change of one unit on one day that is not a split', () => {
    onlyError(load(['2025-07-01,merge,00101,Xã Một,00200,Xã Mới', '2025-07-01,rename,00101,Xã Một,00101,Xã Một Mới']), {
      kind: 'lineage_from_conflict',
      line: 3,
      column: 'kind',
      value: 'rename',
    });
  });

  it('reports one new unit given two names', () => {
    onlyError(load(['2025-07-01,merge,00101,Xã Một,00200,Xã Mới', '2025-07-01,merge,00102,Xã Hai,00200,Xã Khác']), {
      kind: 'lineage_to_conflict',
      line: 3,
      column: 'to_name',
      value: 'Xã Khác',
    });
  });
});

describe('cells of a change', () => {
  it('requires to_code and to_name except for an abolition', () => {
    onlyError(load(['2025-07-01,merge,00101,Xã Một,00200,']), { kind: 'lineage_to_missing', line: 2, column: 'to_name' });
  });

  it('rejects an abolition that names a unit after it', () => {
    onlyError(load(['2025-07-01,abolish,001,Huyện Mẫu,00200,Xã Mới']), { kind: 'lineage_abolish_to', line: 2, column: 'to_code', value: '00200' });
  });

  it('rejects an uncertain date whose earliest day is after its latest', () => {
    const loaded = loadMinimal({
      'units.csv': UNITS,
      'unit-changes.csv': csv('effective,effective_not_before,kind,from_code,from_name,to_code,to_name', '2024-10-01,2025-01-04,merge,00101,Xã Một,00200,Xã Mới'),
    });
    onlyError(loaded, { kind: 'lineage_date_range', line: 2, column: 'effective_not_before', value: '2025-01-04' });
  });
});

describe('the successor shorthand of units.csv', () => {
  const withShorthand = (cells: string) =>
    csv('code,name,level,parent_code,successor_code,successor_name,successor_from', '001,Huyện Mẫu,district,,,,', `00101,Xã Một,commune,001,${cells}`, '00102,Xã Hai,commune,001,,,');

  it('says which part disagrees with the unit’s row in unit-changes.csv: the code', () => {
    const e = onlyError(load(['2025-07-01,merge,00101,Xã Một,00300,Xã Khác'], withShorthand('00200,Xã Mới,2025-07-01')), {
      kind: 'lineage_shorthand',
      file: 'units.csv',
      line: 3,
      column: 'successor_code',
      value: '00200',
    });
    expect(e.en).toContain('unit-changes.csv line 2');
  });

  it('says which part disagrees: the date', () => {
    onlyError(load(['2025-07-01,merge,00101,Xã Một,00300,Xã Khác'], withShorthand('00300,Xã Khác,2025-08-01')), {
      kind: 'lineage_shorthand',
      file: 'units.csv',
      line: 3,
      column: 'successor_from',
      value: '2025-08-01',
    });
  });

  it('accepts a shorthand that matches one merge row', () => {
    expect(errorsOf(load(['2025-07-01,merge,00101,Xã Một,00300,Xã Khác'], withShorthand('00300,Xã Khác,2025-07-01')))).toEqual([]);
  });

  it('catches the old shorthand of the default data: Xuân Lộc (15739) straight to Thọ Phú (15763)', () => {
    const files = readCsvDir(join(root, 'data'));
    const units = readFileSync(join(root, 'data/units.csv'), 'utf8').split('\n');
    const at = units.findIndex((l) => l.startsWith('15739,'));
    units[at] = units[at]!.replace('15739,Xuân Lộc,commune,397,,,', '15739,Xuân Lộc,commune,397,15763,Thọ Phú,2025-07-01');
    const e = onlyError(loadFromFiles({ ...files, 'units.csv': units.join('\n') }), {
      kind: 'lineage_shorthand',
      file: 'units.csv',
      line: at + 1,
      column: 'successor_code',
      value: '15763',
    });
    // The 2025 commune is reached, but through the 2024-25 Xuân Lộc, which kept code 15736.
    expect(e.en).toContain('Xuân Lộc (15736)');
  });
});
