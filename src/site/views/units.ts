// /xa/: every unit but the root, or, above the list limit, the upper levels.
import type { Lang } from '../../lib/lang.ts';
import { foldVietnamese } from '../../lib/text.ts';
import { formatNumber } from '../../lib/format.ts';
import { standardRank } from '../../contract/rules.ts';
import type { SiteModel, Unit } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
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
}

export function unitRow(unit: Unit): UnitRow {
  return {
    unit,
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
    rows: listing.complete ? units.map(unitRow) : [],
    levels: [...new Set(units.map((u) => u.level))],
  };
}
