// schema.org Dataset metadata for the open-data page, as JSON-LD: what
// dataset search engines and open-data catalogues read. Pure functions.

export interface DatasetDownload {
  name: string;
  contentUrl: string;
  encodingFormat: 'text/csv' | 'application/json';
}

export interface DatasetInfo {
  name: string;
  /** schema.org asks for 50 to 5,000 characters. */
  description: string;
  url: string;
  /** The same data set's page in the other language. */
  sameAs?: string;
  inLanguage: string;
  /** ISO dates of the figures, oldest first. */
  asOfDates: string[];
  place: { name: string; code: string };
  license: string;
  creators: string[];
  publisher: { name: string; url: string };
  keywords: string[];
  variables: string[];
  downloads: DatasetDownload[];
}

export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 5000;

/** `2020-12-31/2021-09-30`, or the one date. */
export function temporalCoverage(dates: string[]): string | undefined {
  const sorted = [...dates].sort();
  if (sorted.length === 0) return undefined;
  return sorted.length === 1 || sorted[0] === sorted.at(-1) ? sorted[0] : `${sorted[0]}/${sorted.at(-1)}`;
}

function clampDescription(text: string): string {
  if (text.length < DESCRIPTION_MIN) throw new Error(`Dataset description shorter than ${DESCRIPTION_MIN} characters: "${text}"`);
  return text.length <= DESCRIPTION_MAX ? text : `${text.slice(0, DESCRIPTION_MAX - 1)}…`;
}

export function datasetJsonLd(info: DatasetInfo): Record<string, unknown> {
  const organisation = (name: string, url?: string) => ({ '@type': 'Organization', name, ...(url ? { url } : {}) });
  const coverage = temporalCoverage(info.asOfDates);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: info.name,
    description: clampDescription(info.description),
    url: info.url,
    ...(info.sameAs ? { sameAs: info.sameAs } : {}),
    inLanguage: info.inLanguage,
    isAccessibleForFree: true,
    license: info.license,
    keywords: info.keywords,
    ...(coverage ? { temporalCoverage: coverage } : {}),
    spatialCoverage: {
      '@type': 'Place',
      name: info.place.name,
      identifier: info.place.code,
      address: { '@type': 'PostalAddress', addressCountry: 'VN' },
    },
    creator: info.creators.map((c) => organisation(c)),
    publisher: organisation(info.publisher.name, info.publisher.url),
    variableMeasured: info.variables,
    distribution: info.downloads.map((d) => ({ '@type': 'DataDownload', name: d.name, encodingFormat: d.encodingFormat, contentUrl: d.contentUrl })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element: `<`, `>` and `&`
 * as \u escapes, so no text in the data can close the element or open a
 * comment, and U+2028/U+2029 escaped for older parsers. Still valid JSON.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
