// The site model. Each entity is its validated row (contract column names,
// snake_case) with derived fields added (camelCase), and references resolved
// to the entities themselves. Pages render it and never parse or compute.
import type { Code } from '../contract/codes.ts';
import type { ComputedFrom } from '../contract/computed.ts';
import type { Issue } from '../contract/issues.ts';
import type { Row, Tables } from '../contract/rows.ts';
import type { TableName } from '../contract/tables.ts';
import type { Lineage, UnitLineage } from './lineage.ts';
import type { StatusRows } from './criteria.ts';

export type { Lang } from '../lib/lang.ts';
export type { ComputedFrom };
export type IsoDate = string;
export type Standard = Code<'standard'>;
export type DocumentRow = Row<'documents'>;

/** A `source` cell: a known document, or free text. */
export interface SourceRef {
  text: string;
  document?: DocumentRow;
}

/** A unit's standing against a standard at a date, or a target for it. */
export type Standing = Row<'unit-status'> & { sourceRef?: SourceRef };

/** One unit's results against one criteria set at one date; statuses keep their rows. */
export interface UnitCriteriaSnapshot {
  set: CriteriaSet;
  asOf: IsoDate;
  /** Keyed by criterion number. */
  statuses: StatusRows;
  met: number;
  largelyMet: number;
  notMet: number;
}

/** One unit's results against one criteria set across every date it was assessed. */
export interface UnitCriteriaSeries {
  set: CriteriaSet;
  /** Oldest first: the last is the latest. */
  dates: IsoDate[];
  snapshots: UnitCriteriaSnapshot[];
  latest: UnitCriteriaSnapshot;
  /** Each distinct source cited; `dates` only when it is not cited for every date. */
  sources: { source: SourceRef; dates?: IsoDate[] }[];
  notes: { note: string; note_en?: string; dates?: IsoDate[] }[];
}

export type Unit = Row<'units'> & {
  /** URL segment, stable while name and code stay: `dong-loi-15721`. */
  slug: string;
  parent?: Unit;
  children: Unit[];
  /** 0 for the root. */
  depth: number;
  /** The `aliases` cell split into names. */
  otherNames: string[];
  /** Latest actual standing per standard. */
  standing: Partial<Record<Standard, Standing>>;
  /** Highest standard recognised at its latest date. */
  highestRecognized?: Standard;
  /** Some criteria set applies to the unit's level (none does to a township). */
  standardsApply: boolean;
  /** Every actual standing, oldest first. */
  history: Standing[];
  /** Targets, earliest deadline first. */
  targets: Standing[];
  /** One series per criteria set the unit was assessed against. */
  criteria: UnitCriteriaSeries[];
  ocopProducts: OcopProduct[];
  productionModels: ProductionModel[];
  fundingLines: FundingLine[];
  /** Sum of `amount` over the unit's lines, nested lines of the same unit counted once. */
  fundingTotal: number;
  /** Documents cited by the unit's rows, in first-cited order. */
  documents: DocumentRow[];
  /** Where it is today and how it got there; set when unit-changes.csv (or successor_*) records a change of it or into it. */
  lineage?: UnitLineage;
  /** For units with children: counts over the units below. */
  rollup?: UnitRollup;
};

export interface UnitRollup {
  /** Units below, at any depth. */
  below: number;
  /** Of those, how many have a latest actual standing of recognised, per standard. */
  recognized: Record<Standard, number>;
  childLevels: { level: Code<'unitLevel'>; n: number }[];
  /** False when the children are more than the list limit: the unit page counts them. */
  childrenListed: boolean;
}

export type Criterion = Row<'criteria'> & {
  /** Counts at the set's latest as-of date. */
  met: number;
  largelyMet: number;
  notMet: number;
};

export type CriteriaSet = Row<'criteria-sets'> & {
  basisDocument?: DocumentRow;
  criteria: Criterion[];
  /** False when the data lists no individual criteria. */
  itemised: boolean;
  /** Latest date with criteria-status rows for this set. */
  latestAsOf?: IsoDate;
  /** Units assessed at latestAsOf, and how many met every criterion. */
  unitsAssessed: number;
  unitsMetAll: number;
  /** Indicators whose computed_from names this set. */
  indicators: Indicator[];
  /** Those, plus indicators whose denominator is the set's size (or size × units), and for sets not itemised those counting recognised units. */
  relatedIndicators: Indicator[];
};

export type IndicatorValue = Row<'indicator-values'> & {
  sourceRef?: SourceRef;
  /** value / denominator × 100. */
  percent?: number;
  /** Stable anchor for permalinks: `xa-dat-ntm-2021-09-30-actual`. */
  anchor: string;
  /** The value recomputed from detail rows, when computed_from applies. */
  computed?: number;
  /** Build warnings about this row. */
  warnings: Issue[];
};

/** How far the latest actual is towards the next target, or the denominator. */
export interface IndicatorProgress {
  against: 'target' | 'denominator';
  value: number;
  max: number;
  percent: number;
}

export type Indicator = Row<'indicators'> & {
  rule?: ComputedFrom;
  /** By date, actual before target. */
  values: IndicatorValue[];
  actuals: IndicatorValue[];
  targets: IndicatorValue[];
  latest?: IndicatorValue;
  previous?: IndicatorValue;
  /** The first target whose deadline is on or after the latest actual. */
  nextTarget?: IndicatorValue;
  progress?: IndicatorProgress;
};

export type OcopProduct = Row<'ocop-products'> & { unit?: Unit };

export type FundingLine = Row<'funding'> & {
  parent?: FundingLine;
  children: FundingLine[];
  depth: number;
  basisDocument?: DocumentRow;
  unit?: Unit;
  /** Sum of the children's amounts, when every child has one. */
  childrenAmount?: number;
};

export interface FundingGroup {
  key: string;
  label: { vi: string; en: string };
  /** Top-level lines in this group. */
  lines: FundingLine[];
  total: number;
  byYear: { year: number; total: number }[];
  /** In bySource groups: the same lines by legal basis. */
  byBasis?: FundingGroup[];
}

export interface UnitFunding {
  unit?: Unit;
  unitCode: string;
  lines: FundingLine[];
  total: number;
}

export interface FundingTree {
  /** Every line, in file order. */
  lines: FundingLine[];
  lineById: Map<string, FundingLine>;
  /** Top-level lines, in file order. */
  roots: FundingLine[];
  years: number[];
  total: number;
  bySource: FundingGroup[];
  byBasis: FundingGroup[];
  byUnit: UnitFunding[];
}

export type ProductionModelRow = Row<'production-models'> & { unit?: Unit; fundingLine?: FundingLine };

/** Rows of production-models.csv sharing a name: one model across units. */
export interface ProductionModel {
  /** Slug of the shared name. */
  id: string;
  name: string;
  /** The English twin of the name, from the first row that gives one. */
  name_en?: string;
  rows: ProductionModelRow[];
  standards: string[];
  years: number[];
  totalAreaHa?: number;
  units: Unit[];
  fundingLines: FundingLine[];
}

export interface StandingChange {
  unit: Unit;
  standard: Standard;
  before?: Code<'unitStatus'>;
  after?: Code<'unitStatus'>;
}

export interface CriterionChange {
  unit: Unit;
  set: CriteriaSet;
  number: number;
  criterion?: Criterion;
  before?: Code<'criterionStatus'>;
  after?: Code<'criterionStatus'>;
}

export interface ChangeSet {
  from: IsoDate;
  to: IsoDate;
  standings: StandingChange[];
  criteria: CriterionChange[];
  indicators: { indicator: Indicator; before: IndicatorValue; after: IndicatorValue }[];
  /** False when the standings that changed do not fit in what is left of the list limit. */
  standingsListed: boolean;
  /** Standings that changed, per standard and (before → after), largest first within a standard. */
  standingTransitions: { standard: Standard; before?: Code<'unitStatus'>; after?: Code<'unitStatus'>; n: number }[];
  criteriaListed: boolean;
  /** Per criterion, in set and number order: units improved, worsened, changed at all. */
  criteriaSummary: { set: CriteriaSet; number: number; criterion?: Criterion; improved: number; worsened: number; changed: number }[];
  criteriaImproved: number;
  criteriaWorsened: number;
}

/** What the long listings show: everything when it fits in the list limit, else a summary. */
export interface Listings {
  limit: number;
  /** /xa/: every unit but the root, or the upper levels. */
  units: { complete: boolean; total: number; units: Unit[]; depth: number; byLevel: { level: Code<'unitLevel'>; n: number }[] };
  funding: {
    linesListed: boolean;
    unitsListed: boolean;
    /** One group with every unit in file order; or one per level with its largest totals. */
    unitGroups: { level?: Code<'unitLevel'>; units: number; rows: UnitFunding[] }[];
  };
  ocop: {
    complete: boolean;
    /** Listed, in file order: all, or the top star ratings that fit. */
    products: OcopProduct[];
    listed: ReadonlySet<OcopProduct>;
    minStars?: number;
    byStatus: { status: Code<'ocopStatus'>; n: number }[];
    byStars: { stars?: number; byStatus: { status: Code<'ocopStatus'>; n: number }[]; total: number }[];
  };
  models: { complete: boolean; rows: number; summary: ProductionModel[] };
  changes: { complete: boolean; rows: number };
}

export interface SiteModel {
  root: Unit;
  units: Unit[];
  unitByCode: Map<string, Unit>;
  /** Each unit's way to today, and the present-day units chains reach (pages of their own, no figures). */
  lineage: Lineage;
  criteriaSets: CriteriaSet[];
  criteriaSetById: Map<string, CriteriaSet>;
  indicators: Indicator[];
  indicatorById: Map<string, Indicator>;
  /** Overview figures: indicators with a latest actual, those with a denominator and a computed_from first. */
  headline: Indicator[];
  ocopProducts: OcopProduct[];
  funding: FundingTree;
  productionModels: ProductionModel[];
  documents: DocumentRow[];
  documentById: Map<string, DocumentRow>;
  /** Every actual as-of date in the data, oldest first. */
  asOfDates: IsoDate[];
  latestAsOf?: IsoDate;
  /** Changes between consecutive as-of dates, oldest first. */
  changes: ChangeSet[];
  listings: Listings;
  warnings: Issue[];
  /** Information (§1.2), e.g. other spellings: listed apart, not counted as warnings. */
  information: Issue[];
  /** Printed decimals of number cells, by row (`96,80` has 2). */
  decimals: ReadonlyMap<object, Record<string, number>>;
  /** Which tables were given. */
  present: Record<TableName, boolean>;
  /** Validated rows, for downloads. */
  tables: Tables;
}
