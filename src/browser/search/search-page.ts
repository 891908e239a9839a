// The search page: loads Pagefind only here, reads ?q= and ?kind=, shows
// results with their kind, lets the user filter by kind.
import { TITLE_FIRST_OF, buildExcerpt, pagefindOptions, queryTerms, searchQuery, titleFirst } from './excerpt.ts';

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<unknown>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[]; totalFilters?: Record<string, Record<string, number>> }>;
}

const PAGE_SIZE = 20;

function setup(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  const kinds = JSON.parse(root.dataset.kinds ?? '{}') as Record<string, string>;
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
  let pagefind: Promise<Pagefind> | undefined;
  let shown: PagefindResult[] = [];
  let shownCount = 0;
  let runId = 0;
  let terms: string[] = [];

  const load = (): Promise<Pagefind> =>
    (pagefind ??= import(/* @vite-ignore */ root.dataset.pagefind!).then(async (pf: Pagefind) => {
      await pf.options({ ...pagefindOptions, baseUrl: root.dataset.base });
      await pf.filters(); // loads the filter index, so searches report counts per kind
      return pf;
    }));

  const fill = (template: string, vars: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

  async function renderMore(id: number): Promise<void> {
    const batch = shown.slice(shownCount, shownCount + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (id !== runId) return;
    for (const d of data) {
      const li = document.createElement('li');
      const kind = d.filters.kind?.[0] ?? 'page';
      const label = document.createElement('span');
      label.className = `search-kind kind-${kind}`;
      label.textContent = kinds[kind] ?? kind;
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = d.url;
      link.textContent = d.meta.title ?? d.url;
      heading.append(link);
      const excerpt = document.createElement('p');
      for (const part of buildExcerpt(d.content, terms)) {
        if (part.mark) {
          const mark = document.createElement('mark');
          mark.textContent = part.text;
          excerpt.append(mark);
        } else excerpt.append(part.text);
      }
      li.append(label, heading, excerpt);
      list.append(li);
    }
    shownCount += batch.length;
    more.hidden = shownCount >= shown.length;
  }

  async function run(push: boolean): Promise<void> {
    const id = ++runId;
    const q = input.value.trim();
    const kind = radios.find((r) => r.checked)?.value ?? '';
    if (push) {
      const url = new URL(location.href);
      url.searchParams.set('q', q);
      if (kind) url.searchParams.set('kind', kind);
      else url.searchParams.delete('kind');
      history.replaceState(null, '', url);
    }
    list.replaceChildren();
    more.hidden = true;
    if (!q) {
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading ?? '';
    try {
      const pf = await load();
      const found = await pf.search(searchQuery(q), kind ? { filters: { kind } } : {});
      if (id !== runId) return;
      terms = queryTerms(q);
      // The first page of results, reordered by title once their data are in.
      const head = await Promise.all(found.results.slice(0, TITLE_FIRST_OF).map(async (r) => ({ r, meta: (await r.data()).meta })));
      if (id !== runId) return;
      shown = [...titleFirst(head, q).map((h) => h.r), ...found.results.slice(TITLE_FIRST_OF)];
      shownCount = 0;
      const counts = found.totalFilters?.kind ?? {};
      for (const r of radios) {
        const count = r.parentElement?.querySelector('[data-count]');
        if (count) count.textContent = r.value ? ` (${counts[r.value] ?? 0})` : '';
      }
      status.textContent = shown.length === 0 ? fill(strings.none ?? '', { q }) : fill(strings.count ?? '', { n: shown.length, q });
      await renderMore(id);
    } catch {
      if (id === runId) status.textContent = strings.error ?? '';
    }
  }

  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  const kindParam = params.get('kind') ?? '';
  for (const r of radios) r.checked = r.value === kindParam;
  if (!radios.some((r) => r.checked) && radios[0]) radios[0].checked = true;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(true);
  });
  for (const r of radios) r.addEventListener('change', () => void run(true));
  more.addEventListener('click', () => void renderMore(runId));
  root.querySelector<HTMLElement>('[data-js-only]')!.hidden = false;
  root.querySelector<HTMLElement>('[data-no-js]')?.remove();
  if (input.value) void run(false);
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setup(root);
