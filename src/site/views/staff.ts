// Staff pages of the open-data section: the templates (CSV and workbooks)
// and the checker, which runs the pipeline in the browser.
import { tables, tableNames } from '../../contract/tables.ts';
import { formatDate } from '../../lib/format.ts';
import type { Lang } from '../../lib/lang.ts';
import type { SiteModel } from '../../model/types.ts';
import { useTranslations, template } from '../../i18n/index.ts';
import { workbookTables } from '../../publish/workbook.ts';
import { pagePath, templatePath, workbookPath, WORKBOOK_FILES } from '../routes.ts';
import { pageMeta } from './page.ts';

export function templatesView(model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  const given = Object.fromEntries(tableNames.filter((n) => model.present[n]).map((n) => [n, model.tables[n]]));
  const { left } = workbookTables(given);
  return {
    page: pageMeta(model, lang, { title: t('data.templates') }),
    filled: {
      href: workbookPath('filled'),
      file: WORKBOOK_FILES.filled,
      note: model.latestAsOf ? t('templates.filledNote', { date: formatDate(model.latestAsOf, lang) }) : t('templates.filledNoDate'),
      left: left.length > 0 ? t('templates.left', { tables: left.map((n) => tables[n].file).join(', ') }) : undefined,
    },
    blank: { href: workbookPath('blank'), file: WORKBOOK_FILES.blank },
    csv: tableNames.map((name) => ({
      name,
      file: tables[name].file,
      title: tables[name].title[lang],
      required: tables[name].required,
      href: templatePath(name),
      dictionary: pagePath(lang, 'dictionary', name),
    })),
    links: { checker: pagePath(lang, 'checker'), guide: pagePath(lang, 'guide'), dictionary: pagePath(lang, 'dictionary') },
  };
}

/** Texts the checker's script fills in, with their placeholders left in. */
const CHECKER_STRINGS = [
  'checker.reading',
  'checker.read',
  'checker.summary',
  'checker.ok',
  'checker.notOk',
  'checker.notCrossChecked',
  'checker.errors',
  'checker.warnings',
  'checker.information',
  'checker.line',
  'checker.column',
  'checker.value',
  'checker.omitted',
  'checker.failed',
] as const;

export function checkerView(model: SiteModel, lang: Lang) {
  const t = useTranslations(lang);
  return {
    page: pageMeta(model, lang, { title: t('data.checker') }),
    strings: Object.fromEntries(CHECKER_STRINGS.map((k) => [k.slice('checker.'.length), template(lang, k)])),
    links: { templates: pagePath(lang, 'templates'), guide: pagePath(lang, 'guide') },
  };
}
