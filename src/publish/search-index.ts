// After the Astro build: the Pagefind index (one per <html lang>), made to
// match queries typed without diacritics. It runs as a step of its own, once
// Astro's process has exited (docs/decisions.md, "Search index").
// Pagefind folds accents (ồ → o) but not đ → d, so each page is indexed with
// folded copies of its text that contains đ/Đ. The copies go to the index
// only: the published HTML is not changed.
import type { ChildProcess } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { foldVietnamese } from '../lib/text.ts';
import { FOLD_MARK, FOLDED_TITLE_META } from '../lib/search.ts';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const SKIP = new Set(['script', 'style', 'template', 'noscript']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Pagefind's default weights for headings. */
const HEADING_WEIGHT: Record<string, number> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };
/** Pagefind's highest weight, for the folded copy of the page title. */
const TITLE_WEIGHT = 10;
/** Marks where the folded copies start, so the search page can leave them out of excerpts. */
export { FOLD_MARK };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export interface IndexedText {
  /** Text blocks in document order, each with the heading weight it carries (1 for body text). */
  blocks: { text: string; weight: number }[];
  /** Offset in the HTML of the opening tag of the data-pagefind-body element. */
  bodyStart: number;
  /** Offset in the HTML of the closing tag of the data-pagefind-body element. */
  bodyEnd: number;
  /** [start, end) of each outermost data-pagefind-ignore element inside the body, tags included. */
  ignored: [number, number][];
}

/** The text Pagefind indexes: inside data-pagefind-body, outside data-pagefind-ignore, scripts and styles. */
export function indexedText(html: string): IndexedText | undefined {
  const token = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g;
  const stack: { name: string; body: boolean; ignore: boolean; skip: boolean; heading?: string; at: number }[] = [];
  const blocks: { text: string; weight: number }[] = [];
  const ignored: [number, number][] = [];
  let bodyStart = -1;
  let current = '';
  let currentWeight = 1;
  let inBody = 0;
  let ignore = 0;
  let skip = 0;
  let heading: string | undefined;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, weight: currentWeight });
    current = '';
  };
  // Nothing before the body's own tag is indexed: start there.
  const bodyAt = html.indexOf('data-pagefind-body');
  if (bodyAt < 0) return undefined;
  token.lastIndex = html.lastIndexOf('<', bodyAt);
  for (let m = token.exec(html); m; m = token.exec(html)) {
    const [whole, closing, rawName, attrs = '', text] = m;
    if (text !== undefined) {
      if (inBody > 0 && ignore === 0 && skip === 0) current += decodeEntities(text);
      continue;
    }
    if (!rawName) continue; // comment
    const name = rawName.toLowerCase();
    if (closing) {
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.name !== name) at--;
      if (at < 0) continue;
      const popped = stack.splice(at);
      if (BLOCK.has(name)) flush();
      for (const e of popped.reverse()) {
        if (e.body) {
          inBody--;
          if (inBody === 0) {
            flush();
            return { blocks, bodyStart, bodyEnd: m.index, ignored };
          }
        }
        if (e.ignore && --ignore === 0 && inBody > 0) ignored.push([e.at, m.index + whole.length]);
        if (e.skip) skip--;
        if (e.heading) {
          heading = undefined;
          currentWeight = 1;
        }
      }
      continue;
    }
    if (BLOCK.has(name)) flush();
    if (VOID.has(name) || whole.endsWith('/>')) continue;
    const entry = {
      name,
      body: attrs.includes('data-pagefind-body') && /\sdata-pagefind-body(?=[\s=>/]|$)/.test(attrs),
      ignore: attrs.includes('data-pagefind-ignore') && /\sdata-pagefind-ignore(?=[\s=>/]|$)/.test(attrs),
      skip: SKIP.has(name),
      heading: HEADING_WEIGHT[name] && !heading ? name : undefined,
      at: m.index,
    };
    if (entry.ignore && ignore === 0 && inBody > 0 && !entry.body) {
      // Nothing inside is indexed: jump past the element instead of reading
      // it tag by tag (most of a unit page is ignored tables).
      const end = elementEnd(html, name, token.lastIndex);
      ignored.push([m.index, end]);
      token.lastIndex = end;
      continue;
    }
    if (entry.body && inBody++ === 0) bodyStart = m.index;
    if (entry.ignore) ignore++;
    if (entry.skip) skip++;
    if (entry.heading) {
      heading = name;
      currentWeight = HEADING_WEIGHT[name]!;
    }
    stack.push(entry);
    if (name === 'script' || name === 'style') {
      // Raw text: jump to its end tag instead of reading code as markup.
      const end = new RegExp(`</${name}`, 'ig');
      end.lastIndex = token.lastIndex;
      token.lastIndex = end.exec(html)?.index ?? html.length;
    }
  }
  return undefined;
}

const tagPatterns = new Map<string, RegExp>();

/** Offset just after the end tag matching an element of this name whose content starts at `from`. */
function elementEnd(html: string, name: string, from: number): number {
  let tags = tagPatterns.get(name);
  if (!tags) tagPatterns.set(name, (tags = new RegExp(`<(/?)${name}(?=[\\s>/])|<!--[\\s\\S]*?-->`, 'gi')));
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (m[1] === undefined) continue; // comment
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      const close = html.indexOf('>', m.index);
      return close < 0 ? html.length : close + 1;
    }
  }
  return html.length;
}

const HAS_D = /[đĐ]/;
const HEAD_SKIPPED = /<style\b[\s\S]*?<\/style>|<script\b[\s\S]*?<\/script>|<link\b[^>]*>/gi;

/** Hidden đ → d copies of the title and of the indexed text that has đ/Đ; '' when there is none. */
function foldedCopies(found: IndexedText): string {
  // The page title (h1) is always copied, at the highest weight, so a page
  // whose title matches the query ranks above pages that only mention it.
  const copies = found.blocks
    .filter((b) => b.weight === HEADING_WEIGHT.h1 || HAS_D.test(b.text))
    .map((b) => {
      const title = b.weight === HEADING_WEIGHT.h1;
      const weight = title ? TITLE_WEIGHT : b.weight;
      const meta = title ? ` data-pagefind-meta="${FOLDED_TITLE_META}"` : '';
      return `<p${weight > 1 ? ` data-pagefind-weight="${weight}"` : ''}${meta}>${escapeHtml(foldVietnamese(b.text))}</p>`;
    });
  return copies.length === 0 ? '' : `<div hidden><p>${FOLD_MARK}</p>${copies.join('')}</div>`;
}

/**
 * The page as Pagefind is given it: the head, then only the indexed body,
 * without its ignored parts, and with the folded copies. Pagefind would skip
 * the rest anyway; not sending it halves what it parses on a national site.
 */
export function pageForIndex(html: string): string {
  const found = indexedText(html);
  if (!found) return html;
  const bodyTag = /<body\b[^>]*>/i.exec(html);
  const prefixEnd = bodyTag && bodyTag.index + bodyTag[0].length <= found.bodyStart ? bodyTag.index + bodyTag[0].length : found.bodyStart;
  // The head without its styles, scripts and links: Pagefind reads only the title and metadata there.
  const parts = [html.slice(0, prefixEnd).replace(HEAD_SKIPPED, '')];
  let from = found.bodyStart;
  for (const [start, end] of found.ignored) {
    parts.push(html.slice(from, start));
    from = end;
  }
  parts.push(html.slice(from, found.bodyEnd), foldedCopies(found), html.slice(found.bodyEnd, html.indexOf('>', found.bodyEnd) + 1));
  if (prefixEnd !== found.bodyStart) parts.push('</body></html>');
  return parts.join('');
}

export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        if (!(d === dir && entry.name === 'pagefind')) walk(path);
      } else if (entry.name.endsWith('.html')) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

/** `xa/a/index.html` → `/xa/a/`; other files keep their name. */
export function pageUrl(relPath: string): string {
  const path = relPath.split(sep).join('/');
  return '/' + (path === 'index.html' ? '' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
}

/** Pagefind's service processes, from their start until they are seen to exit. */
const services = new Set<ChildProcess>();
const onSpawn = (message: unknown) => {
  const child = (message as { process: ChildProcess }).process;
  services.add(child);
  child.once('exit', () => services.delete(child));
};

/** Closes Pagefind's service and waits for its process: pagefind's close() only signals it, and an unawaited child outlives the build. */
export async function closeSearchIndexer(): Promise<void> {
  const { close } = await import('pagefind');
  await close();
  await Promise.all(
    [...services].map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          // Pagefind unrefs it; the wait must keep this process alive.
          child.ref();
        }),
    ),
  );
}

/**
 * Pages per language above which Pagefind bundles the result fragments (about
 * 300 bytes each) into shared files: a national site gets 2,000 files of
 * about 2 KB instead of 29,000 of 300 bytes, and its index is written in a
 * third of the time (docs/benchmarks.md). A result then costs its reader
 * about 2 KB instead of 300 bytes. Smaller sites keep one file per page.
 */
export const MAX_FRAGMENT_FILES = 1000;

export async function indexSite(site: string, options: { maxFragments?: number } = {}): Promise<void> {
  const { createIndex } = await import('pagefind');
  subscribe('child_process', onSpawn);
  const { index, errors } = await createIndex({ maxFragments: options.maxFragments ?? MAX_FRAGMENT_FILES }).finally(() => unsubscribe('child_process', onSpawn));
  if (!index) {
    await closeSearchIndexer();
    throw new Error(errors.join('\n'));
  }
  try {
    const files = htmlFiles(site);
    // A few files in flight at once keeps the Pagefind service busy on large sites.
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < files.length; i = next++) {
        const html = readFileSync(files[i]!, 'utf8');
        if (!/data-pagefind-body/.test(html)) continue;
        const added = await index.addHTMLFile({ url: pageUrl(relative(site, files[i]!)), content: pageForIndex(html) });
        if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
  } finally {
    await closeSearchIndexer();
  }
}
