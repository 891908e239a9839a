// The open-data section: downloads, dictionary, data quality, the change
// log and the staff guide.
import { tableNames } from '../../contract/tables.ts';
import { FILE_RULES } from '../../contract/file-rules.ts';
import { formatDate } from '../../lib/format.ts';
import type { Lang } from '../../lib/lang.ts';
import type { SiteModel } from '../../model/types.ts';
import { DATA_LICENSE } from '../../publish/datapackage.ts';
import { useTranslations } from '../../i18n/index.ts';
import { headingOf } from '../../contract/messages.ts';
import type { Issue } from '../../contract/issues.ts';
import { sourceLabel } from '../figures.ts';
import { absoluteUrl, assetPath, dataPackagePath, documentPath, pagePath } from '../routes.ts';
import { apiExamples, datasetMetadata } from './dataset.ts';
import { exampleErrorMessage } from './guide.ts';
import { siteAddress } from '../address.ts';
import { pageMeta } from './page.ts';
import { groupWarnings, limitWarnings } from './quality.ts';

export function dataView(model: SiteModel, lang: Lang, site: URL | undefined) {
  const t = useTranslations(lang);
  const asOf = model.latestAsOf ? formatDate(model.latestAsOf, lang) : undefined;
  return {
    page: pageMeta(model, lang, { title: t('data.title') }),
    latestAsOf: model.latestAsOf,
    tables: tableNames.filter((n) => model.present[n]).map((name) => ({ name, rows: model.tables[name].length })),
    absent: tableNames.filter((n) => !model.present[n]),
    prose: { links: { datapackage: dataPackagePath() } },
    staff: { templates: pagePath(lang, 'templates'), checker: pagePath(lang, 'checker') },
    licence: { place: model.root.name, asOf, citeUrl: absoluteUrl(pagePath(lang, 'data'), site), license: DATA_LICENSE },
    /** schema.org Dataset, already escaped for its script element (publish/json-ld.ts). */
    jsonLd: datasetMetadata(model, lang, site, DATA_LICENSE.path),
    api: apiExamples(model, site),
  };
}

export function dictionaryView(model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  return {
    page: pageMeta(model, lang, { title: t('data.dictionary') }),
    rules: FILE_RULES.map((r) => ({ id: r.id, topic: r.topic[lang], rule: r.rule[lang] })),
    tables: tableNames.map((name) => ({ name, present: model.present[name] })),
  };
}

export function qualityView(model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  // Every warning, or (above the list limit) each kind's first ones.
  const { groups, capped } = limitWarnings(groupWarnings(model.warnings), model.listings.limit);
  const headed = <G extends { kind: Issue['kind'] }>(g: G) => ({ ...g, heading: headingOf(g.kind)[lang] });
  // Information (other spellings) is listed apart and not counted as warnings.
  const information = limitWarnings(groupWarnings(model.information), model.listings.limit).groups.map((g) =>
    headed({ ...g, items: g.items.map((i) => ({ ...i, anchor: i.anchor.replace(/^w-/, 'i-') })) }),
  );
  return {
    page: pageMeta(model, lang, { title: t('data.quality') }),
    groups: groups.map(headed),
    information,
    capped,
    total: model.warnings.length,
  };
}

export function changesView(model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  return {
    page: pageMeta(model, lang, { title: t('data.changes') }),
    newestFirst: [...model.changes].reverse(),
    listing: model.listings.changes,
    limit: model.listings.limit,
    prose: { links: { feed: pagePath(lang, 'feed') } },
  };
}

export function guideView(model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  return {
    page: pageMeta(model, lang, { title: t('data.guide') }),
    tables: tableNames,
    prose: {
      example: exampleErrorMessage(),
      address: siteAddress().siteUrl,
      links: {
        dictionary: pagePath(lang, 'dictionary'),
        quality: pagePath(lang, 'quality'),
        templates: pagePath(lang, 'templates'),
        checker: pagePath(lang, 'checker'),
        deployNotes: assetPath('du-lieu/tai-lieu/deploy.md'),
        deployWorkflow: assetPath('du-lieu/tai-lieu/deploy-workflow.yml'),
      },
    },
  };
}

export function aboutView(model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  return {
    page: pageMeta(model, lang, { title: t('about.title') }),
    prose: {
      name: model.root.name,
      asOf: model.latestAsOf ? formatDate(model.latestAsOf, lang) : undefined,
      reports: model.documents
        .filter((d) => d.type === 'report')
        .map((d) => ({ label: sourceLabel({ text: d.id, document: d }, lang), href: documentPath(lang, d), date: d.date ? formatDate(d.date, lang) : undefined })),
      links: {
        documents: pagePath(lang, 'documents'),
        data: pagePath(lang, 'data'),
        quality: pagePath(lang, 'quality'),
        indicators: pagePath(lang, 'indicators'),
      },
    },
  };
}
