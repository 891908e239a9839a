// Cell rules of data-contract.md §1 and §1.1: numbers, dates, codes,
// formula-like text. Pure functions, no I/O.
import type { CodeLabel } from './codes.ts';
import type { Bilingual } from './tables.ts';

export type NumberKind = 'int' | 'dec' | 'pct';

export type Parsed<T> =
  | { ok: true; value: T; decimals?: number }
  | { ok: false; kind: 'number_invalid' | 'number_ambiguous' | 'number_not_integer' | 'percent_sign' | 'date_invalid' | 'date_impossible' | 'code_unknown'; message: Bilingual };

const fail = (kind: Exclude<Parsed<never>, { ok: true }>['kind'], vi: string, en: string): Parsed<never> => ({
  ok: false,
  kind,
  message: { vi, en },
});

const GROUPED = (sep: '.' | ',') => new RegExp(`^[1-9]\\d{0,2}(\\${sep}\\d{3})+$`);
const GROUPED_DOT = GROUPED('.');
const GROUPED_COMMA = GROUPED(',');

/** Reads a number as staff's Excel may have written it, never silently misreading it. */
export function parseNumber(raw: string, kind: NumberKind): Parsed<number> {
  let text = raw.trim();
  if (text.endsWith('%')) {
    if (kind !== 'pct') {
      return fail('percent_sign', 'Dấu % chỉ dùng trong cột tỷ lệ phần trăm.', 'The % sign is allowed only in percent columns.');
    }
    text = text.slice(0, -1).trimEnd();
  }
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('+')) {
    if (text.startsWith('-')) sign = -1;
    text = text.slice(1);
  }
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) {
    return fail('number_invalid', 'Không phải là số.', 'Not a number.');
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
      return fail(
        'number_invalid',
        `Dấu phân cách không hợp lệ: "${groupMark}" phải tách từng nhóm 3 chữ số, "${decimalMark}" là dấu thập phân.`,
        `Invalid separators: "${groupMark}" must separate groups of three digits, "${decimalMark}" is the decimal mark.`,
      );
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
        return fail(
          'number_invalid',
          `Dấu "${mark}" xuất hiện nhiều lần nhưng không tách đúng các nhóm 3 chữ số.`,
          `"${mark}" appears several times but does not separate groups of three digits.`,
        );
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
        return fail(
          'number_ambiguous',
          `Số "${raw.trim()}" không rõ nghĩa: có thể là ${asDecimal.replace('.', ',')} (dấu phẩy thập phân) hoặc ${asThousands} (dấu phẩy ngăn cách hàng nghìn). Hãy ghi ${asThousands} hoặc ${decimalVi}.`,
          `"${raw.trim()}" is ambiguous: it could be ${asDecimal} (decimal comma) or ${asThousands} (comma grouping thousands). Write ${asThousands} or ${decimalVi}.`,
        );
      }
    }
  }
  const value = sign * Number(normalised);
  if (!Number.isFinite(value)) return fail('number_invalid', 'Không phải là số.', 'Not a number.');
  if (kind === 'int' && !Number.isInteger(value)) {
    return fail('number_not_integer', 'Cột này cần số nguyên.', 'This column needs a whole number.');
  }
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
  } else {
    return fail(
      'date_invalid',
      'Ngày không đúng định dạng: dùng YYYY-MM-DD, DD/MM/YYYY hoặc D/M/YYYY.',
      'Date not in a known format: use YYYY-MM-DD, DD/MM/YYYY or D/M/YYYY.',
    );
  }
  const maxDay = m === 2 && !isLeap(y) ? 28 : (DAYS_IN_MONTH[m - 1] ?? 0);
  if (m < 1 || m > 12 || d < 1 || d > maxDay) {
    return fail('date_impossible', 'Ngày không tồn tại trong lịch.', 'This date does not exist in the calendar.');
  }
  return { ok: true, value: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** Enumerated codes match case-insensitively; the error lists what is allowed. */
export function parseCode<C extends string>(raw: string, codes: readonly C[], labels: Record<C, CodeLabel>): Parsed<C> {
  const wanted = raw.trim().toLowerCase();
  const found = codes.find((c) => c.toLowerCase() === wanted);
  if (found) return { ok: true, value: found };
  const listVi = codes.map((c) => `${c} (${labels[c].vi})`).join(', ');
  return fail('code_unknown', `Mã không hợp lệ. Các mã được phép: ${listVi}.`, `Unknown code. Allowed codes: ${codes.join(', ')}.`);
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
