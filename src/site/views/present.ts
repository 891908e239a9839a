// The page of a present-day unit that a chain reaches: what it is, when it
// was formed, that the data hold no figures of its own, and the former units
// it came from, with theirs, grouped by the way each one came.
import type { Lang } from '../../lib/lang.ts';
import { codeLabel } from '../../contract/codes.ts';
import { formatNumber } from '../../lib/format.ts';
import { formatChangeDate, type LineageStep, type PresentUnit } from '../../model/lineage.ts';
import type { SiteModel, Unit } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import { unitPath } from '../routes.ts';
import { changeDateText, presentParent } from './lineage.ts';
import { pageMeta } from './page.ts';

export interface PredecessorRow {
  unit: Unit;
  href: string;
  /** Only part of it went this way (a split). */
  partial: boolean;
  /** The latest date of its standings and criteria, if any. */
  asOf?: string;
}

export interface PredecessorGroup {
  caption: string;
  rows: PredecessorRow[];
}

/** The latest date with a standing or criteria for the unit. */
function latestFigures(u: Unit): string | undefined {
  const dates = [u.history.at(-1)?.as_of, ...u.criteria.map((c) => c.latest.asOf)].filter((d) => d !== undefined);
  return dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : undefined;
}

/** Direct, or through the units in between: one group per way, in the order first met. */
function groupKey(route: readonly LineageStep[]): string {
  return route.length === 1 ? `direct\u0000${route[0]!.date?.date ?? ''}` : route.slice(0, -1).map((s) => s.to!.id).join('\u0000');
}

function groupCaption(route: readonly LineageStep[], lang: Lang): string {
  const t = useTranslations(lang);
  const last = route.at(-1)!;
  if (route.length === 1) return t('present.direct', { date: formatChangeDate(last.date, lang) });
  const chain = route.slice(0, -1).map((s) => t('present.viaUnit', { name: s.to!.name, code: s.to!.code, date: formatChangeDate(s.date, lang) }));
  return t('present.via', { chain: chain.join(' → '), date: formatChangeDate(last.date, lang) });
}

export function presentGroups(model: SiteModel, p: PresentUnit, lang: Lang): PredecessorGroup[] {
  const groups = new Map<string, PredecessorGroup>();
  for (const pred of p.predecessors) {
    const unit = model.unitByCode.get(pred.unit.code);
    if (!unit) continue;
    for (const route of pred.routes) {
      const key = groupKey(route);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { caption: groupCaption(route, lang), rows: [] }));
      if (g.rows.some((r) => r.unit === unit)) continue;
      g.rows.push({ unit, href: unitPath(lang, unit), partial: route.some((s) => s.kind === 'split'), asOf: latestFigures(unit) });
    }
  }
  // Direct first, as the list of the change reads; then each way through a unit in between.
  return [...groups.entries()].sort(([a], [b]) => Number(!a.startsWith('direct')) - Number(!b.startsWith('direct'))).map(([, g]) => g);
}

export function presentView(model: SiteModel, p: PresentUnit, lang: Lang) {
  const t = useTranslations(lang);
  const levelLabel = p.level ? codeLabel('unitLevel', p.level, lang) : t('present.unit');
  const parent = presentParent(model, p, lang);
  const since = changeDateText(p.since, lang);
  const bases = [...new Set(p.formedFrom.map((s) => s.basis).filter((b) => b !== undefined))];
  const groups = presentGroups(model, p, lang);
  const names = [...new Set(groups.flatMap((g) => g.rows.map((r) => r.unit.name)))];
  const count = new Set(groups.flatMap((g) => g.rows.map((r) => r.unit))).size;
  const predates = model.latestAsOf !== undefined && p.since !== undefined && model.latestAsOf < (p.since.notBefore ?? p.since.date);
  return {
    page: pageMeta(model, lang, {
      title: p.name,
      kind: 'commune',
      description: t('present.description', { name: p.name, level: levelLabel, date: since.when, names: names.join(', ') }),
    }),
    name: p.name,
    code: p.code,
    levelLabel,
    parent,
    since,
    bases,
    notAssessed: t('present.notAssessed', { name: p.name }),
    predates: predates ? t('present.predates', { name: p.name, date: formatChangeDate({ date: model.latestAsOf! }, lang) }) : undefined,
    intro: t('present.fromIntro', { name: p.name, n: formatNumber(count, lang) }),
    groups,
  };
}

export type PresentView = ReturnType<typeof presentView>;
