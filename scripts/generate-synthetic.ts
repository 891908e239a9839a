// Writes a synthetic data set that follows the data contract, for scale tests:
//   node scripts/generate-synthetic.ts --units 600 --dates 4 --out DIR [--seed 1]
// `units` is the number of commune-level units (xã, thị trấn, phường); the
// set also has the root, districts (and provinces for large N) and some
// villages. Every table is filled; indicator values agree with the detail
// rows except a few deliberate mismatches, so the data-quality page has
// warnings to show. The same arguments always give the same bytes.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface GenerateOptions {
  units: number;
  dates: number;
  out: string;
  seed?: number;
}

export interface GenerateSummary {
  rows: Record<string, number>;
  communes: number;
  dates: string[];
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'Đồng', 'Hòa', 'Thọ', 'Xuân', 'Lộc', 'Minh', 'Tân', 'An', 'Bình', 'Phú', 'Hợp', 'Thành', 'Tiến', 'Thắng', 'Dân', 'Quyền',
  'Lợi', 'Khuyến', 'Nông', 'Vân', 'Sơn', 'Thái', 'Ngọc', 'Cường', 'Dân', 'Lý', 'Hưng', 'Thịnh', 'Vượng', 'Phúc', 'Đức', 'Quảng',
  'Yên', 'Hải', 'Giang', 'Kỳ', 'Ninh', 'Trường', 'Nghĩa', 'Châu', 'Long', 'Phong', 'Thủy', 'Liên', 'Mỹ', 'Hiệp', 'Khánh', 'Định',
];
const MODEL_TYPES = [
  'Sản xuất lúa chất lượng cao', 'Trồng rau an toàn', 'Nuôi bò sinh sản', 'Trồng dưa lưới trong nhà màng', 'Nuôi cá lồng',
  'Trồng cây ăn quả có múi', 'Chăn nuôi gà thả vườn', 'Trồng nấm', 'Trồng mía thâm canh', 'Sản xuất chè an toàn',
  'Trồng ngô sinh khối', 'Nuôi ong lấy mật', 'Trồng hoa, cây cảnh', 'Cánh đồng mẫu lớn', 'Trồng dược liệu',
];
const OCOP_KINDS = ['Chè', 'Gạo', 'Mật ong', 'Nước mắm', 'Bánh gai', 'Giò chả', 'Rượu', 'Nem chua', 'Tương', 'Miến', 'Dưa lưới', 'Cam'];
const OCOP_CATEGORIES = ['Thực phẩm', 'Đồ uống', 'Thảo dược', 'Thủ công mỹ nghệ', 'Dịch vụ du lịch nông thôn'];
const CRITERIA = [
  ['Quy hoạch', 'Planning', 'Quy hoạch', 'Planning'],
  ['Giao thông', 'Transport', 'Hạ tầng kinh tế - xã hội', 'Socio-economic infrastructure'],
  ['Thủy lợi', 'Irrigation', 'Hạ tầng kinh tế - xã hội', 'Socio-economic infrastructure'],
  ['Điện', 'Electricity', 'Hạ tầng kinh tế - xã hội', 'Socio-economic infrastructure'],
  ['Trường học', 'Schools', 'Hạ tầng kinh tế - xã hội', 'Socio-economic infrastructure'],
  ['Cơ sở vật chất văn hóa', 'Cultural facilities', 'Hạ tầng kinh tế - xã hội', 'Socio-economic infrastructure'],
  ['Cơ sở hạ tầng thương mại nông thôn', 'Rural trade infrastructure', 'Hạ tầng kinh tế - xã hội', 'Socio-economic infrastructure'],
  ['Thông tin và truyền thông', 'Information and communication', 'Hạ tầng kinh tế - xã hội', 'Socio-economic infrastructure'],
  ['Nhà ở dân cư', 'Housing', 'Hạ tầng kinh tế - xã hội', 'Socio-economic infrastructure'],
  ['Thu nhập', 'Income', 'Kinh tế và tổ chức sản xuất', 'Economy and production'],
  ['Hộ nghèo', 'Poor households', 'Kinh tế và tổ chức sản xuất', 'Economy and production'],
  ['Lao động có việc làm', 'Employment', 'Kinh tế và tổ chức sản xuất', 'Economy and production'],
  ['Tổ chức sản xuất', 'Organisation of production', 'Kinh tế và tổ chức sản xuất', 'Economy and production'],
  ['Giáo dục và đào tạo', 'Education and training', 'Văn hóa - xã hội - môi trường', 'Culture, society, environment'],
  ['Y tế', 'Health', 'Văn hóa - xã hội - môi trường', 'Culture, society, environment'],
  ['Văn hóa', 'Culture', 'Văn hóa - xã hội - môi trường', 'Culture, society, environment'],
  ['Môi trường và an toàn thực phẩm', 'Environment and food safety', 'Văn hóa - xã hội - môi trường', 'Culture, society, environment'],
  ['Hệ thống chính trị và tiếp cận pháp luật', 'Political system and access to law', 'Hệ thống chính trị', 'Political system'],
  ['Quốc phòng và an ninh', 'Defence and security', 'Hệ thống chính trị', 'Political system'],
] as const;
const SIZE = CRITERIA.length;
const VILLAGE_CRITERIA = ['Quy hoạch và hạ tầng', 'Sản xuất - thu nhập', 'Văn hóa - giáo dục - y tế', 'Môi trường', 'An ninh trật tự'];

/** Buffered, synchronous CSV writer: constant memory for millions of rows. */
class CsvWriter {
  private fd: number;
  private buffer: string[] = [];
  private size = 0;
  private delimiter: string;
  rows = 0;
  constructor(path: string, header: string[], delimiter = ',') {
    this.delimiter = delimiter;
    this.fd = openSync(path, 'w');
    this.buffer.push(header.join(delimiter) + '\n');
  }
  row(cells: (string | number | undefined)[]): void {
    let line = '';
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      const s = c === undefined ? '' : String(c);
      if (i > 0) line += this.delimiter;
      line += /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    }
    line += '\n';
    this.buffer.push(line);
    this.size += line.length;
    this.rows++;
    if (this.size > 1 << 20) this.flush();
  }
  private flush(): void {
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }
  close(): number {
    this.flush();
    closeSync(this.fd);
    return this.rows;
  }
}

/** Quarter ends, the last one 2021-09-30, oldest first. */
function quarterEnds(count: number): string[] {
  const out: string[] = [];
  let year = 2021;
  let q = 3;
  for (let i = 0; i < count; i++) {
    const month = q * 3;
    const day = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]!;
    out.unshift(`${year}-${String(month).padStart(2, '0')}-${day}`);
    if (--q === 0) {
      q = 4;
      year--;
    }
  }
  return out;
}

const dmy = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
};

/** Rounds half away from zero, as the checks do. */
const round1 = (x: number) => Math.round(x * 10 + 1e-9) / 10;

interface GenUnit {
  code: string;
  name: string;
  level: 'province' | 'district' | 'commune' | 'township' | 'ward' | 'village';
  parent?: string;
  districtIndex: number;
}

export function generate(options: GenerateOptions): GenerateSummary {
  const n = Math.max(1, Math.floor(options.units));
  const dates = quarterEnds(Math.max(1, Math.floor(options.dates)));
  const last = dates.at(-1)!;
  const rand = mulberry32(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const name2 = () => {
    const a = pick(SYLLABLES);
    let b = pick(SYLLABLES);
    while (b === a) b = pick(SYLLABLES);
    return `${a} ${b}`;
  };
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  const rows: Record<string, number> = {};

  // Units: root → (provinces) → districts → communes → a few villages.
  const units: GenUnit[] = [];
  const perDistrict = 20;
  const districtCount = n <= 40 ? 0 : Math.ceil(n / perDistrict);
  const provinceCount = n > 2000 ? Math.ceil(n / 160) : 0;
  const rootLevel = districtCount === 0 ? 'district' : 'province';
  const rootName = n > 2000 ? 'Việt Nam' : districtCount === 0 ? `huyện ${name2()}` : `tỉnh ${name2()}`;
  units.push({ code: rootLevel === 'district' ? '900' : '90', name: rootName, level: rootLevel, districtIndex: -1 });
  const provinces: GenUnit[] = [];
  for (let p = 0; p < provinceCount; p++) {
    const u: GenUnit = { code: `T${String(p + 1).padStart(2, '0')}`, name: `Tỉnh ${name2()}`, level: 'province', parent: units[0]!.code, districtIndex: -1 };
    provinces.push(u);
    units.push(u);
  }
  const districts: GenUnit[] = [];
  for (let d = 0; d < districtCount; d++) {
    const parent = provinceCount > 0 ? provinces[Math.floor((d * provinceCount) / districtCount)]!.code : units[0]!.code;
    const u: GenUnit = { code: String(100 + d).padStart(3, '0'), name: `Huyện ${name2()}`, level: 'district', parent, districtIndex: d };
    districts.push(u);
    units.push(u);
  }
  const communes: GenUnit[] = [];
  for (let i = 0; i < n; i++) {
    const d = districtCount === 0 ? -1 : Math.floor((i * districtCount) / n);
    const r = rand();
    const level = r < 0.08 ? 'township' : r < 0.1 ? 'ward' : 'commune';
    const prefix = level === 'township' ? 'Thị trấn ' : level === 'ward' ? 'Phường ' : '';
    // Five digits with leading zeros, as GSO codes are: they must survive as text.
    const u: GenUnit = { code: String(i + 4).padStart(5, '0'), name: prefix + name2(), level, parent: d < 0 ? units[0]!.code : districts[d]!.code, districtIndex: d };
    communes.push(u);
    units.push(u);
  }
  const villages: GenUnit[] = [];
  for (let i = 0; i < n; i += 25) {
    for (let k = 1; k <= 2; k++) {
      const c = communes[i]!;
      const u: GenUnit = { code: `${c.code}-t${k}`, name: `Thôn ${pick(SYLLABLES)} ${k}`, level: 'village', parent: c.code, districtIndex: c.districtIndex };
      villages.push(u);
      units.push(u);
    }
  }
  {
    const w = new CsvWriter(join(out, 'units.csv'), ['code', 'name', 'level', 'parent_code', 'successor_code', 'successor_name', 'successor_from', 'aliases', 'note']);
    units.forEach((u, i) => {
      let successor: GenUnit | undefined;
      if ((u.level === 'commune' || u.level === 'township') && i % 17 === 5) successor = communes[Math.max(0, communes.indexOf(u) - 1)];
      const alias = u.level === 'commune' && i % 97 === 3 ? u.name.replace('Hòa', 'Hoà').replace('Thủy', 'Thuỷ') + ' | ' + u.name.split(' ')[0] : undefined;
      w.row([
        u.code,
        u.name,
        u.level,
        u.parent,
        successor?.code,
        successor?.name,
        successor ? '2025-07-01' : undefined,
        alias,
        i === 1 ? 'Số liệu tổng hợp, không phải số liệu thật / Synthetic figures, not real ones' : undefined,
      ]);
    });
    rows.units = w.close();
  }

  // Documents: one report per date, plans and decisions, one decision per district (capped).
  const docs: { id: string; number: string; date: string; issuer: string; type: string; title: string; url?: string }[] = [];
  const issuer = `UBND ${rootName}`;
  dates.forEach((d, i) => docs.push({ id: `bc-${d}`, number: `${100 + i}/BC-UBND`, date: d, issuer, type: 'report', title: `Báo cáo kết quả xây dựng nông thôn mới đến ngày ${dmy(d)}` }));
  docs.push(
    { id: 'nq-01', number: '01/NQ-HĐND', date: '2019-12-20', issuer: `HĐND ${rootName}`, type: 'resolution', title: 'Nghị quyết về chính sách hỗ trợ xây dựng nông thôn mới' },
    { id: 'kh-02', number: '02/KH-UBND', date: '2020-01-10', issuer, type: 'plan', title: 'Kế hoạch xây dựng nông thôn mới giai đoạn 2020–2025' },
    { id: 'qd-207', number: '207/QĐ-UBND', date: '2020-01-21', issuer, type: 'decision', title: 'Phương án hỗ trợ kinh phí xây dựng nông thôn mới' },
    { id: 'kl-03', number: '03-KL/TU', date: '2020-03-02', issuer: 'Tỉnh ủy', type: 'conclusion', title: 'Kết luận về đẩy mạnh xây dựng nông thôn mới' },
    { id: 'cv-04', number: '04/UBND-NN', date: '2020-05-05', issuer, type: 'official_letter', title: 'Công văn đôn đốc hoàn thiện hồ sơ xã đạt chuẩn', url: 'https://example.gov.vn/van-ban/cv-04' },
    { id: 'khac-05', number: 'Số 05', date: '2020-06-01', issuer: 'Văn phòng Điều phối NTM', type: 'other', title: 'Sổ tay hướng dẫn đánh giá tiêu chí' },
  );
  districts.slice(0, 60).forEach((d, i) =>
    docs.push({ id: `qd-cong-nhan-${d.code}`, number: `${300 + i}/QĐ-UBND`, date: '2021-06-15', issuer, type: 'decision', title: `Quyết định công nhận xã đạt chuẩn NTM thuộc ${d.name}` }),
  );
  {
    const w = new CsvWriter(join(out, 'documents.csv'), ['id', 'number', 'date', 'issuer', 'type', 'title', 'url', 'note']);
    // DD/MM/YYYY here, ISO elsewhere: both are in the contract.
    for (const d of docs) w.row([d.id, d.number, d.date.split('-').reverse().join('/'), d.issuer, d.type, d.title, d.url, undefined]);
    rows.documents = w.close();
  }

  // Criteria sets: one with no itemised criteria (district), one partly itemised.
  {
    const w = new CsvWriter(join(out, 'criteria-sets.csv'), ['id', 'applies_to', 'standard', 'name_vi', 'name_en', 'size', 'basis', 'valid_from', 'valid_to']);
    w.row(['xa-ntm-2016', 'commune', 'ntm', 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020', 'National new-rural commune criteria 2016–2020', SIZE, '1980/QĐ-TTg', '2016-10-17', '2021-12-31']);
    w.row(['xa-nang-cao-2018', 'commune', 'advanced', 'Bộ tiêu chí xã nông thôn mới nâng cao', 'Advanced new-rural commune criteria', SIZE, '691/QĐ-TTg', '2018-06-05', undefined]);
    w.row(['huyen-ntm-2016', 'district', 'ntm', 'Bộ tiêu chí huyện nông thôn mới', 'New-rural district criteria', 9, '558/QĐ-TTg', '2016-04-05', undefined]);
    w.row(['thon-kieu-mau', 'village', 'model', 'Bộ tiêu chí thôn nông thôn mới kiểu mẫu', 'Model new-rural village criteria', 8, undefined, '2019-01-01', undefined]);
    rows['criteria-sets'] = w.close();
  }
  {
    const w = new CsvWriter(join(out, 'criteria.csv'), ['set', 'number', 'name_vi', 'name_en', 'group_vi', 'group_en', 'note']);
    CRITERIA.forEach(([vi, en, gvi, gen], i) => w.row(['xa-ntm-2016', i + 1, vi, en, gvi, gen, undefined]));
    CRITERIA.forEach(([vi, en, gvi, gen], i) => w.row(['xa-nang-cao-2018', i + 1, `${vi} (nâng cao)`, `${en} (advanced)`, gvi, gen, undefined]));
    // 5 of the village set's 8 criteria are listed.
    VILLAGE_CRITERIA.forEach((vi, i) => w.row(['thon-kieu-mau', i + 1, vi, undefined, undefined, undefined, i === 0 ? '- đã rút gọn' : undefined]));
    rows.criteria = w.close();
  }

  // Criteria status: each commune's count of met criteria grows over time;
  // the unit standing follows from it.
  const metCountAt: number[][] = []; // [commune][date]
  const metTotalAt = dates.map(() => 0);
  const recognizedAt = dates.map(() => 0);
  const advancedRecognizedAt = dates.map(() => 0);
  const advancedCandidates = new Set<number>();
  {
    const w = new CsvWriter(join(out, 'criteria-status.csv'), ['as_of', 'unit_code', 'set', 'number', 'status', 'source', 'note']);
    communes.forEach((c, ci) => {
      let met = int(9, SIZE);
      const offset = int(0, SIZE - 1);
      const counts: number[] = [];
      dates.forEach((d, di) => {
        if (di > 0) met = Math.min(SIZE, met + int(0, 2));
        counts.push(met);
        metTotalAt[di]! += met;
        const source = `bc-${d}`;
        for (let k = 1; k <= SIZE; k++) {
          const rank = (k + offset) % SIZE;
          const status = rank < met ? 'met' : rank === met ? 'largely_met' : 'not_met';
          w.row([d, c.code, 'xa-ntm-2016', k, status, source, undefined]);
        }
      });
      metCountAt.push(counts);
      if (ci % 10 === 3) advancedCandidates.add(ci);
    });
    // Advanced criteria at the latest date, for the candidates only.
    for (const ci of advancedCandidates) {
      const c = communes[ci]!;
      const adv = int(12, SIZE);
      for (let k = 1; k <= SIZE; k++) w.row([last, c.code, 'xa-nang-cao-2018', k, k <= adv ? 'met' : 'not_met', `bc-${last}`, undefined]);
    }
    for (const v of villages) for (let k = 1; k <= VILLAGE_CRITERIA.length; k++) w.row([last, v.code, 'thon-kieu-mau', k, pick(['met', 'met', 'largely_met', 'not_met']), undefined, undefined]);
    rows['criteria-status'] = w.close();
  }

  {
    const w = new CsvWriter(join(out, 'unit-status.csv'), ['as_of', 'unit_code', 'standard', 'status', 'kind', 'decision', 'source', 'note']);
    communes.forEach((c, ci) => {
      const counts = metCountAt[ci]!;
      dates.forEach((d, di) => {
        const met = counts[di]!;
        const before = di === 0 ? ci % 3 !== 0 : counts[di - 1] === SIZE;
        const status = met === SIZE ? (before ? 'recognized' : 'appraised') : met >= 15 ? 'in_progress' : 'not_met';
        if (status === 'recognized') recognizedAt[di]!++;
        const decision = status === 'recognized' ? `${1000 + ci}/QĐ-UBND` : undefined;
        w.row([d, c.code, 'ntm', status, di % 2 === 0 ? 'actual' : undefined, decision, `bc-${d}`, undefined]);
        if (advancedCandidates.has(ci) && status === 'recognized') {
          const adv = di === dates.length - 1 && ci % 20 === 3 ? 'recognized' : 'in_progress';
          if (adv === 'recognized') advancedRecognizedAt[di]!++;
          w.row([d, c.code, 'advanced', adv, 'actual', undefined, `bc-${d}`, undefined]);
        }
      });
      if (metCountAt[ci]!.at(-1)! < SIZE && ci % 5 === 0) w.row(['2025-12-31', c.code, 'ntm', 'recognized', 'target', undefined, 'kh-02', undefined]);
    });
    for (const d of districts) {
      w.row([last, d.code, 'ntm', 'in_progress', 'actual', undefined, `bc-${last}`, undefined]);
      w.row(['2025-12-31', d.code, 'ntm', 'recognized', 'target', undefined, 'kh-02', undefined]);
    }
    villages.forEach((v, i) => w.row([last, v.code, 'model', 'in_progress', 'actual', undefined, undefined, i === 0 ? '=thôn điểm' : undefined]));
    rows['unit-status'] = w.close();
  }

  // OCOP products, and how many count as certified at each date (contract rule).
  interface Product { certified_on?: string; expires_on?: string; status: string }
  const products: Product[] = [];
  {
    const w = new CsvWriter(join(out, 'ocop-products.csv'), ['id', 'name', 'producer', 'unit_code', 'category', 'stars', 'level', 'status', 'certified_on', 'expires_on', 'decision', 'note']);
    const count = Math.max(3, Math.round(n / 8));
    for (let i = 0; i < count; i++) {
      const c = communes[Math.floor(rand() * communes.length)]!;
      const stars = int(3, 5);
      const r = rand();
      const p: Product =
        r < 0.1
          ? { status: 'in_progress' }
          : r < 0.2
            ? { status: 'expired', certified_on: '2018-03-01', expires_on: dates[Math.floor(dates.length / 2)] }
            : { status: 'certified', certified_on: `${int(2019, 2021)}-${String(int(1, 9)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}` };
      if (p.certified_on && p.certified_on > last) p.certified_on = last;
      products.push(p);
      const name = `${pick(OCOP_KINDS)} ${c.name.replace(/^(Thị trấn|Phường) /, '')}`;
      w.row([
        `ocop-${i + 1}`,
        name,
        `HTX ${pick(SYLLABLES)} ${pick(SYLLABLES)}`,
        c.code,
        pick(OCOP_CATEGORIES),
        p.status === 'in_progress' ? undefined : stars,
        p.status === 'in_progress' ? undefined : stars === 5 ? 'national' : stars === 4 ? 'province' : 'district',
        p.status,
        p.certified_on ? dmy(p.certified_on) : undefined,
        p.expires_on,
        p.certified_on ? `${500 + i}/QĐ-UBND` : undefined,
        undefined,
      ]);
    }
    rows['ocop-products'] = w.close();
  }
  const ocopAt = dates.map(
    (d) => products.filter((p) => p.status !== 'in_progress' && (p.certified_on ? p.certified_on <= d : p.status === 'certified') && !(p.expires_on && p.expires_on <= d)).length,
  );

  // Funding: per year and source a top-level line; district lines below it;
  // commune lines below those for the district budget of the latest year.
  const topTotals = new Map<string, number>();
  const communeFundingIds: string[] = [];
  {
    const w = new CsvWriter(join(out, 'funding.csv'), [
      'id', 'parent_id', 'year', 'source', 'basis', 'item', 'unit_code', 'quantity', 'quantity_unit', 'unit_amount', 'amount', 'commitment', 'share_percent', 'note',
    ]);
    const groups = districtCount > 0 ? districts.map((d) => ({ unit: d, members: communes.filter((c) => c.districtIndex === d.districtIndex) })) : [{ unit: units[0]!, members: communes }];
    const sourceName: Record<string, string> = { central: 'ngân sách Trung ương', province: 'ngân sách tỉnh', district: 'ngân sách huyện', people: 'nhân dân đóng góp' };
    let mismatchLeft = 1;
    for (const year of [2020, 2021]) {
      for (const source of ['central', 'province', 'district', 'people']) {
        const topId = `${source}-${year}`;
        const detailed = source === 'district' && year === 2021;
        const lines: (string | number | undefined)[][] = [];
        let topSum = 0;
        let topQty = 0;
        for (const g of groups) {
          const gid = `${topId}-${g.unit.code}`;
          let amount = 0;
          if (detailed) {
            for (const c of g.members) {
              const id = `${gid}-${c.code}`;
              const unitAmount = 50 * int(4, 20);
              lines.push([id, gid, year, source, '207/QĐ-UBND', `Hỗ trợ xã ${c.name}`, c.code, 1, 'xã', unitAmount, unitAmount, undefined, undefined, undefined]);
              communeFundingIds.push(id);
              amount += unitAmount;
            }
            const stated = mismatchLeft-- > 0 ? amount + 100 : amount;
            lines.push([gid, topId, year, source, '207/QĐ-UBND', `Hỗ trợ các xã thuộc ${g.unit.name}`, g.unit.code, g.members.length, 'xã', undefined, stated, undefined, undefined, undefined]);
            topSum += stated;
            topQty += g.members.length;
          } else {
            amount = 100 * int(5, 50);
            lines.push([gid, topId, year, source, undefined, `Vốn ${sourceName[source]} cho ${g.unit.name}`, g.unit.code, undefined, undefined, undefined, amount, undefined, undefined, undefined]);
            topSum += amount;
          }
        }
        // Central lines state a 4-year commitment of which this year is 25%.
        const central = source === 'central';
        w.row([topId, undefined, year, source, source === 'district' ? '207/QĐ-UBND' : undefined, `Vốn ${sourceName[source]} năm ${year}`, undefined, detailed ? topQty : undefined, detailed ? 'xã' : undefined, undefined, topSum, central ? topSum * 4 : undefined, central ? '25%' : undefined, undefined]);
        for (const l of lines) w.row(l);
        topTotals.set(`${source}:${year}`, topSum);
      }
    }
    rows.funding = w.close();
  }

  {
    const w = new CsvWriter(join(out, 'production-models.csv'), ['id', 'name', 'unit_code', 'area_ha', 'standard', 'year', 'funding_id', 'note'], ';');
    const count = Math.max(2, Math.round(n / 12));
    for (let i = 0; i < count; i++) {
      const ci = Math.floor(rand() * communes.length);
      const c = communes[ci]!;
      const type = pick(MODEL_TYPES);
      const name = i % 2 === 0 || c.districtIndex < 0 ? type : `${type} ${districts[c.districtIndex]!.name.replace('Huyện ', '')}`;
      const fundingId = i % 3 === 0 ? communeFundingIds[i % Math.max(1, communeFundingIds.length)] : undefined;
      w.row([`mh-${i + 1}`, name, c.code, `${int(2, 120)},${int(0, 9)}`, pick(['VietGAP', 'GlobalGAP', 'Hữu cơ', undefined]), int(2019, 2021), fundingId, undefined]);
    }
    rows['production-models'] = w.close();
  }

  // Indicators: all four computed_from forms, plus plain ones.
  const communeCount = communes.length;
  const indicatorDefs: [string, string, string, string, string, string | undefined][] = [
    ['xa-dat-ntm', 'Số xã đạt chuẩn nông thôn mới', 'Communes recognised as new rural', 'xã', 'communes', 'units_recognized:ntm'],
    ['xa-dat-nang-cao', 'Số xã đạt chuẩn NTM nâng cao', 'Communes recognised as advanced', 'xã', 'communes', 'units_recognized:advanced'],
    ['tieu-chi-xa-dat', 'Tổng số tiêu chí xã đã đạt', 'Commune criteria met, all communes', 'tiêu chí', 'criteria', 'criteria_met:xa-ntm-2016'],
    ['san-pham-ocop', 'Số sản phẩm OCOP được công nhận', 'Certified OCOP products', 'sản phẩm', 'products', 'ocop_certified'],
    ['von-tw-2021', 'Vốn ngân sách Trung ương năm 2021', 'Central budget 2021', 'triệu đồng', 'million VND', 'funding_amount:central:2021'],
    ['von-huyen-2021', 'Vốn ngân sách huyện năm 2021', 'District budget 2021', 'triệu đồng', 'million VND', 'funding_amount:district:2021'],
    ['von-dan-2020', 'Nhân dân đóng góp năm 2020', 'People’s contributions 2020', 'triệu đồng', 'million VND', 'funding_amount:people:2020'],
    ['thu-nhap-binh-quan', 'Thu nhập bình quân đầu người', 'Income per person', 'triệu đồng/người/năm', 'million VND per person per year', undefined],
    ['ty-le-ho-ngheo', 'Tỷ lệ hộ nghèo', 'Poor households', '%', '%', undefined],
  ];
  {
    const w = new CsvWriter(join(out, 'indicators.csv'), ['id', 'name_vi', 'name_en', 'unit_vi', 'unit_en', 'description_vi', 'description_en', 'computed_from']);
    for (const [id, vi, en, uvi, uen, cf] of indicatorDefs) w.row([id, vi, en, uvi, uen, cf ? `Tính lại được từ dữ liệu chi tiết (${cf}).` : undefined, undefined, cf]);
    rows.indicators = w.close();
  }
  {
    const w = new CsvWriter(join(out, 'indicator-values.csv'), ['indicator', 'as_of', 'kind', 'value', 'denominator', 'reported_percent', 'source', 'note']);
    const pct = (v: number, den: number) => round1((v / den) * 100).toFixed(1);
    dates.forEach((d, di) => {
      const src = `bc-${d}`;
      // Deliberate mismatches: the latest count is off by one; the first
      // date's percentage is misprinted.
      const recognised = recognizedAt[di]! + (di === dates.length - 1 ? 1 : 0);
      const printed = di === 0 ? (round1((recognised / communeCount) * 100) + 0.3).toFixed(1) : pct(recognised, communeCount);
      w.row(['xa-dat-ntm', d, 'actual', recognised, communeCount, printed, src, undefined]);
      w.row(['xa-dat-nang-cao', d, 'actual', advancedRecognizedAt[di], undefined, undefined, src, undefined]);
      w.row(['tieu-chi-xa-dat', d, 'actual', metTotalAt[di], communeCount * SIZE, pct(metTotalAt[di]!, communeCount * SIZE), src, undefined]);
      w.row(['san-pham-ocop', d, 'actual', ocopAt[di], undefined, undefined, src, undefined]);
      w.row(['thu-nhap-binh-quan', d, 'actual', (38 + di * 1.5 + rand()).toFixed(1).replace('.', ','), undefined, undefined, src, undefined]);
      w.row(['ty-le-ho-ngheo', d, 'actual', Math.max(0.5, 4 - di * 0.4).toFixed(2), undefined, undefined, src, undefined]);
    });
    w.row(['von-tw-2021', last, 'actual', topTotals.get('central:2021'), undefined, undefined, `bc-${last}`, undefined]);
    w.row(['von-huyen-2021', last, 'actual', topTotals.get('district:2021'), undefined, undefined, `bc-${last}`, 'Cộng các dòng cấp huyện']);
    w.row(['von-dan-2020', dates[0], 'actual', topTotals.get('people:2020')! + 500, undefined, undefined, `bc-${dates[0]}`, 'Số báo cáo khác số chi tiết']);
    w.row(['xa-dat-ntm', '2025-12-31', 'target', Math.ceil(communeCount * 0.9), communeCount, undefined, 'kh-02', undefined]);
    w.row(['san-pham-ocop', '2025-12-31', 'target', Math.ceil(products.length * 1.5), undefined, undefined, 'kh-02', undefined]);
    w.row(['ty-le-ho-ngheo', '2025-12-31', 'target', '1,5', undefined, undefined, 'kh-02', undefined]);
    rows['indicator-values'] = w.close();
  }

  return { rows, communes: communeCount, dates };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { units: { type: 'string', default: '600' }, dates: { type: 'string', default: '4' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
  });
  if (!values.out) throw new Error('usage: node scripts/generate-synthetic.ts --units 600 --dates 4 --out DIR [--seed 1]');
  const started = performance.now();
  const summary = generate({ units: Number(values.units), dates: Number(values.dates), out: values.out, seed: Number(values.seed) });
  const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
  console.log(`${values.out}: ${summary.communes} communes, ${summary.dates.length} dates, ${total} rows in ${Math.round(performance.now() - started)} ms`);
  for (const [t, r] of Object.entries(summary.rows)) console.log(`  ${t}: ${r}`);
}
