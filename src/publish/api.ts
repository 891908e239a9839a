// The static JSON API, version 1: one file per unit and per indicator, and an
// index of both, from the same model as the pages. Rows keep the contract's
// column names (empty cells are null); what the model derives is added under
// names of its own. Addresses come from the caller (src/site/routes.ts).
import { tables, type TableName } from '../contract/tables.ts';
import type { DocumentRow, Indicator, IndicatorValue, SiteModel, SourceRef, Unit } from '../model/types.ts';
import type { LineageUnitRef } from '../model/lineage.ts';
import type { Revision } from './revisions.ts';

export const API_FORMAT = 'ntm-api';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** Addresses of what the files link to: both languages' pages, and the other API files. */
export interface ApiLinks {
  unitPage: (unit: Unit) => { vi: string; en: string };
  unitJson: (unit: Unit) => string;
  indicatorPage: (indicator: Indicator) => { vi: string; en: string };
  indicatorJson: (indicator: Indicator) => string;
  figurePage: (value: IndicatorValue) => { vi: string; en: string };
  document: (doc: DocumentRow) => { vi: string; en: string };
  /** The page of a unit in a chain of administrative changes: a unit of units.csv or a present-day unit; undefined for one in between. */
  lineagePage: (ref: LineageUnitRef) => { vi: string; en: string } | undefined;
}

/** One row as the downloads publish it: the contract's columns in order, null for an empty cell. */
export function contractRow(name: TableName, row: object): { [k: string]: Json } {
  const r = row as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(tables[name].columns).map((c) => {
      const v = r[c];
      return [c, v === undefined || v === null ? null : typeof v === 'number' ? v : String(v)];
    }),
  );
}

function source(ref: SourceRef | undefined, links: ApiLinks): Json {
  if (!ref) return null;
  if (!ref.document) return { text: ref.text };
  const d = ref.document;
  return { text: ref.text, document: { id: d.id, number: d.number, title: d.title, date: d.date ?? null, url: links.document(d) } };
}

const lineageRef = (r: LineageUnitRef, links: ApiLinks) => ({
  code: r.code,
  name: r.name,
  level: r.level ?? null,
  since: r.since?.date ?? null,
  since_not_before: r.since?.notBefore ?? null,
  pages: links.lineagePage(r) ?? null,
});

const ref = (u: Unit, links: ApiLinks) => ({ code: u.code, name: u.name, level: u.level, json: links.unitJson(u) });

export function unitJson(model: SiteModel, unit: Unit, links: ApiLinks): { [k: string]: Json } {
  const standing = (s: NonNullable<Unit['standing'][keyof Unit['standing']]>) => ({ ...contractRow('unit-status', s), source_ref: source(s.sourceRef, links) });
  return {
    format: API_FORMAT,
    version: 1,
    kind: 'unit',
    as_of: model.latestAsOf ?? null,
    unit: contractRow('units', unit),
    other_names: unit.otherNames,
    pages: links.unitPage(unit),
    parent: unit.parent ? ref(unit.parent, links) : null,
    children: unit.children.map((c) => ref(c, links)),
    standing: Object.fromEntries(Object.entries(unit.standing).map(([std, s]) => [std, standing(s!)])),
    standing_history: unit.history.map(standing),
    targets: unit.targets.map(standing),
    criteria: unit.criteria.map((series) => ({
      set: series.set.id,
      set_name_vi: series.set.name_vi,
      set_name_en: series.set.name_en ?? null,
      size: series.set.size,
      itemised: series.set.itemised,
      dates: series.dates,
      met: series.snapshots.map((s) => ({ as_of: s.asOf, met: s.met, largely_met: s.largelyMet, not_met: s.notMet })),
      // One entry per criterion assessed, with its status at each date (null where not assessed).
      statuses: [...new Set(series.snapshots.flatMap((s) => [...s.statuses.keys()]))]
        .sort((a, b) => a - b)
        .map((number) => ({
          number,
          name_vi: series.set.criteria.find((c) => c.number === number)?.name_vi ?? null,
          by_date: Object.fromEntries(series.snapshots.map((s) => [s.asOf, s.statuses.get(number)?.status ?? null])),
        })),
    })),
    ocop_products: unit.ocopProducts.map((p) => contractRow('ocop-products', p)),
    production_models: unit.productionModels.map((m) => ({ name: m.name, rows: m.rows.filter((r) => r.unit === unit).map((r) => contractRow('production-models', r)) })),
    funding_lines: unit.fundingLines.map((l) => contractRow('funding', l)),
    funding_total: unit.fundingTotal,
    documents: unit.documents.map((d) => d.id),
    // Where the unit is today, from unit-changes.csv (and the successor_* shorthand of units.csv): empty when nothing changed.
    successors: (unit.lineage?.ends ?? []).map((e) => lineageRef(e, links)),
    changes: [...new Set(unit.lineage?.routes.flat() ?? [])].map((step) => ({
      kind: step.kind,
      date: step.date?.date ?? null,
      date_not_before: step.date?.notBefore ?? null,
      from: lineageRef(step.from, links),
      to: step.to ? lineageRef(step.to, links) : null,
      basis: step.basis ?? null,
    })),
  };
}

export function indicatorJson(indicator: Indicator, revisionsOf: (v: IndicatorValue) => Revision[], links: ApiLinks): { [k: string]: Json } {
  return {
    format: API_FORMAT,
    version: 1,
    kind: 'indicator',
    indicator: contractRow('indicators', indicator),
    pages: links.indicatorPage(indicator),
    latest: indicator.latest ? { as_of: indicator.latest.as_of, value: indicator.latest.value, denominator: indicator.latest.denominator ?? null } : null,
    values: indicator.values.map((v) => ({
      ...contractRow('indicator-values', v),
      percent: v.percent ?? null,
      computed: v.computed ?? null,
      source_ref: source(v.sourceRef, links),
      permalink: links.figurePage(v),
      warnings: v.warnings.map((w) => ({ kind: w.kind, vi: w.vi, en: w.en })),
      revisions: revisionsOf(v).map((r) => ({ revised_on: r.revised_on, before: r.before as Json, after: r.after as Json })),
    })),
  };
}

export function apiIndex(model: SiteModel, links: ApiLinks, site: { name: string; home: string }): { [k: string]: Json } {
  return {
    format: API_FORMAT,
    version: 1,
    kind: 'index',
    site,
    as_of: model.latestAsOf ?? null,
    root: model.root.code,
    units: model.units.map((u) => ({ code: u.code, name: u.name, level: u.level, parent_code: u.parent_code ?? null, json: links.unitJson(u) })),
    indicators: model.indicators.map((i) => ({ id: i.id, name_vi: i.name_vi, name_en: i.name_en ?? null, json: links.indicatorJson(i) })),
  };
}
