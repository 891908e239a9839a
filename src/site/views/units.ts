// /xa/: every unit but the root, or, above the list limit, the upper levels;
// then the present-day units that the units' chains reach.
import type { Lang } from '../../lib/lang.ts';
import { foldVietnamese } from '../../lib/text.ts';
import { formatNumber } from '../../lib/format.ts';
import { codeLabel, type Code } from '../../contract/codes.ts';
import { standardRank } from '../../contract/rules.ts';
import { formatChangeDate } from '../../model/lineage.ts';
import type { SiteModel, Unit } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import { presentUnitPath } from '../routes.ts';
import { linkedUnit, presentParent, type LinkedUnit } from './lineage.ts';
import { pageMeta } from './page.ts';

export interface UnitRow {
  unit: Unit;
  /** Shown below the name when the unit is not a child of the root. */
  parent?: Unit;
  /** Folded name, other names and code, for the filter box. */
  search: string;
  sortName: string;
  /** 0 for none recognised, 1 for ntm, 2 advanced, 3 model. */
  standingRank: number;
  /** The units it is part of today. */
  now: LinkedUnit[];
}

export function unitRow(model: SiteModel, unit: Unit, lang: Lang): UnitRow {
  return {
    unit,
    now: (unit.lineage?.ends ?? []).map((e) => linkedUnit(model, e, lang, unit)),
    parent: unit.depth > 1 ? unit.parent : undefined,
    search: foldVietnamese([unit.name, ...unit.otherNames, unit.code].join(' ')).toLowerCase(),
    sortName: foldVietnamese(unit.name).toLowerCase(),
    standingRank: unit.highestRecognized ? standardRank(unit.highestRecognized) : 0,
  };
}

export function unitsView(model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  const listing = model.listings.units;
  const units = listing.units;
  const title = t('units.title', { name: model.root.name });
  const intro = listing.complete
    ? t('units.intro', { n: formatNumber(units.length, lang) })
    : units.length > 0
      ? t('units.summaryIntro', { total: formatNumber(listing.total, lang), n: formatNumber(units.length, lang) })
      : t('units.summaryNone', { total: formatNumber(listing.total, lang) });
  return {
    page: pageMeta(model, lang, { title, description: intro }),
    title,
    intro,
    root: model.root,
    listing,
    rows: listing.complete ? units.map((u) => unitRow(model, u, lang)) : [],
    levels: [...new Set(units.map((u) => u.level))],
    present: presentListView(model, lang),
  };
}

export interface PresentRow {
  name: string;
  href: string;
  levelLabel: string;
  parent?: string;
  /** The former units of the data set it came from, by name. */
  cameFrom: string;
  since: string;
}

/** The present-day units as /xa/ lists them: a table when they fit in the list limit, else counts. */
function presentListView(model: SiteModel, lang: Lang) {
  const present = model.lineage.present;
  if (present.length === 0) return undefined;
  const t = useTranslations(lang);
  const dates = new Set(present.map((p) => formatChangeDate(p.since, lang)));
  const oneDate = dates.size === 1 ? [...dates][0]! : undefined;
  const listed = present.length <= model.listings.limit;
  const byLevel = new Map<Code<'unitLevel'> | undefined, number>();
  for (const p of present) byLevel.set(p.level, (byLevel.get(p.level) ?? 0) + 1);
  return {
    title: oneDate ? t('units.presentTitle', { date: oneDate }) : t('units.presentTitleAny'),
    intro: t('units.presentIntro', { n: formatNumber(present.length, lang) }),
    total: present.length,
    listed,
    /** Only when the units were formed on different dates. */
    dateColumn: oneDate === undefined,
    byLevel: [...byLevel].map(([level, n]) => ({ label: level ? codeLabel('unitLevel', level, lang) : t('present.unit'), n })),
    rows: listed
      ? present.map((p): PresentRow => ({
          name: p.name,
          href: presentUnitPath(lang, p),
          levelLabel: p.level ? codeLabel('unitLevel', p.level, lang) : t('present.unit'),
          parent: presentParent(model, p, lang)?.text,
          cameFrom: p.predecessors.map((x) => x.unit.name).join(', '),
          since: formatChangeDate(p.since, lang),
        }))
      : [],
  };
}

export type PresentListView = NonNullable<ReturnType<typeof presentListView>>;

/** A present-day unit for the commune finder: its name and page, and the former units it came from. */
export interface PresentName {
  name: string;
  code: string;
  href: string;
  /** Folded name, code and former names, as the communes filter matches them. */
  search: string;
  formerNames: string[];
}

/** Every present-day unit with its URL, for the finder on the overview. */
export function presentUnitNames(model: SiteModel, lang: Lang): PresentName[] {
  return model.lineage.present.map((p) => {
    const formerNames = p.predecessors.map((x) => x.unit.name);
    return { name: p.name, code: p.code, href: presentUnitPath(lang, p), search: foldVietnamese([p.name, p.code, ...formerNames].join(' ')).toLowerCase(), formerNames };
  });
}
