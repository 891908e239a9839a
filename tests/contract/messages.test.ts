// The message catalogue: every issue kind has a severity, a heading in both
// languages and a place in the order; every text builds both languages; and
// no staff-facing message is written anywhere else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { headingOf, issueKinds, issueOrder, say, severityOf, type IssueKind } from '../../src/contract/messages.ts';
import type { Issue } from '../../src/contract/issues.ts';
import { formatDate } from '../../src/lib/format.ts';

type Samples = { [K in IssueKind]: { [V in keyof (typeof say)[K]]: Parameters<(typeof say)[K][V]> } };

const name = { vi: 'Chỉ tiêu', en: 'Indicator' };
/** Parameters for every text of every kind; the type makes this list complete. */
const samples: Samples = {
  lineage_from_unknown: {
    neverHeld: [{ code: '9901', name: 'Xã A' }, '2025-06-30', '09901'],
    ended: [{ code: '15739', name: 'Xuân Lộc' }, '2025-06-30', { code: '15739', name: 'Xuân Lộc' }, { kind: 'merge', to: { code: '15736', name: 'Xuân Lộc' }, date: { date: '2025-01-04', notBefore: '2024-10-01' }, file: 'unit-changes.csv', line: 3 }],
    notYet: [{ code: '15763', name: 'Thọ Phú' }, '2024-12-31', '2025-07-01', 9],
  },
  lineage_from_other_unit: { text: [{ code: '15736', name: 'Xuân Thịnh' }, '2025-06-30', { code: '15736', name: 'Xuân Lộc' }, { date: '2025-01-04', notBefore: '2024-10-01' }] },
  lineage_loop: { sameDay: [['1', '2'], '2025-07-01'], chain: [[{ code: '1', name: 'A' }, { code: '2', name: 'B' }, { code: '1', name: 'A' }]] },
  lineage_split_parts: { text: [{ code: '1', name: 'A' }, { date: '2025-07-01' }, { code: '2', name: 'B' }] },
  lineage_from_conflict: { text: [{ code: '1', name: 'A' }, { date: '2025-07-01' }, 4] },
  lineage_to_missing: { text: ['merge', ['to_code', 'to_name']] },
  lineage_abolish_to: { text: [] },
  lineage_to_conflict: { text: ['15763', { date: '2025-07-01' }, 'to_name', 'Thọ Phú', 'Thọ Phu', { file: 'unit-changes.csv', line: 5 }] },
  lineage_date_range: { text: ['2025-02-01', '2025-01-04'] },
  lineage_shorthand: { text: [{ code: '15739', name: 'Xuân Lộc' }, { code: '15763', name: 'Thọ Phú', from: '2025-07-01' }, [{ kind: 'merge', to: { code: '15736', name: 'Xuân Lộc' }, date: { date: '2025-01-04', notBefore: '2024-10-01' }, file: 'unit-changes.csv', line: 3 }], ['code']] },
  lineage_name_differs: { text: ['15736', 'Xuân Thinh', 'Xuân Thịnh'] },
  file_missing: { text: [{ file: 'units.csv' }] },
  file_too_large: { bytes: [{ megabytes: 300, limit: 250 }], rows: [{ limit: 5_000_000 }], line: [{ limit: 1_000_000 }], workbook: [{ megabytes: 900, limit: 400 }] },
  encoding: { utf16: [], notUtf8: [{ byte: '0xE0', position: 4 }], notUtf8Mac: [{ byte: '0x8E', position: 2 }] },
  workbook_unreadable: { notZip: [], corrupt: [{ detail: 'bad zip' }], otherFormat: [{ file: 'units.xls' }] },
  table_twice: { text: [{ table: 'units', first: 'units.csv', second: 'data.xlsx › units' }] },
  csv_syntax: { unterminated: [], afterQuote: [{ text: 'ha' }] },
  header_missing: { text: [] },
  header_duplicate: { text: [{ column: 'name', first: 2, second: 5 }] },
  column_missing: { text: [{ column: 'level', header: ['code', 'name'] }] },
  too_many_cells: {
    text: [{ cells: 5, columns: 4, delimiter: ',' }],
    splitNumber: [{ cells: 15, columns: 14, numbers: [{ text: '1234,5', column: 'amount' }] }],
    outside: [{ columns: 14 }],
  },
  totals_row: { text: [{ label: 'TỔNG CỘNG' }] },
  workbook_cell: { noResult: [{ formula: 'SUM(K2:K32)' }], errorValue: [{ error: '#REF!' }] },
  required: { text: [{ column: 'name' }], when: [{ column: 'stars', status: 'certified', label: 'đã công nhận' }] },
  number_invalid: {
    notANumber: [],
    separators: [{ group: '.', decimal: ',' }],
    repeatedMark: [{ mark: ',' }],
    spaces: [{ text: '76 20' }],
    scientific: [{ text: '1,5E+04' }],
  },
  number_ambiguous: { text: [{ text: '3,900', asDecimal: '3.9', asThousands: '3900', decimalVi: '3,9' }] },
  number_not_integer: { text: [] },
  number_negative: { text: [] },
  number_range: { text: [{ min: 1, max: 5 }] },
  percent_over_100: { text: [{ value: '120' }], grouped: [{ text: '96.875', read: '96875', decimal: '96,875' }] },
  percent_sign: { text: [] },
  date_invalid: { text: [], serial: [{ text: '44469', iso: '2021-09-30' }] },
  date_impossible: { text: [{ day: 31, month: 2, year: 2021 }], swapped: [{ text: '9/30/2021', month: '30', iso: '2021-09-30' }] },
  code_unknown: { text: [{ allowed: [{ code: 'met', vi: 'đạt', en: 'met' }] }] },
  ref_unknown: { text: [{ value: 'x', file: 'units.csv', sample: ['001'] }], scientific: [{ value: '1.5664E+4', file: 'units.csv' }] },
  ref_leading_zeros: { lostHere: [{ value: '9901', file: 'units.csv', match: '09901' }], lostThere: [{ value: '09901', file: 'units.csv', match: '9901' }] },
  duplicate: { text: [{ columns: ['code'], values: ['001'], firstLine: 2 }] },
  root: { empty: [{ file: 'units.csv' }], none: [], several: [{ lines: [2, 5] }] },
  cycle: { text: [{ path: ['a', 'b', 'a'] }] },
  criterion_number: { beyondSize: [{ number: 4, set: 's', size: 3 }], notListed: [{ number: 4, set: 's', file: 'criteria.csv' }] },
  computed_from: {
    standard: [{ value: 'gold', allowed: ['ntm'] }],
    level: [{ value: 'hamlet', allowed: ['commune'] }],
    setMissing: [],
    noArgument: [],
    funding: [],
    unknownForm: [{ text: 'units_total:ntm' }],
    unknownSet: [{ set: 's', file: 'criteria-sets.csv' }],
  },
  content_syntax: { text: [{ detail: 'Unexpected end of file' }] },
  content_frontmatter: {
    missing: [],
    yaml: [{ detail: 'bad indentation' }],
    text: [{ key: 'title' }],
    lang: [{ allowed: ['vi', 'en'] }],
    sameAddress: [{ slug: 'r', lang: 'vi', other: 'r/vi.mdx' }],
    date: [{ key: 'as_of' }],
  },
  content_ref: {
    indicator: [{ id: 'x', file: 'indicators.csv' }],
    indicatorValue: [{ id: 'x', asOf: '2021-09-30', kind: 'actual', file: 'indicator-values.csv' }],
    noDenominator: [{ id: 'x', asOf: '2021-09-30' }],
    unit: [{ code: '1', file: 'units.csv' }],
    document: [{ id: 'd', file: 'documents.csv' }],
    funding: [{ id: 'f', file: 'funding.csv' }],
    chart: [{ id: 'c', allowed: ['kinh-phi-theo-nguon'] }],
    date: [{ value: '31/02/2021' }],
    required: [{ component: 'Figure', prop: 'asOf' }],
    option: [{ component: 'Figure', prop: 'show', value: 'x', allowed: ['full'] }],
    sitePath: [{ path: '/x' }],
    component: [{ name: 'Figur', allowed: ['Figure'] }],
    notMdx: [{ name: 'Figure' }],
  },
  computed_mismatch: {
    text: [{ name, asOf: '2021-09-30', rule: { vi: 'số đơn vị đã được công nhận đạt chuẩn nông thôn mới', en: 'units recognised as new rural' }, reported: 31, computed: 30 }],
    funding: [
      {
        name,
        asOf: '2021-09-30',
        source: { vi: 'ngân sách huyện', en: 'district budget' },
        year: 2021,
        reported: 64970,
        computed: 65970,
        file: 'funding.csv',
        lines: [{ line: 5, item: 'Hỗ trợ', amount: 16920 }],
      },
    ],
  },
  date_after_as_of: { text: [{ date: '2026-03-01', asOf: '2021-09-30' }] },
  percent_mismatch: { text: [{ name, asOf: '2021-09-30', value: 31, denominator: 32, exact: 96.875, rounded: 96.9, printed: 96.8 }] },
  funding_sum: { text: [{ item: 'Hỗ trợ', amount: 300, children: 2, sum: 250 }] },
  funding_quantity_sum: { text: [{ item: 'Nhà văn hóa', quantity: 29, unit: 'công trình', sum: 27 }] },
  funding_quantity_amount: { text: [{ item: 'A', quantity: 5, unitAmount: 500, product: 2500, amount: 2400 }] },
  funding_commitment_share: { text: [{ item: 'A', share: 30, commitment: 56400, computed: 16920, amount: 17000 }] },
  duplicate_row: { text: [{ columns: ['indicator', 'as_of', 'kind'], values: ['x', '2021-09-30', 'actual'], firstLine: 2 }] },
  name_variant: { text: [{ name: 'Vân Sơn', code: '15718', aliases: ['Văn Sơn'] }] },
  formula: { text: [] },
  formula_cell: { text: [{ formula: 'SUM(B2:B3)', result: '1234.5' }] },
  date_cell: { text: [{ iso: '2021-04-03' }] },
  control_character: { text: [{ chars: ['U+000B'] }] },
  column_unknown: { text: [{ column: 'ghi_chu', columns: ['code', 'name'] }] },
  content_other_dataset: { text: [{ unit: '99999', root: '397' }] },
  not_a_table: {
    file: [{ file: 'ghi-chu.csv', tables: ['units.csv'] }],
    sheet: [{ sheet: 'Hướng dẫn', tables: ['units'] }],
    extra: [{ sheet: 'Sheet2', table: 'units' }],
  },
};

describe('the message catalogue', () => {
  it('derives IssueKind from its keys, the kinds an Issue may have', () => {
    expectTypeOf<IssueKind>().toEqualTypeOf<keyof typeof say>();
    expectTypeOf<Issue['kind']>().toEqualTypeOf<IssueKind>();
    expect(Object.keys(say)).toEqual(issueKinds);
    expect(Object.keys(samples).sort()).toEqual([...issueKinds].sort());
  });

  it('gives every kind a severity, a heading in both languages and its own place in the order', () => {
    const places = new Set<number>();
    for (const kind of issueKinds) {
      expect(['error', 'warning', 'information'], kind).toContain(severityOf(kind));
      const heading = headingOf(kind);
      expect(heading.vi.length, kind).toBeGreaterThan(3);
      expect(heading.en.length, kind).toBeGreaterThan(3);
      expect(heading.vi, kind).not.toBe(heading.en);
      places.add(issueOrder(kind));
    }
    expect(places.size).toBe(issueKinds.length);
  });

  it('orders errors first, then figures that do not add up, then spelling and format remarks, then information', () => {
    const of = (severity: string) => issueKinds.filter((k) => severityOf(k) === severity);
    const [errors, warnings, information] = [of('error'), of('warning'), of('information')];
    expect(Math.max(...errors.map(issueOrder))).toBeLessThan(Math.min(...warnings.map(issueOrder)));
    expect(Math.max(...warnings.map(issueOrder))).toBeLessThan(Math.min(...information.map(issueOrder)));
    expect([...warnings].sort((a, b) => issueOrder(a) - issueOrder(b))).toEqual([
      'computed_mismatch',
      'date_after_as_of',
      'percent_mismatch',
      'funding_sum',
      'funding_quantity_sum',
      'funding_quantity_amount',
      'funding_commitment_share',
      'duplicate_row',
      'lineage_name_differs',
      'formula',
      'formula_cell',
      'date_cell',
      'control_character',
      'column_unknown',
      'content_other_dataset',
    ]);
    expect(information).toEqual(['name_variant', 'not_a_table']);
  });

  it('builds every text in both languages, with its parameters in each', () => {
    for (const kind of issueKinds) {
      const texts = say[kind] as Record<string, (...a: unknown[]) => { kind: string; vi: string; en: string }>;
      const given = samples[kind] as Record<string, unknown[]>;
      expect(Object.keys(given).sort(), kind).toEqual(Object.keys(texts).sort());
      for (const [variant, text] of Object.entries(texts)) {
        const params = given[variant]!;
        const said = text(...params);
        expect(said.kind).toBe(kind);
        expect(said.vi.length, `${kind}.${variant}`).toBeGreaterThan(10);
        expect(said.en.length, `${kind}.${variant}`).toBeGreaterThan(10);
        expect(said.vi, `${kind}.${variant}`).not.toBe(said.en);
        // Text parameters appear in both languages.
        // Texts that take one object of named parameters (the lineage texts take several, in order).
        const named = params.length === 1 && typeof params[0] === 'object' && !Array.isArray(params[0]) ? params[0] : {};
        for (const v of Object.values(named as Record<string, unknown>)) {
          if (typeof v !== 'string' || v === '' || kind === 'csv_syntax') continue;
          // Each language writes dates its own way, and Vietnamese a decimal point as a comma.
          const iso = /^\d{4}-\d{2}-\d{2}$/.test(v);
          expect([v, v.replace('.', ','), iso ? formatDate(v, 'vi') : v].some((w) => said.vi.includes(w)), `${kind}.${variant} vi ${v}`).toBe(true);
          expect([v, iso ? formatDate(v, 'en') : v].some((w) => said.en.includes(w)), `${kind}.${variant} en ${v}`).toBe(true);
        }
      }
    }
  });
});

describe('staff-facing messages', () => {
  const src = join(import.meta.dirname, '../../src');
  const files = [
    ...readdirSync(join(src, 'ingest')).map((f) => join(src, 'ingest', f)),
    join(src, 'contract/values.ts'),
    join(src, 'contract/computed.ts'),
  ].filter((f) => f.endsWith('.ts'));
  const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

  it.each(files.map((f) => [f.slice(src.length + 1), f]))('are all in the catalogue, none in %s', (_, file) => {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    const literals = [...code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)].map((m) => m[0]);
    expect(literals.filter((l) => VIETNAMESE.test(l))).toEqual([]);
  });
});
