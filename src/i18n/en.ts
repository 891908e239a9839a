// English interface strings: the one dictionary for /en/.
import type { UiKey } from './vi.ts';

export const en: Record<UiKey, string> = {
  'site.title': 'New Rural Development',
  'site.tagline': 'Open data on the New Rural Development programme',
  'skip': 'Skip to main content',
  'nav.label': 'Main navigation',
  'nav.overview': 'Overview',
  'nav.units': 'Communes',
  'nav.criteria': 'Criteria',
  'nav.ocop': 'OCOP',
  'nav.funding': 'Funding',
  'nav.models': 'Production models',
  'nav.documents': 'Documents',
  'nav.reports': 'Reports',
  'nav.data': 'Open data',
  'nav.about': 'About',
  'nav.search': 'Search',
  'lang.switch': 'Tiếng Việt',
  'lang.switchLabel': 'View this page in Vietnamese',
  'asOf': 'Data as of',
  'source': 'Source',
  'footer.note': 'Figures come from CSV files kept by the coordination office. Every figure names its source and as-of date.',
};
