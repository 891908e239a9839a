// Cell rules of data-contract.md §1 and §1.1: numbers, dates, codes,
// formula-like text, and how numbers are written back. Pure functions, no I/O.
import type { CodeLabel } from './codes.ts';
import type { Bilingual } from '../lib/lang.ts';
import { say, type IssueKind, type Said } from './messages.ts';

export type NumberKind = 'int' | 'dec' | 'pct';

export type Parsed<T> = { ok: true; value: T; decimals?: number } | { ok: false; kind: IssueKind; message: Bilingual };

const fail = ({ kind, vi, en }: Said): Parsed<never> => ({ ok: false, kind, message: { vi, en } });

const GROUPED = (sep: '.' | ',') => new RegExp(`^[1-9]\\d{0,2}(\\${sep}\\d{3})+$`);
const GROUPED_DOT = GROUPED('.');
const GROUPED_COMMA = GROUPED(',');
const SPACES = /[\s\u00A0\u202F]/;
const SPACE_GROUPED = /^([1-9]\d{0,2}(?:[ \u00A0\u202F]\d{3})+)(?:[.,](\d+))?$/;

/** Reads a number as staff's Excel may have written it, never silently misreading it. */
export function parseNumber(raw: string, kind: NumberKind): Parsed<number> {
  let text = raw.trim();
  if (text.endsWith('%')) {
    if (kind !== 'pct') {
      return fail(say.percent_sign.text());
    }
    text = text.slice(0, -1).trimEnd();
  }
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('+')) {
    if (text.startsWith('-')) sign = -1;
    text = text.slice(1);
  }
  if (/^\d+([.,]\d+)?e[+-]?\d+$/i.test(text)) return fail(say.number_invalid.scientific({ text: raw.trim() }));
  if (SPACES.test(text)) {
    // `64 970`, `1 234,5`: spaces (or no-break spaces) group thousands; the mark left is the decimal.
    const grouped = SPACE_GROUPED.exec(text);
    if (!grouped) return fail(say.number_invalid.spaces({ text: raw.trim() }));
    const fraction = grouped[2] ?? '';
    const value = sign * Number(`${grouped[1]!.replace(/\D/g, '')}.${fraction || '0'}`);
    if (kind === 'int' && !Number.isInteger(value)) return fail(say.number_not_integer.text());
    return { ok: true, value: value === 0 ? 0 : value, decimals: fraction.length };
  }
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) {
    return fail(say.number_invalid.notANumber());
  }
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  let normalised: string;
  let decimals = 0;
  if (dots === 0 && commas === 0) {
    normalised = text;
  } else if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const decimalMark = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const groupMark = decimalMark === '.' ? ',' : '.';
    const cut = text.lastIndexOf(decimalMark);
    const whole = text.slice(0, cut);
    const fraction = text.slice(cut + 1);
    if (whole.includes(decimalMark) || !(decimalMark === '.' ? GROUPED_COMMA : GROUPED_DOT).test(whole)) {
      return fail(say.number_invalid.separators({ group: groupMark, decimal: decimalMark }));
    }
    normalised = `${whole.split(groupMark).join('')}.${fraction}`;
    decimals = fraction.length;
  } else {
    const mark = dots > 0 ? '.' : ',';
    const count = dots + commas;
    const parts = text.split(mark);
    if (count > 1) {
      // Several of the same mark can only be thousands grouping.
      if (!(mark === '.' ? GROUPED_DOT : GROUPED_COMMA).test(text)) {
        return fail(say.number_invalid.repeatedMark({ mark }));
      }
      normalised = parts.join('');
    } else {
      const [whole = '', fraction = ''] = parts;
      const looksGrouped = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
      if (!looksGrouped) {
        normalised = `${whole}.${fraction}`;
        decimals = fraction.length;
      } else if (mark === '.') {
        normalised = whole + fraction; // Vietnamese grouping: 3.900 = 3900
      } else {
        const asDecimal = String(Number(`${whole}.${fraction}`));
        const asThousands = whole + fraction;
        const decimalVi = `${whole},${fraction.replace(/0+$/, '') || '0'}`;
        return fail(say.number_ambiguous.text({ text: raw.trim(), asDecimal, asThousands, decimalVi }));
      }
    }
  }
  const value = sign * Number(normalised);
  if (!Number.isFinite(value)) return fail(say.number_invalid.notANumber());
  if (kind === 'int' && !Number.isInteger(value)) return fail(say.number_not_integer.text());
  return { ok: true, value: value === 0 ? 0 : value, decimals };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** `YYYY-MM-DD`, `DD/MM/YYYY` or `D/M/YYYY`, to ISO `YYYY-MM-DD`. */
export function parseDate(raw: string): Parsed<string> {
  const text = raw.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // `9/30/2021`: the month cannot be 30, but the day can be 9 … as month/day/year.
    if (m > 12 && d >= 1 && d <= 12 && validDay(y, d, m)) return fail(say.date_impossible.swapped({ text, month: String(m), iso: iso(y, d, m) }));
  } else if ((match = /^(\d{5})(?:[.,]\d+)?$/.exec(text))) {
    return fail(say.date_invalid.serial({ text, iso: excelSerialDate(Number(match[1])) }));
  } else {
    return fail(say.date_invalid.text());
  }
  if (!validDay(y, m, d)) return fail(say.date_impossible.text({ day: d, month: m, year: y }));
  return { ok: true, value: iso(y, m, d) };
}

const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function validDay(y: number, m: number, d: number): boolean {
  const maxDay = m === 2 && !isLeap(y) ? 28 : (DAYS_IN_MONTH[m - 1] ?? 0);
  return m >= 1 && m <= 12 && d >= 1 && d <= maxDay;
}

/** The day an Excel date number (1900 system) stands for: 44469 is 2021-09-30. */
export function excelSerialDate(serial: number): string {
  // Day 0 is 1899-12-30 for every serial after Excel's phantom 29/2/1900.
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

/** How a code cell is compared: NFC, trimmed, lower case. */
const codeKey = (text: string) => text.normalize('NFC').trim().toLowerCase();

const synonymsOf = new WeakMap<readonly string[], Map<string, string>>();

/**
 * Enumerated codes match case-insensitively, and so does the Vietnamese label
 * the data dictionary prints for each (`đạt` for `met`), with its diacritics.
 * The error lists what is allowed.
 */
export function parseCode<C extends string>(raw: string, codes: readonly C[], labels: Record<C, CodeLabel>): Parsed<C> {
  let index = synonymsOf.get(codes);
  if (!index) {
    index = new Map();
    for (const c of codes) index.set(codeKey(labels[c].vi), c);
    for (const c of codes) index.set(codeKey(c), c);
    synonymsOf.set(codes, index);
  }
  const found = index.get(codeKey(raw)) as C | undefined;
  if (found) return { ok: true, value: found };
  return fail(say.code_unknown.text({ allowed: codes.map((code) => ({ code, ...labels[code] })) }));
}

/** A text cell that a spreadsheet would run as a formula. */
export function looksLikeFormula(text: string): boolean {
  if (text.startsWith('=') || text.startsWith('@')) return true;
  if (text.startsWith('+') || text.startsWith('-')) {
    const next = text.charAt(1);
    return next !== '' && !/[\d ]/.test(next);
  }
  return false;
}

/** Neutralises a formula-like cell for the published CSV downloads. */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** Identifiers compared with leading zeros ignored, to diagnose Excel's dropped zeros. */
export function stripLeadingZeros(id: string): string {
  return /^\d+$/.test(id) ? id.replace(/^0+(?=\d)/, '') : id;
}

/** A number as a published cell writes it: '.' decimal, no grouping, no exponent. */
export function plainNumber(n: number): string {
  let text = Object.is(n, -0) ? '0' : String(n);
  if (/e/i.test(text)) {
    text = n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  }
  // "1.234" would read back as 1234 under Vietnamese grouping; "1.2340" cannot.
  if (/^-?[1-9]\d{0,2}\.\d{3}$/.test(text)) text += '0';
  return text;
}
