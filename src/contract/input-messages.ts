// The texts of messages about reading files and cells (data-contract.md §1,
// §1.1, §1.3): encodings, CSV syntax, workbooks, numbers and dates as Excel
// writes them. The catalogue in messages.ts gives each its kind and severity.
import { bilingual as m } from '../lib/lang.ts';
import { formatDate } from '../lib/format.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_FORMS = m('dùng YYYY-MM-DD, DD/MM/YYYY hoặc D/M/YYYY', 'use YYYY-MM-DD, DD/MM/YYYY or D/M/YYYY');
const SAVE_XLSX = m('"Lưu thành" → "Sổ làm việc Excel (*.xlsx)"', '"Save As" → "Excel Workbook (*.xlsx)"');

export const fileTexts = {
  tooLarge: (p: { megabytes: number; limit: number }) =>
    m(
      `Tệp nặng ${p.megabytes} MB, vượt giới hạn ${p.limit} MB của bước kiểm tra. Hãy xem đây có đúng là bảng dữ liệu không: bảng lớn nhất của cả nước (1,5 triệu dòng) chỉ khoảng 80 MB.`,
      `The file is ${p.megabytes} MB, above the check's limit of ${p.limit} MB. Check that this is really the data table: the largest table of a whole country (1.5 million rows) is about 80 MB.`,
    ),
  tooManyRows: (p: { limit: number }) =>
    m(
      `Tệp có hơn ${p.limit.toLocaleString('vi-VN')} dòng, vượt giới hạn của bước kiểm tra; tệp không được đọc tiếp từ dòng này.`,
      `The file has more than ${p.limit.toLocaleString('en-GB')} rows, above the check's limit; it is not read beyond this line.`,
    ),
  lineTooLong: (p: { limit: number }) =>
    m(
      `Dòng này dài hơn ${p.limit.toLocaleString('vi-VN')} ký tự, không thể là một dòng của bảng dữ liệu: có lẽ đây không phải tệp CSV, hoặc tệp bị hỏng. Tệp không được đọc tiếp.`,
      `This line is longer than ${p.limit.toLocaleString('en-GB')} characters, which no table row is: perhaps this is not a CSV file, or the file is damaged. The file is not read further.`,
    ),
  workbookTooLarge: (p: { megabytes: number; limit: number }) =>
    m(
      `Sổ tính khi giải nén nặng ${p.megabytes} MB, vượt giới hạn ${p.limit} MB. Với bảng lớn như vậy, hãy lưu từng bảng thành "CSV UTF-8".`,
      `Unpacked, the workbook is ${p.megabytes} MB, above the limit of ${p.limit} MB. For tables this large, save each one as "CSV UTF-8".`,
    ),
};

export const workbookTexts = {
  notZip: () =>
    m(
      `Tệp không phải sổ tính .xlsx: có thể là tệp .xls cũ, hoặc sổ tính có đặt mật khẩu. Trong Excel hãy chọn ${SAVE_XLSX.vi}, không đặt mật khẩu.`,
      `The file is not an .xlsx workbook: it may be an old .xls file, or a workbook protected by a password. In Excel choose ${SAVE_XLSX.en}, without a password.`,
    ),
  corrupt: (p: { detail: string }) =>
    m(`Không đọc được sổ tính (${p.detail}). Hãy mở bằng Excel và lưu lại bằng ${SAVE_XLSX.vi}.`, `The workbook cannot be read (${p.detail}). Open it in Excel and save it again with ${SAVE_XLSX.en}.`),
  otherFormat: (p: { file: string }) =>
    m(
      `Tệp ${p.file} không được đọc: chỉ đọc sổ tính .xlsx và tệp CSV. Hãy chọn ${SAVE_XLSX.vi}, hoặc lưu thành "CSV UTF-8".`,
      `${p.file} is not read: only .xlsx workbooks and CSV files are. Choose ${SAVE_XLSX.en}, or save as "CSV UTF-8".`,
    ),
  tableTwice: (p: { table: string; first: string; second: string }) =>
    m(
      `Bảng ${p.table} có ở cả ${p.first} và ${p.second}. Mỗi bảng chỉ được cho một lần: hãy xóa hoặc đổi tên một trong hai.`,
      `The table ${p.table} is given twice, in ${p.first} and in ${p.second}. Give each table once: delete or rename one of them.`,
    ),
  formulaResult: (p: { formula: string; result: string }) =>
    m(
      `Ô chứa công thức =${p.formula}; dữ liệu dùng kết quả đã lưu, ${p.result}. Số công bố không nên phụ thuộc vào công thức mà không ai thấy: hãy sao chép ô rồi "Dán giá trị" (Paste Values).`,
      `The cell holds the formula =${p.formula}; the data use its stored result, ${p.result}. A published figure should not depend on a formula nobody sees: copy the cell and "Paste Values".`,
    ),
  dateInText: (p: { iso: string }) =>
    m(
      `Excel lưu ô này là ngày (${formatDate(p.iso, 'vi')}), nhưng cột này là văn bản. Excel tự đổi những gì trông giống ngày, như số hiệu "3/4", thành ngày. Nếu đây không phải ngày, hãy định dạng ô là Text (Văn bản) rồi gõ lại; nếu đúng là ngày, trang web ghi ${p.iso}.`,
      `Excel stores this cell as a date (${formatDate(p.iso, 'en')}), but the column holds text. Excel turns whatever looks like a date, such as the number "3/4", into one. If this is not a date, format the cell as Text and type it again; if it is, the site shows ${p.iso}.`,
    ),
  formulaNoResult: (p: { formula: string }) =>
    m(
      `Ô chứa công thức =${p.formula} nhưng sổ tính không lưu kết quả của nó (tệp có thể do chương trình khác ghi ra). Hãy mở bằng Excel rồi lưu lại, hoặc thay công thức bằng giá trị.`,
      `The cell holds the formula =${p.formula} but the workbook stores no result for it (another program may have written the file). Open it in Excel and save it again, or replace the formula by its value.`,
    ),
  errorValue: (p: { error: string }) =>
    m(`Ô hiển thị lỗi ${p.error} của Excel, không phải một giá trị. Hãy sửa công thức hoặc nhập giá trị.`, `The cell shows Excel's error ${p.error}, not a value. Fix the formula or type the value.`),
  fileSkipped: (p: { file: string; tables: readonly string[] }) =>
    m(
      `Tệp ${p.file} không mang tên bảng dữ liệu nào nên không được đọc. Tên các tệp: ${p.tables.join(', ')}.`,
      `${p.file} is not named after a table, so it is not read. The file names: ${p.tables.join(', ')}.`,
    ),
  sheetSkipped: (p: { sheet: string; tables: readonly string[] }) =>
    m(
      `Trang tính "${p.sheet}" không mang tên bảng dữ liệu nào nên được bỏ qua. Tên các bảng: ${p.tables.join(', ')}.`,
      `The sheet "${p.sheet}" is not named after a table, so it is skipped. The tables: ${p.tables.join(', ')}.`,
    ),
  sheetExtra: (p: { sheet: string; table: string }) =>
    m(
      `Sổ tính mang tên bảng ${p.table} nên chỉ trang tính của bảng đó được đọc; trang tính "${p.sheet}" được bỏ qua.`,
      `The workbook is named after the table ${p.table}, so only that table's sheet is read; the sheet "${p.sheet}" is skipped.`,
    ),
};

export const csvTexts = {
  utf16: () =>
    m(
      'Tệp được lưu dạng UTF-16 (Unicode Text), không phải UTF-8. Trong Excel hãy chọn "Lưu thành" → "CSV UTF-8 (Comma delimited)".',
      'The file is UTF-16 ("Unicode Text"), not UTF-8. In Excel choose "Save As" → "CSV UTF-8 (Comma delimited)".',
    ),
  notUtf8: (p: { byte: string; position: number }) =>
    m(
      `Tệp không phải UTF-8 (byte ${p.byte} ở vị trí ${p.position} của dòng; có thể là Windows-1258 do lựa chọn "CSV" thường của Excel). Hãy mở tệp và lưu lại bằng "CSV UTF-8 (Comma delimited)".`,
      `The file is not UTF-8 (byte ${p.byte} at position ${p.position} of the line; probably Windows-1258, from Excel’s plain "CSV" option). Open it and save it again as "CSV UTF-8 (Comma delimited)".`,
    ),
  notUtf8Mac: (p: { byte: string; position: number }) =>
    m(
      `Tệp không phải UTF-8 (byte ${p.byte} ở vị trí ${p.position} của dòng): các dòng chỉ kết thúc bằng CR, nên có lẽ tệp được lưu bằng "CSV (Macintosh)" của Excel, với bảng mã Mac. Hãy lưu lại bằng "CSV UTF-8 (Comma delimited)".`,
      `The file is not UTF-8 (byte ${p.byte} at position ${p.position} of the line): its lines end in CR alone, so it was probably saved with Excel's "CSV (Macintosh)", in the Mac encoding. Save it again as "CSV UTF-8 (Comma delimited)".`,
    ),
  unterminated: () =>
    m(
      'Dấu ngoặc kép mở ở ô này không được đóng, nên phần còn lại của tệp bị đọc thành một ô. Hãy thêm dấu " đóng ở cuối ô.',
      'The quote that opens this cell is never closed, so the rest of the file is read as one cell. Add the closing " at the end of the cell.',
    ),
  afterQuote: (p: { text: string }) =>
    m(
      `Sau dấu ngoặc kép đóng ô còn chữ "${p.text}". Trong ô có ngoặc kép, mỗi dấu " bên trong phải được viết đôi ("").`,
      `After the quote that closes the cell comes "${p.text}". Inside a quoted cell, write each " twice ("").`,
    ),
  tooManyCells: (p: { cells: number; columns: number; delimiter: string }) =>
    m(
      `Dòng có ${p.cells} ô nhưng dòng tiêu đề chỉ có ${p.columns} cột. Có thể một ô chứa dấu "${p.delimiter}" mà không được đặt trong ngoặc kép.`,
      `The row has ${p.cells} cells but the header has ${p.columns} columns. A cell may contain "${p.delimiter}" without quotes.`,
    ),
  splitNumber: (p: { cells: number; columns: number; numbers: readonly { text: string; column: string }[] }) => {
    const list = (or: string) => p.numbers.map((n) => `${n.text} (${n.column})`).join(or);
    const quoted = p.numbers.map((n) => `"${n.text}"`).join(', ');
    return m(
      `Dòng có ${p.cells} ô nhưng dòng tiêu đề chỉ có ${p.columns} cột: có lẽ số ${list(' hoặc ')} bị dấu phẩy tách làm hai ô, nên các cột sau bị lệch. Hãy đặt số đó trong ngoặc kép (${quoted}), hoặc lưu lại bằng "CSV UTF-8" của Excel.`,
      `The row has ${p.cells} cells but the header has ${p.columns} columns: the number ${list(' or ')} was probably split in two by its comma, shifting the columns after it. Put the number in quotes (${quoted}), or save the file again with Excel's "CSV UTF-8".`,
    );
  },
  outside: (p: { columns: number }) =>
    m(
      `Ô có giá trị nằm ngoài ${p.columns} cột có tiêu đề. Hãy xóa giá trị đó, hoặc đặt tên cột cho nó ở dòng tiêu đề.`,
      `The cell has a value outside the ${p.columns} columns that have a header. Delete the value, or name its column in the header row.`,
    ),
  totalsRow: (p: { label: string }) =>
    m(
      `Dòng này trông như dòng tổng cộng của bảng tính ("${p.label}"). Bảng dữ liệu chỉ gồm các dòng chi tiết; trang web tự cộng. Hãy xóa dòng này.`,
      `This row looks like a spreadsheet's totals row ("${p.label}"). A data table holds detail rows only; the site does the adding up. Delete this row.`,
    ),
  requiredWhen: (p: { column: string; status: string; label: string }) =>
    m(
      `Khi tình trạng là "${p.status}" (${p.label}), ô "${p.column}" bắt buộc phải có giá trị.`,
      `When the status is "${p.status}" ("${p.label}"), "${p.column}" is required.`,
    ),
  controlCharacter: (p: { chars: readonly string[] }) =>
    m(
      `Ô chứa ký tự điều khiển không in được (${p.chars.join(', ')}), thường do sao chép từ Word hoặc trang web; dữ liệu công bố đã bỏ ký tự này. Hãy xóa nó trong tệp gốc.`,
      `The cell holds a control character that cannot be printed (${p.chars.join(', ')}), usually pasted from Word or a web page; the published data leave it out. Delete it from your file.`,
    ),
};

export const numberTexts = {
  notANumber: () => m('Không phải là số.', 'Not a number.'),
  separators: (p: { group: string; decimal: string }) =>
    m(
      `Dấu phân cách không hợp lệ: "${p.group}" phải tách từng nhóm 3 chữ số, "${p.decimal}" là dấu thập phân.`,
      `Invalid separators: "${p.group}" must separate groups of three digits, "${p.decimal}" is the decimal mark.`,
    ),
  repeatedMark: (p: { mark: string }) =>
    m(`Dấu "${p.mark}" xuất hiện nhiều lần nhưng không tách đúng các nhóm 3 chữ số.`, `"${p.mark}" appears several times but does not separate groups of three digits.`),
  spaces: (p: { text: string }) =>
    m(
      `Số "${p.text}" có khoảng trắng ở giữa nhưng không tách đúng các nhóm 3 chữ số. Hãy bỏ các khoảng trắng.`,
      `"${p.text}" has spaces inside that do not separate groups of three digits. Remove the spaces.`,
    ),
  scientific: (p: { text: string }) =>
    m(
      `"${p.text}" là số viết dạng lũy thừa: Excel hiện số như vậy khi cột có định dạng Số (General) mà số quá dài. Hãy định dạng cột là Number không có số mũ, hoặc Text, rồi nhập lại đủ chữ số.`,
      `"${p.text}" is a number in scientific notation: Excel shows numbers this way when the column is formatted as a number (General) and they are long. Format the column as Number without an exponent, or as Text, and type all the digits again.`,
    ),
  scientificCode: (p: { value: string; file: string }) =>
    m(
      `Không tìm thấy "${p.value}" trong ${p.file}: mã này đã bị Excel đổi thành số viết dạng lũy thừa. Hãy định dạng cột là Văn bản (Text) và nhập lại đủ các chữ số của mã.`,
      `"${p.value}" is not in ${p.file}: Excel turned the code into a number in scientific notation. Format the column as Text and type all the digits of the code again.`,
    ),
  ambiguous: (p: { text: string; asDecimal: string; asThousands: string; decimalVi: string }) =>
    m(
      `Số "${p.text}" không rõ nghĩa: có thể là ${p.asDecimal.replace('.', ',')} (dấu phẩy thập phân) hoặc ${p.asThousands} (dấu phẩy ngăn cách hàng nghìn). Hãy ghi ${p.asThousands} hoặc ${p.decimalVi}.`,
      `"${p.text}" is ambiguous: it could be ${p.asDecimal} (decimal comma) or ${p.asThousands} (comma grouping thousands). Write ${p.asThousands} or ${p.decimalVi}.`,
    ),
  overHundred: (p: { value: string }) =>
    m(
      `Tỷ lệ ${p.value}% lớn hơn 100%, mà cột này là tỷ lệ của một phần trên tổng. Hãy ghi tỷ lệ từ 0 đến 100.`,
      `${p.value}% is above 100%, and this column is a share of a whole. Write a percentage from 0 to 100.`,
    ),
  overHundredGrouped: (p: { text: string; read: string; decimal: string }) =>
    m(
      `"${p.text}" được đọc là ${p.read}%, vì dấu chấm theo sau đúng ba chữ số là dấu ngăn cách hàng nghìn; mà cột này là tỷ lệ từ 0 đến 100. Nếu ý là ${p.decimal}%, hãy ghi ${p.decimal} (dấu phẩy thập phân).`,
      `"${p.text}" reads as ${p.read}%, because a point followed by exactly three digits groups thousands; and this column is a share from 0 to 100. If you meant ${p.text}%, write ${p.decimal} (decimal comma).`,
    ),
};

export const dateTexts = {
  invalid: () => m(`Ngày không đúng định dạng: ${DATE_FORMS.vi}.`, `Date not in a known format: ${DATE_FORMS.en}.`),
  impossible: (p: { day: number; month: number; year: number }) =>
    p.month >= 1 && p.month <= 12
      ? m(
          `Ngày không tồn tại trong lịch: tháng ${p.month} năm ${p.year} không có ngày ${p.day}. Hãy sửa lại ngày (DD/MM/YYYY).`,
          `This date does not exist in the calendar: ${MONTHS[p.month - 1]} ${p.year} has no day ${p.day}. Correct the date (DD/MM/YYYY).`,
        )
      : m(`Ngày không tồn tại trong lịch: không có tháng ${p.month}. Hãy sửa lại ngày (DD/MM/YYYY).`, `This date does not exist in the calendar: there is no month ${p.month}. Correct the date (DD/MM/YYYY).`),
  swapped: (p: { text: string; month: string; iso: string }) =>
    m(
      `Ngày "${p.text}" có vẻ bị đảo ngày và tháng (kiểu Mỹ: tháng/ngày/năm), vì không có tháng ${p.month}. Nếu là ngày ${formatDate(p.iso, 'vi')}, hãy ghi ${formatDate(p.iso, 'vi')} hoặc ${p.iso}.`,
      `"${p.text}" looks like month/day/year, with day and month swapped: there is no month ${p.month}. If you meant ${formatDate(p.iso, 'en')}, write ${formatDate(p.iso, 'vi')} or ${p.iso}.`,
    ),
  serial: (p: { text: string; iso: string }) =>
    m(
      `"${p.text}" là số ngày kiểu Excel, ứng với ngày ${formatDate(p.iso, 'vi')}: ô đang có định dạng Số thay vì Ngày. Hãy định dạng ô là Ngày (Date), hoặc ghi ${formatDate(p.iso, 'vi')}.`,
      `"${p.text}" is an Excel date number, standing for ${formatDate(p.iso, 'en')}: the cell is formatted as a number, not as a date. Format it as a Date, or write ${formatDate(p.iso, 'vi')}.`,
    ),
};
