import { describe, expect, it } from 'vitest';
import { codeLists } from '../../src/contract/codes.ts';
import { tableNames, tables, type ColumnSpec } from '../../src/contract/tables.ts';
import { parseCode, parseDate, parseNumber } from '../../src/contract/values.ts';
import { parseComputedFrom } from '../../src/contract/computed.ts';

const columns = tableNames.flatMap((t) => Object.entries(tables[t].columns as Record<string, ColumnSpec>).map(([name, spec]) => ({ table: t, name, spec })));

describe('the table description', () => {
  it('names each file after its table', () => {
    for (const t of tableNames) expect(tables[t].file).toBe(`${t}.csv`);
  });

  it('makes key columns required or defaulted, so that every row has a key', () => {
    // An abolition has no to_code: its key is effective + from_code, kept unique by the lineage check.
    const mayBeEmpty = new Set(['unit-changes.to_code']);
    for (const t of tableNames) {
      for (const k of tables[t].key) {
        if (mayBeEmpty.has(`${t}.${k}`)) continue;
        const spec = (tables[t].columns as Record<string, ColumnSpec>)[k];
        expect(spec?.required === true || spec?.default !== undefined, `${t}.${k}`).toBe(true);
      }
    }
  });

  it('points every reference at a table and every code column at a code list', () => {
    for (const { table, name, spec } of columns) {
      if (spec.type === 'ref') expect(tableNames, `${table}.${name}`).toContain(spec.ref);
      if (spec.type === 'code') expect(Object.keys(codeLists), `${table}.${name}`).toContain(spec.codes);
    }
  });

  it('has lowercase column names, so that case-insensitive matching can find them', () => {
    for (const { name } of columns) expect(name).toBe(name.toLowerCase().trim());
  });

  it('documents every column in both languages', () => {
    for (const { table, name, spec } of columns) {
      expect(spec.doc.vi, `${table}.${name}`).not.toBe('');
      expect(spec.doc.en, `${table}.${name}`).not.toBe('');
    }
  });

  it('gives examples and defaults that its own rules accept', () => {
    for (const { table, name, spec } of columns) {
      const label = `${table}.${name} = ${spec.example}`;
      for (const value of [spec.example, spec.default].filter((v): v is string => !!v)) {
        if (spec.type === 'int' || spec.type === 'dec' || spec.type === 'pct') expect(parseNumber(value, spec.type).ok, label).toBe(true);
        if (spec.type === 'date') expect(parseDate(value).ok, label).toBe(true);
        if (spec.type === 'code') {
          const list = codeLists[spec.codes!];
          expect(parseCode(value, list.codes as readonly string[], list.labels as Record<string, { vi: string; en: string }>).ok, label).toBe(true);
        }
        if (spec.type === 'computed') expect('rule' in parseComputedFrom(value), label).toBe(true);
      }
    }
  });

  it('gives examples that name no particular district, since every data set’s dictionary shows them', () => {
    for (const { table, name, spec } of columns) expect(spec.example, `${table}.${name}`).not.toMatch(/Triệu Sơn|Thanh Hóa/);
  });
});

describe('the code lists', () => {
  it('give each code a Vietnamese label of its own, so a label read as a synonym names one code', () => {
    for (const [list, { codes, labels }] of Object.entries(codeLists)) {
      const keys = (codes as readonly string[]).flatMap((c) => [c, (labels as Record<string, { vi: string }>)[c]!.vi.normalize('NFC').toLowerCase()]);
      expect(new Set(keys).size, list).toBe(keys.length);
    }
  });
});
