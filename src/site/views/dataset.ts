// What the open-data page adds for re-users: its schema.org Dataset
// metadata, and the addresses the JSON API section of the page shows.
import { codeLabel } from '../../contract/codes.ts';
import { tables, tableNames } from '../../contract/tables.ts';
import { nameIn } from '../../lib/bilingual.ts';
import { formatDate } from '../../lib/format.ts';
import { capitalise } from '../../lib/text.ts';
import { otherLang, type Lang } from '../../lib/lang.ts';
import type { SiteModel } from '../../model/types.ts';
import { useTranslations } from '../../i18n/index.ts';
import { datasetJsonLd, jsonForScript, type DatasetDownload } from '../../publish/json-ld.ts';
import { siteName } from '../model.ts';
import { absoluteUrl, apiIndexPath, apiIndicatorPath, apiUnitPath, downloadPath, localePath, pagePath } from '../routes.ts';


/** The Dataset JSON-LD of the open-data page, serialised for a script element. */
export function datasetMetadata(model: SiteModel, lang: Lang, site: URL | undefined, license: string): string {
  const t = useTranslations(lang);
  const abs = (path: string) => absoluteUrl(path, site);
  const root = model.root;
  const level = codeLabel('unitLevel', root.level, lang);
  const inText = lang === 'vi' ? `${level} ${root.name}` : `${root.name} ${level}`;
  const place = lang === 'vi' ? capitalise(inText) : inText;
  const dates = model.asOfDates;
  const first = dates[0];
  const last = dates.at(-1);
  const when = !first || !last ? '' : first === last ? t('jsonld.date', { date: formatDate(last, lang) }) : t('jsonld.dates', { from: formatDate(first, lang), to: formatDate(last, lang) });
  const issuers = [...new Set(model.indicators.flatMap((i) => i.values.map((v) => v.sourceRef?.document?.issuer)).filter((x): x is string => !!x))];
  const downloads: DatasetDownload[] = tableNames
    .filter((n) => model.present[n])
    .flatMap((n) => [
      { name: tables[n].file, contentUrl: abs(downloadPath(n, 'csv')), encodingFormat: 'text/csv' as const },
      { name: `${n}.json`, contentUrl: abs(downloadPath(n, 'json')), encodingFormat: 'application/json' as const },
    ]);
  const keywords = lang === 'vi' ? ['nông thôn mới', 'xây dựng nông thôn mới', 'OCOP', 'tiêu chí', root.name] : ['new rural development', 'rural development', 'OCOP', 'Vietnam', root.name];
  return jsonForScript(
    datasetJsonLd({
      name: t('jsonld.name', { site: siteName(model, lang) }),
      description: t('jsonld.description', { place: inText, dates: when }).replace(/, :/, ':'),
      url: abs(pagePath(lang, 'data')),
      sameAs: abs(pagePath(otherLang(lang), 'data')),
      inLanguage: lang,
      asOfDates: dates,
      place: { name: place, code: root.code },
      license,
      creators: issuers.length > 0 ? issuers : [t('jsonld.authorities', { place: inText })],
      publisher: { name: siteName(model, lang), url: abs(localePath(lang)) },
      keywords,
      variables: model.indicators.map((i) => nameIn(i, lang)),
      downloads,
    }),
  );
}

/** The JSON API's addresses for the open-data page: the index and one example of each kind. */
export function apiExamples(model: SiteModel, site: URL | undefined) {
  const abs = (path: string) => absoluteUrl(path, site);
  const unit = model.root.children[0] ?? model.root;
  const indicator = model.headline[0] ?? model.indicators[0];
  return {
    index: abs(apiIndexPath()),
    unit: abs(apiUnitPath(unit)),
    unitName: unit.name,
    indicator: indicator ? abs(apiIndicatorPath(indicator)) : undefined,
  };
}
