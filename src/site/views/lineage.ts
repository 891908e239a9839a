// Where a unit is today, as the unit page shows it: the units it is now part
// of, each way there as dated steps, and the other units that went the same
// way. Links go to a unit's own page only when the step is that unit: a code
// alone never names a unit across a change.
import type { Lang } from '../../lib/lang.ts';
import { codeLabel, type Code } from '../../contract/codes.ts';
import { formatDate } from '../../lib/format.ts';
import { formatChangeDate, type ChangeDate, type LineageStep, type LineageUnitRef, type PresentUnit } from '../../model/lineage.ts';
import type { SiteModel, Unit } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import { presentUnitPath, unitPath } from '../routes.ts';

/** A unit as a link, or as a name alone where it has no page (a unit in between). */
export interface LinkedUnit {
  name: string;
  /** "(mã 15763)" */
  codeText: string;
  href?: string;
  /** The unit whose page this is. */
  self?: boolean;
}

export interface StepView {
  when: string;
  /** For a date known only as a range: both bounds. */
  between?: string;
  verb: string;
  to?: LinkedUnit;
  basis?: string;
}

export interface RouteView {
  /** Only when the unit went more than one way (a split): where this way ends. */
  label?: string;
  start: LinkedUnit;
  steps: StepView[];
}

export interface UnitLineageView {
  /** The units it is part of today; empty when every way ended in an abolition. */
  ends: LinkedUnit[];
  /** "Không còn từ 1/7/2025", when it was abolished and is part of nothing. */
  ceased?: string;
  routes: RouteView[];
  /** Per end: the other units of the data set now part of it. */
  others: { end: LinkedUnit; units: LinkedUnit[] }[];
  /** Steps to a unit that reuses a code another unit held before. */
  reused: { text: string; old: LinkedUnit }[];
  /** Units that merged into this one, which carried on. */
  takenIn: { unit: LinkedUnit; when: string }[];
  /** For a unit with children that changed: where they are now. */
  childrenNow: LinkedUnit[];
}

/** The page of a unit in a chain: a unit of units.csv, a present-day unit, or none. */
export function refHref(model: SiteModel, ref: LineageUnitRef, lang: Lang): string | undefined {
  if (ref.page?.kind === 'present') {
    const p = model.lineage.presentBySlug.get(ref.page.slug);
    return p && presentUnitPath(lang, p);
  }
  if (ref.page?.kind === 'unit') {
    const u = model.unitByCode.get(ref.page.code);
    return u && unitPath(lang, u);
  }
  return undefined;
}

export function linkedUnit(model: SiteModel, ref: LineageUnitRef, lang: Lang, self?: Unit): LinkedUnit {
  const t = useTranslations(lang);
  const isSelf = self !== undefined && ref.page?.kind === 'unit' && ref.page.code === self.code;
  return { name: ref.name, codeText: t('lineage.code', { code: ref.code }), href: isSelf ? undefined : refHref(model, ref, lang), self: isSelf || undefined };
}

export function changeDateText(d: ChangeDate | undefined, lang: Lang): { when: string; between?: string } {
  const when = formatChangeDate(d, lang);
  if (!d?.notBefore) return { when };
  return { when, between: useTranslations(lang)('lineage.between', { from: formatDate(d.notBefore, lang), to: formatDate(d.date, lang) }) };
}

function stepView(model: SiteModel, s: LineageStep, lang: Lang, self: Unit): StepView {
  const t = useTranslations(lang);
  return { ...changeDateText(s.date, lang), verb: t(`lineage.kind.${s.kind}`), to: s.to && linkedUnit(model, s.to, lang, self), basis: s.basis && t('lineage.basis', { basis: s.basis }) };
}

/** The unit's lineage as its page shows it; undefined when nothing is recorded. */
export function unitLineageView(model: SiteModel, unit: Unit, lang: Lang): UnitLineageView | undefined {
  const childrenNow = childrenEnds(model, unit, lang);
  const l = unit.lineage;
  if (!l && childrenNow.length === 0) return undefined;
  const t = useTranslations(lang);
  const routes = l?.routes ?? [];
  const ends = (l?.ends ?? []).map((e) => linkedUnit(model, e, lang, unit));
  const last = routes.length > 0 && routes.every((r) => !r.at(-1)!.to) ? routes[0]!.at(-1) : undefined;
  const routeViews: RouteView[] = routes.map((r) => {
    const end = r.at(-1)!.to;
    return {
      label: routes.length > 1 && end ? t('lineage.routeTo', { name: end.name }) : undefined,
      start: linkedUnit(model, r[0]!.from, lang, unit),
      steps: r.map((s) => stepView(model, s, lang, unit)),
    };
  });

  const others = (l?.ends ?? []).flatMap((e) => {
    const units = othersAt(model, e).filter((u) => u !== unit).map((u) => ({ name: u.name, codeText: t('lineage.code', { code: u.code }), href: unitPath(lang, u) }));
    return units.length > 0 ? [{ end: linkedUnit(model, e, lang, unit), units }] : [];
  });

  // A unit a chain reaches that holds a code some unit of the data set held before it.
  const reused: UnitLineageView['reused'] = [];
  const seen = new Set<string>();
  for (const s of routes.flat()) {
    const to = s.to;
    if (!to || to.page?.kind === 'unit' || seen.has(to.id)) continue;
    // A unit renamed or moved under its own code is still that unit.
    if ((s.kind === 'rename' || s.kind === 'transfer') && s.from.code === to.code) continue;
    seen.add(to.id);
    const old = model.unitByCode.get(to.code);
    if (!old) continue;
    const name = to.since ? t('lineage.nameSince', { name: to.name, date: formatChangeDate(to.since, lang) }) : to.name;
    reused.push({
      text: t('lineage.codeReused', { code: to.code, name }),
      old: { name: old.name, codeText: t('lineage.code', { code: old.code }), href: old === unit ? undefined : unitPath(lang, old), self: old === unit || undefined },
    });
  }

  const takenIn = (l?.predecessors ?? []).map((p) => ({
    unit: linkedUnit(model, p.unit, lang, unit),
    when: p.routes.map((r) => formatChangeDate(r.at(-1)!.date, lang)).join(', '),
  }));
  return {
    ends,
    ceased: ends.length === 0 && last ? t('lineage.ceased', { date: formatChangeDate(last.date, lang) }) : undefined,
    routes: routeViews,
    others,
    reused,
    takenIn,
    childrenNow,
  };
}

/** The units of the data set whose chains reach this end: a present-day unit's predecessors, or a unit that carried on. */
function othersAt(model: SiteModel, end: LineageUnitRef): Unit[] {
  const preds = end.page?.kind === 'present' ? model.lineage.presentBySlug.get(end.page.slug)?.predecessors : end.page?.kind === 'unit' ? model.unitByCode.get(end.page.code)?.lineage?.predecessors : undefined;
  return (preds ?? []).map((p) => model.unitByCode.get(p.unit.code)).filter((u) => u !== undefined);
}

/** The present-day units the unit's children are part of, in the order first reached. */
function childrenEnds(model: SiteModel, unit: Unit, lang: Lang): LinkedUnit[] {
  const ends = new Map<string, LineageUnitRef>();
  for (const c of unit.children) for (const e of c.lineage?.ends ?? []) if (!ends.has(e.id)) ends.set(e.id, e);
  return [...ends.values()].map((e) => linkedUnit(model, e, lang));
}

const byCode = new WeakMap<SiteModel, Map<string, PresentUnit>>();
/** Present-day units by code: each code is held by one unit today. */
function presentByCode(model: SiteModel): Map<string, PresentUnit> {
  let map = byCode.get(model);
  if (!map) byCode.set(model, (map = new Map(model.lineage.present.map((p) => [p.code, p]))));
  return map;
}

/** "xã Thọ Phú", "Thọ Phú commune": a name with its level, for a parent named in the data. */
export function levelName(name: string, level: Code<'unitLevel'> | undefined, lang: Lang): string {
  if (!level) return name;
  return useTranslations(lang)('lineage.levelName', { level: codeLabel('unitLevel', level, lang), name });
}

/** The parent of a present-day unit as the data name it, with its level where some unit of the data gives it. */
export function presentParent(model: SiteModel, p: PresentUnit, lang: Lang): { text: string; href?: string } | undefined {
  if (!p.parentCode && !p.parentName) return undefined;
  const present = p.parentCode ? presentByCode(model).get(p.parentCode) : undefined;
  const unit = p.parentCode ? model.unitByCode.get(p.parentCode) : undefined;
  // A unit of units.csv is the parent only while it still exists under that code.
  const current = unit && !unit.lineage?.routes.length ? unit : undefined;
  const name = p.parentName ?? present?.name ?? current?.name ?? p.parentCode!;
  const level = present?.level ?? current?.level;
  return { text: levelName(name, level, lang), href: present ? presentUnitPath(lang, present) : current && unitPath(lang, current) };
}
