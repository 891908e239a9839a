// t('key', { vars }) for one language, typed against the table in ui.ts.
import type { Lang } from '../lib/lang.ts';
import { ui } from './ui.ts';

export type UiKey = keyof typeof ui;

/** The `{name}` placeholders of a text, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

type KeyVars<K extends UiKey> = Placeholders<(typeof ui)[K]['vi']>;

/** No second argument for a text without placeholders; exactly its placeholders otherwise. */
export type VarsArg<K extends UiKey> = [KeyVars<K>] extends [never] ? [] : [vars: Record<KeyVars<K>, string | number>];

/** Keys whose two languages do not share the same placeholders. */
type PlaceholderMismatch = {
  [K in UiKey]: [Placeholders<(typeof ui)[K]['vi']>] extends [Placeholders<(typeof ui)[K]['en']>]
    ? [Placeholders<(typeof ui)[K]['en']>] extends [Placeholders<(typeof ui)[K]['vi']>]
      ? never
      : K
    : K;
}[UiKey];
// A compile error that names the key when a translation's placeholders differ.
const placeholdersAgree: [PlaceholderMismatch] extends [never] ? true : PlaceholderMismatch = true;
void placeholdersAgree;

export type Translate = <K extends UiKey>(key: K, ...vars: VarsArg<K>) => string;

export function fill(text: string, vars: Record<string, string | number> | undefined): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** `t('nav.units')`, `t('search.count', { n, q })`. */
export function useTranslations(lang: Lang): Translate {
  return (key, ...vars) => fill(ui[key][lang], vars[0] as Record<string, string | number> | undefined);
}

/** The same text in both languages, e.g. for the language switch. */
export function bothLanguages<K extends UiKey>(key: K): { vi: string; en: string } {
  return ui[key];
}

/** The `lang` route param: undefined for Vietnamese at /, 'en' for /en/. */
export function langFromParam(param: string | undefined): Lang {
  return param === 'en' ? 'en' : 'vi';
}

/** getStaticPaths entries for both languages. */
export function langParams(): { lang: string | undefined }[] {
  return [{ lang: undefined }, { lang: 'en' }];
}

/** A text with its placeholders left in, for a script in the page to fill. */
export function template(lang: Lang, key: UiKey): string {
  return ui[key][lang];
}
