// Every message of the lineage checks (unit-changes.csv and the successor
// shorthand of units.csv), Vietnamese first, English beside it. Kept in one
// place so that they can move into the message catalogue as they are.
import type { Bilingual } from '../lib/lang.ts';
import type { Code } from './codes.ts';
import { formatDate } from '../lib/format.ts';
import type { Lang } from '../lib/lang.ts';

/** When a change took effect: a day, or a range when the exact day is not known. */
export interface ChangeDate {
  date: string;
  /** Set when the exact day is not known: the change took effect between this day and `date`. */
  notBefore?: string;
}

/** Short form for pages and timelines: `1/7/2025`, or `2024–25` for an uncertain date. */
export function formatChangeDate(d: ChangeDate | undefined, lang: Lang): string {
  if (!d) return lang === 'vi' ? 'không rõ ngày' : 'date unknown';
  if (!d.notBefore) return formatDate(d.date, lang);
  const from = d.notBefore.slice(0, 4);
  const to = d.date.slice(0, 4);
  if (from === to) return from;
  return from.slice(0, 2) === to.slice(0, 2) ? `${from}–${to.slice(2)}` : `${from}–${to}`;
}

/** Long form for messages to staff: both bounds of an uncertain date. */
export function formatChangeDateLong(d: ChangeDate | undefined, lang: Lang): string {
  if (!d) return lang === 'vi' ? 'không rõ ngày' : 'date unknown';
  if (!d.notBefore) return lang === 'vi' ? `ngày ${formatDate(d.date, lang)}` : `on ${formatDate(d.date, lang)}`;
  return lang === 'vi'
    ? `trong khoảng ${formatDate(d.notBefore, lang)}–${formatDate(d.date, lang)}`
    : `between ${formatDate(d.notBefore, lang)} and ${formatDate(d.date, lang)}`;
}

type Kind = Code<'changeKind'>;
const VERB: Record<Kind, Bilingual> = {
  merge: { vi: 'sáp nhập vào', en: 'merged into' },
  split: { vi: 'chia tách, một phần vào', en: 'split, a part going to' },
  rename: { vi: 'đổi tên thành', en: 'renamed' },
  recode: { vi: 'đổi mã thành', en: 'recoded as' },
  transfer: { vi: 'chuyển cấp trên, thành', en: 'transferred, becoming' },
  abolish: { vi: 'giải thể', en: 'abolished' },
};

export interface UnitLabel {
  code: string;
  name: string;
}
const label = (u: UnitLabel) => `${u.name} (${u.code})`;

/** "merged into Xuân Lộc (15736) between 1/10/2024 and 4/1/2025 (unit-changes.csv line 3)". */
export interface Happened {
  kind: Kind;
  to?: UnitLabel;
  date?: ChangeDate;
  file: string;
  line: number;
}
const happened = (h: Happened, lang: Lang) => {
  const verb = VERB[h.kind][lang];
  const to = h.to ? ` ${label(h.to)}` : '';
  const where = lang === 'vi' ? `${h.file} dòng ${h.line}` : `${h.file} line ${h.line}`;
  return `${verb}${to} ${formatChangeDateLong(h.date, lang)} (${where})`;
};

const both = (f: (lang: Lang) => string): Bilingual => ({ vi: f('vi'), en: f('en') });
const day = (iso: string, lang: Lang) => formatDate(iso, lang);

export const lineageMessages = {
  fromNeverHeld: (from: UnitLabel, dayBefore: string, zeroMatch?: string): Bilingual => ({
    vi:
      `Không có đơn vị nào giữ mã "${from.code}" (${from.name}) vào ngày ${day(dayBefore, 'vi')}, ngày trước khi thay đổi có hiệu lực: mã này không có trong units.csv và không do thay đổi nào trước đó tạo ra.` +
      (zeroMatch ? ` Có phải là "${zeroMatch}"? Có lẽ Excel đã bỏ mất số 0 ở đầu: hãy định dạng cột là Văn bản (Text).` : ''),
    en:
      `No unit held code "${from.code}" (${from.name}) on ${day(dayBefore, 'en')}, the day before the change took effect: the code is not in units.csv and no earlier change created it.` +
      (zeroMatch ? ` Did you mean "${zeroMatch}"? Excel probably dropped the leading zeros: format the column as Text.` : ''),
  }),

  fromEnded: (from: UnitLabel, dayBefore: string, last: UnitLabel, how: Happened): Bilingual => ({
    vi: `Không còn đơn vị nào giữ mã "${from.code}" (${from.name}) vào ngày ${day(dayBefore, 'vi')}: ${label(last)} đã ${happened(how, 'vi')}. Thay đổi phải bắt đầu từ đơn vị còn tồn tại vào ngày trước ngày hiệu lực; với đơn vị đã thay đổi nhiều lần, from_code là đơn vị của bước trước.`,
    en: `No unit held code "${from.code}" (${from.name}) on ${day(dayBefore, 'en')}: ${label(last)} had been ${happened(how, 'en')}. A change starts from a unit that existed on the day before it took effect; for a unit that changed more than once, from_code is the unit of the previous step.`,
  }),

  fromNotYet: (from: UnitLabel, dayBefore: string, since: string, line: number): Bilingual => ({
    vi: `Mã "${from.code}" (${from.name}) chưa có đơn vị nào giữ vào ngày ${day(dayBefore, 'vi')}: đơn vị mang mã này chỉ có từ ngày ${day(since, 'vi')} (dòng ${line}). Thay đổi phải bắt đầu từ đơn vị giữ mã vào ngày trước ngày hiệu lực; nếu hai bước cùng một ngày, hãy ghi một bước từ đơn vị ban đầu.`,
    en: `No unit held code "${from.code}" (${from.name}) yet on ${day(dayBefore, 'en')}: the unit with this code only exists from ${day(since, 'en')} (line ${line}). A change starts from the unit that held the code on the day before it took effect; if two steps fell on one day, record one step from the original unit.`,
  }),

  fromOtherUnit: (from: UnitLabel, dayBefore: string, holder: UnitLabel, holderSince: ChangeDate | undefined): Bilingual => ({
    vi: `Vào ngày ${day(dayBefore, 'vi')}, mã "${from.code}" thuộc ${holder.name}${holderSince ? ` (có từ ${formatChangeDate(holderSince, 'vi')})` : ''}, không phải ${from.name}. Mã được dùng lại nên mã không đủ để nhận diện đơn vị: ${from.name} giữ mã này vào thời gian khác.`,
    en: `On ${day(dayBefore, 'en')} code "${from.code}" belonged to ${holder.name}${holderSince ? ` (since ${formatChangeDate(holderSince, 'en')})` : ''}, not to ${from.name}. Codes are reused, so a code alone does not identify a unit: ${from.name} held this code at another time.`,
  }),

  nameDiffers: (code: string, written: string, actual: string): Bilingual => ({
    vi: `Tên "${written}" khác tên của đơn vị giữ mã "${code}" vào ngày đó: "${actual}". Chuỗi thay đổi đi theo mã và ngày; trang web dùng tên "${actual}".`,
    en: `"${written}" is not the name of the unit that held code "${code}" on that day: "${actual}". Chains follow code and date; the site uses "${actual}".`,
  }),

  loopSameDay: (codes: string[], effective: string): Bilingual => ({
    vi: `Vòng lặp trong cùng ngày ${day(effective, 'vi')}: ${codes.join(' → ')}. Hai đơn vị không thể đổi mã cho nhau trong một ngày; có lẽ một dòng bị ghi ngược chiều (from và to).`,
    en: `A loop on one day (${day(effective, 'en')}): ${codes.join(' → ')}. Two units cannot exchange codes on the same day; a row was probably written the wrong way round (from and to).`,
  }),

  loopChain: (chain: UnitLabel[]): Bilingual => ({
    vi: `Chuỗi thay đổi quay lại đơn vị nó đã rời đi: ${chain.map(label).join(' → ')}. Chuỗi phải đi tiếp về phía trước; hãy kiểm tra from_code và to_code của dòng này.`,
    en: `The chain comes back to a unit it had left: ${chain.map(label).join(' → ')}. A chain only moves forward; check this row's from_code and to_code.`,
  }),

  splitOnePart: (from: UnitLabel, d: ChangeDate, to: UnitLabel | undefined): Bilingual => both(
    (lang) =>
      lang === 'vi'
        ? `Chia tách ${label(from)} ${formatChangeDateLong(d, 'vi')} chỉ có một phần${to ? `, vào ${label(to)}` : ''}. Đơn vị bị chia tách phải có ít nhất hai dòng kind = split cùng from_code và ngày, mỗi phần một dòng; nếu cả đơn vị nhập vào một đơn vị khác, hãy ghi kind = merge.`
        : `The split of ${label(from)} ${formatChangeDateLong(d, 'en')} has only one part${to ? `, to ${label(to)}` : ''}. A split needs at least two rows of kind split with the same from_code and date, one per part; if the whole unit went into another, use kind merge.`,
  ),

  fromConflict: (from: UnitLabel, d: ChangeDate, firstLine: number): Bilingual => ({
    vi: `${label(from)} đã có một thay đổi khác ${formatChangeDateLong(d, 'vi')} (dòng ${firstLine}). Mỗi đơn vị chỉ có một thay đổi trong một ngày; nếu nó bị chia thành nhiều phần, mọi dòng phải có kind = split.`,
    en: `${label(from)} already has another change ${formatChangeDateLong(d, 'en')} (line ${firstLine}). A unit has one change per day; if it was divided into parts, every row must have kind split.`,
  }),

  toMissing: (kind: string, columns: string[]): Bilingual => ({
    vi: `Thay đổi loại "${kind}" phải có ${columns.join(' và ')}: chỉ dòng giải thể (abolish) mới không có đơn vị sau thay đổi.`,
    en: `A change of kind "${kind}" needs ${columns.join(' and ')}: only an abolition (abolish) has no unit after the change.`,
  }),

  abolishWithTo: (): Bilingual => ({
    vi: 'Dòng giải thể (abolish) không có đơn vị sau thay đổi, nhưng to_code hoặc to_name có giá trị. Nếu địa bàn đã nhập vào đơn vị khác, hãy ghi kind = merge (hoặc split, mỗi phần một dòng).',
    en: 'An abolition (abolish) has no unit after the change, but to_code or to_name is filled in. If the area went into another unit, use kind merge (or split, one row per part).',
  }),

  toConflict: (code: string, d: ChangeDate | undefined, column: string, first: string, here: string, firstAt: { file: string; line: number }): Bilingual => ({
    vi: `Đơn vị mã "${code}" hình thành ${formatChangeDateLong(d, 'vi')} đã được ghi ở ${firstAt.file} dòng ${firstAt.line} với ${column} = "${first}", dòng này ghi "${here}". Một đơn vị chỉ có một tên, một cấp và một đơn vị cấp trên.`,
    en: `The unit with code "${code}" formed ${formatChangeDateLong(d, 'en')} is given on ${firstAt.file} line ${firstAt.line} with ${column} = "${first}", and here as "${here}". One unit has one name, one level and one parent.`,
  }),

  dateRange: (notBefore: string, effective: string): Bilingual => ({
    vi: `effective_not_before (${day(notBefore, 'vi')}) muộn hơn effective (${day(effective, 'vi')}). effective_not_before là ngày sớm nhất thay đổi có thể có hiệu lực, effective là ngày muộn nhất.`,
    en: `effective_not_before (${day(notBefore, 'en')}) is later than effective (${day(effective, 'en')}). effective_not_before is the earliest day the change can have taken effect, effective the latest.`,
  }),

  /** successor_* of units.csv against the unit's own rows in unit-changes.csv. */
  shorthand: (unit: UnitLabel, said: { code?: string; name?: string; from?: string }, table: Happened[], differs: ShorthandPart[], reachedLater?: UnitLabel[]): Bilingual =>
    both((lang) => {
      const vi = lang === 'vi';
      const target = [said.name, said.code ? (vi ? `mã ${said.code}` : `code ${said.code}`) : undefined].filter(Boolean).join(', ');
      const saidText = `${vi ? 'sáp nhập vào' : 'merged into'} ${target}${said.from ? ` ${formatChangeDateLong({ date: said.from }, lang)}` : ''}`;
      const tableText = table.map((h) => `${label(unit)} ${happened(h, lang)}`).join('; ');
      const later = reachedLater?.length
        ? vi
          ? ` ${said.code ?? said.name} là nơi chuỗi thay đổi dẫn tới sau đó, qua ${reachedLater.map(label).join(', ')}; successor_* chỉ ghi đơn vị kế thừa trực tiếp.`
          : ` ${said.code ?? said.name} is where the chain leads later, through ${reachedLater.map(label).join(', ')}; successor_* names the direct successor only.`
        : '';
      return vi
        ? `units.csv ghi ${label(unit)} ${saidText}, nhưng unit-changes.csv ghi: ${tableText}. Khác nhau: ${differs.map((d) => shorthandParts[d].vi).join(', ')}.${later} Hãy sửa successor_* cho khớp với một dòng merge của đơn vị này, hoặc để trống các cột đó (bảng unit-changes.csv đã đủ).`
        : `units.csv says ${label(unit)} ${saidText}, but unit-changes.csv says: ${tableText}. They differ in: ${differs.map((d) => shorthandParts[d].en).join(', ')}.${later} Make successor_* match one merge row of this unit, or leave those columns empty (unit-changes.csv is enough).`;
    }),
};

/** Names of what can disagree between the shorthand and the table, per language. */
export type ShorthandPart = 'kind' | 'code' | 'name' | 'date';
const shorthandParts: Record<ShorthandPart, Bilingual> = {
  kind: { vi: 'loại thay đổi', en: 'kind of change' },
  code: { vi: 'mã đơn vị kế thừa', en: 'successor code' },
  name: { vi: 'tên đơn vị kế thừa', en: 'successor name' },
  date: { vi: 'ngày hiệu lực', en: 'date' },
};
