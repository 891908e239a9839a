// One unit's page: facts, standing, criteria, activities, documents,
// where it is today and children.
import type { Lang } from '../../lib/lang.ts';
import { codeLabel } from '../../contract/codes.ts';
import type { SiteModel, Unit } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import { nameIn } from '../../lib/bilingual.ts';
import { figureNumber } from '../figures.ts';
import { buildDate, buildDay } from '../config.ts';
import { criterionName, peersOf, targetText, unitAnswer } from './answer.ts';
import { unitLineageView } from './lineage.ts';
import { pageMeta } from './page.ts';

/** The answer panel, as text ready to render. */
function answerView(model: SiteModel, unit: Unit, lang: Lang) {
  const t = useTranslations(lang);
  const today = buildDate();
  const todayIso = today.toISOString().slice(0, 10);
  const a = unitAnswer(unit, today, lang);
  return {
    ...a,
    levelLabel: codeLabel('unitLevel', unit.level, lang),
    standards: a.standards.map((s) => ({
      ...s,
      text: s.standing ? t(`standing.${s.standing.status}`, { standard: codeLabel('standard', s.standard, lang) }) : undefined,
      target: s.target && { text: targetText(s.target, lang), past: s.target.as_of < todayIso, row: s.target },
    })),
    criteria: a.criteria.map((c) => ({
      ...c,
      setName: nameIn(c.set, lang),
      standardLabel: codeLabel('standard', c.set.standard, lang),
      reportedText: c.reported && figureNumber(c.reported, lang),
      size: c.set.size,
      itemised: c.set.itemised,
      missing: c.missing.map((m) => ({ name: criterionName(m.criterion, lang), statusText: codeLabel('criterionStatus', m.status, lang) })),
    })),
  };
}

export type UnitAnswerView = ReturnType<typeof answerView>;

export function unitView(model: SiteModel, unit: Unit, lang: Lang) {
  const t = useTranslations(lang);
  const levelLabel = codeLabel('unitLevel', unit.level, lang);
  return {
    page: pageMeta(model, lang, {
      title: unit.name,
      kind: 'commune',
      description: `${unit.name} (${levelLabel}${unit.parent ? `, ${unit.parent.name}` : ''}): ${t('units.caption').toLowerCase()}.`,
    }),
    unit,
    levelLabel,
    answer: answerView(model, unit, lang),
    targets: unit.targets.map((row) => ({ row, text: targetText(row, lang), past: row.as_of < buildDay() })),
    peers: peersOf(unit, lang),
    rootName: model.root.name,
    latestAsOf: model.latestAsOf,
    listings: model.listings,
    /** Where it is today and how it got there; undefined when no change is recorded. */
    lineage: unitLineageView(model, unit, lang),
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
