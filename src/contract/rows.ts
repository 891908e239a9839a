// Row types derived from the table description: one source of truth.
import type { Code, CodeListName } from './codes.ts';
import { tables, type TableName } from './tables.ts';

type Columns<T extends TableName> = (typeof tables)[T]['columns'];

type CellValue<C> = C extends { type: 'int' | 'dec' | 'pct' }
  ? number
  : C extends { codes: infer L extends CodeListName }
    ? Code<L>
    : string;

type RequiredKeys<T extends TableName> = {
  [K in keyof Columns<T>]: Columns<T>[K] extends { required: true } | { default: string } ? K : never;
}[keyof Columns<T>];

/** A row as the validator hands it on: trimmed, converted, empty cells absent. */
export type Row<T extends TableName> = {
  -readonly [K in RequiredKeys<T>]: CellValue<Columns<T>[K]>;
} & {
  -readonly [K in Exclude<keyof Columns<T>, RequiredKeys<T>>]?: CellValue<Columns<T>[K]>;
} & { /** Line number in the source file, the header being line 1. */ _line: number };

export type UnitRow = Row<'units'>;
export type CriteriaSetRow = Row<'criteria-sets'>;
export type CriterionRow = Row<'criteria'>;
export type CriterionStatusRow = Row<'criteria-status'>;
export type UnitStatusRow = Row<'unit-status'>;
export type IndicatorRow = Row<'indicators'>;
export type IndicatorValueRow = Row<'indicator-values'>;
export type OcopProductRow = Row<'ocop-products'>;
export type FundingRow = Row<'funding'>;
export type ProductionModelRow = Row<'production-models'>;
export type DocumentRow = Row<'documents'>;

export type Tables = { [T in TableName]: Row<T>[] };
