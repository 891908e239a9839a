// The overview: the answer first (the root's standing, how many units meet
// the standard, a finder), every unit at a glance, then the figures, charts,
// what changed and the latest report.
import { codeLabel } from '../../contract/codes.ts';
import { STANDARDS_BY_RANK } from '../../contract/rules.ts';
import { nameIn, unitIn } from '../../lib/bilingual.ts';
import { formatDate, formatNumber, formatPercent } from '../../lib/format.ts';
import type { Lang } from '../../lib/lang.ts';
import { foldVietnamese } from '../../lib/text.ts';
import type { Indicator, SiteModel, Unit } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import { ui } from '../../i18n/ui.ts';
import { chartImage } from '../chart-images.ts';
import { fundingChart, indicatorChart, type ChartSpec } from '../charts.ts';
import { buildDate, buildDay } from '../config.ts';
import { figureNumber } from '../figures.ts';
import { siteName } from '../model.ts';
import { reportsFor, type ReportSummary } from '../reports.ts';
import { absoluteUrl, figurePath, localePath, pagePath, presentUnitPath, unitPath } from '../routes.ts';
import { formatChangeDate } from '../../contract/lineage-messages.ts';
import { dataAge, targetText } from './answer.ts';
import { pageMeta } from './page.ts';
import type { Revision, SiteRevisions } from '../revisions.ts';

export interface FigureCardView {
  anchor: string;
  name: string;
  value: string;
  denominator?: string;
  unit: string;
  percent?: string;
  /** A bar only for what the data support: the detail rows' count when it differs from the reported one. */
  meter?: { percent: number; partial: boolean };
  /** "6/9": what the detail rows give, when the reported figure differs. */
  evidenced?: string;
  printedPercent?: string;
  target?: string;
  asOf: string;
  asOfText: string;
  href: string;
  /** Later builds' changes to this value, shown beside it. */
  revisions: Revision[];
}

export function figureCard(ind: Indicator, revisions: SiteRevisions, lang: Lang): FigureCardView {
  const v = ind.latest!;
  const t = useTranslations(lang);
  const computed = v.computed !== undefined && v.computed !== v.value ? v.computed : undefined;
  const shown = computed ?? v.value;
  const percentIssue = v.warnings.some((w) => w.column === 'reported_percent');
  const target = ind.nextTarget && ind.nextTarget.as_of >= v.as_of ? ind.nextTarget : undefined;
  return {
    anchor: v.anchor,
    name: nameIn(ind, lang),
    value: formatNumber(v.value, lang),
    denominator: v.denominator !== undefined ? formatNumber(v.denominator, lang) : undefined,
    unit: unitIn(ind, lang),
    percent: v.percent !== undefined && computed === undefined ? formatPercent(v.percent, lang) : undefined,
    meter: v.denominator ? { percent: Math.min(100, (shown / v.denominator) * 100), partial: computed !== undefined } : undefined,
    evidenced: computed !== undefined ? figureNumber({ value: computed, denominator: v.denominator }, lang) : undefined,
    printedPercent: percentIssue && v.reported_percent !== undefined ? formatPercent(v.reported_percent, lang, 2) : undefined,
    target: target && t('fig.target', { value: `${figureNumber(target, lang)} ${unitIn(ind, lang)}`, date: formatDate(target.as_of, lang) }),
    asOf: v.as_of,
    asOfText: formatDate(v.as_of, lang),
    href: figurePath(lang, v),
    revisions: revisions.of(v),
  };
}

export interface TileView {
  href: string;
  name: string;
  /** `is-advanced`, `is-ntm`, `is-appraised`, `is-none`: the tile's border, besides its words and icon. */
  tone: string;
  icon: string;
  status: string;
}

function tile(unit: Unit, applies: boolean, lang: Lang): TileView {
  const t = useTranslations(lang);
  const best = [...STANDARDS_BY_RANK].reverse().find((s) => unit.standing[s]?.status === 'recognized');
  const pending = STANDARDS_BY_RANK.find((s) => unit.standing[s]?.status === 'appraised');
  const label = (s: (typeof STANDARDS_BY_RANK)[number]) => codeLabel('standard', s, lang);
  if (best) return { href: unitPath(lang, unit), name: unit.name, tone: best === 'ntm' ? 'is-ntm' : 'is-advanced', icon: '✓', status: label(best) };
  if (pending) return { href: unitPath(lang, unit), name: unit.name, tone: 'is-appraised', icon: '◐', status: t('tile.appraised', { standard: label(pending) }) };
  const any = Object.values(unit.standing).length > 0;
  return { href: unitPath(lang, unit), name: unit.name, tone: 'is-none', icon: any ? '○' : '–', status: any ? t('tile.notYet') : applies ? t('tile.noData') : t('tile.notApplicable') };
}

/** The finder's names: every unit but the root, with where it is today, then the present-day units (docs/decisions.md, lineage). */
function finderEntries(model: SiteModel, lang: Lang): { name: string; href: string; fold: string; hint: string }[] {
  const t = useTranslations(lang);
  const fold = (names: string[]) => foldVietnamese(names.join(' ')).toLowerCase();
  const units = model.units
    .filter((u) => u !== model.root)
    .map((u) => {
      const now = u.lineage?.ends.filter((e) => e.code !== u.code || e.name !== u.name) ?? [];
      const hint = now.length > 0 ? t('ov.finderNow', { names: now.map((e) => e.name).join(', ') }) : u.parent && u.parent !== model.root ? u.parent.name : '';
      return { name: u.name, href: unitPath(lang, u), fold: fold([u.name, ...u.otherNames]), hint };
    });
  const present = model.lineage.present.map((p) => ({
    name: p.name,
    href: presentUnitPath(lang, p),
    fold: fold([p.name]),
    hint: t('ov.finderPresent', { date: formatChangeDate(p.since, lang) }),
  }));
  return [...units, ...present];
}

/** "31/32 xã đã được công nhận đạt chuẩn nông thôn mới": the root's children of their main level, counted. */
function childrenSummary(root: Unit, lang: Lang): string[] {
  const t = useTranslations(lang);
  const byLevel = new Map<Unit['level'], Unit[]>();
  for (const c of root.children) byLevel.set(c.level, [...(byLevel.get(c.level) ?? []), c]);
  const [level, units] = [...byLevel].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!level || !units) return [];
  return STANDARDS_BY_RANK.map((s) => ({ s, n: units.filter((u) => u.standing[s]?.status === 'recognized').length }))
    .filter((c) => c.n > 0)
    .map((c) => t('ov.childrenRecognized', { n: formatNumber(c.n, lang), total: formatNumber(units.length, lang), level: ui[`levels.${level}`][lang], standard: codeLabel('standard', c.s, lang) }));
}

export function overviewView(model: SiteModel, reports: ReportSummary[], revisions: SiteRevisions, lang: Lang, site: URL | undefined) {
  const t = useTranslations(lang);
  const title = siteName(model, lang);
  const root = model.root;
  const intro = model.latestAsOf ? t('ov.intro', { name: root.name, date: formatDate(model.latestAsOf, lang), age: dataAge(model.latestAsOf, buildDate(), lang) }) : undefined;
  const charts: ChartSpec[] = [
    ...model.headline.filter((ind) => ind.values.length > 1).slice(0, 2).map((ind) => indicatorChart(model, ind.id, lang)),
    fundingChart(model, 'kinh-phi-theo-nguon', lang),
  ].filter((c) => c !== undefined);
  const today = buildDay();
  const rootStandings = STANDARDS_BY_RANK.flatMap((s) => {
    const standing = root.standing[s];
    const target = root.targets.filter((g) => g.standard === s && (!standing || g.as_of >= standing.as_of)).at(0);
    if (!standing && !target) return [];
    return [{ standard: s, standing, text: standing ? t(`standing.${standing.status}`, { standard: codeLabel('standard', s, lang) }) : undefined, target: target && { text: targetText(target, lang), past: target.as_of < today } }];
  });
  const others = model.units.filter((u) => u !== root);
  const listed = others.length <= model.listings.limit;
  return {
    page: pageMeta(model, lang, { title, description: intro ?? t('site.tagline'), image: charts[0] && chartImage(charts[0], lang) }),
    title,
    intro,
    root,
    rootStandings,
    childrenSummary: childrenSummary(root, lang),
    finder: {
      action: listed ? pagePath(lang, 'units') : pagePath(lang, 'search'),
      entries: listed ? finderEntries(model, lang) : [],
    },
    tiles: root.children.length <= model.listings.limit ? root.children.map((u) => tile(u, u.standardsApply, lang)) : [],
    figures: model.headline.map((ind) => figureCard(ind, revisions, lang)),
    indicatorCount: model.indicators.length,
    charts,
    change: model.changes.at(-1),
    latestReport: reportsFor(reports, lang).mine[0],
    cite: {
      text: t('cite.site', { site: title, date: model.latestAsOf ? formatDate(model.latestAsOf, lang) : '…' }),
      url: absoluteUrl(localePath(lang), site),
    },
  };
}
