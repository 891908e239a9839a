// What happened in the units: OCOP products and production models, and the
// documents each unit's rows cite.
import type { Row } from '../contract/rows.ts';
import { groupBy, unique } from '../lib/collections.ts';
import { slugify } from '../lib/text.ts';
import type { DocumentRow, FundingTree, OcopProduct, ProductionModel, Unit } from './types.ts';

export function buildOcop(rows: Row<'ocop-products'>[], unitByCode: Map<string, Unit>): OcopProduct[] {
  return rows.map((row) => {
    const product: OcopProduct = Object.assign(row, { unit: unitByCode.get(row.unit_code) });
    product.unit?.ocopProducts.push(product);
    return product;
  });
}

/** Rows sharing a name (case-insensitively) are one model. */
export function buildProductionModels(rows: Row<'production-models'>[], unitByCode: Map<string, Unit>, funding: FundingTree): ProductionModel[] {
  const models: ProductionModel[] = [];
  const usedIds = new Set<string>();
  for (const group of groupBy(rows, (m) => m.name.trim().toLowerCase()).values()) {
    let id = slugify(group[0]!.name) || 'mo-hinh';
    while (usedIds.has(id)) id += '-2';
    usedIds.add(id);
    const modelRows = group.map((r) =>
      Object.assign(r, {
        unit: r.unit_code ? unitByCode.get(r.unit_code) : undefined,
        fundingLine: r.funding_id ? funding.lineById.get(r.funding_id) : undefined,
      }),
    );
    const areas = group.map((r) => r.area_ha).filter((a): a is number => a !== undefined);
    const model: ProductionModel = {
      id,
      name: group[0]!.name,
      name_en: group.find((r) => r.name_en)?.name_en,
      rows: modelRows,
      standards: unique(group.map((r) => r.standard)),
      years: unique(group.map((r) => r.year)),
      totalAreaHa: areas.length > 0 ? areas.reduce((s, a) => s + a, 0) : undefined,
      units: unique(modelRows.map((r) => r.unit)),
      fundingLines: unique(modelRows.map((r) => r.fundingLine)),
    };
    for (const unit of model.units) if (!unit.productionModels.includes(model)) unit.productionModels.push(model);
    models.push(model);
  }
  return models;
}

/** Documents cited by a unit's standings, targets, criteria and funding lines, in first-cited order. */
export function attachCitedDocuments(units: Unit[]): void {
  for (const unit of units) {
    const docs = new Set<DocumentRow>();
    const add = (d: DocumentRow | undefined) => d && docs.add(d);
    for (const e of [...unit.history, ...unit.targets]) add(e.sourceRef?.document);
    for (const series of unit.criteria) for (const s of series.sources) add(s.source.document);
    for (const line of unit.fundingLines) add(line.basisDocument);
    unit.documents = [...docs];
  }
}
