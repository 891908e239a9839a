// Search terms and result excerpts, folded so "dong" matches "Đồng".
// Pure functions: used by the search page and unit-tested in Node.
import { foldVietnamese } from '../../lib/text.ts';
import { FOLD_MARK, FOLDED_TITLE_META } from '../../lib/search.ts';

export { FOLD_MARK, FOLDED_TITLE_META };


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
