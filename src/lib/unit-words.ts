// English for the words staff write in `quantity_unit` (funding.csv), which
// has no `_en` twin in the data contract. Only words whose meaning is plain
// are listed; any other word is shown in Vietnamese, marked as such.
import type { LocalText } from './bilingual.ts';
import type { Lang } from './lang.ts';

const WORDS: Record<string, { one: string; many: string }> = {
  'xã': { one: 'commune', many: 'communes' },
  'phường': { one: 'ward', many: 'wards' },
  'thị trấn': { one: 'township', many: 'townships' },
  'huyện': { one: 'district', many: 'districts' },
  'thôn': { one: 'village', many: 'villages' },
  'bản': { one: 'village', many: 'villages' },
  'hộ': { one: 'household', many: 'households' },
  'người': { one: 'person', many: 'people' },
  'công trình': { one: 'facility', many: 'facilities' },
  'trường': { one: 'school', many: 'schools' },
  'mô hình': { one: 'model', many: 'models' },
  'sản phẩm': { one: 'product', many: 'products' },
  'dự án': { one: 'project', many: 'projects' },
  'km': { one: 'km', many: 'km' },
  'ha': { one: 'ha', many: 'ha' },
  'm2': { one: 'm²', many: 'm²' },
  'm²': { one: 'm²', many: 'm²' },
};

/**
 * A quantity's unit in the page language: `count` picks the English plural
 * ("11 communes"); without it the singular ("per commune").
 */
export function quantityUnitIn(unit: string, lang: Lang, count?: number): LocalText {
  if (lang === 'vi') return { text: unit, lang: 'vi' };
  const word = WORDS[unit.normalize('NFC').trim().toLowerCase()];
  if (!word) return { text: unit, lang: 'vi' };
  return { text: count !== undefined && count !== 1 ? word.many : word.one, lang: 'en' };
}
