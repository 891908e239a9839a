// The site model: typed, validated and indexed. Pages render it and never
// parse or compute.
import type { Code } from '../contract/codes.ts';
import type { Bilingual } from '../contract/tables.ts';
import type { Tables } from '../contract/rows.ts';
import type { Issue } from '../contract/issues.ts';

export type { Lang } from '../lib/lang.ts';
export type IsoDate = string;
export type Standard = Code<'standard'>;

/** Where a row came from, for provenance links and the data-quality page. */
export interface RowRef {
  file: string;
  line: number;
}

export interface DocumentRef {
  id: string;
  number: string;
  date?: IsoDate;
  issuer: string;
  type: Code<'documentType'>;
  title: string;
  url?: string;
  note?: string;
  row: RowRef;
}

/** A `source` cell: a known document, or free text. */
export interface SourceRef {
  text: string;
  document?: DocumentRef;
}

export interface StandingEntry {
  asOf: IsoDate;
  standard: Standard;
  status: Code<'unitStatus'>;
  kind: Code<'statusKind'>;
  decision?: string;
  source?: SourceRef;
  note?: string;
  row: RowRef;
}

export interface CriterionStatusEntry {
  asOf: IsoDate;
  setId: string;
  number: number;
  status: Code<'criterionStatus'>;
  source?: SourceRef;
  note?: string;
  row: RowRef;
}

/** One unit's results against one criteria set at one date. */
export interface UnitCriteriaSnapshot {
  setId: string;
  asOf: IsoDate;
  /** Keyed by criterion number. */
  statuses: Map<number, CriterionStatusEntry>;
  met: number;
  largelyMet: number;
  notMet: number;
}

/** One unit's results against one criteria set across every date it was assessed. */
export interface UnitCriteriaSeries {
  setId: string;
  /** As-of dates of the snapshots, oldest first: the last is the latest. */
  dates: IsoDate[];
  /** One per date, in the order of `dates`. */
  snapshots: UnitCriteriaSnapshot[];
  /** Each distinct source cited by the snapshots; `dates` only when it is not cited for every date. */
  sources: { source: SourceRef; dates?: IsoDate[] }[];
  /** Each distinct note, likewise. */
  notes: { text: string; dates?: IsoDate[] }[];
}

export interface Unit {
  code: string;
  name: string;
  level: Code<'unitLevel'>;
  /** URL segment, stable while name and code stay: `dong-loi-15721`. */
  slug: string;
  parentCode?: string;
  childCodes: string[];
  /** 0 for the root. */
  depth: number;
  aliases: string[];
  note?: string;
  successor?: { code: string; name?: string; from?: IsoDate };
  /** Latest actual standing per standard, if any. */
  standing: Partial<Record<Standard, StandingEntry>>;
  /** Highest standard recognised at its latest date, for sorting and badges. */
  highestRecognized?: Standard;
  /** Every actual standing, oldest first. */
  history: StandingEntry[];
  /** Targets, earliest deadline first. */
  targets: StandingEntry[];
  /** Latest snapshot per criteria set. */
  criteria: UnitCriteriaSnapshot[];
  /** Earlier snapshots, oldest first, all sets. */
  criteriaHistory: UnitCriteriaSnapshot[];
  /** Every snapshot grouped by set, in the order of `criteria`. */
  criteriaBySet: UnitCriteriaSeries[];
  ocopIds: string[];
  productionModelIds: string[];
  fundingIds: string[];
  /** Sum of `amount` over funding lines assigned to this unit (no double counting of nested lines). */
  fundingTotal: number;
  /** Documents cited by this unit's rows (standings, targets, criteria, funding), in first-cited order. */
  documentIds: string[];
  /** For units with children: counts over the units below. */
  rollup?: UnitRollup;
  row: RowRef;
}

/** A unit's children and everything below it, counted. */
export interface UnitRollup {
  /** Units below this one, at any depth. */
  below: number;
  /** Of those, how many have a latest actual standing of recognised, per standard. */
  recognized: Record<Standard, number>;
  /** The children per level, in code-list order. */
  childLevels: { level: Code<'unitLevel'>; n: number }[];
  /** False when the children are more than the list limit: the unit page counts them instead of listing them. */
  childrenListed: boolean;
}

/** A post-merger commune and the units merged into it. */
export interface Successor {
  code: string;
  name: string;
  from?: IsoDate;
  predecessorCodes: string[];
}

export interface Criterion {
  setId: string;
  number: number;
  name: Bilingual;
  group?: Bilingual;
  note?: string;
  row: RowRef;
  /** Counts at the set's latest as-of date. */
  met: number;
  largelyMet: number;
  notMet: number;
}

export interface CriteriaSet {
  id: string;
  appliesTo: Code<'appliesTo'>;
  standard: Standard;
  name: Bilingual;
  size: number;
  basis?: string;
  basisDocument?: DocumentRef;
  validFrom?: IsoDate;
  validTo?: IsoDate;
  criteria: Criterion[];
  /** False when the data lists no individual criteria. */
  itemised: boolean;
  /** Latest date with criteria-status rows for this set. */
  latestAsOf?: IsoDate;
  /** Units assessed at latestAsOf, and how many met every criterion of the set. */
  unitsAssessed: number;
  unitsMetAll: number;
  /** Indicators whose computed_from names this set. */
  indicatorIds: string[];
  /**
   * indicatorIds, plus indicators whose denominator is the set's size or size × units
   * it applies to; for sets not itemised (or with nothing else), those counting
   * units recognised at the set's standard.
   */
  relatedIndicatorIds: string[];
  row: RowRef;
}

export interface IndicatorValue {
  indicatorId: string;
  asOf: IsoDate;
  kind: Code<'statusKind'>;
  value: number;
  denominator?: number;
  reportedPercent?: number;
  /** value / denominator × 100, when a denominator is given. */
  percent?: number;
  source?: SourceRef;
  note?: string;
  /** Stable anchor for permalinks: `xa-dat-ntm-2021-09-30-actual`. */
  anchor: string;
  /** The value recomputed from detail rows, when computed_from applies. */
  computed?: number;
  /** Build warnings about this row (e.g. printed percent or value that does not add up). */
  warnings: Issue[];
  row: RowRef;
}

/** How far the latest actual is towards the next target (or the denominator when there is no target). */
export interface IndicatorProgress {
  against: 'target' | 'denominator';
  value: number;
  max: number;
  /** value / max × 100. */
  percent: number;
}

export type { ComputedFrom } from '../contract/computed.ts';
import type { ComputedFrom } from '../contract/computed.ts';

export interface Indicator {
  id: string;
  name: Bilingual;
  unit: Bilingual;
  description?: Bilingual;
  computedFrom?: ComputedFrom;
  computedFromText?: string;
  /** All values, by date then kind. */
  values: IndicatorValue[];
  actuals: IndicatorValue[];
  targets: IndicatorValue[];
  latest?: IndicatorValue;
  previous?: IndicatorValue;
  /** The first target whose deadline is on or after the latest actual. */
  nextTarget?: IndicatorValue;
  progress?: IndicatorProgress;
  row: RowRef;
}

export interface OcopProduct {
  id: string;
  name: string;
  producer: string;
  unitCode: string;
  category?: string;
  stars?: number;
  level?: Code<'ocopLevel'>;
  status: Code<'ocopStatus'>;
  certifiedOn?: IsoDate;
  expiresOn?: IsoDate;
  decision?: string;
  note?: string;
  row: RowRef;
}

export interface FundingLine {
  id: string;
  parentId?: string;
  childIds: string[];
  depth: number;
  year: number;
  source: Code<'fundingSource'>;
  basis?: string;
  basisDocument?: DocumentRef;
  item: string;
  unitCode?: string;
  quantity?: number;
  quantityUnit?: string;
  unitAmount?: number;
  amount?: number;
  commitment?: number;
  sharePercent?: number;
  note?: string;
  /** Sum of the children's amounts, when every child has one. */
  childrenAmount?: number;
  row: RowRef;
}

export interface FundingGroup {
  key: string;
  label: Bilingual;
  /** Top-level lines in this group. */
  lineIds: string[];
  total: number;
  /** The group's total per year, oldest first. */
  byYear: { year: number; total: number }[];
  /** In bySource groups: the same lines split by legal basis. */
  byBasis?: FundingGroup[];
}

export interface FundingTree {
  lines: Map<string, FundingLine>;
  /** Top-level lines, in file order. */
  rootIds: string[];
  years: number[];
  total: number;
  bySource: FundingGroup[];
  byBasis: FundingGroup[];
  /** Units with lines assigned, with their totals. */
  byUnit: { unitCode: string; lineIds: string[]; total: number }[];
}

export interface ProductionModel {
  /** Slug of the shared name. */
  id: string;
  name: string;
  /** Distinct standards and years over the rows, in first-seen order. */
  standards: string[];
  years: number[];
  rows: {
    id: string;
    unitCode?: string;
    areaHa?: number;
    standard?: string;
    year?: number;
    fundingId?: string;
    note?: string;
    row: RowRef;
  }[];
  totalAreaHa?: number;
  unitCodes: string[];
}

export interface ChangeSet {
  from: IsoDate;
  to: IsoDate;
  standings: { unitCode: string; standard: Standard; before?: Code<'unitStatus'>; after?: Code<'unitStatus'> }[];
  criteria: { unitCode: string; setId: string; number: number; before?: Code<'criterionStatus'>; after?: Code<'criterionStatus'> }[];
  indicators: { indicatorId: string; before: IndicatorValue; after: IndicatorValue }[];
  /**
   * False when the standings that changed do not fit in what is left of the list
   * limit (shared by every change set, newest first): pages show standingTransitions instead.
   */
  standingsListed: boolean;
  /** Standings that changed, counted per standard and (before → after), largest first within a standard. */
  standingTransitions: { standard: Standard; before?: Code<'unitStatus'>; after?: Code<'unitStatus'>; n: number }[];
  /** Likewise for the criteria that changed (after the same date's standings): pages show criteriaSummary instead. */
  criteriaListed: boolean;
  /** Per criterion, in set and number order: how many units improved (not met → largely met → met), worsened, changed at all. */
  criteriaSummary: { setId: string; number: number; improved: number; worsened: number; changed: number }[];
  /** criteriaSummary added up over every criterion. */
  criteriaImproved: number;
  criteriaWorsened: number;
}

/** What the long listings show: everything when it fits in the list limit, else a summary. */
export interface Listings {
  /** Rows per listing. */
  limit: number;
  /** /xa/: every unit but the root, or, when they are too many, the upper levels. */
  units: {
    complete: boolean;
    /** Units but the root. */
    total: number;
    /** Codes of the units listed: all but the root in file order, or depths 1..depth in tree order. */
    codes: string[];
    /** Deepest depth listed (0 when even the root's children are too many). */
    depth: number;
    /** Units but the root, per level, in code-list order. */
    byLevel: { level: Code<'unitLevel'>; n: number }[];
  };
  /** /kinh-phi/. */
  funding: {
    /** Every line is listed on the page. */
    linesListed: boolean;
    /** Every unit with lines is in the by-commune table. */
    unitsListed: boolean;
    /**
     * The by-commune tables: one with every unit, in file order; or, when they
     * are too many, one per level with that level's largest totals, largest first.
     */
    unitGroups: { level?: Code<'unitLevel'>; units: number; rows: { unitCode: string; lineIds: string[]; total: number }[] }[];
  };
  /** /ocop/. */
  ocop: {
    complete: boolean;
    /** Products listed, in file order: all, or the top star ratings that fit. */
    productIds: string[];
    /** When not complete: the lowest star rating listed, if any are. */
    minStars?: number;
    /** Every product, per status (statuses with none left out). */
    byStatus: { status: Code<'ocopStatus'>; n: number }[];
    /** Products per star rating (undefined: no rating), highest first, with counts per status. */
    byStars: { stars?: number; byStatus: { status: Code<'ocopStatus'>; n: number }[]; total: number }[];
  };
  /** /mo-hinh/. */
  models: {
    /** Every model is shown with every row. */
    complete: boolean;
    /** Rows over all models. */
    rows: number;
    /** When not complete: models shown as one summary row each, most communes first (at most the limit). */
    summaryIds: string[];
  };
  /** /du-lieu/thay-doi/: whether every change set lists every row, and the rows (standings and criteria) over all of them. */
  changes: { complete: boolean; rows: number };
}

export interface SiteModel {
  root: Unit;
  units: Unit[];
  unitByCode: Map<string, Unit>;
  successors: Successor[];
  criteriaSets: CriteriaSet[];
  criteriaSetById: Map<string, CriteriaSet>;
  indicators: Indicator[];
  indicatorById: Map<string, Indicator>;
  /** Overview figures: indicators with a latest actual, those with a denominator and a computed_from first. */
  headlineIds: string[];
  ocopProducts: OcopProduct[];
  ocopById: Map<string, OcopProduct>;
  funding: FundingTree;
  productionModels: ProductionModel[];
  productionModelById: Map<string, ProductionModel>;
  documents: DocumentRef[];
  documentById: Map<string, DocumentRef>;
  /** Every actual as-of date in the data, oldest first. */
  asOfDates: IsoDate[];
  latestAsOf?: IsoDate;
  /** Changes between consecutive as-of dates, oldest first. */
  changes: ChangeSet[];
  /** What the long listings show. */
  listings: Listings;
  warnings: Issue[];
  /** Which optional tables were present. */
  present: Record<keyof Tables, boolean>;
  /** Normalised rows, for downloads. */
  tables: Tables;
}
