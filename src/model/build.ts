// Builds the site model from validated tables. All the arithmetic the pages
// show happens here, once.
import { codeLists } from '../contract/codes.ts';
import type { Row, Tables } from '../contract/rows.ts';
import { tableNames, type TableName } from '../contract/tables.ts';
import type { Issue } from '../contract/issues.ts';
import { parseComputedFrom } from '../contract/computed.ts';
import { recompute } from '../ingest/recompute.ts';
import { splitAliases } from '../contract/rules.ts';
import { slugify } from '../lib/text.ts';
import { LIST_LIMIT, TOP_FUNDED_UNITS, listedDepth, topTiers } from './listings.ts';
import type {
  ChangeSet,
  CriteriaSet,
  CriterionStatusEntry,
  DocumentRef,
  FundingGroup,
  FundingLine,
  FundingTree,
  Indicator,
  IndicatorValue,
  IsoDate,
  Listings,
  OcopProduct,
  ProductionModel,
  SiteModel,
  SourceRef,
  Standard,
  StandingEntry,
  Successor,
  Unit,
  UnitCriteriaSeries,
  UnitCriteriaSnapshot,
} from './types.ts';

const STANDARD_RANK: Standard[] = ['ntm', 'advanced', 'model'];

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const byDate = (a: { asOf: string }, b: { asOf: string }) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0);

export interface ModelOptions {
  /** Rows per listing before a page summarises it (default LIST_LIMIT). */
  listLimit?: number;
}

export function buildModel(data: Partial<Tables>, warnings: Issue[] = [], options: ModelOptions = {}): SiteModel {
  const listLimit = options.listLimit ?? LIST_LIMIT;
  const present = Object.fromEntries(tableNames.map((n) => [n, data[n] !== undefined])) as Record<TableName, boolean>;
  const tablesFull = Object.fromEntries(tableNames.map((n) => [n, data[n] ?? []])) as unknown as Tables;

  const documents = tablesFull.documents.map(
    (d): DocumentRef => ({
      id: d.id,
      number: d.number,
      date: d.date,
      issuer: d.issuer,
      type: d.type,
      title: d.title,
      url: d.url,
      note: d.note,
      row: { file: 'documents.csv', line: d._line },
    }),
  );
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const documentByNumber = new Map(documents.map((d) => [d.number.toLowerCase(), d]));
  // One shared object per source text: millions of criteria-status rows cite a handful of sources.
  const sourceRefs = new Map<string, SourceRef>();
  const sourceRef = (text: string | undefined): SourceRef | undefined => {
    if (text === undefined) return undefined;
    let ref = sourceRefs.get(text);
    if (!ref) sourceRefs.set(text, (ref = { text, document: documentById.get(text) ?? documentByNumber.get(text.toLowerCase()) }));
    return ref;
  };

  // Units
  const units: Unit[] = tablesFull.units.map((u) => ({
    code: u.code,
    name: u.name,
    level: u.level,
    slug: [slugify(u.name), slugify(u.code)].filter(Boolean).join('-') || 'unit',
    parentCode: u.parent_code,
    childCodes: [],
    depth: 0,
    aliases: splitAliases(u.aliases),
    note: u.note,
    successor: u.successor_code || u.successor_name ? { code: u.successor_code ?? '', name: u.successor_name, from: u.successor_from } : undefined,
    standing: {},
    history: [],
    targets: [],
    criteria: [],
    criteriaHistory: [],
    criteriaBySet: [],
    ocopIds: [],
    productionModelIds: [],
    fundingIds: [],
    fundingTotal: 0,
    documentIds: [],
    row: { file: 'units.csv', line: u._line },
  }));
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  ensureUniqueSlugs(units);
  for (const u of units) if (u.parentCode) unitByCode.get(u.parentCode)?.childCodes.push(u.code);
  const root = units.find((u) => !u.parentCode) ?? units[0]!;
  const setDepth = (u: Unit, depth: number) => {
    u.depth = depth;
    for (const c of u.childCodes) setDepth(unitByCode.get(c)!, depth + 1);
  };
  if (root) setDepth(root, 0);

  const successors: Successor[] = [];
  for (const [key, group] of groupBy(
    units.filter((u) => u.successor),
    (u) => `${u.successor!.code}\u0000${u.successor!.name ?? ''}`,
  )) {
    const s = group[0]!.successor!;
    successors.push({ code: s.code, name: s.name ?? s.code, from: s.from, predecessorCodes: group.map((u) => u.code) });
    void key;
  }

  // Standings
  for (const s of tablesFull['unit-status']) {
    const unit = unitByCode.get(s.unit_code);
    if (!unit) continue;
    const entry: StandingEntry = {
      asOf: s.as_of,
      standard: s.standard,
      status: s.status,
      kind: s.kind,
      decision: s.decision,
      source: sourceRef(s.source),
      note: s.note,
      row: { file: 'unit-status.csv', line: s._line },
    };
    (entry.kind === 'target' ? unit.targets : unit.history).push(entry);
  }
  for (const unit of units) {
    unit.history.sort(byDate);
    unit.targets.sort(byDate);
    for (const h of unit.history) unit.standing[h.standard] = h; // last wins: latest date
    for (const std of STANDARD_RANK) if (unit.standing[std]?.status === 'recognized') unit.highestRecognized = std;
  }

  // Criteria sets and statuses
  const criteriaBySet = groupBy(tablesFull.criteria, (c) => c.set);
  const statusesByUnitSetDate = groupBy(tablesFull['criteria-status'], (s) => `${s.unit_code}\u0000${s.set}\u0000${s.as_of}`);
  const snapshotsByUnit = new Map<string, UnitCriteriaSnapshot[]>();
  for (const rows of statusesByUnitSetDate.values()) {
    const first = rows[0]!;
    const statuses = new Map<number, CriterionStatusEntry>();
    for (const r of rows) {
      statuses.set(r.number, {
        asOf: r.as_of,
        setId: r.set,
        number: r.number,
        status: r.status,
        source: sourceRef(r.source),
        note: r.note,
        row: { file: 'criteria-status.csv', line: r._line },
      });
    }
    const snapshot: UnitCriteriaSnapshot = {
      setId: first.set,
      asOf: first.as_of,
      statuses,
      met: rows.filter((r) => r.status === 'met').length,
      largelyMet: rows.filter((r) => r.status === 'largely_met').length,
      notMet: rows.filter((r) => r.status === 'not_met').length,
    };
    const list = snapshotsByUnit.get(first.unit_code);
    if (list) list.push(snapshot);
    else snapshotsByUnit.set(first.unit_code, [snapshot]);
  }
  for (const [code, snaps] of snapshotsByUnit) {
    const unit = unitByCode.get(code);
    if (!unit) continue;
    snaps.sort(byDate);
    const latest = new Map<string, UnitCriteriaSnapshot>();
    for (const s of snaps) latest.set(s.setId, s);
    unit.criteria = [...latest.values()];
    unit.criteriaHistory = snaps.filter((s) => latest.get(s.setId) !== s);
    unit.criteriaBySet = unit.criteria.map((l) => criteriaSeries(snaps.filter((s) => s.setId === l.setId)));
  }

  const indicatorRows = tablesFull.indicators;
  const criteriaSets: CriteriaSet[] = tablesFull['criteria-sets'].map((s) => {
    const criteriaRows = (criteriaBySet.get(s.id) ?? []).slice().sort((a, b) => a.number - b.number);
    const snapshots = units.flatMap((u) => u.criteria.filter((c) => c.setId === s.id));
    const latestAsOf = snapshots.reduce<string | undefined>((m, c) => (m === undefined || c.asOf > m ? c.asOf : m), undefined);
    const atLatest = snapshots.filter((c) => c.asOf === latestAsOf);
    const count = (n: number, status: string) => atLatest.filter((c) => c.statuses.get(n)?.status === status).length;
    return {
      id: s.id,
      appliesTo: s.applies_to,
      standard: s.standard,
      name: { vi: s.name_vi, en: s.name_en ?? s.name_vi },
      size: s.size,
      basis: s.basis,
      basisDocument: s.basis ? documentByNumber.get(s.basis.toLowerCase()) : undefined,
      validFrom: s.valid_from,
      validTo: s.valid_to,
      criteria: criteriaRows.map((c) => ({
        setId: s.id,
        number: c.number,
        name: { vi: c.name_vi, en: c.name_en ?? c.name_vi },
        group: c.group_vi ? { vi: c.group_vi, en: c.group_en ?? c.group_vi } : undefined,
        note: c.note,
        row: { file: 'criteria.csv', line: c._line },
        met: count(c.number, 'met'),
        largelyMet: count(c.number, 'largely_met'),
        notMet: count(c.number, 'not_met'),
      })),
      itemised: criteriaRows.length > 0,
      latestAsOf,
      unitsAssessed: atLatest.length,
      unitsMetAll: atLatest.filter((c) => c.met === s.size).length,
      relatedIndicatorIds: [],
      indicatorIds: indicatorRows
        .filter((i) => {
          const p = i.computed_from ? parseComputedFrom(i.computed_from) : undefined;
          return p && 'rule' in p && p.rule.kind === 'criteria_met' && p.rule.setId === s.id;
        })
        .map((i) => i.id),
      row: { file: 'criteria-sets.csv', line: s._line },
    };
  });
  const criteriaSetById = new Map(criteriaSets.map((s) => [s.id, s]));

  // Indicators
  const valuesByIndicator = groupBy(tablesFull['indicator-values'], (v) => v.indicator);
  const warningsByLine = groupBy(warnings, (w) => `${w.file}:${w.line}`);
  const indicators: Indicator[] = indicatorRows.map((i) => {
    const parsed = i.computed_from ? parseComputedFrom(i.computed_from) : undefined;
    const rule = parsed && 'rule' in parsed ? parsed.rule : undefined;
    // Repeated (as_of, kind) rows were warned about; the last one stands.
    const dedup = new Map<string, Row<'indicator-values'>>();
    for (const v of valuesByIndicator.get(i.id) ?? []) dedup.set(`${v.as_of}\u0000${v.kind}`, v);
    const values = [...dedup.values()]
      .map(
        (v): IndicatorValue => ({
          indicatorId: i.id,
          asOf: v.as_of,
          kind: v.kind,
          value: v.value,
          denominator: v.denominator,
          reportedPercent: v.reported_percent,
          percent: v.denominator ? (v.value / v.denominator) * 100 : undefined,
          source: sourceRef(v.source),
          note: v.note,
          anchor: `${slugify(i.id)}-${v.as_of}-${v.kind}`,
          computed: rule && v.kind === 'actual' ? recompute(rule, v.as_of, data)?.value : undefined,
          warnings: warningsByLine.get(`indicator-values.csv:${v._line}`) ?? [],
          row: { file: 'indicator-values.csv', line: v._line },
        }),
      )
      .sort((a, b) => byDate(a, b) || (a.kind === b.kind ? 0 : a.kind === 'actual' ? -1 : 1));
    const actuals = values.filter((v) => v.kind === 'actual');
    const targets = values.filter((v) => v.kind === 'target');
    const latest = actuals.at(-1);
    const nextTarget = targets.find((t) => !latest || t.asOf >= latest.asOf) ?? targets.at(-1);
    return {
      id: i.id,
      name: { vi: i.name_vi, en: i.name_en ?? i.name_vi },
      unit: { vi: i.unit_vi, en: i.unit_en ?? i.unit_vi },
      description: i.description_vi || i.description_en ? { vi: i.description_vi ?? '', en: i.description_en ?? i.description_vi ?? '' } : undefined,
      computedFrom: rule,
      computedFromText: i.computed_from,
      values,
      actuals,
      targets,
      latest,
      previous: actuals.at(-2),
      nextTarget,
      progress: progressOf(latest, nextTarget),
      row: { file: 'indicators.csv', line: i._line },
    };
  });
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  for (const set of criteriaSets) set.relatedIndicatorIds = relatedIndicators(set, indicators, units);

  // OCOP
  const ocopProducts: OcopProduct[] = tablesFull['ocop-products'].map((p) => ({
    id: p.id,
    name: p.name,
    producer: p.producer,
    unitCode: p.unit_code,
    category: p.category,
    stars: p.stars,
    level: p.level,
    status: p.status,
    certifiedOn: p.certified_on,
    expiresOn: p.expires_on,
    decision: p.decision,
    note: p.note,
    row: { file: 'ocop-products.csv', line: p._line },
  }));
  for (const p of ocopProducts) unitByCode.get(p.unitCode)?.ocopIds.push(p.id);

  const funding = buildFunding(tablesFull.funding, documentByNumber, unitByCode);

  // Production models: rows sharing a name are one model.
  const productionModels: ProductionModel[] = [];
  const usedModelIds = new Set<string>();
  for (const [name, rows] of groupBy(tablesFull['production-models'], (m) => m.name.trim().toLowerCase())) {
    void name;
    let id = slugify(rows[0]!.name) || 'mo-hinh';
    while (usedModelIds.has(id)) id += '-2';
    usedModelIds.add(id);
    const areas = rows.map((r) => r.area_ha).filter((a): a is number => a !== undefined);
    productionModels.push({
      id,
      name: rows[0]!.name,
      standards: [...new Set(rows.map((r) => r.standard).filter((x): x is string => x !== undefined))],
      years: [...new Set(rows.map((r) => r.year).filter((x): x is number => x !== undefined))],
      rows: rows.map((r) => ({
        id: r.id,
        unitCode: r.unit_code,
        areaHa: r.area_ha,
        standard: r.standard,
        year: r.year,
        fundingId: r.funding_id,
        note: r.note,
        row: { file: 'production-models.csv', line: r._line },
      })),
      totalAreaHa: areas.length > 0 ? areas.reduce((s, a) => s + a, 0) : undefined,
      unitCodes: [...new Set(rows.map((r) => r.unit_code).filter((c): c is string => !!c))],
    });
    for (const r of rows) if (r.unit_code) unitByCode.get(r.unit_code)?.productionModelIds.push(id);
  }
  for (const u of units) u.productionModelIds = [...new Set(u.productionModelIds)];

  for (const u of units) u.documentIds = citedDocuments(u, funding);

  const asOfDates = [
    ...new Set([
      ...tablesFull['indicator-values'].filter((v) => v.kind === 'actual').map((v) => v.as_of),
      ...tablesFull['unit-status'].filter((v) => v.kind === 'actual').map((v) => v.as_of),
      ...tablesFull['criteria-status'].map((v) => v.as_of),
    ]),
  ].sort();

  const model: SiteModel = {
    root,
    units,
    unitByCode,
    successors,
    criteriaSets,
    criteriaSetById,
    indicators,
    indicatorById,
    headlineIds: headlineIndicators(indicators),
    ocopProducts,
    ocopById: new Map(ocopProducts.map((p) => [p.id, p])),
    funding,
    productionModels,
    productionModelById: new Map(productionModels.map((m) => [m.id, m])),
    documents,
    documentById,
    asOfDates,
    latestAsOf: asOfDates.at(-1),
    changes: [],
    listings: undefined as unknown as Listings,
    warnings,
    present,
    tables: tablesFull,
  };
  model.changes = buildChanges(model, listLimit);
  buildRollups(root, unitByCode, listLimit);
  model.listings = buildListings(model, listLimit);
  return model;
}

const LEVELS = codeLists.unitLevel.codes;

function levelCounts(units: Unit[]): { level: Unit['level']; n: number }[] {
  return LEVELS.map((level) => ({ level, n: units.filter((u) => u.level === level).length })).filter((c) => c.n > 0);
}

/** Counts below every unit with children, from the leaves up. */
function buildRollups(root: Unit | undefined, unitByCode: Map<string, Unit>, limit: number): void {
  if (!root) return;
  const seen = new Set([root.code]);
  const visit = (unit: Unit): void => {
    if (unit.childCodes.length === 0) return;
    const children = unit.childCodes.map((c) => unitByCode.get(c)).filter((c): c is Unit => !!c && !seen.has(c.code));
    const rollup = {
      below: 0,
      recognized: Object.fromEntries(STANDARD_RANK.map((s) => [s, 0])) as Record<Standard, number>,
      childLevels: levelCounts(children),
      childrenListed: children.length <= limit,
    };
    for (const child of children) {
      seen.add(child.code);
      visit(child);
      rollup.below += 1 + (child.rollup?.below ?? 0);
      for (const std of STANDARD_RANK) {
        rollup.recognized[std] += (child.standing[std]?.status === 'recognized' ? 1 : 0) + (child.rollup?.recognized[std] ?? 0);
      }
    }
    unit.rollup = rollup;
  };
  visit(root);
}

const CRITERION_RANK: Record<string, number> = { not_met: 0, largely_met: 1, met: 2 };

function buildListings(model: SiteModel, limit: number): Listings {
  const { root, units } = model;
  const others = units.filter((u) => u !== root);

  // Units: all of them, or the upper levels in tree order.
  const unitsComplete = others.length <= limit;
  const counts: number[] = [];
  for (const u of others) if (u.depth > 0) counts[u.depth] = (counts[u.depth] ?? 0) + 1;
  const depth = unitsComplete ? counts.length - 1 : listedDepth(counts, limit);
  const treeOrder: string[] = [];
  const walk = (u: Unit) => {
    if (u.depth >= depth) return;
    for (const c of u.childCodes) {
      const child = model.unitByCode.get(c);
      if (!child || child.depth !== u.depth + 1) continue;
      treeOrder.push(child.code);
      walk(child);
    }
  };
  if (!unitsComplete && root) walk(root);

  // Funding: every line, or totals and the units with the largest totals.
  const f = model.funding;
  const linesListed = f.lines.size <= limit;
  const unitsListed = f.byUnit.length <= limit;
  const levelOf = (code: string) => model.unitByCode.get(code)?.level;
  const unitGroups = unitsListed
    ? [{ level: undefined, units: f.byUnit.length, rows: f.byUnit }]
    : LEVELS.map((level) => {
        const rows = f.byUnit.filter((r) => levelOf(r.unitCode) === level);
        const top = rows.sort((a, b) => b.total - a.total || a.unitCode.localeCompare(b.unitCode)).slice(0, Math.min(TOP_FUNDED_UNITS, limit));
        return { level, units: rows.length, rows: top };
      }).filter((g) => g.units > 0);

  // OCOP: every product, or the top star ratings that fit.
  const products = model.ocopProducts;
  const ocopComplete = products.length <= limit;
  const top = ocopComplete ? { kept: products, lowest: undefined } : topTiers(products, (p) => p.stars ?? 0, limit);
  const starValues = [...new Set(products.map((p) => p.stars))].sort((a, b) => (b ?? -1) - (a ?? -1));
  const byStars = starValues.map((stars) => {
    const items = products.filter((p) => p.stars === stars);
    return {
      stars,
      byStatus: codeLists.ocopStatus.codes.map((status) => ({ status, n: items.filter((p) => p.status === status).length })),
      total: items.length,
    };
  });

  // Production models: every row, or one line per model, those in most communes first.
  const modelRows = model.productionModels.reduce((s, m) => s + m.rows.length, 0);
  const modelsComplete = modelRows <= limit;
  const summaryIds = modelsComplete
    ? []
    : [...model.productionModels]
        .sort((a, b) => b.unitCodes.length - a.unitCodes.length || (b.totalAreaHa ?? 0) - (a.totalAreaHa ?? 0) || a.name.localeCompare(b.name, 'vi'))
        .slice(0, limit)
        .map((m) => m.id);

  return {
    limit,
    units: {
      complete: unitsComplete,
      total: others.length,
      codes: unitsComplete ? others.map((u) => u.code) : treeOrder,
      depth,
      byLevel: levelCounts(others),
    },
    funding: { linesListed, unitsListed, unitGroups },
    ocop: {
      complete: ocopComplete,
      productIds: top.kept.map((p) => p.id),
      minStars: ocopComplete ? undefined : top.lowest,
      byStatus: codeLists.ocopStatus.codes
        .map((status) => ({ status, n: products.filter((p) => p.status === status).length }))
        .filter((s) => s.n > 0),
      byStars,
    },
    models: { complete: modelsComplete, rows: modelRows, summaryIds },
    changes: {
      complete: model.changes.every((c) => c.standingsListed && c.criteriaListed),
      rows: model.changes.reduce((s, c) => s + c.standings.length + c.criteria.length, 0),
    },
  };
}

const HEADLINE_MAX = 8;

function headlineIndicators(indicators: Indicator[]): string[] {
  const withLatest = indicators.filter((i) => i.latest);
  const score = (i: Indicator) => (i.latest!.denominator !== undefined ? 2 : 0) + (i.computedFrom ? 1 : 0);
  const ranked = withLatest
    .map((i, index) => ({ i, index, s: score(i) }))
    .sort((a, b) => b.s - a.s || a.index - b.index)
    .slice(0, HEADLINE_MAX);
  // Keep catalogue order on the page: ranking only chooses which ones.
  return ranked.sort((a, b) => a.index - b.index).map((r) => r.i.id);
}

function progressOf(latest: IndicatorValue | undefined, target: IndicatorValue | undefined): Indicator['progress'] {
  if (!latest) return undefined;
  if (target && target.asOf >= latest.asOf && target.value > 0) {
    return { against: 'target', value: latest.value, max: target.value, percent: (latest.value / target.value) * 100 };
  }
  if (latest.denominator) {
    return { against: 'denominator', value: latest.value, max: latest.denominator, percent: (latest.value / latest.denominator) * 100 };
  }
  return undefined;
}

/** One set's snapshots (oldest first) as a series, with each distinct source and note and the dates citing it. */
function criteriaSeries(snapshots: UnitCriteriaSnapshot[]): UnitCriteriaSeries {
  const dates = snapshots.map((s) => s.asOf);
  const sources = new Map<string, { source: SourceRef; dates: Set<IsoDate> }>();
  const notes = new Map<string, Set<IsoDate>>();
  for (const snap of snapshots) {
    for (const e of snap.statuses.values()) {
      if (e.source) {
        const entry = sources.get(e.source.text);
        if (entry) entry.dates.add(snap.asOf);
        else sources.set(e.source.text, { source: e.source, dates: new Set([snap.asOf]) });
      }
      if (e.note) {
        const entry = notes.get(e.note);
        if (entry) entry.add(snap.asOf);
        else notes.set(e.note, new Set([snap.asOf]));
      }
    }
  }
  // Dates only when they are not all of the series' dates.
  const some = (set: Set<IsoDate>) => (set.size < dates.length ? [...set] : undefined);
  return {
    setId: snapshots[0]!.setId,
    dates,
    snapshots,
    sources: [...sources.values()].map((s) => ({ source: s.source, dates: some(s.dates) })),
    notes: [...notes].map(([text, d]) => ({ text, dates: some(d) })),
  };
}

function relatedIndicators(set: CriteriaSet, indicators: Indicator[], units: Unit[]): string[] {
  const unitsAtLevel = units.filter((u) => u.level === set.appliesTo).length;
  const sizes = new Set([set.size, set.size * unitsAtLevel]);
  const ids = new Set(set.indicatorIds);
  for (const ind of indicators) {
    if (!ind.computedFrom && ind.values.some((v) => v.denominator !== undefined && sizes.has(v.denominator))) ids.add(ind.id);
  }
  // Counts of recognised units only stand in for sets without itemised criteria or other figures.
  if (!set.itemised || ids.size === 0) {
    for (const ind of indicators) {
      const rule = ind.computedFrom;
      if (rule?.kind === 'units_recognized' && rule.standard === set.standard) ids.add(ind.id);
    }
  }
  return indicators.filter((i) => ids.has(i.id)).map((i) => i.id);
}

function citedDocuments(unit: Unit, funding: FundingTree): string[] {
  const ids = new Set<string>();
  const add = (d: DocumentRef | undefined) => d && ids.add(d.id);
  for (const e of [...unit.history, ...unit.targets]) add(e.source?.document);
  for (const snap of [...unit.criteriaHistory, ...unit.criteria]) for (const st of snap.statuses.values()) add(st.source?.document);
  for (const id of unit.fundingIds) add(funding.lines.get(id)?.basisDocument);
  return [...ids];
}

function ensureUniqueSlugs(units: Unit[]): void {
  const seen = new Set<string>();
  for (const u of units) {
    let slug = u.slug;
    for (let n = 2; seen.has(slug); n++) slug = `${u.slug}-${n}`;
    u.slug = slug;
    seen.add(slug);
  }
}

function buildFunding(rows: Row<'funding'>[], documentByNumber: Map<string, DocumentRef>, unitByCode: Map<string, Unit>): FundingTree {
  const lines = new Map<string, FundingLine>();
  for (const f of rows) {
    lines.set(f.id, {
      id: f.id,
      parentId: f.parent_id,
      childIds: [],
      depth: 0,
      year: f.year,
      source: f.source,
      basis: f.basis,
      basisDocument: f.basis ? documentByNumber.get(f.basis.toLowerCase()) : undefined,
      item: f.item,
      unitCode: f.unit_code,
      quantity: f.quantity,
      quantityUnit: f.quantity_unit,
      unitAmount: f.unit_amount,
      amount: f.amount,
      commitment: f.commitment,
      sharePercent: f.share_percent,
      note: f.note,
      row: { file: 'funding.csv', line: f._line },
    });
  }
  for (const line of lines.values()) if (line.parentId) lines.get(line.parentId)?.childIds.push(line.id);
  const rootIds = [...lines.values()].filter((l) => !l.parentId || !lines.has(l.parentId)).map((l) => l.id);
  const visit = (id: string, depth: number) => {
    const line = lines.get(id)!;
    line.depth = depth;
    const kids = line.childIds.map((c) => lines.get(c)!);
    if (kids.length > 0 && kids.every((k) => k.amount !== undefined)) line.childrenAmount = kids.reduce((s, k) => s + k.amount!, 0);
    for (const k of line.childIds) visit(k, depth + 1);
  };
  for (const id of rootIds) visit(id, 0);

  /** A line's own amount, or what its children add up to. */
  const effective = (line: FundingLine): number => line.amount ?? line.childrenAmount ?? 0;
  const sum = (ls: FundingLine[]) => ls.reduce((s, l) => s + effective(l), 0);
  const group = (
    keyOf: (l: FundingLine) => string,
    labelOf: (key: string) => { vi: string; en: string },
    ids: string[] = rootIds,
  ): FundingGroup[] =>
    [...groupBy(ids.map((id) => lines.get(id)!), keyOf)].map(([key, ls]) => ({
      key,
      label: labelOf(key),
      lineIds: ls.map((l) => l.id),
      total: sum(ls),
      byYear: [...groupBy(ls, (l) => l.year)].sort((a, b) => a[0] - b[0]).map(([year, yl]) => ({ year, total: sum(yl) })),
    }));
  const basisLabel = (k: string) => (k ? { vi: k, en: k } : { vi: 'Không ghi căn cứ', en: 'No legal basis given' });

  // Per unit: count a line only if no ancestor is assigned to the same unit.
  const byUnitMap = new Map<string, string[]>();
  for (const line of lines.values()) {
    if (!line.unitCode) continue;
    let ancestor = line.parentId ? lines.get(line.parentId) : undefined;
    let nested = false;
    while (ancestor) {
      if (ancestor.unitCode === line.unitCode) nested = true;
      ancestor = ancestor.parentId ? lines.get(ancestor.parentId) : undefined;
    }
    const list = byUnitMap.get(line.unitCode) ?? [];
    if (!nested) list.push(line.id);
    byUnitMap.set(line.unitCode, list);
    unitByCode.get(line.unitCode)?.fundingIds.push(line.id);
  }
  const byUnit = [...byUnitMap].map(([unitCode, lineIds]) => {
    const total = lineIds.reduce((s, id) => s + (lines.get(id)!.amount ?? 0), 0);
    const unit = unitByCode.get(unitCode);
    if (unit) unit.fundingTotal = total;
    return { unitCode, lineIds, total };
  });

  return {
    lines,
    rootIds,
    years: [...new Set([...lines.values()].map((l) => l.year))].sort((a, b) => a - b),
    total: rootIds.reduce((s, id) => s + effective(lines.get(id)!), 0),
    bySource: group(
      (l) => l.source,
      (k) => codeLists.fundingSource.labels[k as keyof typeof codeLists.fundingSource.labels],
    ).map((g) => ({ ...g, byBasis: group((l) => l.basis ?? '', basisLabel, g.lineIds) })),
    byBasis: group((l) => l.basis ?? '', basisLabel),
    byUnit,
  };
}

function buildChanges(model: SiteModel, limit: number): ChangeSet[] {
  const changes: ChangeSet[] = [];
  const dates = model.asOfDates;
  for (let i = 1; i < dates.length; i++) {
    const from = dates[i - 1]!;
    const to = dates[i]!;
    const set: ChangeSet = {
      from,
      to,
      standings: [],
      criteria: [],
      indicators: [],
      standingsListed: true,
      standingTransitions: [],
      criteriaListed: true,
      criteriaSummary: [],
      criteriaImproved: 0,
      criteriaWorsened: 0,
    };
    for (const unit of model.units) {
      for (const std of STANDARD_RANK) {
        const before = unit.history.filter((h) => h.standard === std && h.asOf <= from).at(-1);
        const after = unit.history.find((h) => h.standard === std && h.asOf === to);
        // A first record is not a change: nothing says what the standing was before.
        if (after && before && before.status !== after.status) {
          set.standings.push({ unitCode: unit.code, standard: std, before: before?.status, after: after.status });
        }
      }
      const snaps = [...unit.criteriaHistory, ...unit.criteria];
      for (const snap of snaps.filter((s) => s.asOf === to)) {
        const prev = snaps.filter((s) => s.setId === snap.setId && s.asOf <= from).sort(byDate).at(-1);
        for (const [number, entry] of snap.statuses) {
          const before = prev?.statuses.get(number)?.status;
          if (prev && before !== entry.status) {
            set.criteria.push({ unitCode: unit.code, setId: snap.setId, number, before, after: entry.status });
          }
        }
      }
    }
    for (const ind of model.indicators) {
      const after = ind.actuals.find((v) => v.asOf === to);
      const before = ind.actuals.filter((v) => v.asOf <= from).at(-1);
      if (after && before && before.value !== after.value) set.indicators.push({ indicatorId: ind.id, before, after });
    }
    summariseChanges(set, model);
    changes.push(set);
  }
  // The change log is one page: its tables share one list limit, newest first,
  // standings before criteria; a table listed whole or not at all.
  let budget = limit;
  for (const set of [...changes].reverse()) {
    set.standingsListed = set.standings.length <= budget;
    if (set.standingsListed) budget -= set.standings.length;
    set.criteriaListed = set.criteria.length <= budget;
    if (set.criteriaListed) budget -= set.criteria.length;
  }
  return changes;
}

/** Counts of what changed, for pages that cannot list every row. */
function summariseChanges(set: ChangeSet, model: SiteModel): void {
  const transitions = new Map<string, ChangeSet['standingTransitions'][number]>();
  for (const s of set.standings) {
    const key = `${s.standard}\u0000${s.before ?? ''}\u0000${s.after ?? ''}`;
    const t = transitions.get(key);
    if (t) t.n++;
    else transitions.set(key, { standard: s.standard, before: s.before, after: s.after, n: 1 });
  }
  set.standingTransitions = [...transitions.values()].sort(
    (a, b) => STANDARD_RANK.indexOf(a.standard) - STANDARD_RANK.indexOf(b.standard) || b.n - a.n,
  );
  const perCriterion = new Map<string, ChangeSet['criteriaSummary'][number]>();
  for (const c of set.criteria) {
    const key = `${c.setId}\u0000${c.number}`;
    let row = perCriterion.get(key);
    if (!row) perCriterion.set(key, (row = { setId: c.setId, number: c.number, improved: 0, worsened: 0, changed: 0 }));
    row.changed++;
    if (c.before !== undefined && c.after !== undefined) {
      const d = CRITERION_RANK[c.after]! - CRITERION_RANK[c.before]!;
      if (d > 0) {
        row.improved++;
        set.criteriaImproved++;
      } else if (d < 0) {
        row.worsened++;
        set.criteriaWorsened++;
      }
    }
  }
  const setOrder = (id: string) => {
    const i = model.criteriaSets.findIndex((s) => s.id === id);
    return i < 0 ? model.criteriaSets.length : i;
  };
  set.criteriaSummary = [...perCriterion.values()].sort(
    (a, b) => setOrder(a.setId) - setOrder(b.setId) || a.setId.localeCompare(b.setId) || a.number - b.number,
  );
}
