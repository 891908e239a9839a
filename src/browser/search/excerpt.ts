// Search terms and result excerpts, folded so "dong" matches "Đồng".
// Pure functions: used by the search page and unit-tested in Node.
import { foldVietnamese } from '../../lib/text.ts';
import { FOLD_MARK, FOLDED_TITLE_META, PRESENT_META } from '../../lib/search.ts';

export { FOLD_MARK, FOLDED_TITLE_META, PRESENT_META };


const norm = (word: string) => foldVietnamese(word).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Pagefind options shared by the search page and the tests. The folded page
 * title (a metadata field written by the indexer) ranks like the title, so
 * `dong loi` finds the page titled "Đồng Lợi" first.
 */
export const pagefindOptions = { excerptLength: 30, ranking: { metaWeights: { [FOLDED_TITLE_META]: 5 } } };

/** The query as sent to Pagefind: folded, so đ → d like the folded copies. */
export function searchQuery(query: string): string {
  return foldVietnamese(query).trim();
}

/** Folded words of the query, for highlighting. */
export function queryTerms(query: string): string[] {
  return foldVietnamese(query)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** How many of the best results are reordered by title: the first page of results. */
export const TITLE_FIRST_OF = 20;

/**
 * The order to show results in: among the first `TITLE_FIRST_OF`, pages
 * titled exactly what was typed come first, and of those a present-day
 * unit before the former units of the same name; otherwise Pagefind's order.
 * Pagefind scores "Thọ Phú" and the old Thọ Phú alike, and a page that only
 * has "phủ" and "thôn" in it close to both.
 */
export function titleFirst<T extends { meta: Record<string, string | undefined> }>(results: readonly T[], query: string): T[] {
  const q = queryTerms(query).join(' ');
  const rank = (r: T) => (queryTerms(r.meta.title ?? '').join(' ') !== q ? 2 : r.meta[PRESENT_META] ? 0 : 1);
  const head = results.slice(0, TITLE_FIRST_OF).map((r, i) => ({ r, i, rank: rank(r) }));
  head.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return [...head.map((h) => h.r), ...results.slice(TITLE_FIRST_OF)];
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * About `length` words of the page's own text around the densest run of
 * matches, with the matching words marked. The folded copies are left out.
 */
export function buildExcerpt(content: string, terms: string[], length = 30): ExcerptPart[] {
  const cut = content.indexOf(FOLD_MARK);
  const words = (cut >= 0 ? content.slice(0, cut) : content).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hit = words.map((w) => {
    const n = norm(w);
    return n !== '' && terms.some((t) => n.startsWith(t));
  });
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    if (hit[i]) count++;
    if (i >= length && hit[i - length]) count--;
    const start = Math.max(0, i - length + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  // Start a few words before the first match, for context.
  const firstHit = hit.indexOf(true, best);
  const start = firstHit >= 0 ? Math.max(0, Math.min(best, firstHit - 3)) : 0;
  const end = Math.min(words.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i++) {
    if (hit[i]) push(words[i]!, true);
    else push(words[i]!, false);
    if (i < end - 1) push(' ', false);
  }
  if (end < words.length) push(' …', false);
  return parts;
}
