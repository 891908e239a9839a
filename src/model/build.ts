// Builds the site model from validated tables: one builder per entity, each
// extending its rows in place and resolving references once.
import type { Issue } from '../contract/issues.ts';
import type { Tables } from '../contract/rows.ts';
import type { LineageGraph } from '../ingest/lineage.ts';
import { tableNames, type TableName } from '../contract/tables.ts';
import { attachCitedDocuments, buildOcop, buildProductionModels } from './activities.ts';
import { buildChanges } from './changes.ts';
import { attachCriteriaResults, buildCriteriaSets, relateIndicators } from './criteria.ts';
import { indexDocuments } from './documents.ts';
import { buildFunding } from './funding.ts';
import { buildIndicators, headlineIndicators } from './indicators.ts';
import { LIST_LIMIT, buildListings, buildRollups } from './listings.ts';
import { buildLineage } from './lineage.ts';
import type { SiteModel } from './types.ts';
import { attachStandings, buildUnits } from './units.ts';

export interface ModelOptions {
  /** Rows per listing before a page summarises it (default LIST_LIMIT). */
  listLimit?: number;
  /** The lineage graph the checks resolved from these tables, reused instead of resolved again. */
  lineage?: LineageGraph;
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
  // Present-day slugs are made to differ from every unit page's slug.
  const lineage = buildLineage(units, rows['unit-changes'], { reservedSlugs: units.map((u) => u.slug), graph: options.lineage });
  for (const u of units) {
    const l = lineage.units.get(u.code);
    if (l && (l.routes.length > 0 || l.predecessors.length > 0)) u.lineage = l;
  }
  attachStandings(rows['unit-status'], unitByCode, documents);
  const criteriaSets = buildCriteriaSets(rows['criteria-sets'], rows.criteria, documents);
  attachCriteriaResults(rows['criteria-status'], criteriaSets, unitByCode, documents);
  for (const u of units) u.standardsApply = criteriaSets.some((s) => s.applies_to === u.level);
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
    lineage,
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
