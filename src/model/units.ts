// Units: the tree below the root, each unit's standing, history and targets.
import type { Row } from '../contract/rows.ts';
import { STANDARDS_BY_RANK, splitAliases } from '../contract/rules.ts';
import { byAsOf } from '../lib/collections.ts';
import { slugify } from '../lib/text.ts';
import type { DocumentIndex } from './documents.ts';
import type { Standing, Unit } from './types.ts';


export interface UnitTree {
  units: Unit[];
  unitByCode: Map<string, Unit>;
  root: Unit;
}

/** Units with slugs, parents, children and depths; rows are extended in place. */
export function buildUnits(rows: Row<'units'>[]): UnitTree {
  const units = rows.map((row) =>
    Object.assign(row, {
      slug: [slugify(row.name), slugify(row.code)].filter(Boolean).join('-') || 'unit',
      children: [],
      depth: 0,
      otherNames: splitAliases(row.aliases),
      standing: {},
      standardsApply: false,
      history: [],
      targets: [],
      criteria: [],
      ocopProducts: [],
      productionModels: [],
      fundingLines: [],
      fundingTotal: 0,
      documents: [],
    } satisfies Omit<Unit, keyof Row<'units'>>) as Unit,
  );
  ensureUniqueSlugs(units);
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  for (const u of units) {
    const parent = u.parent_code ? unitByCode.get(u.parent_code) : undefined;
    if (parent) {
      u.parent = parent;
      parent.children.push(u);
    }
  }
  const root = units.find((u) => !u.parent_code) ?? units[0]!;
  const setDepth = (u: Unit, depth: number) => {
    u.depth = depth;
    for (const c of u.children) setDepth(c, depth + 1);
  };
  if (root) setDepth(root, 0);
  return { units, unitByCode, root };
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

/** Each unit's actual standings (oldest first), targets (earliest first), latest standing per standard. */
export function attachStandings(rows: Row<'unit-status'>[], unitByCode: Map<string, Unit>, documents: DocumentIndex): void {
  for (const row of rows) {
    const unit = unitByCode.get(row.unit_code);
    if (!unit) continue;
    const standing: Standing = Object.assign(row, { sourceRef: documents.source(row.source) });
    (standing.kind === 'target' ? unit.targets : unit.history).push(standing);
  }
  for (const unit of unitByCode.values()) {
    unit.history.sort(byAsOf);
    unit.targets.sort(byAsOf);
    for (const h of unit.history) unit.standing[h.standard] = h; // last wins: latest date
    for (const std of STANDARDS_BY_RANK) if (unit.standing[std]?.status === 'recognized') unit.highestRecognized = std;
  }
}
