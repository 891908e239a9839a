// One unit's page: facts, standing, criteria, activities, documents,
// successor and children.
import type { Lang } from '../../lib/lang.ts';
import { codeLabel } from '../../contract/codes.ts';
import type { SiteModel, Unit } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import { pageMeta } from './page.ts';

export function unitView(model: SiteModel, unit: Unit, lang: Lang) {
  const t = useTranslations(lang);
  const levelLabel = codeLabel('unitLevel', unit.level, lang);
  const successor = unit.successor;
  return {
    page: pageMeta(model, lang, {
      title: unit.name,
      kind: 'commune',
      description: `${unit.name} (${levelLabel}${unit.parent ? `, ${unit.parent.name}` : ''}): ${t('units.caption').toLowerCase()}.`,
    }),
    unit,
    levelLabel,
    rootName: model.root.name,
    latestAsOf: model.latestAsOf,
    listings: model.listings,
    successor: successor && {
      successor,
      peers: successor.predecessors.filter((u) => u !== unit),
      /** The new unit's code was an old unit's code: it is not the same unit. */
      codeReused: successor.code !== '' && model.unitByCode.has(successor.code),
    },
    /** Nothing but the facts: the page says so. */
    little:
      unit.history.length === 0 &&
      unit.targets.length === 0 &&
      unit.criteria.length === 0 &&
      unit.ocopProducts.length === 0 &&
      unit.productionModels.length === 0 &&
      unit.fundingLines.length === 0,
  };
}

export type UnitView = ReturnType<typeof unitView>;
