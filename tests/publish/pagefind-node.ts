// Runs a built site's own pagefind.js in Node: fetch reads the files from
// disk and <html lang> is stubbed, so tests query the real index per language.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pagefindOptions, searchQuery, titleFirst } from '../../src/browser/search/excerpt.ts';

export interface Hit {
  url: string;
  title: string;
  kind: string;
  content: string;
}

let patched = false;

function patchFetch(): void {
  if (patched) return;
  patched = true;
  const real = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('file:')) return real(input, init);
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response('', { status: 404 });
    }
  }) as typeof fetch;
}

/** A search over the site's index for one language, with the query folded as the search page folds it. */
export async function pagefindSearch(site: string, lang: 'vi' | 'en'): Promise<(query: string, kind?: string) => Promise<Hit[]>> {
  patchFetch();
  const g = globalThis as { document?: unknown };
  const previous = g.document;
  g.document = { querySelector: () => ({ getAttribute: () => lang }), currentScript: null };
  // A fresh module instance per site and language.
  const pf = await import(`${pathToFileURL(join(site, 'pagefind/pagefind.js')).href}?lang=${lang}&t=${Date.now()}`);
  await pf.options({ ...pagefindOptions, basePath: pathToFileURL(join(site, 'pagefind/')).href, baseUrl: '/' });
  await pf.init();
  g.document = previous;
  return async (query, kind) => {
    const found = await pf.search(searchQuery(query), kind ? { filters: { kind } } : {});
    type Data = { url: string; content: string; meta: Record<string, string>; filters: { kind?: string[] } };
    const data = (await Promise.all(found.results.map((r: { data: () => Promise<unknown> }) => r.data()))) as Data[];
    // In the order the search page shows them.
    return titleFirst(data, query).map((d) => ({
      url: d.url,
      title: d.meta.title ?? '',
      kind: d.filters.kind?.[0] ?? '',
      content: d.content,
    }));
  };
}
