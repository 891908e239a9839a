import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { codeLists } from '../../src/contract/codes.ts';
import { columnsOf, tables, tableNames, type ColumnSpec, type TableName } from '../../src/contract/tables.ts';
import { loadFromFiles } from '../../src/ingest/load.ts';
import { parseNumber } from '../../src/contract/values.ts';
import { groupWarnings } from '../../src/site/views/quality.ts';
import { csvCell, csvQuote, csvTable, tableToCsv, tableToCsvChunks, templateCsv } from '../../src/publish/csv.ts';
import { tableToJson, tableToJsonChunks, tableToJsonRows } from '../../src/publish/json.ts';
import { dataPackage, keyIsUnique } from '../../src/publish/datapackage.ts';
import { byteStream } from '../../src/publish/stream.ts';
import type { Issue } from '../../src/contract/issues.ts';

const root = join(import.meta.dirname, '../..');
const dataDir = join(root, 'data');

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe('normalised CSV cells', () => {
  it('writes numbers plainly: dot decimal, no grouping, no exponent', () => {
    expect(csvCell(64970)).toBe('64970');
    expect(csvCell(9.53)).toBe('9.53');
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(1e21)).toBe('1000000000000000000000');
    expect(csvCell(-0)).toBe('0');
  });

  it('writes a 3-decimal number so the contract reader cannot take it for grouping', () => {
    for (const n of [1.234, 12.5, 999.001, 3.9]) {
      const parsed = parseNumber(csvCell(n), 'dec');
      expect(parsed).toMatchObject({ ok: true, value: n });
    }
  });

  it('neutralises formula-like text and leaves notes that start with "- " alone', () => {
    expect(csvCell('=SUM(A1:A3)')).toBe("'=SUM(A1:A3)");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('+x')).toBe("'+x");
    expect(csvCell('- đã hoàn thành')).toBe('- đã hoàn thành');
    expect(csvCell('-5 ha')).toBe('-5 ha');
  });

  it('quotes cells with commas, quotes, line breaks, and only those', () => {
    expect(csvQuote('a,b')).toBe('"a,b"');
    expect(csvQuote('say "hi"')).toBe('"say ""hi"""');
    expect(csvQuote('two\nlines')).toBe('"two\nlines"');
    expect(csvQuote('plain text')).toBe('plain text');
  });
});

describe('CSV files beside the tables (charts)', () => {
  it('write numbers by the downloads’ rules, so 1.234 does not read back as 1234', () => {
    const rows = parse(csvTable(['Ngày', 'Giá trị (ha)'], [['2021-09-30', 1.234], ['2021-12-31', undefined], ['=x', 64970]]));
    expect(rows).toEqual([
      ['Ngày', 'Giá trị (ha)'],
      ['2021-09-30', '1.2340'],
      ['2021-12-31', ''],
      ["'=x", '64970'],
    ]);
    expect(parseNumber(rows[1]![1]!, 'dec')).toMatchObject({ ok: true, value: 1.234 });
  });
});

describe('normalised CSV tables', () => {
  const docs = [
    { _line: 2, id: 'qd-1', number: '207/QĐ-UBND', date: '2021-01-21', issuer: 'UBND huyện', type: 'decision', title: 'Kế hoạch, "đợt 1"\nvà đợt 2', note: '=HYPERLINK("x")' },
    { _line: 3, id: 'kh-2', number: '12/KH', issuer: 'UBND', type: 'plan', title: 'Plan' },
  ];

  it('puts the header in contract order and writes every column of every row', () => {
    const rows = parse(tableToCsv('documents', docs));
    expect(rows[0]).toEqual(Object.keys(tables.documents.columns));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(['id', 'number', 'date', 'issuer', 'type', 'title', 'title_en', 'url', 'note', 'note_en']);
    expect(rows[1]).toEqual(['qd-1', '207/QĐ-UBND', '2021-01-21', 'UBND huyện', 'decision', 'Kế hoạch, "đợt 1"\nvà đợt 2', '', '', `'=HYPERLINK("x")`, '']);
    expect(rows[2]).toEqual(['kh-2', '12/KH', '', 'UBND', 'plan', 'Plan', '', '', '', '']);
  });

  it('reads back through the pipeline to the same rows (formulas neutralised)', () => {
    const loaded = loadFromFiles({ 'documents.csv': tableToCsv('documents', docs) });
    expect(loaded.issues.items.filter((i) => i.file === 'documents.csv' && i.severity === 'error')).toEqual([]);
    const strip = ({ _line, ...rest }: Record<string, unknown>) => rest;
    expect(loaded.data.documents!.map(strip)).toEqual([
      { ...strip(docs[0]!), note: `'=HYPERLINK("x")` },
      strip(docs[1]!),
    ]);
  });

  it('keeps JSON values typed and every column present, empty ones as null', () => {
    const json = tableToJsonRows('funding', [{ _line: 2, id: 'a', year: 2021, source: 'district', item: 'x', amount: 2500.5 }]);
    expect(Object.keys(json[0]!)).toEqual(Object.keys(tables.funding.columns));
    expect(json[0]).toMatchObject({ id: 'a', year: 2021, amount: 2500.5, parent_id: null, quantity: null });
  });

  it('writes JSON downloads one row per line, reading back to the same rows', () => {
    const rows = [
      { _line: 2, id: 'a', year: 2021, source: 'district', item: 'x, "quoted"\nline', amount: 2500.5 },
      { _line: 3, id: 'b', year: 2021, source: 'province', item: 'y' },
    ];
    const text = tableToJson('funding', rows);
    expect(JSON.parse(text)).toEqual(tableToJsonRows('funding', rows));
    expect(text.split('\n').slice(1, -2).map((l) => l.replace(/,$/, ''))).toEqual(tableToJsonRows('funding', rows).map((r) => JSON.stringify(r)));
    expect(text.trimEnd().split('\n')).toHaveLength(rows.length + 2);
    expect(JSON.parse(tableToJson('funding', []))).toEqual([]);
  });

  it('streams national-size downloads in chunks that join into the same CSV and JSON', async () => {
    const rows = Array.from({ length: 45_001 }, (_, i) => ({ _line: i + 2, id: `l${i}`, year: 2021, source: 'district', item: i % 7 === 0 ? 'a, "b"' : 'x', amount: i / 4 }));
    const csvChunks = [...tableToCsvChunks('funding', rows)];
    const jsonChunks = [...tableToJsonChunks('funding', rows)];
    expect(csvChunks.length).toBeGreaterThan(2);
    expect(jsonChunks.length).toBeGreaterThan(2);
    const csv = csvChunks.join('');
    expect(parse(csv)).toHaveLength(rows.length + 1);
    expect(parse(csv)[45_000]![columnsOf('funding').indexOf('amount')]).toBe(String(44_999 / 4));
    expect(JSON.parse(jsonChunks.join(''))).toEqual(tableToJsonRows('funding', rows));
    // Bytes, as the build writes them: the BOM must survive.
    const streamed = Buffer.from(await new Response(byteStream(csvChunks)).arrayBuffer());
    expect(streamed.equals(Buffer.from(csv, 'utf8'))).toBe(true);
    // The build writes to disk in small chunks: the same files, whatever the chunk size.
    for (const size of [1, 500, 44_999, 45_001]) {
      expect([...tableToCsvChunks('funding', rows, size)].join('')).toBe(csv);
      expect([...tableToJsonChunks('funding', rows, size)].join('')).toBe(jsonChunks.join(''));
    }
  });

  it('writes every table of the default and Excel data sets as the cell-by-cell rules do (fast paths included)', () => {
    for (const dir of [dataDir, join(root, 'tests/fixtures/excel-dialect')]) {
      const files = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => [f, readFileSync(join(dir, f))]));
      const loaded = loadFromFiles(files);
      for (const name of tableNames) {
        const rows = (loaded.data[name] ?? []) as Record<string, unknown>[];
        if (rows.length === 0) continue;
        const columns = columnsOf(name);
        const generic = '\uFEFF' + [columns.join(','), ...rows.map((r) => columns.map((c) => csvQuote(csvCell(r[c]))).join(','))].join('\r\n') + '\r\n';
        expect(tableToCsv(name, rows), `${dir} ${name}`).toBe(generic);
        expect(tableToJson(name, rows)).toBe(`[\n${tableToJsonRows(name, rows).map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
      }
    }
  });

  it('takes repeated keys from the pipeline when it is given them', () => {
    const rows = { 'indicator-values': [], 'criteria-status': [] } as Partial<Record<TableName, never[]>>;
    const keyOf = (pkg: ReturnType<typeof dataPackage>, name: string) => pkg.resources.find((r) => r.name === name)!.schema.primaryKey;
    const flagged = dataPackage({ placeName: 'x', tables: rows, duplicateKeyFiles: new Set(['indicator-values.csv']) });
    expect(keyOf(flagged, 'indicator-values')).toBeUndefined();
    expect(keyOf(flagged, 'criteria-status')).toEqual(['as_of', 'unit_code', 'set', 'number']);
    expect(keyOf(dataPackage({ placeName: 'x', tables: rows, duplicateKeyFiles: new Set() }), 'indicator-values')).toEqual(['indicator', 'as_of', 'kind']);
  });

  it('declares a primary key only when no two rows share it', () => {
    const row = (unit_code: string, number: number) => ({ unit_code, set: 's', number, as_of: '2021-09-30', status: 'met' });
    expect(keyIsUnique('criteria-status', [row('15721', 1), row('15721', 2), row('15722', 1)])).toBe(true);
    expect(keyIsUnique('criteria-status', [row('15721', 1), row('15722', 1), row('15721', 1)])).toBe(false);
  });
});

describe('datapackage.json from the schema', () => {
  const expectedType: Record<ColumnSpec['type'], string> = {
    text: 'string',
    int: 'integer',
    dec: 'number',
    pct: 'number',
    date: 'date',
    code: 'string',
    ref: 'string',
    computed: 'string',
  };
  const all = Object.fromEntries(tableNames.map((n) => [n, []])) as Record<TableName, never[]>;
  const pkg = dataPackage({ placeName: 'Đồng Lợi', asOf: '2021-09-30', tables: all });

  it('names the package, its licence and its as-of date', () => {
    expect(pkg.name).toBe('nong-thon-moi-dong-loi');
    expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(pkg.description).toContain('2021-09-30');
  });

  it('has one resource per table, with a field for every column, in order, typed as the contract says', () => {
    expect(pkg.resources.map((r) => r.name)).toEqual(tableNames);
    for (const name of tableNames) {
      const resource = pkg.resources.find((r) => r.name === name)!;
      expect(resource.path).toBe(`${name}.csv`);
      const specs = Object.entries(tables[name].columns as Record<string, ColumnSpec>);
      expect(resource.schema.fields.map((f) => f.name)).toEqual(specs.map(([c]) => c));
      for (const [col, spec] of specs) {
        const field = resource.schema.fields.find((f) => f.name === col)!;
        expect(field.type, `${name}.${col}`).toBe(expectedType[spec.type]);
        expect(field.constraints?.required ?? false, `${name}.${col} required`).toBe(spec.required === true);
        if (spec.type === 'code') expect(field.constraints?.enum).toEqual(codeLists[spec.codes!].codes);
        else expect(field.constraints?.enum).toBeUndefined();
      }
      expect(resource.schema.primaryKey).toEqual(tables[name].key);
    }
  });

  it('declares a foreign key for every ref column, to the referenced table’s key', () => {
    let refs = 0;
    for (const name of tableNames) {
      const resource = pkg.resources.find((r) => r.name === name)!;
      for (const [col, spec] of Object.entries(tables[name].columns as Record<string, ColumnSpec>)) {
        if (spec.type !== 'ref') continue;
        refs++;
        const fk = resource.schema.foreignKeys?.find((k) => k.fields[0] === col);
        expect(fk, `${name}.${col}`).toBeDefined();
        expect(fk!.reference.resource).toBe(spec.ref === name ? '' : spec.ref);
        expect(fk!.reference.fields).toEqual(tables[spec.ref as TableName].key);
      }
    }
    expect(refs).toBeGreaterThan(5);
  });

  it('leaves out absent optional tables and foreign keys pointing to them', () => {
    const only = dataPackage({ placeName: 'X', tables: { units: [], 'criteria-sets': [], criteria: [], indicators: [], 'indicator-values': [], 'production-models': [] } });
    expect(only.resources.map((r) => r.name)).not.toContain('funding');
    const models = only.resources.find((r) => r.name === 'production-models')!;
    expect(models.schema.foreignKeys?.map((k) => k.fields[0])).toEqual(['unit_code']);
  });

  it('declares no primary key when the data repeats one (repeats are warnings in some tables)', () => {
    const rows = [
      { indicator: 'a', as_of: '2021-09-30', kind: 'actual', value: 1 },
      { indicator: 'a', as_of: '2021-09-30', kind: 'actual', value: 2 },
    ];
    const p = dataPackage({ placeName: 'X', tables: { 'indicator-values': rows } });
    expect(p.resources[0]!.schema.primaryKey).toBeUndefined();
  });
});

describe('CSV templates', () => {
  const defaults = Object.fromEntries(readdirSync(dataDir).filter((f) => f.endsWith('.csv')).map((f) => [f, readFileSync(join(dataDir, f), 'utf8')]));

  it.each(tableNames)('%s: header in contract order and one example row', (name) => {
    const rows = parse(templateCsv(name));
    expect(rows[0]).toEqual(columnsOf(name));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(Object.values(tables[name].columns as Record<string, ColumnSpec>).map((c) => c.example));
  });

  it.each(tableNames)('%s: the example row validates among real data', (name) => {
    // The example row takes the place of the default row with the same key (or is added), so its references resolve.
    const example = parse(templateCsv(name))[1]!;
    const columns = columnsOf(name);
    const spec = tables[name];
    const exampleRow = Object.fromEntries(columns.map((c, i) => [c, example[i]!]));
    const file = spec.file;
    const existing = defaults[file] ? loadFromFiles({ ...defaults }).data[name] ?? [] : [];
    const sameKey = (r: Record<string, unknown>) =>
      spec.key.every((k) => String(r[k] ?? '').toLowerCase() === String(exampleRow[k] ?? '').toLowerCase());
    const kept = (existing as Record<string, unknown>[]).filter((r) => !sameKey(r));
    const csv = tableToCsv(name, [...kept, exampleRow]);
    const loaded = loadFromFiles({ ...defaults, [file]: csv });
    expect(loaded.issues.errors).toEqual([]);
    expect(loaded.data[name]).toHaveLength(kept.length + 1);
  });
});

describe('warnings on the data-quality page', () => {
  const w = (kind: Issue['kind'], line: number, column?: string): Issue => ({ severity: 'warning', kind, file: 'funding.csv', line, column, vi: 'x', en: 'x' });

  it('groups by kind, contradictions in the figures before spelling remarks, keeping every warning', () => {
    const groups = groupWarnings([w('name_variant', 3), w('funding_sum', 9), w('name_variant', 4), w('percent_mismatch', 2)]);
    expect(groups.map((g) => g.kind)).toEqual(['percent_mismatch', 'funding_sum', 'name_variant']);
    expect(groups.flatMap((g) => g.items).length).toBe(4);
  });

  it('gives every warning a distinct anchor, even at the same place', () => {
    const groups = groupWarnings([w('funding_sum', 9, 'amount'), w('funding_sum', 9, 'amount'), w('formula', 9, 'amount')]);
    const anchors = groups.flatMap((g) => g.items.map((i) => i.anchor));
    expect(new Set(anchors).size).toBe(3);
    expect(anchors[0]).toBe('w-funding-sum-funding-9-amount');
  });
});
