// What the search indexer (src/publish/search-index.ts) and the search page
// (src/browser/search/) agree on.

/** Marks where the index's folded (đ → d) copies of a page's text start. */
export const FOLD_MARK = '⁂';

/** The metadata field holding the folded page title. */
export const FOLDED_TITLE_META = 'folded_title';

/** The metadata field set on the page of a present-day unit (a unit a chain of changes reaches). */
export const PRESENT_META = 'present';
