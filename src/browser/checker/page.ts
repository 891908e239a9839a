// The checker page: files dropped or chosen are checked by check.ts, loaded
// at the first sign of use, and every issue is listed with where it is, its
// value and both languages' messages. Text is set with textContent only.
import type { CheckResult } from './check.ts';
import type { Issue } from '../../contract/issues.ts';

type Strings = Record<string, string>;
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (whole, k: string) => String(vars[k] ?? whole));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

function where(i: Issue, s: Strings): string {
  const line = i.line !== undefined ? fill(s.line!, { n: i.line }) : undefined;
  if (i.workbook) return [i.workbook.file, i.workbook.sheet].join(' › ') + (i.workbook.cell ? ` › ${i.workbook.cell}` : line ? `, ${line}` : '');
  return i.file + (line ? `, ${line}` : '');
}

function item(i: Issue, s: Strings, lang: 'vi' | 'en'): HTMLLIElement {
  const li = el('li', undefined, `issue issue-${i.severity}`);
  Object.assign(li.dataset, { kind: i.kind, file: i.file, line: String(i.line ?? ''), column: i.column ?? '' });
  const at = el('p');
  at.append(el('code', where(i, s)));
  if (i.column !== undefined) at.append(` · ${s.column} `, el('code', i.column));
  if (i.value !== undefined && i.value !== '') at.append(` · ${s.value} `, el('code', JSON.stringify(i.value)));
  const other = lang === 'vi' ? 'en' : 'vi';
  const second = el('p', i[other], 'other-lang');
  second.lang = other;
  li.append(at, el('p', i[lang]), second);
  return li;
}

function render(r: CheckResult, root: HTMLElement, s: Strings, lang: 'vi' | 'en'): void {
  const out = root.querySelector<HTMLElement>('[data-results]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  status.textContent = `${fill(s.summary!, { errors: r.counts.error, warnings: r.counts.warning, information: r.counts.information })} ${r.counts.error > 0 ? s.notOk : s.ok}`;
  const parts: HTMLElement[] = [];
  if (r.read.length > 0) parts.push(el('p', `${s.read} ${r.read.join(', ')}`, 'read'));
  if (!r.crossChecked) parts.push(el('p', s.notCrossChecked, 'notice'));
  for (const [severity, heading] of [['error', s.errors], ['warning', s.warnings], ['information', s.information]] as const) {
    const list = r.issues.filter((i) => i.severity === severity);
    if (list.length === 0) continue;
    const h = el('h2', `${heading} (${r.counts[severity]})`);
    const ul = el('ul', undefined, 'issues');
    ul.dataset.severity = severity;
    ul.append(...list.map((i) => item(i, s, lang)));
    parts.push(h, ul);
    for (const o of r.omitted.filter((x) => x.severity === severity)) {
      parts.push(el('p', fill(s.omitted!, { n: o.count, where: o.column ? `${o.file} · ${s.column} ${o.column}` : o.file })));
    }
  }
  out.replaceChildren(...parts);
}

function setup(root: HTMLElement): void {
  const s = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const lang = root.dataset.lang === 'en' ? 'en' : 'vi';
  const drop = root.querySelector<HTMLElement>('[data-drop]')!;
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  let checker: Promise<typeof import('./check.ts')> | undefined;
  const load = () => (checker ??= import('./check.ts'));
  let run = 0;

  // Fetched at the first sign of use, so that it is there when the files come, offline too.
  const warm = () => void load().then((c) => c.prefetch(), () => (checker = undefined));
  for (const type of ['pointerenter', 'focusin', 'dragenter']) drop.addEventListener(type, warm, { once: true });

  const check = async (files: File[]) => {
    if (files.length === 0) return;
    const id = ++run;
    status.textContent = fill(s.reading!, { n: files.length });
    root.querySelector('[data-results]')!.replaceChildren();
    try {
      const c = await load();
      const given = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const result = await c.check(given);
      if (id === run) render(result, root, s, lang);
    } catch (e) {
      if (id === run) status.textContent = fill(s.failed!, { detail: e instanceof Error ? e.message : String(e) });
    }
  };
  input.addEventListener('change', () => void check([...(input.files ?? [])]));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    void check([...(e.dataTransfer?.files ?? [])]);
  });
  root.querySelector<HTMLElement>('[data-js-only]')!.hidden = false;
  root.querySelector('[data-no-js]')?.remove();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-checker]')) setup(root);
