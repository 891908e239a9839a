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
}

export interface NumberOptions extends ColumnOptions {
  nonNegative?: boolean;
  min?: number;
  max?: number;
}

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
    if (this.nonNegative && parsed.value < 0) return { error: say.number_negative.text() };
    if ((this.min !== undefined && parsed.value < this.min) || (this.max !== undefined && parsed.value > this.max)) {
      return { error: say.number_range.text({ min: this.min, max: this.max }) };
    }
    return this.type === 'int' ? { value: parsed.value } : { value: parsed.value, decimals: parsed.decimals };
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

export class PctColumn extends NumberColumn<'pct'> {
  readonly label = t('tỷ lệ %', 'percent');
  readonly frictionlessType = 'number';
  protected override readonly describedAs = ' (percent, 0-100)';
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
export const pct = <const O extends NumberOptions>(o: O) => new PctColumn('pct', o) as PctColumn & O;
export const date = <const O extends ColumnOptions>(o: O) => new DateColumn('date', o) as DateColumn & O;
export const code = <const L extends CodeListName, const O extends ColumnOptions>(codes: L, o: O) => new CodeColumn(codes, o) as CodeColumn<L> & O;
export const ref = <const R extends string, const O extends ColumnOptions>(table: R, o: O) => new RefColumn(table, o) as RefColumn & { readonly ref: R } & O;
export const computed = <const O extends ColumnOptions>(o: O) => new ComputedColumn('computed', o) as ComputedColumn & O;
