import type { Lang } from '../lib/lang.ts';
import { en } from './en.ts';
import { vi, type UiKey } from './vi.ts';

export type { UiKey };
export const languages: Lang[] = ['vi', 'en'];
const dictionaries: Record<Lang, Record<UiKey, string>> = { vi, en };

/** `t('nav.units')`, with `{name}` placeholders filled from `vars`. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, vars?: Record<string, string | number>): string => {
    let text = dictionaries[lang][key];
    if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
    return text;
  };
}

/** The `lang` route param: undefined for Vietnamese at /, 'en' for /en/. */
export function langFromParam(param: string | undefined): Lang {
  return param === 'en' ? 'en' : 'vi';
}

/** getStaticPaths entries for both languages. */
export function langParams(): { lang: string | undefined }[] {
  return [{ lang: undefined }, { lang: 'en' }];
}
