// One behaviour object per column type of the contract (§2: text, int, dec,
// pct, date, code, ref, computed): how a cell is read, how a value is written
// back into a published CSV or JSON download, how datapackage.json describes
// it, and what the data dictionary calls the type. tables.ts declares every
// column through the factories at the end.
import { bilingual as t, type Bilingual } from '../lib/lang.ts';
import { codeLists, type CodeLabel, type CodeListName } from './codes.ts';
import { parseComputedFrom } from './computed.ts';
import { say, type Said } from './messages.ts';
import { looksLikeFormula, neutraliseFormula, parseCode, parseDate, parseNumber, plainNumber, type NumberKind } from './values.ts';

export type ColumnType = 'text' | 'int' | 'dec' | 'pct' | 'date' | 'code' | 'ref' | 'computed';

/** The properties of a column that pages and the model read. */
export interface ColumnSpec {
  readonly type: ColumnType;
  readonly required?: boolean;
  /** For `code` columns. */
  readonly codes?: CodeListName;
  /** For `ref` columns: the table whose key this column references. */
  readonly ref?: string;
  /** Counts and amounts reject negative values. */
  readonly nonNegative?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** Value used when the cell is empty. */
  readonly default?: string;
  readonly doc: Bilingual;
  readonly example: string;
}

/** What reading one non-empty cell gave: a value (and its printed decimals, for numbers), or an error. */
export type CellResult = { value: string | number; decimals?: number; warning?: Said } | { error: Said };

export type FrictionlessType = 'string' | 'integer' | 'number' | 'date';

export interface FrictionlessField {
  name: string;
  type: FrictionlessType;
  title?: string;
  description: string;
  format?: string;
  constraints?: { required?: boolean; enum?: string[]; minimum?: number; maximum?: number };
}

type Constraints = NonNullable<FrictionlessField['constraints']>;

export interface ColumnOptions {
  required?: boolean;
  default?: string;
  doc: Bilingual;
  example: string;
}

const asText = (text: string) => text;

export abstract class Column<T extends ColumnType = ColumnType> implements ColumnSpec {
  readonly type: T;
  readonly required?: boolean;
  readonly default?: string;
  readonly doc: Bilingual;
  readonly example: string;

  constructor(type: T, options: ColumnOptions) {
    this.type = type;
    if (options.required !== undefined) this.required = options.required;
    if (options.default !== undefined) this.default = options.default;
    this.doc = options.doc;
    this.example = options.example;
  }

  /** The type's name in the data dictionary. */
  abstract readonly label: Bilingual;
  abstract readonly frictionlessType: FrictionlessType;
  /**
   * True where reading is pure and values repeat (numbers, dates, codes): the
   * reader remembers each distinct cell's result.
   */
  readonly repeats: boolean = false;

  /** Reads a non-empty, trimmed cell. */
  abstract parse(cell: string): CellResult;

  /**
   * Reads a workbook's number cell. A text column gets its digits (`15664`),
   * so that a code that lost its zeros is caught as in CSV; a date column,
   * Excel's date number, which its message explains.
   */
  fromNumber(n: number, percent = false, _decimals?: number): CellResult {
    return this.parse(percent ? `${numberText(roundNoise(n * 100))}%` : numberText(n));
  }

  /** Reads a workbook's date cell, given as ISO `YYYY-MM-DD`. */
  fromDate(iso: string): CellResult {
    return this.parse(iso);
  }

  /**
   * The value as a cell of a published CSV: plain numbers, ISO dates, formula-like
   * text neutralised. `quote` is applied wherever the text may need quoting.
   */
  csvCell(value: unknown, quote: (text: string) => string = asText): string {
    return quote(typeof value === 'number' ? plainNumber(value) : neutraliseFormula(String(value)));
  }

  /** The value as JSON text: numbers as numbers, everything else as a string. */
  json(value: unknown): string {
    return JSON.stringify(typeof value === 'number' ? value : String(value));
  }

  /** The column in datapackage.json (Frictionless Table Schema). */
  field(name: string): FrictionlessField {
    const constraints: Constraints = this.required ? { required: true } : {};
    Object.assign(constraints, this.constraints());
    return {
      name,
      type: this.frictionlessType,
      description: `${this.doc.en}${this.describedAs} / ${this.doc.vi}`,
      ...(this.format ? { format: this.format } : {}),
      ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    };
  }

  protected readonly format?: string;
  protected readonly describedAs: string = '';
  protected constraints(): Constraints {
    return {};
  }
}

export class TextColumn extends Column<'text'> {
  readonly label = t('văn bản', 'text');
  readonly frictionlessType = 'string';
  parse(cell: string): CellResult {
    return looksLikeFormula(cell) ? { value: cell, warning: say.formula.text() } : { value: cell };
  }

  /** Read as the date (data-contract.md §1.3), said aloud: Excel makes dates of document numbers such as 3/4. */
  override fromDate(iso: string): CellResult {
    return { value: iso, warning: say.date_cell.text({ iso }) };
  }
}

export interface NumberOptions extends ColumnOptions {
  nonNegative?: boolean;
  min?: number;
  max?: number;
}

/** A number's digits as text, never with an exponent or grouping. */
export function numberText(n: number): string {
  const text = String(n);
  return /e/i.test(text) ? n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : text;
}

/** `0.167 × 100` is 16.700000000000003 in floating point: keep what the cell shows. */
export const roundNoise = (x: number): number => Number(x.toPrecision(12));

const fractionDigits = (n: number) => numberText(n).split('.')[1]?.length ?? 0;

const isPlainInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && !Object.is(v, -0);

abstract class NumberColumn<T extends NumberKind> extends Column<T> {
  readonly nonNegative?: boolean;
  readonly min?: number;
  readonly max?: number;
  override readonly repeats = true;

  constructor(type: T, options: NumberOptions) {
    super(type, options);
    if (options.nonNegative !== undefined) this.nonNegative = options.nonNegative;
    if (options.min !== undefined) this.min = options.min;
    if (options.max !== undefined) this.max = options.max;
  }

  parse(cell: string): CellResult {
    const parsed = parseNumber(cell, this.type);
    if (!parsed.ok) return { error: { kind: parsed.kind, ...parsed.message } };
    return this.accept(parsed.value, parsed.decimals, cell);
  }

  override fromNumber(n: number, percent = false, decimals?: number): CellResult {
    if (percent && this.type !== 'pct') return { error: say.percent_sign.text() };
    const value = percent ? roundNoise(n * 100) : n;
    if (this.type === 'int' && !Number.isInteger(value)) return { error: say.number_not_integer.text() };
    return this.accept(value, decimals ?? fractionDigits(value));
  }

  /** The rules every number of the column follows, however it was written. */
  protected accept(value: number, decimals: number | undefined, cell?: string): CellResult {
    if (this.nonNegative && value < 0) return { error: say.number_negative.text() };
    if ((this.min !== undefined && value < this.min) || (this.max !== undefined && value > this.max)) {
      return { error: say.number_range.text({ min: this.min, max: this.max }) };
    }
    return this.type === 'int' ? { value } : { value, decimals };
  }

  override csvCell(value: unknown, quote?: (text: string) => string): string {
    return typeof value === 'number' ? plainNumber(value) : super.csvCell(value, quote);
  }

  protected override constraints(): Constraints {
    const out: Constraints = {};
    const min = this.min ?? (this.nonNegative ? 0 : undefined);
    if (min !== undefined) out.minimum = min;
    if (this.max !== undefined) out.maximum = this.max;
    return out;
  }
}

export class IntColumn extends NumberColumn<'int'> {
  readonly label = t('số nguyên', 'integer');
  readonly frictionlessType = 'integer';
  // Whole numbers print as themselves: a fast path for national tables.
  override csvCell(value: unknown, quote?: (text: string) => string): string {
    return isPlainInt(value) ? String(value) : super.csvCell(value, quote);
  }
  override json(value: unknown): string {
    return isPlainInt(value) ? String(value) : super.json(value);
  }
}

export class DecColumn extends NumberColumn<'dec'> {
  readonly label = t('số thập phân', 'decimal');
  readonly frictionlessType = 'number';
}

export interface PercentOptions extends NumberOptions {
  /** A share of a whole (`reported_percent`, `share_percent`): above 100 is an error (§1.1). */
  share?: boolean;
}

export class PctColumn extends NumberColumn<'pct'> {
  readonly label = t('tỷ lệ %', 'percent');
  readonly frictionlessType = 'number';
  readonly share?: boolean;
  protected override readonly describedAs = ' (percent, 0-100)';

  constructor(type: 'pct', options: PercentOptions) {
    super(type, options);
    if (options.share) this.share = true;
  }

  protected override accept(value: number, decimals: number | undefined, cell?: string): CellResult {
    if (this.share && value > 100) {
      // `96.875` is Vietnamese grouping, 96875: say so, and how to write 96,875.
      const grouped = cell !== undefined && /^[1-9]\d{0,2}\.\d{3}%?$/.test(cell.trim());
      const decimal = cell?.trim().replace('%', '').replace('.', ',') ?? '';
      return { error: grouped ? say.percent_over_100.grouped({ text: cell!.trim(), read: String(value), decimal }) : say.percent_over_100.text({ value: String(value) }) };
    }
    return super.accept(value, decimals, cell);
  }

  protected override constraints(): Constraints {
    const out = super.constraints();
    if (this.share) out.maximum = 100;
    return out;
  }
}

export class DateColumn extends Column<'date'> {
  readonly label = t('ngày', 'date');
  readonly frictionlessType = 'date';
  protected override readonly format = 'default';
  override readonly repeats = true;
  parse(cell: string): CellResult {
    const parsed = parseDate(cell);
    return parsed.ok ? { value: parsed.value } : { error: { kind: parsed.kind, ...parsed.message } };
  }
  // Validated ISO dates never need quoting, escaping or neutralising.
  override csvCell(value: unknown, quote?: (text: string) => string): string {
    return typeof value === 'string' ? value : super.csvCell(value, quote);
  }
  override json(value: unknown): string {
    return typeof value === 'string' ? `"${value}"` : super.json(value);
  }
}

export class CodeColumn<L extends CodeListName = CodeListName> extends Column<'code'> {
  readonly codes: L;
  readonly label = t('mã', 'code');
  readonly frictionlessType = 'string';
  override readonly repeats = true;

  constructor(codes: L, options: ColumnOptions) {
    super('code', options);
    this.codes = codes;
  }

  parse(cell: string): CellResult {
    const list = codeLists[this.codes];
    const parsed = parseCode(cell, list.codes as readonly string[], list.labels as Record<string, CodeLabel>);
    return parsed.ok ? { value: parsed.value } : { error: { kind: parsed.kind, ...parsed.message } };
  }
  // Codes come from a fixed list: never quoted, escaped or neutralised.
  override csvCell(value: unknown, quote?: (text: string) => string): string {
    return typeof value === 'string' ? value : super.csvCell(value, quote);
  }
  override json(value: unknown): string {
    return typeof value === 'string' ? `"${value}"` : super.json(value);
  }
  protected override constraints(): Constraints {
    return { enum: [...codeLists[this.codes].codes] };
  }
}

export class RefColumn extends Column<'ref'> {
  readonly ref: string;
  readonly label = t('mã tham chiếu', 'reference');
  readonly frictionlessType = 'string';

  constructor(ref: string, options: ColumnOptions) {
    super('ref', options);
    this.ref = ref;
  }

  parse(cell: string): CellResult {
    return { value: cell };
  }
}

export class ComputedColumn extends Column<'computed'> {
  readonly label = t('công thức tính', 'computation rule');
  readonly frictionlessType = 'string';
  parse(cell: string): CellResult {
    const parsed = parseComputedFrom(cell);
    return 'error' in parsed ? { error: parsed.error } : { value: cell };
  }
}

// The factories keep each option's literal type (`required: true`, the code
// list's name), from which rows.ts derives the row types.
export const text = <const O extends ColumnOptions>(o: O) => new TextColumn('text', o) as TextColumn & O;
export const int = <const O extends NumberOptions>(o: O) => new IntColumn('int', o) as IntColumn & O;
export const dec = <const O extends NumberOptions>(o: O) => new DecColumn('dec', o) as DecColumn & O;
export const pct = <const O extends PercentOptions>(o: O) => new PctColumn('pct', o) as PctColumn & O;
export const date = <const O extends ColumnOptions>(o: O) => new DateColumn('date', o) as DateColumn & O;
export const code = <const L extends CodeListName, const O extends ColumnOptions>(codes: L, o: O) => new CodeColumn(codes, o) as CodeColumn<L> & O;
export const ref = <const R extends string, const O extends ColumnOptions>(table: R, o: O) => new RefColumn(table, o) as RefColumn & { readonly ref: R } & O;
export const computed = <const O extends ColumnOptions>(o: O) => new ComputedColumn('computed', o) as ComputedColumn & O;
