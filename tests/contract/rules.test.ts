// Rules more than one layer applies: standards' rank, OCOP certification at a
// date, aliases, rounding; and the file rules as the dictionary prints them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STANDARDS_BY_RANK, ocopCertifiedAt, splitAliases, standardRank } from '../../src/contract/rules.ts';
import { FILE_RULES } from '../../src/contract/file-rules.ts';
import { parseCode, parseDate, parseNumber } from '../../src/contract/values.ts';
import { codeLists } from '../../src/contract/codes.ts';
import { roundHalfAway } from '../../src/lib/round.ts';

describe('standards', () => {
  it('rank ntm < advanced < model, from the code list’s order, 0 left for none', () => {
    expect(STANDARDS_BY_RANK).toEqual(['ntm', 'advanced', 'model']);
    expect(['ntm', 'advanced', 'model'].map((s) => standardRank(s as 'ntm'))).toEqual([1, 2, 3]);
  });
});

describe('an OCOP product certified at a date', () => {
  it.each([
    [{ status: 'certified', certified_on: '2021-03-01' }, '2021-09-30', true],
    [{ status: 'certified', certified_on: '2021-10-01' }, '2021-09-30', false],
    [{ status: 'certified', certified_on: '2021-09-30' }, '2021-09-30', true],
    [{ status: 'certified' }, '2021-09-30', true],
    [{ status: 'expired', certified_on: '2018-03-01', expires_on: '2021-03-01' }, '2020-12-31', true],
    [{ status: 'expired', certified_on: '2018-03-01', expires_on: '2021-03-01' }, '2021-03-01', false],
    [{ status: 'expired' }, '2021-09-30', false],
    [{ status: 'in_progress', certified_on: '2020-01-01' }, '2021-09-30', false],
  ] as const)('%j at %s: %s', (product, asOf, expected) => {
    expect(ocopCertifiedAt(product, asOf)).toBe(expected);
  });
});

describe('aliases', () => {
  it('split on |, trimmed, empty parts dropped', () => {
    expect(splitAliases(' Văn Sơn | Vân  Sơn ||')).toEqual(['Văn Sơn', 'Vân  Sơn']);
    expect(splitAliases(undefined)).toEqual([]);
  });
});

describe('rounding half away from zero', () => {
  it.each([
    [96.875, 1, 96.9],
    [96.85, 1, 96.9],
    [2.675, 2, 2.68],
    [-2.5, 0, -3],
    [0.05, 1, 0.1],
    [31 / 32 * 100, 3, 96.875],
  ])('%d to %d decimals is %d', (value, decimals, expected) => {
    expect(roundHalfAway(value, decimals)).toBe(expected);
  });
});

describe('the file rules, as the dictionary prints them', () => {
  it('say each rule in both languages', () => {
    for (const r of FILE_RULES) {
      for (const text of [r.topic.vi, r.topic.en, r.rule.vi, r.rule.en]) expect(text.length, r.id).toBeGreaterThan(2);
      expect(r.rule.vi, r.id).not.toBe(r.rule.en);
    }
  });

  const rule = (id: string) => FILE_RULES.find((r) => r.id === id)!.rule;

  it('say of numbers what the reader does', () => {
    const text = rule('numbers');
    expect(parseNumber('3.900', 'dec')).toMatchObject({ ok: true, value: 3900 });
    expect(parseNumber('1.234.567', 'dec')).toMatchObject({ ok: true, value: 1234567 });
    expect(parseNumber('1,234.5', 'dec')).toMatchObject({ ok: true, value: 1234.5 });
    expect(parseNumber('9,53', 'dec')).toMatchObject({ ok: true, value: 9.53 });
    expect(parseNumber('3,900', 'dec')).toMatchObject({ ok: false, kind: 'number_ambiguous' });
    expect(parseNumber('30%', 'dec')).toMatchObject({ ok: false, kind: 'percent_sign' });
    for (const written of ['3.900', '1.234.567', '1.234,5', '1,234.5', '9,53', '3,900', '30%']) {
      expect(text.vi).toContain(written);
      expect(text.en).toContain(written);
    }
  });

  it('say of codes and dates what the reader does', () => {
    const { codes, labels } = codeLists.criterionStatus;
    expect(parseCode('đạt', codes, labels)).toMatchObject({ ok: true, value: 'met' });
    expect(rule('codes').en).toContain('đạt for met');
    expect(parseDate('31/02/2021').ok).toBe(false);
    expect(rule('dates').en).toContain('31/02/2021');
  });

  it('are stated in the same words in data/README.md: a BOM is allowed, and input numbers may be grouped', () => {
    const raw = readFileSync(join(import.meta.dirname, '../../data/README.md'), 'utf8');
    const readme = raw.replace(/\s+/g, ' ');
    expect(readme).toContain('UTF-8, with or without a BOM (Excel’s "CSV UTF-8" writes one)');
    expect(readme).toContain('`3,900` is rejected as ambiguous');
    expect(raw).not.toMatch(/^- UTF-8 without BOM/m);
  });
});
