// The template workbook's guide sheet, "Hướng dẫn" (data-contract.md §1.3):
// how to fill the workbook in, in the contract's words, Vietnamese first.
import { bilingual as t, type Bilingual } from '../lib/lang.ts';

/** The guide sheet's name; it is not a table, so reading the workbook skips it. */
export const GUIDE_SHEET = 'Hướng dẫn';
/** The hidden sheet that holds the dropdown lists of codes. */
export const LISTS_SHEET = 'Danh mục mã';

export const GUIDE = {
  title: t('Sổ tính mẫu dữ liệu Nông thôn mới', 'New Rural Development data: template workbook'),
  filled: t(
    'Sổ tính này chứa dữ liệu hiện tại của trang web, đến ngày {date}. Hãy sửa trực tiếp trong các trang tính rồi lưu lại.',
    'This workbook holds the site’s current data, as of {date}. Edit it in its sheets, then save it.',
  ),
  blank: t('Sổ tính này còn trống: mỗi trang tính chỉ có dòng tiêu đề.', 'This workbook is blank: each sheet has its header row only.'),
  steps: [
    t(
      'Mỗi trang tính là một bảng dữ liệu, mang đúng tên của bảng (units, funding, …). Không đổi tên trang tính, không đổi tên cột. Trang tính này và trang tính danh mục được bỏ qua khi đọc.',
      'Each sheet is one table, named exactly after it (units, funding, …). Do not rename the sheets or the columns. This sheet and the list sheet are skipped when the workbook is read.',
    ),
    t(
      'Dòng 1 là dòng tiêu đề. Đưa chuột vào ô tiêu đề để xem giải thích của cột: ý nghĩa, kiểu dữ liệu, có bắt buộc không, các mã được phép.',
      'Row 1 is the header. Hover over a header cell to read its column’s explanation: meaning, type, whether it is required, the codes allowed.',
    ),
    t(
      'Mỗi dòng là một dòng chi tiết. Không thêm dòng tổng cộng: trang web tự cộng. Không dùng công thức: hãy dán giá trị.',
      'Each row is one detail row. Do not add a totals row: the site does the adding up. Do not use formulas: paste values.',
    ),
    t(
      'Cột mã (tình trạng, cấp, nguồn vốn, …) có danh sách chọn. Có thể chọn mã (met) hoặc tên tiếng Việt của mã (đạt): cả hai đều được chấp nhận.',
      'Code columns (status, level, source, …) have a dropdown list. Pick the code (met) or its Vietnamese label (đạt): both are accepted.',
    ),
    t(
      'Cột mã đơn vị có danh sách các mã trong trang tính units. Các cột mã định danh có định dạng Văn bản (Text), để Excel không bỏ mất số 0 ở đầu (00123).',
      'Unit code columns list the codes of the units sheet. Identifier columns are formatted as Text, so that Excel keeps leading zeros (00123).',
    ),
    t(
      'Ngày ghi theo dạng ngày của Excel, hoặc DD/MM/YYYY. Số ghi bình thường; tỷ lệ % ghi 96,8 (hoặc 96,8%). Mọi số tiền tính bằng triệu đồng.',
      'Dates as Excel dates, or DD/MM/YYYY. Numbers as usual; a percentage as 96.8 (or 96.8%). Every amount is in million VND.',
    ),
    t(
      'Lưu thành "Sổ làm việc Excel (*.xlsx)" và đặt vào thư mục data/ thay cho các tệp CSV của những bảng có trong sổ tính: một bảng chỉ được cho một lần. Hoặc lưu từng trang tính thành "CSV UTF-8".',
      'Save as "Excel Workbook (*.xlsx)" and put it in the data/ folder in place of the CSV files of the tables it holds: give each table once. Or save each sheet as "CSV UTF-8".',
    ),
    t(
      'Trước khi xuất bản, kiểm tra sổ tính: chạy npm run check, hoặc thả tệp vào trang kiểm tra dữ liệu của trang web (không tải lên đâu cả).',
      'Before publishing, check the workbook: run npm run check, or drop the file on the site’s data checker page (nothing is uploaded).',
    ),
  ] as readonly Bilingual[],
  tables: t('Các bảng', 'The tables'),
  required: t('bắt buộc', 'required'),
  optional: t('không bắt buộc', 'optional'),
  left: t(
    'Không có trong sổ tính này vì quá lớn ({rows} dòng): {table}. Hãy dùng tệp CSV của bảng đó.',
    'Not in this workbook because it is too large ({rows} rows): {table}. Use that table’s CSV file.',
  ),
  note: {
    type: t('Kiểu', 'Type'),
    required: t('Bắt buộc', 'Required'),
    codes: t('Mã được phép', 'Codes allowed'),
    refersTo: t('Mã trong trang tính', 'A code from the sheet'),
  },
  dropdown: {
    codeTitle: t('Mã không có trong danh sách', 'Code not in the list'),
    code: t('Hãy chọn một mã, hoặc tên tiếng Việt của mã, trong danh sách.', 'Pick a code, or its Vietnamese label, from the list.'),
    refTitle: t('Mã chưa có', 'Unknown code'),
    ref: t('Mã này chưa có trong trang tính {sheet}. Bước kiểm tra sẽ báo lỗi nếu vẫn không có.', 'This code is not in the {sheet} sheet yet. The check will report it if it stays missing.'),
  },
} as const;
