// Builds the site model from validated tables: one builder per entity, each
// extending its rows in place and resolving references once.
import type { Issue } from '../contract/issues.ts';
import type { Tables } from '../contract/rows.ts';
import { tableNames, type TableName } from '../contract/tables.ts';
import { attachCitedDocuments, buildOcop, buildProductionModels } from './activities.ts';
import { buildChanges } from './changes.ts';
import { attachCriteriaResults, buildCriteriaSets, relateIndicators } from './criteria.ts';
import { indexDocuments } from './documents.ts';
import { buildFunding } from './funding.ts';
import { buildIndicators, headlineIndicators } from './indicators.ts';
import { LIST_LIMIT, buildListings, buildRollups } from './listings.ts';
import type { SiteModel } from './types.ts';
import { attachStandings, buildSuccessors, buildUnits } from './units.ts';

export interface ModelOptions {
  /** Rows per listing before a page summarises it (default LIST_LIMIT). */
  listLimit?: number;
  /** Issues that are neither errors nor warnings (§1.2), for the data-quality page. */
  information?: Issue[];
  /** Printed decimals of number cells, from the pipeline, for the filled template workbook. */
  decimals?: ReadonlyMap<object, Record<string, number>>;
}

export function buildModel(data: Partial<Tables>, warnings: Issue[] = [], options: ModelOptions = {}): SiteModel {
  const limit = options.listLimit ?? LIST_LIMIT;
  const present = Object.fromEntries(tableNames.map((n) => [n, data[n] !== undefined])) as Record<TableName, boolean>;
  const rows = Object.fromEntries(tableNames.map((n) => [n, data[n] ?? []])) as unknown as Tables;

  const documents = indexDocuments(rows.documents);
  const { units, unitByCode, root } = buildUnits(rows.units);
  const successors = buildSuccessors(units);
  attachStandings(rows['unit-status'], unitByCode, documents);
  const criteriaSets = buildCriteriaSets(rows['criteria-sets'], rows.criteria, documents);
  attachCriteriaResults(rows['criteria-status'], criteriaSets, unitByCode, documents);
  const indicators = buildIndicators(data, warnings, documents);
  relateIndicators(criteriaSets, indicators, units);
  const ocopProducts = buildOcop(rows['ocop-products'], unitByCode);
  const funding = buildFunding(rows.funding, documents, unitByCode);
  const productionModels = buildProductionModels(rows['production-models'], unitByCode, funding);
  attachCitedDocuments(units);

  const asOfDates = [
    ...new Set([
      ...rows['indicator-values'].filter((v) => v.kind === 'actual').map((v) => v.as_of),
      ...rows['unit-status'].filter((v) => v.kind === 'actual').map((v) => v.as_of),
      ...rows['criteria-status'].map((v) => v.as_of),
    ]),
  ].sort();
  const changes = buildChanges({ asOfDates, units, indicators, criteriaSets }, limit);
  buildRollups(root, limit);
  return {
    root,
    units,
    unitByCode,
    successors,
    criteriaSets,
    criteriaSetById: new Map(criteriaSets.map((s) => [s.id, s])),
    indicators,
    indicatorById: new Map(indicators.map((i) => [i.id, i])),
    headline: headlineIndicators(indicators),
    ocopProducts,
    funding,
    productionModels,
    documents: rows.documents,
    documentById: documents.byId,
    asOfDates,
    latestAsOf: asOfDates.at(-1),
    changes,
    listings: buildListings({ root, units, funding, ocopProducts, productionModels, changes }, limit),
    warnings,
    information: options.information ?? [],
    decimals: options.decimals ?? new Map(),
    present,
    tables: rows,
  };
}
