// The data contract's tables (data-contract.md §2), described once.
// The validator, the row types, the data dictionary, the CSV templates and
// datapackage.json are all derived from this description; each column's
// behaviour is its type's, in columns.ts.
import { bilingual as t, type Bilingual } from '../lib/lang.ts';
import { code, computed, date, dec, int, pct, ref, text, type Column, type ColumnSpec } from './columns.ts';

export type { Bilingual, ColumnSpec };
export type { ColumnType } from './columns.ts';

export interface TableSpec {
  file: string;
  required: boolean;
  title: Bilingual;
  doc: Bilingual;
  /** Column(s) that identify a row; duplicates are errors. */
  key: readonly string[];
  columns: Record<string, Column>;
  /** Conditional requirements (§1.2): where `column` is `equals`, the `required` columns must have a value. */
  requiredWhen?: readonly { column: string; equals: string; required: readonly string[] }[];
}

export const tables = {
  units: {
    file: 'units.csv',
    required: true,
    title: t('Đơn vị hành chính', 'Administrative units'),
    doc: t('Địa bàn mà trang web nói về và các đơn vị trực thuộc.', 'The place the site is about, and its parts.'),
    key: ['code'],
    columns: {
      code: text({ required: true, doc: t('Mã đơn vị hành chính (Tổng cục Thống kê) hoặc mã nội bộ; không trùng.', 'Official administrative code (GSO) or a local id; unique.'), example: '15721' }),
      name: text({ required: true, doc: t('Tên đơn vị.', 'Name of the unit.'), example: 'Đồng Lợi' }),
      level: code('unitLevel', { required: true, doc: t('Cấp hành chính.', 'Administrative level.'), example: 'commune' }),
      parent_code: ref('units', { doc: t('Mã đơn vị cấp trên; để trống ở đúng một dòng: đơn vị gốc.', 'Code of the parent unit; empty for exactly one row, the root.'), example: '397' }),
      successor_code: text({ doc: t('Mã đơn vị được sáp nhập vào (ví dụ năm 2025).', 'Code of the unit it was merged into (e.g. in 2025).'), example: '15724' }),
      successor_name: text({ doc: t('Tên đơn vị được sáp nhập vào.', 'Name of that unit.'), example: 'Đồng Tiến' }),
      successor_from: date({ doc: t('Ngày sáp nhập có hiệu lực.', 'Date the merger took effect.'), example: '2025-07-01' }),
      aliases: text({ doc: t('Cột bổ sung: các cách viết khác của tên, cách nhau bởi |.', 'Extra column: other spellings of the name, separated by |.'), example: 'Văn Sơn' }),
      note: text({ doc: t('Ghi chú.', 'Note.'), example: '' }),
      note_en: text({ doc: t('Ghi chú bằng tiếng Anh, bản dịch của note; trang tiếng Việt không hiện cột này.', 'Note in English, the twin of note; Vietnamese pages never show it.'), example: '' }),
    },
  },
  'criteria-sets': {
    file: 'criteria-sets.csv',
    required: true,
    title: t('Bộ tiêu chí', 'Criteria sets'),
    doc: t('Các bộ tiêu chí dùng để đánh giá các đơn vị.', 'The sets of criteria units are assessed against.'),
    key: ['id'],
    columns: {
      id: text({ required: true, doc: t('Mã bộ tiêu chí.', 'Id of the set.'), example: 'xa-ntm-2016' }),
      applies_to: code('appliesTo', { required: true, doc: t('Cấp áp dụng.', 'Level it applies to.'), example: 'commune' }),
      standard: code('standard', { required: true, doc: t('Mức chuẩn.', 'Standard.'), example: 'ntm' }),
      name_vi: text({ required: true, doc: t('Tên tiếng Việt.', 'Vietnamese name.'), example: 'Bộ tiêu chí quốc gia về xã nông thôn mới 2016–2020' }),
      name_en: text({ doc: t('Tên tiếng Anh.', 'English name.'), example: 'National new-rural commune criteria 2016–2020' }),
      size: int({ required: true, nonNegative: true, doc: t('Số tiêu chí hoặc chỉ tiêu của bộ, kể cả khi không liệt kê từng tiêu chí.', 'Number of criteria or indicators, even when they are not listed.'), example: '19' }),
      basis: text({ doc: t('Căn cứ pháp lý.', 'Legal basis.'), example: '1980/QĐ-TTg' }),
      valid_from: date({ doc: t('Áp dụng từ ngày.', 'Applies from.'), example: '2016-10-17' }),
      valid_to: date({ doc: t('Áp dụng đến ngày.', 'Applies until.'), example: '' }),
    },
  },
  criteria: {
    file: 'criteria.csv',
    required: true,
    title: t('Tiêu chí', 'Criteria'),
    doc: t('Các tiêu chí của từng bộ, nếu có. Có thể liệt kê ít hơn số lượng của bộ, hoặc không liệt kê.', 'The criteria of each set, where known. A set may list fewer than its size, or none.'),
    key: ['set', 'number'],
    columns: {
      set: ref('criteria-sets', { required: true, doc: t('Mã bộ tiêu chí.', 'Criteria set id.'), example: 'xa-ntm-2016' }),
      number: int({ required: true, min: 1, doc: t('Số thứ tự, từ 1 đến số lượng của bộ.', 'Number, 1 to the size of the set.'), example: '2' }),
      name_vi: text({ required: true, doc: t('Tên tiếng Việt.', 'Vietnamese name.'), example: 'Giao thông' }),
      name_en: text({ doc: t('Tên tiếng Anh.', 'English name.'), example: 'Transport' }),
      group_vi: text({ doc: t('Nhóm tiêu chí (tiếng Việt).', 'Group (Vietnamese).'), example: 'Hạ tầng kinh tế - xã hội' }),
      group_en: text({ doc: t('Nhóm tiêu chí (tiếng Anh).', 'Group (English).'), example: 'Socio-economic infrastructure' }),
      note: text({ doc: t('Ghi chú.', 'Note.'), example: '' }),
      note_en: text({ doc: t('Ghi chú bằng tiếng Anh, bản dịch của note; trang tiếng Việt không hiện cột này.', 'Note in English, the twin of note; Vietnamese pages never show it.'), example: '' }),
    },
  },
  'criteria-status': {
    file: 'criteria-status.csv',
    required: false,
    title: t('Kết quả từng tiêu chí', 'Criteria status'),
    doc: t('Một đơn vị, một tiêu chí, một thời điểm.', 'One unit, one criterion, one date.'),
    key: ['as_of', 'unit_code', 'set', 'number'],
    columns: {
      as_of: date({ required: true, doc: t('Thời điểm số liệu.', 'As-of date.'), example: '2021-09-30' }),
      unit_code: ref('units', { required: true, doc: t('Mã đơn vị.', 'Unit code.'), example: '15721' }),
      set: ref('criteria-sets', { required: true, doc: t('Mã bộ tiêu chí.', 'Criteria set id.'), example: 'xa-ntm-2016' }),
      number: int({ required: true, min: 1, doc: t('Số thứ tự tiêu chí; phải có trong criteria.csv của bộ đó.', 'Criterion number; must exist in criteria.csv for that set.'), example: '2' }),
      status: code('criterionStatus', { required: true, doc: t('Kết quả.', 'Status.'), example: 'met' }),
      source: text({ doc: t('Mã văn bản trong documents.csv, hoặc mô tả nguồn.', 'A documents.csv id, or free text.'), example: 'bc-9-thang-2021' }),
      note: text({ doc: t('Ghi chú.', 'Note.'), example: '' }),
      note_en: text({ doc: t('Ghi chú bằng tiếng Anh, bản dịch của note; trang tiếng Việt không hiện cột này.', 'Note in English, the twin of note; Vietnamese pages never show it.'), example: '' }),
    },
  },
  'unit-status': {
    file: 'unit-status.csv',
    required: false,
    title: t('Mức đạt chuẩn của đơn vị', 'Unit standing'),
    doc: t('Mức đạt chuẩn của một đơn vị tại một thời điểm, hoặc mục tiêu.', 'A unit’s standing against a standard, or a target for it.'),
    key: ['as_of', 'unit_code', 'standard', 'kind'],
    columns: {
      as_of: date({ required: true, doc: t('Thời điểm; với mục tiêu là hạn hoàn thành.', 'As-of date; for a target, the deadline.'), example: '2021-09-30' }),
      unit_code: ref('units', { required: true, doc: t('Mã đơn vị.', 'Unit code.'), example: '15721' }),
      standard: code('standard', { required: true, doc: t('Mức chuẩn.', 'Standard.'), example: 'advanced' }),
      status: code('unitStatus', { required: true, doc: t('Tình trạng.', 'Status.'), example: 'in_progress' }),
      kind: code('statusKind', { default: 'actual', doc: t('Thực tế (mặc định) hoặc mục tiêu.', 'Actual (default) or target.'), example: 'actual' }),
      decision: text({ doc: t('Số quyết định công nhận.', 'Number of the recognising decision.'), example: '' }),
      source: text({ doc: t('Nguồn.', 'Source.'), example: 'bc-9-thang-2021' }),
      note: text({ doc: t('Ghi chú.', 'Note.'), example: '' }),
      note_en: text({ doc: t('Ghi chú bằng tiếng Anh, bản dịch của note; trang tiếng Việt không hiện cột này.', 'Note in English, the twin of note; Vietnamese pages never show it.'), example: '' }),
    },
  },
  indicators: {
    file: 'indicators.csv',
    required: true,
    title: t('Danh mục chỉ tiêu', 'Indicator catalogue'),
    doc: t('Danh mục các số liệu được báo cáo.', 'The catalogue of reported figures.'),
    key: ['id'],
    columns: {
      id: text({ required: true, doc: t('Mã chỉ tiêu.', 'Indicator id.'), example: 'xa-dat-ntm' }),
      name_vi: text({ required: true, doc: t('Tên tiếng Việt.', 'Vietnamese name.'), example: 'Số xã đạt chuẩn nông thôn mới' }),
      name_en: text({ doc: t('Tên tiếng Anh.', 'English name.'), example: 'Communes recognised as new rural' }),
      unit_vi: text({ required: true, doc: t('Đơn vị tính (tiếng Việt).', 'Unit (Vietnamese).'), example: 'xã' }),
      unit_en: text({ doc: t('Đơn vị tính (tiếng Anh).', 'Unit (English).'), example: 'communes' }),
      description_vi: text({ doc: t('Mô tả (tiếng Việt).', 'Description (Vietnamese).'), example: '' }),
      description_en: text({ doc: t('Mô tả (tiếng Anh).', 'Description (English).'), example: '' }),
      computed_from: computed({ doc: t('Cách tính lại số liệu từ các dòng chi tiết để kiểm tra.', 'How the build recomputes the figure from detail rows, to check it.'), example: 'units_recognized:ntm' }),
    },
  },
  'indicator-values': {
    file: 'indicator-values.csv',
    required: true,
    title: t('Số liệu chỉ tiêu', 'Indicator values'),
    doc: t('Số liệu báo cáo theo thời gian, kèm mục tiêu.', 'Reported figures over time, with targets.'),
    key: ['indicator', 'as_of', 'kind'],
    columns: {
      indicator: ref('indicators', { required: true, doc: t('Mã chỉ tiêu.', 'Indicator id.'), example: 'xa-dat-ntm' }),
      as_of: date({ required: true, doc: t('Thời điểm số liệu.', 'As-of date.'), example: '2021-09-30' }),
      kind: code('statusKind', { required: true, doc: t('Thực tế hoặc mục tiêu.', 'Actual or target.'), example: 'actual' }),
      value: dec({ required: true, doc: t('Giá trị.', 'Value.'), example: '31' }),
      denominator: dec({ doc: t('Mẫu số, ví dụ 32 trong "31/32 xã".', 'Denominator, e.g. 32 in "31/32 communes".'), example: '32' }),
      reported_percent: pct({ share: true, doc: t('Tỷ lệ % như nguồn đã in, giữ nguyên kể cả khi sai.', 'The percentage as printed in the source, kept even when wrong.'), example: '96,8' }),
      source: text({ doc: t('Nguồn.', 'Source.'), example: 'bc-9-thang-2021' }),
      note: text({ doc: t('Ghi chú, ví dụ cách suy ra số liệu.', 'Note, e.g. how a derived figure was obtained.'), example: '' }),
      note_en: text({ doc: t('Ghi chú bằng tiếng Anh, bản dịch của note; trang tiếng Việt không hiện cột này.', 'Note in English, the twin of note; Vietnamese pages never show it.'), example: '' }),
    },
  },
  'ocop-products': {
    file: 'ocop-products.csv',
    required: false,
    title: t('Sản phẩm OCOP', 'OCOP products'),
    doc: t('Sản phẩm của Chương trình mỗi xã một sản phẩm.', 'Products of the One Commune One Product programme.'),
    key: ['id'],
    requiredWhen: [{ column: 'status', equals: 'certified', required: ['stars', 'level'] }],
    columns: {
      id: text({ required: true, doc: t('Mã sản phẩm.', 'Product id.'), example: 'che-sach-binh-son' }),
      name: text({ required: true, doc: t('Tên sản phẩm.', 'Product name.'), example: 'Chè sạch Bình Sơn' }),
      name_en: text({ doc: t('Tên bằng tiếng Anh, bản dịch của name; tên riêng thì để trống.', 'Name in English, the twin of name; empty for a proper name.'), example: '' }),
      producer: text({ required: true, doc: t('Chủ thể sản xuất.', 'Producer.'), example: 'HTX Nông, lâm nghiệp Bình Sơn' }),
      producer_en: text({ doc: t('Chủ thể sản xuất bằng tiếng Anh, khi đó không phải tên riêng.', 'Producer in English, where it is not a proper name.'), example: '' }),
      unit_code: ref('units', { required: true, doc: t('Mã đơn vị.', 'Unit code.'), example: '15769' }),
      category: text({ doc: t('Nhóm sản phẩm OCOP.', 'OCOP product group.'), example: '' }),
      stars: int({ min: 1, max: 5, doc: t('Số sao, 1 đến 5.', 'Stars, 1 to 5.'), example: '3' }),
      level: code('ocopLevel', { doc: t('Cấp công nhận.', 'Certifying level.'), example: 'province' }),
      status: code('ocopStatus', { required: true, doc: t('Tình trạng.', 'Status.'), example: 'certified' }),
      certified_on: date({ doc: t('Ngày công nhận.', 'Certified on.'), example: '' }),
      expires_on: date({ doc: t('Ngày hết hạn.', 'Expires on.'), example: '' }),
      decision: text({ doc: t('Số quyết định.', 'Decision number.'), example: '' }),
      note: text({ doc: t('Ghi chú.', 'Note.'), example: '' }),
      note_en: text({ doc: t('Ghi chú bằng tiếng Anh, bản dịch của note; trang tiếng Việt không hiện cột này.', 'Note in English, the twin of note; Vietnamese pages never show it.'), example: '' }),
    },
  },
  funding: {
    file: 'funding.csv',
    required: false,
    title: t('Kinh phí hỗ trợ, đầu tư', 'Funding'),
    doc: t('Các dòng kinh phí hỗ trợ và đầu tư, lồng nhau. Đơn vị: triệu đồng.', 'Support and investment lines, nested. Amounts in million VND.'),
    key: ['id'],
    columns: {
      id: text({ required: true, doc: t('Mã dòng kinh phí.', 'Line id.'), example: 'huyen-2021-qd207-thuong-xa-ntm' }),
      parent_id: ref('funding', { doc: t('Mã dòng cha; lồng nhiều cấp, không được vòng lặp.', 'Parent line id; any depth, no cycles.'), example: 'huyen-2021-qd207' }),
      year: int({ required: true, nonNegative: true, doc: t('Năm.', 'Year.'), example: '2021' }),
      source: code('fundingSource', { required: true, doc: t('Nguồn vốn.', 'Source.'), example: 'district' }),
      basis: text({ doc: t('Căn cứ pháp lý.', 'Legal basis.'), example: '207/QĐ-UBND' }),
      item: text({ required: true, doc: t('Nội dung.', 'Item.'), example: 'Thưởng xã đạt chuẩn NTM' }),
      item_en: text({ doc: t('Nội dung bằng tiếng Anh, bản dịch của item.', 'Item in English, the twin of item.'), example: '' }),
      unit_code: ref('units', { doc: t('Mã đơn vị thụ hưởng.', 'Unit code.'), example: '' }),
      quantity: dec({ nonNegative: true, doc: t('Số lượng.', 'Quantity.'), example: '5' }),
      quantity_unit: text({ doc: t('Đơn vị của số lượng.', 'Unit of the quantity.'), example: 'xã' }),
      unit_amount: dec({ nonNegative: true, doc: t('Định mức, triệu đồng mỗi đơn vị.', 'Million VND per unit.'), example: '500' }),
      amount: dec({ nonNegative: true, doc: t('Số tiền trong năm, triệu đồng.', 'Amount for this year, million VND.'), example: '2.500' }),
      commitment: dec({ nonNegative: true, doc: t('Tổng mức cam kết qua các năm, triệu đồng.', 'Total commitment over all years, million VND.'), example: '' }),
      share_percent: pct({ nonNegative: true, share: true, doc: t('Tỷ lệ của năm so với tổng mức.', 'This year’s share of the commitment.'), example: '' }),
      note: text({ doc: t('Ghi chú.', 'Note.'), example: '' }),
      note_en: text({ doc: t('Ghi chú bằng tiếng Anh, bản dịch của note; trang tiếng Việt không hiện cột này.', 'Note in English, the twin of note; Vietnamese pages never show it.'), example: '' }),
    },
  },
  'production-models': {
    file: 'production-models.csv',
    required: false,
    title: t('Mô hình sản xuất', 'Production models'),
    doc: t('Mô hình phát triển sản xuất; các dòng cùng tên là một mô hình ở nhiều đơn vị.', 'Production models; rows with the same name form one model across units.'),
    key: ['id'],
    columns: {
      id: text({ required: true, doc: t('Mã dòng.', 'Row id.'), example: 'lua-vietgap-dong-loi' }),
      name: text({ required: true, doc: t('Tên mô hình.', 'Model name.'), example: 'Sản xuất lúa theo tiêu chuẩn VietGAP' }),
      name_en: text({ doc: t('Tên bằng tiếng Anh, bản dịch của name; tên riêng thì để trống.', 'Name in English, the twin of name; empty for a proper name.'), example: '' }),
      unit_code: ref('units', { doc: t('Mã đơn vị.', 'Unit code.'), example: '15721' }),
      area_ha: dec({ nonNegative: true, doc: t('Diện tích (ha).', 'Area (ha).'), example: '50' }),
      standard: text({ doc: t('Tiêu chuẩn.', 'Standard.'), example: 'VietGAP' }),
      year: int({ nonNegative: true, doc: t('Năm.', 'Year.'), example: '2021' }),
      funding_id: ref('funding', { doc: t('Mã dòng kinh phí.', 'Funding line id.'), example: '' }),
      note: text({ doc: t('Ghi chú.', 'Note.'), example: '' }),
      note_en: text({ doc: t('Ghi chú bằng tiếng Anh, bản dịch của note; trang tiếng Việt không hiện cột này.', 'Note in English, the twin of note; Vietnamese pages never show it.'), example: '' }),
    },
  },
  documents: {
    file: 'documents.csv',
    required: false,
    title: t('Văn bản', 'Documents'),
    doc: t('Chỉ thị, kế hoạch, quyết định và báo cáo được trích dẫn.', 'Directives, plans, decisions and reports cited.'),
    key: ['id'],
    columns: {
      id: text({ required: true, doc: t('Mã văn bản, dùng để tham chiếu.', 'Slug used for references.'), example: 'qd-207-2021' }),
      number: text({ required: true, doc: t('Số, ký hiệu.', 'Number.'), example: '207/QĐ-UBND' }),
      date: date({ doc: t('Ngày ban hành.', 'Date issued.'), example: '2021-01-21' }),
      issuer: text({ required: true, doc: t('Cơ quan ban hành.', 'Issuer.'), example: 'UBND huyện' }),
      type: code('documentType', { required: true, doc: t('Loại văn bản.', 'Type.'), example: 'decision' }),
      title: text({ required: true, doc: t('Trích yếu.', 'Title.'), example: 'Phương án hỗ trợ xây dựng NTM giai đoạn 2020–2025' }),
      title_en: text({ doc: t('Trích yếu bằng tiếng Anh, bản dịch của title.', 'Title in English, the twin of title.'), example: '' }),
      url: text({ doc: t('Đường dẫn.', 'Link.'), example: '' }),
      note: text({ doc: t('Ghi chú.', 'Note.'), example: '' }),
      note_en: text({ doc: t('Ghi chú bằng tiếng Anh, bản dịch của note; trang tiếng Việt không hiện cột này.', 'Note in English, the twin of note; Vietnamese pages never show it.'), example: '' }),
    },
  },
  'unit-changes': {
    file: 'unit-changes.csv',
    required: false,
    title: t('Thay đổi đơn vị hành chính', 'Administrative changes'),
    doc: t(
      'Mỗi dòng là một thay đổi (sáp nhập, chia tách, đổi tên, đổi mã, chuyển cấp trên, giải thể), để người đọc tìm được đơn vị nay ở đâu. Mã có thể được dùng lại, nên đơn vị trước thay đổi là đơn vị giữ from_code vào ngày trước ngày hiệu lực.',
      'One row per change (merger, split, renaming, new code, transfer, abolition), so that a reader finds where a unit is today. Codes are reused, so the unit before a change is the one that held from_code on the day before the change took effect.',
    ),
    // Abolitions have no to_code; the lineage check keeps them to one per unit and day.
    key: ['effective', 'from_code', 'to_code'],
    columns: {
      effective: date({ required: true, doc: t('Ngày thay đổi có hiệu lực. Nếu không biết chính xác: ngày muộn nhất mà thay đổi chắc chắn đã có hiệu lực, kèm effective_not_before.', 'The day the change took effect. If it is not known exactly: the latest date by which it is known to be in effect, with effective_not_before.'), example: '2025-07-01' }),
      effective_not_before: date({ doc: t('Cột bổ sung, khi không biết chính xác ngày hiệu lực: ngày sớm nhất thay đổi có thể có hiệu lực. Thay đổi có hiệu lực trong khoảng từ ngày này đến effective.', 'Extra column, when the exact date is not known: the earliest date the change can have taken effect. It took effect between this date and effective.'), example: '' }),
      kind: code('changeKind', { required: true, doc: t('Loại thay đổi; chia tách ghi mỗi phần một dòng.', 'Kind of change; a split has one row per part.'), example: 'merge' }),
      from_code: text({ required: true, doc: t('Mã đơn vị trước thay đổi. Không cần có trong units.csv nếu là đơn vị do một thay đổi trước tạo ra.', 'Code of the unit before the change. Need not be in units.csv if an earlier change created that unit.'), example: '15721' }),
      from_name: text({ required: true, doc: t('Tên đơn vị trước thay đổi.', 'Name of the unit before the change.'), example: 'Đồng Lợi' }),
      to_code: text({ doc: t('Mã đơn vị sau thay đổi; bắt buộc, trừ khi giải thể.', 'Code of the unit after the change; required except for an abolition.'), example: '15724' }),
      to_name: text({ doc: t('Tên đơn vị sau thay đổi; bắt buộc, trừ khi giải thể.', 'Name of the unit after the change; required except for an abolition.'), example: 'Đồng Tiến' }),
      to_level: code('unitLevel', { doc: t('Cấp hành chính của đơn vị sau thay đổi.', 'Administrative level of the unit after the change.'), example: 'commune' }),
      to_parent_code: text({ doc: t('Mã đơn vị cấp trên của đơn vị sau thay đổi, ví dụ tỉnh.', 'Code of the unit it belongs to after the change, e.g. the province.'), example: '' }),
      to_parent_name: text({ doc: t('Tên đơn vị cấp trên đó.', 'Name of that unit.'), example: '' }),
      basis: text({ doc: t('Căn cứ pháp lý: mã văn bản trong documents.csv hoặc số văn bản.', 'Legal basis: a documents.csv id or a document number.'), example: '1686/NQ-UBTVQH15' }),
      note: text({ doc: t('Ghi chú (tiếng Việt).', 'Note (Vietnamese).'), example: '' }),
      note_en: text({ doc: t('Ghi chú bằng tiếng Anh, bản dịch của note.', 'Note in English, the twin of note.'), example: '' }),
    },
  },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof tables;
export const tableNames = Object.keys(tables) as TableName[];

/** A table's column names in contract order: the header of every CSV the site writes. */
export function columnsOf(name: TableName): string[] {
  return Object.keys(tables[name].columns);
}

/** A table's columns in contract order, each with its behaviour object. */
export function columnSpecs(name: TableName): [string, Column][] {
  return Object.entries(tables[name].columns as Record<string, Column>);
}
