// Vietnamese text folding: accents removed and đ → d, for slugs and search.

export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The text with its first letter upper-case, to start a sentence ("ngân sách tỉnh …" → "Ngân sách tỉnh …"). */
export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
