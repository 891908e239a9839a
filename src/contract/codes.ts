// Enumerated code lists of the data contract (§2), with their labels.
// Codes are a public interface: never rename them.

export interface CodeLabel {
  vi: string;
  en: string;
}

function codeList<const C extends string>(labels: Record<C, CodeLabel>) {
  return { codes: Object.keys(labels) as C[], labels };
}

export const codeLists = {
  unitLevel: codeList({
    country: { vi: 'quốc gia', en: 'country' },
    province: { vi: 'tỉnh', en: 'province' },
    district: { vi: 'huyện', en: 'district' },
    commune: { vi: 'xã', en: 'commune' },
    township: { vi: 'thị trấn', en: 'township' },
    ward: { vi: 'phường', en: 'ward' },
    special_zone: { vi: 'đặc khu', en: 'special zone' },
    village: { vi: 'thôn/bản', en: 'village' },
  }),
  appliesTo: codeList({
    district: { vi: 'huyện', en: 'district' },
    commune: { vi: 'xã', en: 'commune' },
    village: { vi: 'thôn/bản', en: 'village' },
  }),
  standard: codeList({
    ntm: { vi: 'nông thôn mới', en: 'new rural' },
    advanced: { vi: 'nông thôn mới nâng cao', en: 'advanced new rural' },
    model: { vi: 'nông thôn mới kiểu mẫu', en: 'model new rural' },
  }),
  criterionStatus: codeList({
    met: { vi: 'đạt', en: 'met' },
    largely_met: { vi: 'cơ bản đạt', en: 'largely met' },
    not_met: { vi: 'chưa đạt', en: 'not met' },
  }),
  unitStatus: codeList({
    recognized: { vi: 'đã công nhận', en: 'recognised' },
    appraised: { vi: 'đã thẩm định đạt, chờ công nhận', en: 'appraised, awaiting recognition' },
    in_progress: { vi: 'đang xây dựng', en: 'in progress' },
    not_met: { vi: 'chưa đạt', en: 'not met' },
  }),
  statusKind: codeList({
    actual: { vi: 'thực tế', en: 'actual' },
    target: { vi: 'mục tiêu', en: 'target' },
  }),
  ocopLevel: codeList({
    district: { vi: 'cấp huyện', en: 'district' },
    province: { vi: 'cấp tỉnh', en: 'province' },
    national: { vi: 'cấp quốc gia', en: 'national' },
  }),
  ocopStatus: codeList({
    certified: { vi: 'đã công nhận', en: 'certified' },
    in_progress: { vi: 'đang hoàn thiện', en: 'in progress' },
    expired: { vi: 'hết hạn', en: 'expired' },
  }),
  fundingSource: codeList({
    central: { vi: 'ngân sách trung ương', en: 'central budget' },
    province: { vi: 'ngân sách tỉnh', en: 'provincial budget' },
    district: { vi: 'ngân sách huyện', en: 'district budget' },
    commune: { vi: 'ngân sách xã', en: 'commune budget' },
    people: { vi: 'dân đóng góp', en: 'people’s contributions' },
    enterprise: { vi: 'doanh nghiệp', en: 'enterprises' },
    credit: { vi: 'vốn tín dụng', en: 'credit' },
    other: { vi: 'nguồn khác', en: 'other' },
  }),
  documentType: codeList({
    resolution: { vi: 'nghị quyết', en: 'resolution' },
    decision: { vi: 'quyết định', en: 'decision' },
    plan: { vi: 'kế hoạch', en: 'plan' },
    conclusion: { vi: 'thông báo kết luận', en: 'conclusion' },
    official_letter: { vi: 'công văn', en: 'official letter' },
    report: { vi: 'báo cáo', en: 'report' },
    other: { vi: 'khác', en: 'other' },
  }),
  /** What happened to a unit in `unit-changes.csv`. */
  changeKind: codeList({
    merge: { vi: 'sáp nhập', en: 'merger' },
    split: { vi: 'chia tách', en: 'split' },
    rename: { vi: 'đổi tên', en: 'renaming' },
    recode: { vi: 'đổi mã', en: 'new code' },
    transfer: { vi: 'chuyển đơn vị cấp trên', en: 'transfer to another parent' },
    abolish: { vi: 'giải thể', en: 'abolition' },
  }),
} as const;

export type CodeListName = keyof typeof codeLists;
export type Code<L extends CodeListName> = (typeof codeLists)[L]['codes'][number];

export function codeLabel<L extends CodeListName>(list: L, code: Code<L>, lang: 'vi' | 'en'): string {
  return (codeLists[list].labels as Record<string, CodeLabel>)[code]?.[lang] ?? code;
}
