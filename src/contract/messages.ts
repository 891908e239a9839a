// Every message staff see about their data (data-contract.md §1.2), keyed by
// issue kind: its severity, its heading on the data-quality page, and the
// texts that build its Vietnamese and English message from named parameters.
// The order of the kinds is the order of the data-quality page and of
// `npm run check`: errors, then figures that do not add up, then spelling and
// format remarks.
import { bilingual as m, type Bilingual } from '../lib/lang.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { lineageMessages as L } from './lineage-messages.ts';
import { checkTexts as X } from './check-messages.ts';
import { csvTexts as C, dateTexts as D, fileTexts as F, numberTexts as N, workbookTexts as W } from './input-messages.ts';

export type Severity = 'error' | 'warning' | 'information';



// Figures as each language writes them (64.970 / 64,970), without float noise.
const vi = (x: number) => formatNumber(x, 'vi', 4);
const en = (x: number) => formatNumber(x, 'en', 4);

type Text = (...params: never[]) => Bilingual;

const error = <const T extends Record<string, Text>>(heading: Bilingual, texts: T) => ({ severity: 'error' as const, heading, texts });
const warning = <const T extends Record<string, Text>>(heading: Bilingual, texts: T) => ({ severity: 'warning' as const, heading, texts });
const information = <const T extends Record<string, Text>>(heading: Bilingual, texts: T) => ({ severity: 'information' as const, heading, texts });

const DATE_FORMS = m('dùng YYYY-MM-DD, DD/MM/YYYY hoặc D/M/YYYY', 'use YYYY-MM-DD, DD/MM/YYYY or D/M/YYYY');
const COMPUTED_FORMS =
  'units_recognized:<standard>, units_recognized:<standard>:<level>, criteria_met:<set>, ocop_certified, funding_amount:<source>:<year>';
/** A computed_from form that cannot be read: the reason, then the forms that can. */
const computedForm = (vi: string, en: string) => m(`${vi} Các dạng hợp lệ: ${COMPUTED_FORMS}.`, `${en} Valid forms: ${COMPUTED_FORMS}.`);

const catalogue = {
  // Errors: the data cannot be read as the contract says.
  file_missing: error(m('Thiếu tệp bắt buộc', 'Required files missing'), {
    text: (p: { file: string }) => m(`Thiếu tệp bắt buộc ${p.file}.`, `The required file ${p.file} is missing.`),
  }),
  file_too_large: error(m('Tệp quá lớn', 'Files too large'), {
    bytes: F.tooLarge,
    rows: F.tooManyRows,
    line: F.lineTooLong,
    workbook: F.workbookTooLarge,
  }),
  encoding: error(m('Tệp không phải UTF-8', 'Files not in UTF-8'), { utf16: C.utf16, notUtf8: C.notUtf8, notUtf8Mac: C.notUtf8Mac }),
  workbook_unreadable: error(m('Sổ tính không đọc được', 'Workbooks that cannot be read'), {
    notZip: W.notZip,
    corrupt: W.corrupt,
    otherFormat: W.otherFormat,
  }),
  table_twice: error(m('Bảng được cho hai lần', 'Tables given twice'), { text: W.tableTwice }),
  csv_syntax: error(m('Lỗi cú pháp CSV', 'CSV syntax errors'), { unterminated: C.unterminated, afterQuote: C.afterQuote }),
  header_missing: error(m('Tệp trống', 'Empty files'), {
    text: () => m('Tệp trống: cần có dòng tiêu đề.', 'The file is empty: a header row is required.'),
  }),
  header_duplicate: error(m('Cột lặp lại trong dòng tiêu đề', 'Columns named twice in a header'), {
    text: (p: { column: string; first: number; second: number }) =>
      m(
        `Cột "${p.column}" xuất hiện hai lần trong dòng tiêu đề (cột ${p.first} và ${p.second}).`,
        `Column "${p.column}" appears twice in the header (columns ${p.first} and ${p.second}).`,
      ),
  }),
  column_missing: error(m('Thiếu cột bắt buộc', 'Required columns missing'), {
    text: (p: { column: string; header: readonly string[] }) =>
      m(
        `Thiếu cột bắt buộc "${p.column}". Dòng tiêu đề hiện có: ${p.header.join(', ')}.`,
        `Required column "${p.column}" is missing. The header has: ${p.header.join(', ')}.`,
      ),
  }),
  too_many_cells: error(m('Dòng có nhiều ô hơn dòng tiêu đề', 'Rows with more cells than the header'), {
    text: C.tooManyCells,
    splitNumber: C.splitNumber,
    outside: C.outside,
  }),
  totals_row: error(m('Dòng tổng cộng của bảng tính', 'Spreadsheet totals rows'), { text: C.totalsRow }),
  workbook_cell: error(m('Ô sổ tính không có giá trị đọc được', 'Workbook cells without a value to read'), {
    noResult: W.formulaNoResult,
    errorValue: W.errorValue,
  }),
  required: error(m('Ô bắt buộc để trống', 'Required cells left empty'), {
    text: (p: { column: string }) => m(`Ô "${p.column}" bắt buộc phải có giá trị.`, `"${p.column}" is required.`),
    when: C.requiredWhen,
  }),
  number_invalid: error(m('Không phải là số', 'Not numbers'), {
    notANumber: N.notANumber,
    separators: N.separators,
    repeatedMark: N.repeatedMark,
    spaces: N.spaces,
    scientific: N.scientific,
  }),
  number_ambiguous: error(m('Số không rõ nghĩa', 'Ambiguous numbers'), { text: N.ambiguous }),
  number_not_integer: error(m('Cần số nguyên', 'Whole numbers expected'), {
    text: () => m('Cột này cần số nguyên.', 'This column needs a whole number.'),
  }),
  number_negative: error(m('Số âm', 'Negative numbers'), {
    text: () => m('Số lượng và số tiền không được âm.', 'Counts and amounts cannot be negative.'),
  }),
  number_range: error(m('Số ngoài khoảng cho phép', 'Numbers out of range'), {
    text: (p: { min?: number; max?: number }) => {
      const range = `${p.min ?? '…'}..${p.max ?? '…'}`;
      return m(`Giá trị phải trong khoảng ${range}.`, `The value must be within ${range}.`);
    },
  }),
  percent_over_100: error(m('Tỷ lệ lớn hơn 100%', 'Shares above 100%'), { text: N.overHundred, grouped: N.overHundredGrouped }),
  percent_sign: error(m('Dấu % ngoài cột tỷ lệ', 'Percent signs outside percent columns'), {
    text: () => m('Dấu % chỉ dùng trong cột tỷ lệ phần trăm.', 'The % sign is allowed only in percent columns.'),
  }),
  date_invalid: error(m('Ngày không đúng định dạng', 'Dates in an unknown form'), { text: D.invalid, serial: D.serial }),
  date_impossible: error(m('Ngày không tồn tại', 'Impossible dates'), { text: D.impossible, swapped: D.swapped }),
  code_unknown: error(m('Mã không hợp lệ', 'Unknown codes'), {
    text: (p: { allowed: readonly { code: string; vi: string; en: string }[] }) =>
      m(
        `Mã không hợp lệ. Ghi một trong các mã sau, hoặc tên tiếng Việt của mã: ${p.allowed.map((c) => `${c.code} (${c.vi})`).join(', ')}.`,
        `Unknown code. Write one of these codes, or its Vietnamese label: ${p.allowed.map((c) => (c.en === c.code.replace(/_/g, ' ') ? `${c.code} ("${c.vi}")` : `${c.code} ("${c.vi}", ${c.en})`)).join(', ')}.`,
      ),
  }),
  ref_unknown: error(m('Tham chiếu không tồn tại', 'References to nothing'), {
    text: (p: { value: string; file: string; sample: readonly string[] }) => {
      const sample = p.sample.join(', ');
      return m(
        `Không tìm thấy "${p.value}" trong ${p.file}${sample ? ` (ví dụ mã có: ${sample}…)` : ' (bảng trống hoặc không có)'}.`,
        `"${p.value}" is not in ${p.file}${sample ? ` (known ids include: ${sample}…)` : ' (that table is empty or absent)'}.`,
      );
    },
    scientific: N.scientificCode,
  }),
  ref_leading_zeros: error(m('Mã mất số 0 ở đầu', 'Codes that lost their leading zeros'), {
    // Which side lost its zeros decides which file staff must fix.
    lostHere: (p: { value: string; file: string; match: string }) =>
      m(
        `Không tìm thấy "${p.value}" trong ${p.file}. Có phải là "${p.match}"? Có lẽ Excel đã bỏ mất số 0 ở đầu: hãy định dạng cột là Văn bản (Text) và nhập lại.`,
        `"${p.value}" is not in ${p.file}. Did you mean "${p.match}"? Excel probably dropped the leading zeros: format the column as Text and re-enter it.`,
      ),
    lostThere: (p: { value: string; file: string; match: string }) =>
      m(
        `Không tìm thấy "${p.value}" trong ${p.file}, nhưng có "${p.match}". Có lẽ Excel đã bỏ mất số 0 ở đầu mã trong ${p.file}: hãy định dạng cột mã là Văn bản (Text).`,
        `"${p.value}" is not in ${p.file}, which has "${p.match}". Excel probably dropped the leading zeros of the code in ${p.file}: format its code column as Text.`,
      ),
  }),
  duplicate: error(m('Mã trùng', 'Duplicate keys'), {
    text: (p: { columns: readonly string[]; values: readonly unknown[]; firstLine: number }) =>
      m(
        `Trùng (${p.columns.join(', ')}) = (${p.values.join(', ')}) với dòng ${p.firstLine}. Mỗi giá trị chỉ được xuất hiện một lần.`,
        `Duplicate (${p.columns.join(', ')}) = (${p.values.join(', ')}), already on line ${p.firstLine}. Each must appear only once.`,
      ),
  }),
  root: error(m('Đơn vị gốc', 'The root unit'), {
    empty: (p: { file: string }) => m(`${p.file} không có dòng dữ liệu nào.`, `${p.file} has no data rows.`),
    none: () =>
      m(
        'Không có đơn vị gốc: đúng một dòng phải để trống parent_code (đơn vị mà trang web nói về).',
        'No root unit: exactly one row must have an empty parent_code (the unit the site is about).',
      ),
    several: (p: { lines: readonly number[] }) =>
      m(
        `Có ${p.lines.length} đơn vị để trống parent_code (dòng ${p.lines.join(', ')}); chỉ đơn vị gốc được để trống.`,
        `${p.lines.length} units have an empty parent_code (lines ${p.lines.join(', ')}); only the root may.`,
      ),
  }),
  cycle: error(m('Vòng lặp cha–con', 'Parent cycles'), {
    text: (p: { path: readonly string[] }) => m(`Vòng lặp cha–con: ${p.path.join(' → ')}.`, `Parent cycle: ${p.path.join(' → ')}.`),
  }),
  criterion_number: error(m('Số thứ tự tiêu chí không hợp lệ', 'Criterion numbers that do not exist'), {
    beyondSize: (p: { number: number; set: string; size: number }) =>
      m(
        `Số thứ tự ${p.number} vượt quá số tiêu chí của bộ "${p.set}" (size = ${p.size}).`,
        `Number ${p.number} is larger than the size of set "${p.set}" (${p.size}).`,
      ),
    notListed: (p: { number: number; set: string; file: string }) =>
      m(`Tiêu chí số ${p.number} của bộ "${p.set}" không có trong ${p.file}.`, `Criterion ${p.number} of set "${p.set}" is not listed in ${p.file}.`),
  }),
  computed_from: error(m('Cách tính lại không hợp lệ', 'Unknown computed_from forms'), {
    standard: (p: { value: string; allowed: readonly string[] }) =>
      computedForm(`Mức chuẩn "${p.value}" không hợp lệ (${p.allowed.join(', ')}).`, `Unknown standard "${p.value}" (${p.allowed.join(', ')}).`),
    level: (p: { value: string; allowed: readonly string[] }) =>
      computedForm(`Cấp "${p.value}" không hợp lệ (${p.allowed.join(', ')}).`, `Unknown level "${p.value}" (${p.allowed.join(', ')}).`),
    setMissing: () => computedForm('Thiếu mã bộ tiêu chí.', 'The criteria set id is missing.'),
    noArgument: () => computedForm('ocop_certified không có tham số.', 'ocop_certified takes no argument.'),
    funding: () =>
      computedForm(
        'Cần dạng funding_amount:<nguồn>:<năm>, ví dụ funding_amount:district:2021.',
        'Expected funding_amount:<source>:<year>, e.g. funding_amount:district:2021.',
      ),
    unknownForm: (p: { text: string }) => computedForm(`Dạng "${p.text}" không được hỗ trợ.`, `Unknown form "${p.text}".`),
    unknownSet: (p: { set: string; file: string }) =>
      m(`Bộ tiêu chí "${p.set}" không có trong ${p.file}.`, `Criteria set "${p.set}" is not in ${p.file}.`),
  }),
  // unit-changes.csv: its texts describe chains of changes, so they are built in lineage-messages.ts.
  lineage_from_unknown: error(m('Thay đổi của đơn vị không tồn tại vào ngày đó', 'Changes of a unit that did not exist on that day'), {
    neverHeld: L.fromNeverHeld,
    ended: L.fromEnded,
    notYet: L.fromNotYet,
  }),
  lineage_from_other_unit: error(m('Mã lúc đó thuộc đơn vị khác', 'Codes held by another unit on that day'), { text: L.fromOtherUnit }),
  lineage_loop: error(m('Chuỗi thay đổi quay vòng', 'Changes that loop'), { sameDay: L.loopSameDay, chain: L.loopChain }),
  lineage_split_parts: error(m('Chia tách thiếu phần', 'Splits without their parts'), { text: L.splitOnePart }),
  lineage_from_conflict: error(m('Một đơn vị có hai thay đổi cùng ngày', 'Two changes of one unit on one day'), { text: L.fromConflict }),
  lineage_to_missing: error(m('Thiếu đơn vị sau thay đổi', 'Changes without the unit they led to'), { text: L.toMissing }),
  lineage_abolish_to: error(m('Giải thể mà có đơn vị sau thay đổi', 'Abolitions with a unit after them'), { text: L.abolishWithTo }),
  lineage_to_conflict: error(m('Cùng một đơn vị mới được ghi khác nhau', 'One new unit written in different ways'), { text: L.toConflict }),
  lineage_date_range: error(m('Khoảng ngày hiệu lực không hợp lệ', 'Impossible date ranges'), { text: L.dateRange }),
  lineage_shorthand: error(m('Cột successor_* không khớp với unit-changes.csv', 'successor_* columns that disagree with unit-changes.csv'), { text: L.shorthand }),
  content_syntax: error(m('Báo cáo không đọc được', 'Reports that cannot be read'), {
    text: (p: { detail: string }) => m(`Báo cáo không đọc được dưới dạng MDX: ${p.detail}`, `The report cannot be read as MDX: ${p.detail}`),
  }),
  content_frontmatter: error(m('Phần đầu báo cáo không hợp lệ', 'Report frontmatter'), {
    missing: () =>
      m(
        'Thiếu phần đầu (frontmatter) giữa hai dòng "---" với title, lang, as_of, summary.',
        'Missing frontmatter between two "---" lines with title, lang, as_of, summary.',
      ),
    yaml: (p: { detail: string }) => m(`Frontmatter không đọc được (YAML): ${p.detail}`, `Frontmatter is not valid YAML: ${p.detail}`),
    text: (p: { key: string }) => m(`Thiếu "${p.key}" (văn bản) trong frontmatter.`, `"${p.key}" (text) is missing from the frontmatter.`),
    lang: (p: { allowed: readonly string[] }) => m(`"lang" phải là một trong: ${p.allowed.join(', ')}.`, `"lang" must be one of: ${p.allowed.join(', ')}.`),
    sameAddress: (p: { slug: string; lang: string; other: string }) =>
      m(
        `Hai báo cáo cùng địa chỉ "${p.slug}" và cùng ngôn ngữ "${p.lang}": ${p.other} và tệp này.`,
        `Two reports share the address "${p.slug}" and language "${p.lang}": ${p.other} and this file.`,
      ),
    date: (p: { key: string }) =>
      m(`"${p.key}" phải là một ngày (YYYY-MM-DD, DD/MM/YYYY hoặc D/M/YYYY).`, `"${p.key}" must be a date (YYYY-MM-DD, DD/MM/YYYY or D/M/YYYY).`),
  }),
  content_ref: error(m('Tham chiếu trong báo cáo không tồn tại', 'Report references to nothing'), {
    indicator: (p: { id: string; file: string }) => m(`Chỉ tiêu "${p.id}" không có trong ${p.file}.`, `Indicator "${p.id}" is not in ${p.file}.`),
    indicatorValue: (p: { id: string; asOf: string; kind: string; file: string }) =>
      m(
        `${p.file} không có dòng nào cho chỉ tiêu "${p.id}", ngày ${p.asOf}, loại "${p.kind}".`,
        `${p.file} has no row for indicator "${p.id}", date ${p.asOf}, kind "${p.kind}".`,
      ),
    noDenominator: (p: { id: string; asOf: string }) =>
      m(
        `Chỉ tiêu "${p.id}" ngày ${p.asOf} không có mẫu số (denominator), nên không thể hiện tỷ lệ hay mẫu số.`,
        `Indicator "${p.id}" on ${p.asOf} has no denominator, so it cannot show a percentage or denominator.`,
      ),
    unit: (p: { code: string; file: string }) => m(`Mã đơn vị "${p.code}" không có trong ${p.file}.`, `Unit code "${p.code}" is not in ${p.file}.`),
    document: (p: { id: string; file: string }) =>
      m(`Văn bản "${p.id}" không có trong ${p.file} (cột id).`, `Document "${p.id}" is not in ${p.file} (id column).`),
    funding: (p: { id: string; file: string }) => m(`Dòng kinh phí "${p.id}" không có trong ${p.file}.`, `Funding line "${p.id}" is not in ${p.file}.`),
    chart: (p: { id: string; allowed: readonly string[] }) =>
      m(
        `Không có biểu đồ "${p.id}". Dùng indicator="<mã chỉ tiêu>" hoặc chart= một trong: ${p.allowed.join(', ')}.`,
        `There is no chart "${p.id}". Use indicator="<indicator id>" or chart= one of: ${p.allowed.join(', ')}.`,
      ),
    date: (p: { value: string }) => m(`Ngày "${p.value}" không hợp lệ: ${DATE_FORMS.vi}.`, `Date "${p.value}" is not valid: ${DATE_FORMS.en}.`),
    required: (p: { component: string; prop: string }) =>
      m(`<${p.component}> thiếu thuộc tính ${p.prop}.`, `<${p.component}> is missing its ${p.prop} attribute.`),
    option: (p: { component: string; prop: string; value: string; allowed: readonly string[] }) =>
      m(
        `<${p.component} ${p.prop}="${p.value}">: giá trị không hợp lệ, dùng một trong: ${p.allowed.join(', ')}.`,
        `<${p.component} ${p.prop}="${p.value}">: not allowed, use one of: ${p.allowed.join(', ')}.`,
      ),
    sitePath: (p: { path: string }) =>
      m(
        `Đường dẫn "${p.path}" không hợp lệ: viết đường dẫn trong trang, không có "/" ở đầu, ví dụ "du-lieu/chat-luong/".`,
        `Path "${p.path}" is not valid: write a path within the site without a leading "/", e.g. "du-lieu/chat-luong/".`,
      ),
    component: (p: { name: string; allowed: readonly string[] }) =>
      m(
        `Thành phần <${p.name}> không tồn tại. Báo cáo chỉ dùng được: ${p.allowed.join(', ')}.`,
        `There is no <${p.name}> component. Reports can use: ${p.allowed.join(', ')}.`,
      ),
    notMdx: (p: { name: string }) =>
      m(
        `<${p.name}> chỉ dùng được trong tệp .mdx: hãy đổi đuôi tệp này thành .mdx.`,
        `<${p.name}> works only in an .mdx file: rename this file to .mdx.`,
      ),
  }),

  // Warnings, figures first: the data reads fine but does not add up.
  computed_mismatch: warning(m('Số báo cáo khác số tính lại từ chi tiết', 'Reported figures that differ from those computed from detail rows'), {
    text: (p: { name: Bilingual; asOf: string; rule: Bilingual; reported: number; computed: number }) =>
      m(
        `"${p.name.vi}" ngày ${formatDate(p.asOf, 'vi')}: số báo cáo là ${vi(p.reported)}, nhưng tính từ dữ liệu chi tiết (${p.rule.vi}) được ${vi(p.computed)}.`,
        `"${p.name.en}" at ${formatDate(p.asOf, 'en')}: reported ${en(p.reported)}, but the detail rows (${p.rule.en}) give ${en(p.computed)}.`,
      ),
    funding: X.fundingMismatch,
  }),
  date_after_as_of: warning(m('Ngày muộn hơn thời điểm của dữ liệu', 'Dates later than the data set’s date'), { text: X.dateAfterAsOf }),
  percent_mismatch: warning(m('Tỷ lệ % in trong nguồn khác tỷ lệ tính từ số liệu', 'Printed percentages that differ from value/denominator'), {
    text: (p: { name: Bilingual; asOf: string; value: number; denominator: number; exact: number; rounded: number; printed: number }) =>
      m(
        `"${p.name.vi}" ngày ${formatDate(p.asOf, 'vi')}: ${vi(p.value)}/${vi(p.denominator)} = ${vi(p.exact)}%, làm tròn là ${vi(p.rounded)}%, nhưng nguồn in ${vi(p.printed)}%.`,
        `"${p.name.en}" at ${formatDate(p.asOf, 'en')}: ${en(p.value)}/${en(p.denominator)} = ${en(p.exact)}%, rounded ${en(p.rounded)}%, but the source printed ${en(p.printed)}%.`,
      ),
  }),
  funding_sum: warning(m('Tổng các dòng kinh phí con khác dòng cha', 'Funding lines whose children do not add up to them'), {
    text: (p: { item: string; itemEn?: string; amount: number; children: number; sum: number }) =>
      m(
        `Dòng "${p.item}" ghi ${vi(p.amount)} triệu đồng, nhưng tổng ${p.children} dòng con là ${vi(p.sum)}.`,
        `Line "${p.itemEn ?? p.item}" states ${en(p.amount)} million VND, but its ${p.children} child lines add up to ${en(p.sum)}.`,
      ),
  }),
  funding_quantity_sum: warning(m('Tổng số lượng các dòng con khác dòng cha', 'Quantities of child lines that do not add up'), {
    text: (p: { item: string; itemEn?: string; quantity: number; unit: string; sum: number }) =>
      m(
        `Dòng "${p.item}" ghi ${vi(p.quantity)} ${p.unit}, nhưng các dòng con cộng lại là ${vi(p.sum)} ${p.unit}.`,
        `Line "${p.itemEn ?? p.item}" states ${en(p.quantity)} ${p.unit}, but its child lines add up to ${en(p.sum)} ${p.unit}.`,
      ),
  }),
  funding_quantity_amount: warning(m('Số lượng × định mức khác số tiền', 'Quantity × unit amount differs from the amount'), {
    text: (p: { item: string; itemEn?: string; quantity: number; unitAmount: number; product: number; amount: number }) =>
      m(
        `Dòng "${p.item}": ${vi(p.quantity)} × ${vi(p.unitAmount)} = ${vi(p.product)}, nhưng số tiền ghi ${vi(p.amount)}.`,
        `Line "${p.itemEn ?? p.item}": ${en(p.quantity)} × ${en(p.unitAmount)} = ${en(p.product)}, but the amount is ${en(p.amount)}.`,
      ),
  }),
  funding_commitment_share: warning(m('Tổng mức × tỷ lệ khác số tiền', 'Commitment × share differs from the amount'), {
    text: (p: { item: string; itemEn?: string; share: number; commitment: number; computed: number; amount: number }) =>
      m(
        `Dòng "${p.item}": ${vi(p.share)}% của tổng mức ${vi(p.commitment)} là ${vi(p.computed)}, nhưng số tiền ghi ${vi(p.amount)}.`,
        `Line "${p.itemEn ?? p.item}": ${en(p.share)}% of the commitment ${en(p.commitment)} is ${en(p.computed)}, but the amount is ${en(p.amount)}.`,
      ),
  }),
  duplicate_row: warning(m('Dòng bị lặp', 'Repeated rows'), {
    text: (p: { columns: readonly string[]; values: readonly unknown[]; firstLine: number }) =>
      m(
        `Trùng (${p.columns.join(', ')}) = (${p.values.join(', ')}) với dòng ${p.firstLine}; trang web dùng dòng sau cùng.`,
        `Same (${p.columns.join(', ')}) = (${p.values.join(', ')}) as line ${p.firstLine}; the site uses the last row.`,
      ),
  }),
  // Spelling and format remarks.
  lineage_name_differs: warning(m('Tên đơn vị được ghi khác trong unit-changes.csv', 'Unit names written differently in unit-changes.csv'), { text: L.nameDiffers }),
  formula: warning(m('Ô trông giống công thức bảng tính', 'Cells that look like spreadsheet formulas'), {
    text: () =>
      m(
        'Ô này trông giống công thức bảng tính (bắt đầu bằng =, @, + hoặc -). Nội dung được giữ nguyên trên trang, và được vô hiệu hóa trong tệp CSV tải về.',
        'This cell looks like a spreadsheet formula (it starts with =, @, + or -). It is shown as text on the site and neutralised in the CSV downloads.',
      ),
  }),
  formula_cell: warning(m('Ô công thức trong sổ tính', 'Formula cells in workbooks'), { text: W.formulaResult }),
  date_cell: warning(m('Ô ngày trong cột văn bản', 'Date cells in text columns'), { text: W.dateInText }),
  control_character: warning(m('Ký tự điều khiển trong ô', 'Control characters in cells'), { text: C.controlCharacter }),
  column_unknown: warning(m('Cột không có trong quy ước dữ liệu', 'Columns not in the data contract'), {
    text: (p: { column: string; columns: readonly string[] }) =>
      m(
        `Cột "${p.column}" không có trong quy ước dữ liệu và sẽ bị bỏ qua. Các cột của bảng: ${p.columns.join(', ')}.`,
        `Column "${p.column}" is not in the data contract and is ignored. The table’s columns: ${p.columns.join(', ')}.`,
      ),
  }),
  content_other_dataset: warning(m('Báo cáo của bộ dữ liệu khác', 'Reports written for another data set'), {
    text: (p: { unit: string; root: string | undefined }) =>
      m(
        `Báo cáo viết cho đơn vị "${p.unit}", không phải đơn vị gốc của dữ liệu này ("${p.root}"): báo cáo không được đăng.`,
        `The report was written for unit "${p.unit}", not this data set's root ("${p.root}"): it is not published.`,
      ),
  }),

  // Information: neither error nor warning, listed under its own heading.
  name_variant: information(m('Cùng một tên được viết theo nhiều cách', 'Names spelt in more than one way'), {
    text: (p: { name: string; code: string; aliases: readonly string[] }) =>
      m(
        `Tên "${p.name}" (${p.code}) còn được viết là: ${p.aliases.join(', ')}. Trang web dùng "${p.name}"; tìm kiếm nhận cả các cách viết khác.`,
        `"${p.name}" (${p.code}) is also spelled: ${p.aliases.join(', ')}. The site uses "${p.name}"; search finds the other spellings too.`,
      ),
  }),
  not_a_table: information(m('Tệp và trang tính không phải bảng dữ liệu', 'Files and sheets that are not tables'), {
    file: W.fileSkipped,
    sheet: W.sheetSkipped,
    extra: W.sheetExtra,
  }),
};

type Catalogue = typeof catalogue;

/** Every kind of error and warning: the catalogue's keys. */
export type IssueKind = keyof Catalogue;

/** A message ready to go into an Issue: its kind and both languages. */
export type Said<K extends IssueKind = IssueKind> = { kind: K; vi: string; en: string };

type Sayers = {
  [K in IssueKind]: {
    [V in keyof Catalogue[K]['texts']]: Catalogue[K]['texts'][V] extends (...args: infer A) => Bilingual ? (...args: A) => Said<K> : never;
  };
};

/** `say.required.text({ column: 'name' })` → `{ kind: 'required', vi: …, en: … }`. */
export const say = Object.fromEntries(
  Object.entries(catalogue).map(([kind, spec]) => [
    kind,
    Object.fromEntries(
      Object.entries(spec.texts).map(([name, text]) => [name, (...args: never[]) => ({ kind, ...(text as (...a: never[]) => Bilingual)(...args) })]),
    ),
  ]),
) as Sayers;

/** The kinds in the order of the data-quality page and `npm run check`. */
export const issueKinds = Object.keys(catalogue) as IssueKind[];

const orderOf = new Map(issueKinds.map((k, i) => [k, i]));

export function severityOf(kind: IssueKind): Severity {
  return catalogue[kind].severity;
}

/** The heading of a kind's group on the data-quality page. */
export function headingOf(kind: IssueKind): Bilingual {
  return catalogue[kind].heading;
}

/** A kind's place in the order: errors, then figures that do not add up, then remarks. */
export function issueOrder(kind: IssueKind): number {
  return orderOf.get(kind) ?? issueKinds.length;
}

/** How `npm run check` labels each severity, and a cell's value. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'LỖI / ERROR', warning: 'CẢNH BÁO / WARNING', information: 'THÔNG TIN / INFORMATION' };
export const VALUE_LABEL = 'giá trị/value';
