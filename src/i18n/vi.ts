// Vietnamese interface strings: the one dictionary for /.
export const vi = {
  'site.title': 'Nông thôn mới',
  'site.tagline': 'Số liệu công khai về Chương trình xây dựng nông thôn mới',
  'skip': 'Bỏ qua, đến nội dung chính',
  'nav.label': 'Điều hướng chính',
  'nav.overview': 'Tổng quan',
  'nav.units': 'Xã, thị trấn',
  'nav.criteria': 'Tiêu chí',
  'nav.ocop': 'OCOP',
  'nav.funding': 'Kinh phí',
  'nav.models': 'Mô hình sản xuất',
  'nav.documents': 'Văn bản',
  'nav.reports': 'Báo cáo',
  'nav.data': 'Dữ liệu mở',
  'nav.about': 'Giới thiệu',
  'nav.search': 'Tìm kiếm',
  'lang.switch': 'English',
  'lang.switchLabel': 'Xem trang này bằng tiếng Anh',
  'asOf': 'Số liệu đến ngày',
  'source': 'Nguồn',
  'footer.note': 'Số liệu lấy từ các tệp CSV do cơ quan điều phối cập nhật. Mọi con số đều dẫn nguồn và ngày số liệu.',
} as const;

export type UiKey = keyof typeof vi;
