// The rules every CSV file follows (data-contract.md §1 and §1.1), in the
// contract's words and both languages: the data dictionary prints them, and
// README.md and data/README.md say the same.
import { bilingual as t, type Bilingual } from '../lib/lang.ts';

/**
 * What the check reads at most: a bigger file is refused with a message, so
 * that memory stays bounded whatever is put in data/. A country's largest
 * table (1.5 million rows) is about 80 MB.
 */
export const INPUT_LIMITS = { csvMegabytes: 250, rows: 5_000_000, workbookMegabytes: 50, unpackedMegabytes: 400 } as const;

export interface FileRule {
  id: 'encoding' | 'delimiter' | 'lines' | 'headers' | 'cells' | 'codes' | 'identifiers' | 'numbers' | 'dates' | 'money' | 'formulas' | 'workbooks' | 'limits' | 'downloads';
  topic: Bilingual;
  rule: Bilingual;
}

export const FILE_RULES: readonly FileRule[] = [
  {
    id: 'encoding',
    topic: t('Bảng mã', 'Encoding'),
    rule: t(
      'UTF-8, có hoặc không có BOM (lựa chọn "CSV UTF-8" của Excel ghi BOM). Bảng mã khác bị từ chối, kể cả Windows-1258 do lựa chọn "CSV" thường của Excel ghi ra: hãy lưu bằng "CSV UTF-8".',
      'UTF-8, with or without a BOM (Excel’s "CSV UTF-8" writes one). Any other encoding is rejected, including the Windows-1258 that Excel’s plain "CSV" option writes: save as "CSV UTF-8".',
    ),
  },
  {
    id: 'delimiter',
    topic: t('Dấu phân cách', 'Delimiter'),
    rule: t('Dấu phẩy hoặc dấu chấm phẩy, nhận ra theo từng tệp.', 'Comma or semicolon, detected per file.'),
  },
  {
    id: 'lines',
    topic: t('Xuống dòng', 'Line ends'),
    rule: t(
      'LF, CRLF hoặc CR (lựa chọn "CSV (Macintosh)" của Excel), kể cả lẫn lộn trong một tệp. Số dòng được đếm như trình soạn thảo văn bản, dòng tiêu đề là dòng 1.',
      'LF, CRLF or CR (Excel’s "CSV (Macintosh)"), mixed in one file too. Lines are counted as a text editor counts them, the header being line 1.',
    ),
  },
  {
    id: 'headers',
    topic: t('Dòng tiêu đề', 'Headers'),
    rule: t(
      'Bắt buộc có dòng tiêu đề. Các cột có thể theo thứ tự bất kỳ; tên cột không phân biệt hoa thường, bỏ khoảng trắng hai đầu. Thiếu cột bắt buộc là lỗi; cột lạ là cảnh báo.',
      'A header row is required. Columns may come in any order; names are matched case-insensitively, with surrounding spaces trimmed. A missing required column is an error; an unknown column is a warning.',
    ),
  },
  {
    id: 'cells',
    topic: t('Ô dữ liệu', 'Cells'),
    rule: t(
      'Khoảng trắng hai đầu được bỏ. Ô trống nghĩa là "không có giá trị". Văn bản được đọc ở dạng Unicode NFC; ký tự điều khiển (như tab dọc, NUL) bị bỏ, kèm cảnh báo. Một dòng có nhiều ô hơn dòng tiêu đề là lỗi. Dòng tổng cộng (Tổng, Tổng cộng, =SUM(…)) là lỗi: hãy xóa.',
      'Surrounding spaces are trimmed. An empty cell means "no value". Text is read as Unicode NFC; control characters (a vertical tab, a NUL) are removed, with a warning. A row with more cells than the header is an error. A totals row (Tổng, Tổng cộng, =SUM(…)) is an error: delete it.',
    ),
  },
  {
    id: 'codes',
    topic: t('Mã trong danh sách', 'Codes'),
    rule: t(
      'Mã trong danh sách không phân biệt hoa thường. Tên tiếng Việt mà từ điển in cho mỗi mã cũng được chấp nhận (đạt cho met, đã công nhận cho recognized), không phân biệt hoa thường nhưng phải có dấu.',
      'Enumerated codes are matched case-insensitively. The Vietnamese label the dictionary prints for a code is accepted too (đạt for met, đã công nhận for recognized), case-insensitively, with its diacritics.',
    ),
  },
  {
    id: 'identifiers',
    topic: t('Mã định danh', 'Identifiers'),
    rule: t('Mã định danh là văn bản, không phải số: 0015 vẫn là 0015.', 'Identifiers are text, never numbers: 0015 stays 0015.'),
  },
  {
    id: 'numbers',
    topic: t('Số liệu', 'Numbers'),
    rule: t(
      'Số không bao giờ bị đọc sai mà không báo. 3900 là 3900; 9.53 hay 9,53 là 9,53 (một dấu, sau nó không đúng ba chữ số, nên là dấu thập phân); 3.900 và 1.234.567 là cách nhóm hàng nghìn kiểu Việt (mỗi dấu "." theo sau đúng ba chữ số); khi có cả hai dấu, như 1.234,5 hay 1,234.5, dấu sau cùng là dấu thập phân; 3,900 bị từ chối vì không rõ nghĩa. 30% chỉ dùng trong cột tỷ lệ; tỷ lệ của một phần trên tổng (reported_percent, share_percent) không được quá 100. 64 970 (khoảng trắng ngăn cách hàng nghìn) được đọc là 64970; số dạng lũy thừa như 1,5E+04 là lỗi.',
      'Numbers are never silently misread. 3900 is 3900; 9.53 or 9,53 is 9.53 (one separator, not followed by exactly three digits, so it is a decimal); 3.900 and 1.234.567 are Vietnamese grouping (each "." is followed by exactly three digits); when both separators appear, as in 1.234,5 or 1,234.5, the last one is the decimal mark; 3,900 is rejected as ambiguous. 30% is allowed only in percent columns; a share of a whole (reported_percent, share_percent) cannot exceed 100. 64 970 (a space grouping thousands) is read as 64970; scientific notation such as 1,5E+04 is an error.',
    ),
  },
  {
    id: 'dates',
    topic: t('Ngày tháng', 'Dates'),
    rule: t(
      'YYYY-MM-DD, DD/MM/YYYY hoặc D/M/YYYY. Ngày không tồn tại như 31/02/2021 là lỗi; thông báo nói khi ngày và tháng có vẻ bị đảo (9/30/2021) hay khi ô chứa số ngày kiểu Excel (44469).',
      'YYYY-MM-DD, DD/MM/YYYY or D/M/YYYY. An impossible date such as 31/02/2021 is an error; the message says when day and month look swapped (9/30/2021) or the cell holds an Excel date number (44469).',
    ),
  },
  {
    id: 'money',
    topic: t('Số tiền', 'Money'),
    rule: t('Mọi số tiền tính bằng triệu đồng.', 'Every amount is in million VND (triệu đồng).'),
  },
  {
    id: 'formulas',
    topic: t('Ô giống công thức', 'Formula-like cells'),
    rule: t(
      'Ô văn bản trông giống công thức bảng tính là cảnh báo: bắt đầu bằng = hoặc @, hoặc bằng + hay - mà sau đó không phải chữ số hay khoảng trắng. Ghi chú như "- đã hoàn thành" không phải công thức.',
      'A text cell that looks like a spreadsheet formula is a warning: it starts with = or @, or with + or - followed by something other than a digit or a space. A note such as "- đã hoàn thành" is not a formula.',
    ),
  },
  {
    id: 'workbooks',
    topic: t('Sổ tính Excel', 'Excel workbooks'),
    rule: t(
      'Có thể dùng sổ tính .xlsx thay cho CSV: data/<bảng>.xlsx (trang tính đầu tiên), hoặc một sổ tính có mỗi trang tính mang tên một bảng (units, funding, …). Ô số và ô ngày được đọc đúng kiểu; ô văn bản theo quy tắc CSV; ô công thức được đọc qua kết quả đã lưu, kèm cảnh báo. Một bảng có cả CSV và trang tính là lỗi.',
      'An .xlsx workbook may stand in for CSV: data/<table>.xlsx (its first sheet), or one workbook whose sheets are named after the tables (units, funding, …). Number and date cells are read as typed; text cells follow the CSV rules; a formula cell is read through its stored result, with a warning. A table given both as CSV and as a sheet is an error.',
    ),
  },
  {
    id: 'limits',
    topic: t('Giới hạn', 'Limits'),
    rule: t(
      `Mỗi tệp CSV tối đa ${INPUT_LIMITS.csvMegabytes} MB và ${INPUT_LIMITS.rows.toLocaleString('vi-VN')} dòng; mỗi sổ tính tối đa ${INPUT_LIMITS.workbookMegabytes} MB (${INPUT_LIMITS.unpackedMegabytes} MB khi giải nén). Tệp lớn hơn bị từ chối kèm thông báo.`,
      `Each CSV file at most ${INPUT_LIMITS.csvMegabytes} MB and ${INPUT_LIMITS.rows.toLocaleString('en-GB')} rows; each workbook at most ${INPUT_LIMITS.workbookMegabytes} MB (${INPUT_LIMITS.unpackedMegabytes} MB unpacked). A bigger file is refused with a message.`,
    ),
  },
  {
    id: 'downloads',
    topic: t('Tệp tải về', 'Downloads'),
    rule: t(
      'Các tệp CSV trang web đăng: UTF-8 có BOM, dấu phẩy, ngày ISO, số viết trơn (dấu "." thập phân, không nhóm hàng nghìn), ô giống công thức được vô hiệu hóa.',
      'The CSV files the site publishes: UTF-8 with a BOM, comma, ISO dates, plain numbers ("." as the decimal mark, no grouping), formula-like cells neutralised.',
    ),
  },
];
