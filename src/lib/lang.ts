// The site's two languages: Vietnamese at /, English under /en/.
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

export const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');

/** A text in both languages. */
export type Bilingual = Record<Lang, string>;

export const bilingual = (vi: string, en: string): Bilingual => ({ vi, en });
