// The answer a unit page opens with: has it met each standard, what is
// missing, what is planned, how old the data are, and how it compares.
import { codeLabel } from '../../contract/codes.ts';
import type { Lang } from '../../lib/lang.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { nameIn } from '../../lib/bilingual.ts';
import type { CriteriaSet, Criterion, Standard, Standing, Unit } from '../../model/types.ts';
import { STANDARDS_BY_RANK } from '../../contract/rules.ts';
import { useTranslations } from '../../i18n/index.ts';
import { ui } from '../../i18n/ui.ts';

export interface StandardAnswer {
  standard: Standard;
  /** The latest actual standing, if any. */
  standing?: Standing;
  /** The next target: the first deadline on or after the latest actual, else the last one. */
  target?: Standing;
}

export interface CriteriaAnswer {
  set: CriteriaSet;
  asOf: string;
  met: number;
  largelyMet: number;
  notMet: number;
  /** Criteria of the set with no status for this unit at that date. */
  unknown: number;
  /** Not met or largely met, by name (itemised sets only). */
  missing: { criterion: Criterion; status: 'not_met' | 'largely_met' }[];
  /** When this unit is the only one assessed against the set: the count the source reports for it, if it differs. */
  reported?: { value: number; denominator?: number };
}

export interface UnitAnswer {
  standards: StandardAnswer[];
  criteria: CriteriaAnswer[];
  /** The latest date of any of the unit's figures. */
  asOf?: string;
  /** "cách đây hơn 5 năm" */
  age?: string;
  /** True when no criteria set applies to the unit's level and it has no standing (a township). */
  notApplicable: boolean;
}

/** Whole years, else months, else days between two ISO dates. */
export function dataAge(asOf: string, today: Date, lang: Lang): string {
  const t = useTranslations(lang);
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  let months = (today.getUTCFullYear() - y) * 12 + (today.getUTCMonth() + 1 - m);
  if (today.getUTCDate() < d) months--;
  if (months >= 12) return t(months % 12 === 0 ? 'age.years' : 'age.yearsMore', { n: formatNumber(Math.floor(months / 12), lang) });
  if (months >= 1) return t('age.months', { n: formatNumber(months, lang) });
  const days = Math.max(0, Math.round((today.getTime() - Date.UTC(y, m - 1, d)) / 86_400_000));
  return t('age.days', { n: formatNumber(days, lang) });
}

export function unitAnswer(unit: Unit, today: Date, lang: Lang): UnitAnswer {
  const standards: StandardAnswer[] = [];
  for (const standard of STANDARDS_BY_RANK) {
    const standing = unit.standing[standard];
    const targets = unit.targets.filter((g) => g.standard === standard);
    const target = targets.find((g) => !standing || g.as_of >= standing.as_of) ?? targets.at(-1);
    // A target already reached by the latest standing is history, not a plan.
    const reached = standing?.status === 'recognized' && target?.status === 'recognized' && target.as_of <= standing.as_of;
    if (standing || target) standards.push({ standard, standing, target: reached ? undefined : target });
  }
  const criteria = unit.criteria.map((series): CriteriaAnswer => {
    const snap = series.latest;
    const missing: CriteriaAnswer['missing'] = [];
    for (const c of series.set.criteria) {
      const status = snap.statuses.get(c.number)?.status;
      if (status === 'not_met' || status === 'largely_met') missing.push({ criterion: c, status });
    }
    const own = series.set.unitsAssessed === 1 && series.set.latestAsOf === snap.asOf;
    const figure = own ? series.set.indicators.map((i) => i.actuals.find((v) => v.as_of === snap.asOf)).find((v) => v && v.value !== snap.met) : undefined;
    return {
      set: series.set,
      asOf: snap.asOf,
      reported: figure && { value: figure.value, denominator: figure.denominator },
      met: snap.met,
      largelyMet: snap.largelyMet,
      notMet: snap.notMet,
      unknown: Math.max(0, series.set.size - snap.statuses.size),
      missing,
    };
  });
  const dates = [...standards.flatMap((s) => (s.standing ? [s.standing.as_of] : [])), ...criteria.map((c) => c.asOf)].sort();
  const asOf = dates.at(-1);
  return { standards, criteria, asOf, age: asOf ? dataAge(asOf, today, lang) : undefined, notApplicable: !unit.standardsApply && standards.length === 0 };
}

/** How the unit's siblings of its level stand, and the parent's own standing: "31 of the 32 communes …". */
export function peersOf(unit: Unit, lang: Lang): { sentence: string; parent?: Unit } | undefined {
  const t = useTranslations(lang);
  const parent = unit.parent;
  if (!parent) return undefined;
  const peers = parent.children.filter((c) => c.level === unit.level);
  if (peers.length < 2) return undefined;
  const parts = STANDARDS_BY_RANK.map((std) => ({ std, n: peers.filter((p) => p.standing[std]?.status === 'recognized').length }))
    .filter((p) => p.n > 0)
    .map((p) => t('peers.recognized', { n: formatNumber(p.n, lang), standard: codeLabel('standard', p.std, lang) }));
  if (parts.length === 0) return undefined;
  return {
    sentence: t('peers.sentence', {
      total: formatNumber(peers.length, lang),
      level: ui[`levels.${unit.level}`][lang],
      parent: parent.name,
      counts: parts.join('; '),
    }),
    parent,
  };
}

/** "Mục tiêu: được công nhận đạt chuẩn nông thôn mới nâng cao trước 31/10/2021": what is planned, never as if done. */
export function targetText(target: Standing, lang: Lang): string {
  const t = useTranslations(lang);
  const standard = codeLabel('standard', target.standard, lang);
  const date = formatDate(target.as_of, lang);
  if (target.status === 'recognized') return t('target.recognized', { standard, date });
  if (target.status === 'appraised') return t('target.appraised', { standard, date });
  return t('target.other', { standard, status: codeLabel('unitStatus', target.status, lang), date });
}

export const criterionName = (c: Criterion, lang: Lang): string => `${formatNumber(c.number, lang)}. ${nameIn(c, lang)}`;
