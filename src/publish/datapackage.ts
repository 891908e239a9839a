// datapackage.json (Frictionless Data Package, data-contract.md §4) for the
// tables present, derived from the schema: each column describes itself.
import { columnSpecs, tableNames, tables, type TableName } from '../contract/tables.ts';
import type { ColumnSpec, FrictionlessField } from '../contract/columns.ts';
import { slugify } from '../lib/text.ts';

export type { FrictionlessField, FrictionlessType } from '../contract/columns.ts';

type AnyRow = Record<string, unknown>;

export interface FrictionlessResource {
  name: string;
  path: string;
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  /** Given explicitly: a reader that sniffs the delimiter can be fooled by the ';' in quoted notes. */
  dialect: { delimiter: ','; quoteChar: '"'; doubleQuote: true; lineTerminator: '\r\n'; header: true };
  profile: 'tabular-data-resource';
  schema: {
    fields: FrictionlessField[];
    primaryKey?: string[];
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  };
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  version?: string;
  licenses: { name: string; path: string; title: string }[];
  sources: { title: string; path?: string }[];
  resources: FrictionlessResource[];
}

/** True when no two rows share the table's key, so it can be declared a primary key. */
export function keyIsUnique(name: TableName, rows: readonly AnyRow[]): boolean {
  const seen = new Set<string>();
  const key = tables[name].key;
  for (const row of rows) {
    // Cells joined with the unit separator: JSON.stringify per row showed in national profiles.
    let k = '';
    for (const column of key) k += `${String(row[column] ?? '')}\u001f`;
    if (seen.has(k)) return false;
    seen.add(k);
  }
  return true;
}

export function resourceOf(name: TableName, rows: readonly AnyRow[], present: ReadonlySet<TableName>, duplicateKeyFiles?: ReadonlySet<string>): FrictionlessResource {
  const spec = tables[name];
  const specs = columnSpecs(name);
  const keyRequired = spec.key.every((k) => specs.find(([c]) => c === k)?.[1].required);
  const unique = duplicateKeyFiles && keyRequired ? !duplicateKeyFiles.has(spec.file) : keyIsUnique(name, rows);
  const foreignKeys = specs.flatMap(([c, column]) => {
    const target = (column as ColumnSpec).ref as TableName | undefined;
    if (!target || !present.has(target)) return [];
    // Frictionless marks a reference to the same resource with "".
    return [{ fields: [c], reference: { resource: target === name ? '' : target, fields: [...tables[target].key] } }];
  });
  return {
    name,
    path: `${name}.csv`,
    title: spec.title.en,
    description: `${spec.doc.en} / ${spec.doc.vi}`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', quoteChar: '"', doubleQuote: true, lineTerminator: '\r\n', header: true },
    profile: 'tabular-data-resource',
    schema: {
      fields: specs.map(([c, column]) => column.field(c)),
      ...(unique ? { primaryKey: [...spec.key] } : {}),
      ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
    },
  };
}

export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0',
} as const;

export interface PackageInfo {
  /** The root unit's name, e.g. the district. */
  placeName: string;
  asOf?: string;
  /** Tables present in the data, with their rows. */
  tables: Partial<Record<TableName, readonly AnyRow[]>>;
  /**
   * The pipeline's finding: files with repeated keys (its duplicate_row warnings;
   * elsewhere a repeated key is an error and nothing is built). When given, tables
   * whose key columns are all required are not scanned again.
   */
  duplicateKeyFiles?: ReadonlySet<string>;
}

/** datapackage.json for the tables present, resources in contract order. */
export function dataPackage(info: PackageInfo): DataPackage {
  const present = new Set(tableNames.filter((n) => info.tables[n] !== undefined));
  const slug = slugify(info.placeName);
  return {
    profile: 'tabular-data-package',
    name: `nong-thon-moi-${slug || 'data'}`,
    title: `Nông thôn mới ${info.placeName} / New Rural Development, ${info.placeName}`,
    description:
      'Figures of the New Rural Development (Nông thôn mới) programme as compiled for this site, normalised: UTF-8, comma-separated, ISO dates, plain numbers, amounts in million VND. ' +
      'Số liệu Chương trình xây dựng nông thôn mới, đã chuẩn hóa.' +
      (info.asOf ? ` Data as of / Số liệu đến ngày: ${info.asOf}.` : ''),
    ...(info.asOf ? { version: info.asOf } : {}),
    licenses: [DATA_LICENSE],
    sources: [{ title: `Reports and decisions published by the authorities of ${info.placeName}` }],
    resources: tableNames.filter((n) => present.has(n)).map((n) => resourceOf(n, info.tables[n]!, present, info.duplicateKeyFiles)),
  };
}
