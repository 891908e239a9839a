// Rules of the contract that more than one layer applies: the checks, the
// model and the pages must agree on them.
import { codeLists, type Code } from './codes.ts';
import type { Row, Tables } from './rows.ts';

/** The standards from lowest to highest: ntm < advanced < model (the code list's order). */
export const STANDARDS_BY_RANK: readonly Code<'standard'>[] = codeLists.standard.codes;

/** 1 for ntm, 2 for advanced, 3 for model; 0 leaves room for "none". */
export function standardRank(standard: Code<'standard'>): number {
  return STANDARDS_BY_RANK.indexOf(standard) + 1;
}

/**
 * Whether an OCOP product counts as certified at a date: certified on or
 * before it and not yet expired then. A `certified` product with no
 * `certified_on` counts, since the data says it is certified.
 */
export function ocopCertifiedAt(product: Pick<Row<'ocop-products'>, 'status' | 'certified_on' | 'expires_on'>, asOf: string): boolean {
  if (product.status === 'in_progress') return false;
  if (product.certified_on ? product.certified_on > asOf : product.status !== 'certified') return false;
  return !(product.expires_on && product.expires_on <= asOf);
}

/** The `aliases` column of units.csv: other spellings, separated by `|`. */
export function splitAliases(text: string | undefined): string[] {
  return (text ?? '')
    .split('|')
    .map((a) => a.trim())
    .filter(Boolean);
}

/**
 * The data set's date (§1.2): its latest as-of date of kind `actual`, over
 * the figures, the standings and the criteria results.
 */
export function dataSetDate(data: Partial<Pick<Tables, 'indicator-values' | 'unit-status' | 'criteria-status'>>): string | undefined {
  let latest: string | undefined;
  const see = (d: string | undefined) => {
    if (d && (!latest || d > latest)) latest = d;
  };
  for (const v of data['indicator-values'] ?? []) if (v.kind === 'actual') see(v.as_of);
  for (const v of data['unit-status'] ?? []) if (v.kind === 'actual') see(v.as_of);
  for (const v of data['criteria-status'] ?? []) see(v.as_of);
  return latest;
}
