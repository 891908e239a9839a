// /du-lieu/sua-doi/: every revision of a published figure, newest first, and
// how the history began; and the one-line note beside a revised figure.
import { codeLabel } from '../../contract/codes.ts';
import { nameIn } from '../../lib/bilingual.ts';
import { formatDate } from '../../lib/format.ts';
import type { Lang } from '../../lib/lang.ts';
import type { Indicator, SiteModel } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import type { FigureState, HistoryStart } from '../../publish/revisions.ts';
import { figureNumber } from '../figures.ts';
import type { Revision, SiteRevisions } from '../revisions.ts';
import { figurePath, pagePath, revisionsJsonPath } from '../routes.ts';
import { pageMeta } from './page.ts';

function startedText(started: { on: string; reason: HistoryStart; detail?: string }, lang: Lang): string {
  const t = useTranslations(lang);
  const date = formatDate(started.on, lang);
  const detail = started.detail ?? '';
  switch (started.reason) {
    case 'none':
      return t('rev.started.none', { date });
    case 'no-history':
      return t('rev.started.noHistory', { date });
    case 'unreadable':
      return t('rev.started.unreadable', { date, detail });
    case 'other-data-set':
      return t('rev.started.otherDataSet', { date, detail });
  }
}

const stateText = (s: FigureState | null, lang: Lang, none: string) => (s ? figureNumber(s, lang) : none);

/** "Sửa đổi ngày 12/3/2027: trước là 30, nay là 31." */
export function revisionNote(r: Revision, lang: Lang): string {
  const t = useTranslations(lang);
  const date = formatDate(r.revised_on, lang);
  const after = stateText(r.after, lang, t('rev.withdrawn'));
  return r.before === null ? t('rev.noteAgain', { date, after }) : t('rev.note', { date, before: stateText(r.before, lang, ''), after });
}

export function revisionsView(model: SiteModel, revisions: SiteRevisions, lang: Lang) {
  const t = useTranslations(lang);
  const { history } = revisions;
  const limit = model.listings.limit;
  const newestFirst = [...history.revisions].reverse();
  const shown = newestFirst.slice(0, limit);
  const started = history.started;
  return {
    page: pageMeta(model, lang, { title: t('rev.title'), description: t('rev.intro') }),
    builtOn: t('rev.builtOn', { date: formatDate(history.built_on, lang) }),
    started: startedText(started, lang),
    /** The history was lost or never kept before this point: said as a warning, not a footnote. */
    startWarns: started.reason === 'unreadable' || started.reason === 'other-data-set',
    gaps: history.gaps.map((g) => t('rev.gap', { date: formatDate(g.on, lang), detail: g.detail })),
    total: newestFirst.length,
    capped: shown.length < newestFirst.length,
    rows: shown.map((r) => {
      const indicator: Indicator | undefined = model.indicatorById.get(r.indicator);
      const value = indicator?.values.find((v) => v.as_of === r.as_of && v.kind === r.kind);
      return {
        revisedOn: r.revised_on,
        figure: indicator ? nameIn(indicator, lang) : r.indicator,
        href: value ? figurePath(lang, value) : undefined,
        asOf: r.as_of,
        kind: r.kind === 'actual' || r.kind === 'target' ? codeLabel('statusKind', r.kind, lang) : r.kind,
        before: stateText(r.before, lang, t('rev.absent')),
        after: stateText(r.after, lang, t('rev.withdrawn')),
      };
    }),
    json: revisionsJsonPath(),
    changeLog: pagePath(lang, 'changes'),
  };
}
