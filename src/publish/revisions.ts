// Revisions: a published figure whose value changed from one build to the
// next. Each build compares its figures with the previous publication's
// (its du-lieu/indicator-values.json) and carries the history forward in
// du-lieu/sua-doi.json. Pure functions; reading the previous publication is
// src/site/revisions.ts.

/** A published figure: one row of indicator-values, by (indicator, as_of, kind). */
export interface Figure {
  indicator: string;
  as_of: string;
  kind: string;
  value: number;
  denominator?: number;
}

export interface FigureState {
  value: number;
  denominator?: number;
}

export interface Revision {
  /** The date of the build that published the change. */
  revised_on: string;
  indicator: string;
  as_of: string;
  kind: string;
  /** Null when the figure had been withdrawn and is published again. */
  before: FigureState | null;
  /** Null when the figure was withdrawn. */
  after: FigureState | null;
}

/**
 * How the history began: `none`, no previous publication where the build looked;
 * `no-history`, a publication from before revisions were kept (compared, but
 * its own past is unknown); `unreadable`, one that could not be read, so the
 * history before it is lost; `other-data-set`, a publication about another place.
 */
export type HistoryStart = 'none' | 'no-history' | 'unreadable' | 'other-data-set';

export interface RevisionHistory {
  format: 'ntm-revisions';
  version: 1;
  root: { code: string; name: string };
  started: { on: string; reason: HistoryStart; where?: string; detail?: string };
  /** Builds that kept the history but could not compare their figures with the previous ones. */
  gaps: { on: string; where?: string; detail: string }[];
  built_on: string;
  /** Oldest first. */
  revisions: Revision[];
}

/** What the build found where the previous publication should be. */
export type PreviousPublication =
  | { kind: 'none'; where?: string }
  | { kind: 'unreadable'; where: string; detail: string }
  | {
      kind: 'found';
      where: string;
      /** Undefined with `figuresError` when its indicator-values.json could not be read. */
      figures?: Figure[];
      figuresError?: string;
      /** Undefined when it has no sua-doi.json; then `historyError` says whether one was there but unreadable. */
      history?: RevisionHistory;
      historyError?: string;
      /** Its root unit's code, when known without a history (from its units.json). */
      rootCode?: string;
    };

export const figureKey = (f: { indicator: string; as_of: string; kind: string }): string => `${f.indicator}\u0000${f.as_of}\u0000${f.kind}`;

const state = (f: FigureState): FigureState => (f.denominator === undefined ? { value: f.value } : { value: f.value, denominator: f.denominator });
const same = (a: FigureState, b: FigureState) => a.value === b.value && a.denominator === b.denominator;

/** Changed and withdrawn figures, and withdrawn ones published again, in the order of `after` then `before`. */
export function diffFigures(before: Figure[], after: Figure[], on: string, history: Revision[] = []): Revision[] {
  const old = new Map(before.map((f) => [figureKey(f), f]));
  const now = new Map(after.map((f) => [figureKey(f), f]));
  const withdrawn = new Set(history.filter((r) => r.after === null).map(figureKey));
  const out: Revision[] = [];
  for (const [key, f] of now) {
    const was = old.get(key);
    const head = { revised_on: on, indicator: f.indicator, as_of: f.as_of, kind: f.kind };
    if (was && !same(was, f)) out.push({ ...head, before: state(was), after: state(f) });
    else if (!was && withdrawn.has(key)) out.push({ ...head, before: null, after: state(f) });
  }
  for (const [key, f] of old) {
    if (!now.has(key)) out.push({ revised_on: on, indicator: f.indicator, as_of: f.as_of, kind: f.kind, before: state(f), after: null });
  }
  return out;
}

/** This build's history, from the previous publication's and the figures both publish. */
export function nextHistory(previous: PreviousPublication, figures: Figure[], root: { code: string; name: string }, on: string): RevisionHistory {
  // A folder on the build machine is its own business; only an address is published.
  const where = previous.where && /^https?:\/\//i.test(previous.where) ? previous.where : undefined;
  const fresh = (reason: HistoryStart, detail?: string, revisions: Revision[] = []): RevisionHistory => ({
    format: 'ntm-revisions',
    version: 1,
    root,
    started: { on, reason, ...(where ? { where } : {}), ...(detail ? { detail } : {}) },
    gaps: [],
    built_on: on,
    revisions,
  });
  if (previous.kind === 'none') return fresh('none');
  if (previous.kind === 'unreadable') return fresh('unreadable', previous.detail);
  const { history } = previous;
  const otherRoot = history ? history.root.code : previous.rootCode;
  if (otherRoot !== undefined && otherRoot !== root.code) {
    return fresh('other-data-set', history ? `${history.root.name} (${history.root.code})` : otherRoot);
  }
  if (!history) {
    const changes = previous.figures ? diffFigures(previous.figures, figures, on) : [];
    const why = previous.historyError ?? previous.figuresError;
    return fresh(previous.historyError ? 'unreadable' : 'no-history', why, changes);
  }
  if (!previous.figures) {
    return { ...history, root, built_on: on, gaps: [...history.gaps, { on, ...(where ? { where } : {}), detail: previous.figuresError ?? 'indicator-values.json' }] };
  }
  return { ...history, root, built_on: on, revisions: [...history.revisions, ...diffFigures(previous.figures, figures, on, history.revisions)] };
}

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function figureState(v: unknown): FigureState | null | undefined {
  if (v === null) return null;
  if (typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (!isNum(o.value) || (o.denominator !== undefined && !isNum(o.denominator))) return undefined;
  return state(o as unknown as FigureState);
}

/** The figures of a published indicator-values.json (its rows as the downloads write them), or why not. */
export function parseFigures(json: unknown): Figure[] | string {
  if (!Array.isArray(json)) return 'indicator-values.json: not a list of rows';
  const out: Figure[] = [];
  for (const [i, row] of json.entries()) {
    const r = row as Record<string, unknown>;
    if (!r || typeof r.indicator !== 'string' || !isDate(r.as_of) || typeof r.kind !== 'string' || !isNum(r.value) || !(r.denominator == null || isNum(r.denominator))) {
      return `indicator-values.json: row ${i + 1} is not a figure`;
    }
    out.push({ indicator: r.indicator, as_of: r.as_of, kind: r.kind, value: r.value, ...(isNum(r.denominator) ? { denominator: r.denominator } : {}) });
  }
  return out;
}

/** A published sua-doi.json, checked field by field, or why not. */
export function parseHistory(json: unknown): RevisionHistory | string {
  const h = json as Partial<RevisionHistory> | null;
  const bad = (what: string) => `sua-doi.json: ${what}`;
  if (!h || typeof h !== 'object' || h.format !== 'ntm-revisions') return bad('not a revision history');
  if (h.version !== 1) return bad(`version ${String(h.version)} is not supported`);
  if (!h.root || typeof h.root.code !== 'string' || typeof h.root.name !== 'string') return bad('no root unit');
  if (!h.started || !isDate(h.started.on)) return bad('no start');
  if (!Array.isArray(h.revisions) || !Array.isArray(h.gaps)) return bad('no list of revisions');
  for (const [i, r] of h.revisions.entries()) {
    const ok = r && isDate(r.revised_on) && typeof r.indicator === 'string' && isDate(r.as_of) && typeof r.kind === 'string' && figureState(r.before) !== undefined && figureState(r.after) !== undefined;
    if (!ok) return bad(`revision ${i + 1} is malformed`);
  }
  return h as RevisionHistory;
}

/** The build's date: NTM_BUILD_DATE (YYYY-MM-DD) if set, else today in Vietnam (UTC+7). */
export function buildDate(env: string | undefined, now = new Date()): string {
  if (env !== undefined && env !== '') {
    const d = new Date(`${env}T00:00:00Z`);
    if (!isDate(env) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== env) {
      throw new Error(`NTM_BUILD_DATE="${env}" không phải ngày YYYY-MM-DD / is not a YYYY-MM-DD date`);
    }
    return env;
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
