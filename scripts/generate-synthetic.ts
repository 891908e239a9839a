// Writes a synthetic data set that follows the data contract, for scale tests:
//   node scripts/generate-synthetic.ts --units 600 --dates 4 --out DIR [--seed 1]
// `units` is the number of commune-level units (xã, thị trấn, phường); the
// set also has the root, districts (and provinces for large N) and some
// villages. Every table is filled; indicator values agree with the detail
// rows except a few deliberate mismatches, so the data-quality page has
// warnings to show. unit-changes.csv holds a 2023–2025 reorganisation like
// the real one (about three communes into one; see synthetic/changes.ts). The same
// arguments always give the same bytes.
//
// One function per table yields its rows as cells keyed by column name; the
// header comes from the contract and the shared CSV writer writes the file.
// Tables are written in the order of TABLES, and a table's rows may read what
// the tables before it recorded in the World (and draw from its random
// numbers in that order, which keeps the output stable).
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { columnsOf, tables, type TableName } from '../src/contract/tables.ts';
import { CsvWriter, type CsvDialect } from '../src/publish/csv.ts';
import { makeWorld, mulberry32, quarterEnds, type Cells, type World } from './synthetic/world.ts';
import {
  criteriaSetRows,
  criterionRows,
  criterionStatusRows,
  documentRows,
  fundingRows,
  indicatorRows,
  indicatorValueRows,
  ocopRows,
  productionModelRows,
  unitRows,
  unitStatusRows,
} from './synthetic/rows.ts';
import { unitChangeRows } from './synthetic/changes.ts';


export interface GenerateOptions {
  units: number;
  dates: number;
  out: string;
  seed?: number;
}

export interface GenerateSummary {
  rows: Record<string, number>;
  communes: number;
  dates: string[];
}

const EXPORTED: CsvDialect = { delimiter: ',', newline: '\n', bom: false };

interface TableWriter {
  name: TableName;
  rows: (w: World) => Iterable<Record<string, string | number | undefined>>;
  dialect?: CsvDialect;
}

const writer = <T extends TableName>(name: T, rows: (w: World) => Iterable<Cells<T>>, dialect?: CsvDialect): TableWriter => ({ name, rows, dialect });

/** The tables in the order they are generated; a new table is one more entry. */
const TABLES: TableWriter[] = [
  writer('units', unitRows),
  writer('documents', documentRows),
  writer('criteria-sets', criteriaSetRows),
  writer('criteria', criterionRows),
  writer('criteria-status', criterionStatusRows),
  writer('unit-status', unitStatusRows),
  writer('ocop-products', ocopRows),
  writer('funding', fundingRows),
  // Semicolons, as Excel writes under a Vietnamese locale: the delimiter is detected per file.
  writer('production-models', productionModelRows, { ...EXPORTED, delimiter: ';' }),
  writer('indicators', indicatorRows),
  writer('indicator-values', indicatorValueRows),
  writer('unit-changes', unitChangeRows),
];

/** Writes one table through the shared CSV writer, buffered: constant memory for millions of rows. */
function writeTable(path: string, name: TableName, rows: Iterable<Record<string, string | number | undefined>>, dialect: CsvDialect): number {
  const fd = openSync(path, 'w');
  let buffer: string[] = [];
  let size = 0;
  const flush = () => {
    writeSync(fd, buffer.join(''));
    buffer = [];
    size = 0;
  };
  try {
    const header = columnsOf(name);
    const csv = new CsvWriter(header, (chunk) => {
      buffer.push(chunk);
      size += chunk.length;
      if (size > 1 << 20) flush();
    }, dialect);
    for (const row of rows) csv.row(header.map((c) => row[c]));
    flush();
    return csv.rows;
  } finally {
    closeSync(fd);
  }
}

export function generate(options: GenerateOptions): GenerateSummary {
  const n = Math.max(1, Math.floor(options.units));
  const dates = quarterEnds(Math.max(1, Math.floor(options.dates)));
  const world = makeWorld(n, dates, mulberry32(options.seed ?? 1));
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  const rows: Record<string, number> = {};
  for (const t of TABLES) rows[t.name] = writeTable(join(out, tables[t.name].file), t.name, t.rows(world), t.dialect ?? EXPORTED);
  return { rows, communes: world.communes.length, dates };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { units: { type: 'string', default: '600' }, dates: { type: 'string', default: '4' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
  });
  if (!values.out) throw new Error('usage: node scripts/generate-synthetic.ts --units 600 --dates 4 --out DIR [--seed 1]');
  const started = performance.now();
  const summary = generate({ units: Number(values.units), dates: Number(values.dates), out: values.out, seed: Number(values.seed) });
  const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
  console.log(`${values.out}: ${summary.communes} communes, ${summary.dates.length} dates, ${total} rows in ${Math.round(performance.now() - started)} ms`);
  for (const [t, r] of Object.entries(summary.rows)) console.log(`  ${t}: ${r}`);
}
