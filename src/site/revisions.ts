// The revision history of this build (publish/revisions.ts), read once per
// build from the previous publication: NTM_PREVIOUS_PUBLICATION (a folder or
// an http(s) address the staff configure), else NTM_PREVIOUS_DIST (the output
// folder scripts/build.ts is about to replace). The date is NTM_BUILD_DATE or today.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndicatorValue, SiteModel } from '../model/types.ts';
import {
  figureKey,
  nextHistory,
  parseFigures,
  parseHistory,
  type Figure,
  type PreviousPublication,
  type Revision,
  type RevisionHistory,
} from '../publish/revisions.ts';
import { getModel } from './model.ts';
import { buildDay } from './config.ts';

export type { Revision, RevisionHistory };

const FIGURES = 'du-lieu/indicator-values.json';
const HISTORY = 'du-lieu/sua-doi.json';
const UNITS = 'du-lieu/units.json';

/** A file of the previous publication: its text, undefined when absent, or an Error when it could not be read. */
type Reader = (path: string) => Promise<string | undefined | Error>;

function folderReader(dir: string): Reader {
  return async (path) => {
    const file = join(dir, path);
    if (!existsSync(file)) return undefined;
    try {
      return readFileSync(file, 'utf8');
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  };
}

function urlReader(base: string): Reader {
  const root = base.endsWith('/') ? base : `${base}/`;
  return async (path) => {
    try {
      const res = await fetch(new URL(path, root), { signal: AbortSignal.timeout(30_000) });
      if (res.status === 404 || res.status === 410) return undefined;
      if (!res.ok) return new Error(`HTTP ${res.status}`);
      return await res.text();
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  };
}

const parseJson = (text: string): unknown | Error => {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
};

/**
 * Reads what a previous publication holds; never throws. `configured` is false
 * for the output folder being replaced: one without the published figures (a
 * first build, or a site from before they were published) is no publication.
 */
export async function readPrevious(where: string | undefined, configured = true): Promise<PreviousPublication> {
  if (!where) return { kind: 'none' };
  const remote = /^https?:\/\//i.test(where);
  if (!remote && !existsSync(join(where, 'index.html'))) return { kind: 'none', where };
  const read = remote ? urlReader(where) : folderReader(where);
  const [figuresText, historyText] = await Promise.all([read(FIGURES), read(HISTORY)]);
  if (figuresText instanceof Error && (historyText instanceof Error || historyText === undefined)) {
    return { kind: 'unreadable', where, detail: `${FIGURES}: ${figuresText.message}` };
  }
  if (figuresText === undefined && historyText === undefined) {
    return remote || !configured ? { kind: 'none', where } : { kind: 'unreadable', where, detail: `${FIGURES}: not found` };
  }
  const found: Extract<PreviousPublication, { kind: 'found' }> = { kind: 'found', where };
  if (typeof figuresText === 'string') {
    const json = parseJson(figuresText);
    const figures = json instanceof Error ? `${FIGURES}: ${json.message}` : parseFigures(json);
    if (typeof figures === 'string') found.figuresError = figures;
    else found.figures = figures;
  } else found.figuresError = `${FIGURES}: ${figuresText ? figuresText.message : 'not found'}`;
  if (typeof historyText === 'string') {
    const json = parseJson(historyText);
    const history = json instanceof Error ? `${HISTORY}: ${json.message}` : parseHistory(json);
    if (typeof history === 'string') found.historyError = history;
    else found.history = history;
  } else if (historyText instanceof Error) found.historyError = `${HISTORY}: ${historyText.message}`;
  if (!found.history && !found.historyError) found.rootCode = await rootOf(read);
  return found;
}

/** The root unit of a publication from before revisions were kept, from its units.json. */
async function rootOf(read: Reader): Promise<string | undefined> {
  const text = await read(UNITS);
  if (typeof text !== 'string') return undefined;
  const rows = parseJson(text);
  if (!Array.isArray(rows)) return undefined;
  const root = rows.find((r: Record<string, unknown>) => r && (r.parent_code === null || r.parent_code === ''));
  return typeof root?.code === 'string' ? root.code : undefined;
}

/** Every indicator value the site publishes, as figures. */
export function figuresOf(model: SiteModel): Figure[] {
  return model.indicators.flatMap((i) =>
    i.values.map((v) => ({ indicator: i.id, as_of: v.as_of, kind: v.kind, value: v.value, ...(v.denominator !== undefined ? { denominator: v.denominator } : {}) })),
  );
}

export interface SiteRevisions {
  history: RevisionHistory;
  previous: PreviousPublication;
  /** Revisions of one figure, oldest first. */
  of: (value: Pick<IndicatorValue, 'indicator' | 'as_of' | 'kind'>) => Revision[];
}

export function siteRevisions(history: RevisionHistory, previous: PreviousPublication): SiteRevisions {
  const byKey = new Map<string, Revision[]>();
  for (const r of history.revisions) {
    const k = figureKey(r);
    (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(r);
  }
  return { history, previous, of: (v) => byKey.get(figureKey(v)) ?? [] };
}

let cached: Promise<SiteRevisions> | undefined;

export function getRevisions(): Promise<SiteRevisions> {
  cached ??= (async () => {
    const model = getModel();
    const where = process.env.NTM_PREVIOUS_PUBLICATION || process.env.NTM_PREVIOUS_DIST || undefined;
    const previous = await readPrevious(where, Boolean(process.env.NTM_PREVIOUS_PUBLICATION));
    const history = nextHistory(previous, figuresOf(model), { code: model.root.code, name: model.root.name }, buildDay());
    const problem =
      previous.kind === 'unreadable' ? previous.detail : previous.kind === 'found' ? (previous.historyError ?? previous.figuresError) : process.env.NTM_PREVIOUS_PUBLICATION ? 'not found' : undefined;
    if (problem) console.warn(`Cảnh báo / Warning: bản công bố trước / the previous publication (${where}): ${problem}`);
    return siteRevisions(history, previous);
  })();
  return cached;
}
