// The site's two languages: Vietnamese at /, English under /en/.
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

export const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');
