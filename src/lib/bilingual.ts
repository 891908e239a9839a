// Text the data gives in Vietnamese with an optional English twin
// (`name_vi`/`name_en`, `note`/`note_en`: data contract §1.4).
import type { Lang } from './lang.ts';

/** A text and the language it is in: English pages fall back to the Vietnamese, marked as such. */
export interface LocalText {
  text: string;
  lang: Lang;
}

export function localText(vi: string, en: string | undefined, lang: Lang): LocalText {
  return lang === 'en' && en ? { text: en, lang: 'en' } : { text: vi, lang: 'vi' };
}

/** A row's `name_vi`/`name_en` in the page language (falling back to Vietnamese). */
export const nameIn = (row: { name_vi: string; name_en?: string }, lang: Lang): string => localText(row.name_vi, row.name_en, lang).text;

/** An indicator's `unit_vi`/`unit_en`. */
export const unitIn = (row: { unit_vi: string; unit_en?: string }, lang: Lang): string => localText(row.unit_vi, row.unit_en, lang).text;

/** A free-text column and its `<column>_en` twin (contract §1.4), in the page language. */
export function twin<R extends object>(row: R, column: keyof R & string, lang: Lang): LocalText | undefined {
  const cells = row as Record<string, unknown>;
  const vi = cells[column];
  if (typeof vi !== 'string' || vi === '') return undefined;
  const en = cells[`${column}_en`];
  return localText(vi, typeof en === 'string' ? en : undefined, lang);
}
