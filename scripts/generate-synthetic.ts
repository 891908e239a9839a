// Writes a synthetic data set that follows the data contract, for scale tests:
//   node scripts/generate-synthetic.ts --units 600 --dates 4 --out DIR [--seed 1]
// `units` is the number of commune-level units (xã, thị trấn, phường); the
// set also has the root, districts (and provinces for large N) and some
// villages. Every table is filled; indicator values agree with the detail
// rows except a few deliberate mismatches, so the data-quality page has
// warnings to show. unit-changes.csv holds a 2023–2025 reorganisation like
// the real one (about three communes into one; see planChanges). The same
// arguments always give the same bytes.
//
// One function per table yields its rows as cells keyed by column name; the
// header comes from the contract and the shared CSV writer writes the file.
// Tables are written in the order of TABLES, and a table's rows may read what
// the tables before it recorded in the World (and draw from its random
// numbers in that order, which keeps the output stable).
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { columnsOf, tables, type TableName } from '../src/contract/tables.ts';
import { ocopCertifiedAt } from '../src/contract/rules.ts';
import type { Code } from '../src/contract/codes.ts';
import { roundHalfAway } from '../src/lib/round.ts';
import { CsvWriter, type CsvDialect } from '../src/publish/csv.ts';

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

/** A row as staff might type it: cells by column name, some in Vietnamese forms (`12,3`, `30/9/2021`, `25%`). */
export type Cells<T extends TableName> = { [C in keyof (typeof tables)[T]['columns']]?: string | number };

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

const round1 = (x: number) => roundHalfAway(x, 1);

interface GenUnit {
  code: string;
  name: string;
  level: Code<'unitLevel'>;
  parent?: string;
  districtIndex: number;
}

interface Product {
  certified_on?: string;
  expires_on?: string;
  status: Code<'ocopStatus'>;
}

/** The generated place, its random numbers, and what each table records for the ones after it. */
interface World {
  n: number;
  dates: string[];
  last: string;
  rand: () => number;
  pick: <T>(list: readonly T[]) => T;
  int: (lo: number, hi: number) => number;
  rootName: string;
  units: GenUnit[];
  provinces: GenUnit[];
  districts: GenUnit[];
  communes: GenUnit[];
  villages: GenUnit[];
  // Recorded by criteria-status, read by unit-status and indicator-values.
  metCountAt: number[][];
  metTotalAt: number[];
  advancedCandidates: Set<number>;
  // Recorded by unit-status.
  recognizedAt: number[];
  advancedRecognizedAt: number[];
  // Recorded by ocop-products, funding.
  products: Product[];
  topTotals: Map<string, number>;
  communeFundingIds: string[];
  // Planned before units.csv, whose successor_* shorthand must agree with it.
  changes?: ChangePlan;
}

function makeWorld(n: number, dates: string[], rand: () => number): World {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const name2 = () => {
    const a = pick(SYLLABLES);
    let b = pick(SYLLABLES);
    while (b === a) b = pick(SYLLABLES);
    return `${a} ${b}`;
  };
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
  return {
    n,
    dates,
    last: dates.at(-1)!,
    rand,
    pick,
    int,
    rootName,
    units,
    provinces,
    districts,
    communes,
    villages,
    metCountAt: [],
    metTotalAt: dates.map(() => 0),
    advancedCandidates: new Set(),
    recognizedAt: dates.map(() => 0),
    advancedRecognizedAt: dates.map(() => 0),
    products: [],
    topTotals: new Map(),
    communeFundingIds: [],
  };
}

function* unitRows(w: World): Generator<Cells<'units'>> {
  const plan = planChanges(w);
  for (const [i, u] of w.units.entries()) {
    // The shorthand for some of the units merged directly in 2025, as the table has it.
    const successor = i % 17 === 5 ? plan.directSuccessor.get(u.code) : undefined;
    const alias = u.level === 'commune' && i % 97 === 3 ? u.name.replace('Hòa', 'Hoà').replace('Thủy', 'Thuỷ') + ' | ' + u.name.split(' ')[0] : undefined;
    yield {
      code: u.code,
      name: u.name,
      level: u.level,
      parent_code: u.parent,
      successor_code: successor?.code,
      successor_name: successor?.name,
      successor_from: successor ? '2025-07-01' : undefined,
      aliases: alias,
      note: i === 1 ? 'Số liệu tổng hợp, không phải số liệu thật / Synthetic figures, not real ones' : undefined,
    };
  }
}

/** One report per date, plans and decisions, one decision per district (capped). */
function* documentRows(w: World): Generator<Cells<'documents'>> {
  const issuer = `UBND ${w.rootName}`;
  const docs: Cells<'documents'>[] = w.dates.map((d, i) => ({
    id: `bc-${d}`,
    number: `${100 + i}/BC-UBND`,
    date: d,
    issuer,
    type: 'report',
    title: `Báo cáo kết quả xây dựng nông thôn mới đến ngày ${dmy(d)}`,
  }));
  docs.push(
    { id: 'nq-01', number: '01/NQ-HĐND', date: '2019-12-20', issuer: `HĐND ${w.rootName}`, type: 'resolution', title: 'Nghị quyết về chính sách hỗ trợ xây dựng nông thôn mới' },
    { id: 'kh-02', number: '02/KH-UBND', date: '2020-01-10', issuer, type: 'plan', title: 'Kế hoạch xây dựng nông thôn mới giai đoạn 2020–2025' },
    { id: 'qd-207', number: '207/QĐ-UBND', date: '2020-01-21', issuer, type: 'decision', title: 'Phương án hỗ trợ kinh phí xây dựng nông thôn mới' },
    { id: 'kl-03', number: '03-KL/TU', date: '2020-03-02', issuer: 'Tỉnh ủy', type: 'conclusion', title: 'Kết luận về đẩy mạnh xây dựng nông thôn mới' },
    { id: 'cv-04', number: '04/UBND-NN', date: '2020-05-05', issuer, type: 'official_letter', title: 'Công văn đôn đốc hoàn thiện hồ sơ xã đạt chuẩn', url: 'https://example.gov.vn/van-ban/cv-04' },
    { id: 'khac-05', number: 'Số 05', date: '2020-06-01', issuer: 'Văn phòng Điều phối NTM', type: 'other', title: 'Sổ tay hướng dẫn đánh giá tiêu chí' },
  );
  w.districts.slice(0, 60).forEach((d, i) =>
    docs.push({ id: `qd-cong-nhan-${d.code}`, number: `${300 + i}/QĐ-UBND`, date: '2021-06-15', issuer, type: 'decision', title: `Quyết định công nhận xã đạt chuẩn NTM thuộc ${d.name}` }),
  );
  // DD/MM/YYYY here, ISO elsewhere: both are in the contract.
  for (const d of docs) yield { ...d, date: String(d.date).split('-').reverse().join('/') };
}

/** One set with no itemised criteria (district), one partly itemised (village). */
function* criteriaSetRows(): Generator<Cells<'criteria-sets'>> {
  yield { id: 'xa-ntm-2016', applies_to: 'commune', standard: 'ntm', name_vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020', name_en: 'National new-rural commune criteria 2016–2020', size: SIZE, basis: '1980/QĐ-TTg', valid_from: '2016-10-17', valid_to: '2021-12-31' };
  yield { id: 'xa-nang-cao-2018', applies_to: 'commune', standard: 'advanced', name_vi: 'Bộ tiêu chí xã nông thôn mới nâng cao', name_en: 'Advanced new-rural commune criteria', size: SIZE, basis: '691/QĐ-TTg', valid_from: '2018-06-05' };
  yield { id: 'huyen-ntm-2016', applies_to: 'district', standard: 'ntm', name_vi: 'Bộ tiêu chí huyện nông thôn mới', name_en: 'New-rural district criteria', size: 9, basis: '558/QĐ-TTg', valid_from: '2016-04-05' };
  yield { id: 'thon-kieu-mau', applies_to: 'village', standard: 'model', name_vi: 'Bộ tiêu chí thôn nông thôn mới kiểu mẫu', name_en: 'Model new-rural village criteria', size: 8, valid_from: '2019-01-01' };
}

function* criterionRows(): Generator<Cells<'criteria'>> {
  for (const [i, [vi, en, gvi, gen]] of CRITERIA.entries()) yield { set: 'xa-ntm-2016', number: i + 1, name_vi: vi, name_en: en, group_vi: gvi, group_en: gen };
  for (const [i, [vi, en, gvi, gen]] of CRITERIA.entries()) yield { set: 'xa-nang-cao-2018', number: i + 1, name_vi: `${vi} (nâng cao)`, name_en: `${en} (advanced)`, group_vi: gvi, group_en: gen };
  // 5 of the village set's 8 criteria are listed.
  for (const [i, vi] of VILLAGE_CRITERIA.entries()) yield { set: 'thon-kieu-mau', number: i + 1, name_vi: vi, note: i === 0 ? '- đã rút gọn' : undefined };
}

/** Each commune's count of met criteria grows over time; the unit standing follows from it. */
function* criterionStatusRows(w: World): Generator<Cells<'criteria-status'>> {
  for (const [ci, c] of w.communes.entries()) {
    let met = w.int(9, SIZE);
    const offset = w.int(0, SIZE - 1);
    const counts: number[] = [];
    for (const [di, d] of w.dates.entries()) {
      if (di > 0) met = Math.min(SIZE, met + w.int(0, 2));
      counts.push(met);
      w.metTotalAt[di]! += met;
      for (let k = 1; k <= SIZE; k++) {
        const rank = (k + offset) % SIZE;
        yield { as_of: d, unit_code: c.code, set: 'xa-ntm-2016', number: k, status: rank < met ? 'met' : rank === met ? 'largely_met' : 'not_met', source: `bc-${d}` };
      }
    }
    w.metCountAt.push(counts);
    if (ci % 10 === 3) w.advancedCandidates.add(ci);
  }
  // Advanced criteria at the latest date, for the candidates only.
  for (const ci of w.advancedCandidates) {
    const adv = w.int(12, SIZE);
    for (let k = 1; k <= SIZE; k++) yield { as_of: w.last, unit_code: w.communes[ci]!.code, set: 'xa-nang-cao-2018', number: k, status: k <= adv ? 'met' : 'not_met', source: `bc-${w.last}` };
  }
  for (const v of w.villages) {
    for (let k = 1; k <= VILLAGE_CRITERIA.length; k++) yield { as_of: w.last, unit_code: v.code, set: 'thon-kieu-mau', number: k, status: w.pick(['met', 'met', 'largely_met', 'not_met']) };
  }
}

function* unitStatusRows(w: World): Generator<Cells<'unit-status'>> {
  for (const [ci, c] of w.communes.entries()) {
    const counts = w.metCountAt[ci]!;
    for (const [di, d] of w.dates.entries()) {
      const met = counts[di]!;
      const before = di === 0 ? ci % 3 !== 0 : counts[di - 1] === SIZE;
      const status = met === SIZE ? (before ? 'recognized' : 'appraised') : met >= 15 ? 'in_progress' : 'not_met';
      if (status === 'recognized') w.recognizedAt[di]!++;
      const decision = status === 'recognized' ? `${1000 + ci}/QĐ-UBND` : undefined;
      // Every other date leaves kind out: its default is actual.
      yield { as_of: d, unit_code: c.code, standard: 'ntm', status, kind: di % 2 === 0 ? 'actual' : undefined, decision, source: `bc-${d}` };
      if (w.advancedCandidates.has(ci) && status === 'recognized') {
        const adv = di === w.dates.length - 1 && ci % 20 === 3 ? 'recognized' : 'in_progress';
        if (adv === 'recognized') w.advancedRecognizedAt[di]!++;
        yield { as_of: d, unit_code: c.code, standard: 'advanced', status: adv, kind: 'actual', source: `bc-${d}` };
      }
    }
    if (counts.at(-1)! < SIZE && ci % 5 === 0) yield { as_of: '2025-12-31', unit_code: c.code, standard: 'ntm', status: 'recognized', kind: 'target', source: 'kh-02' };
  }
  for (const d of w.districts) {
    yield { as_of: w.last, unit_code: d.code, standard: 'ntm', status: 'in_progress', kind: 'actual', source: `bc-${w.last}` };
    yield { as_of: '2025-12-31', unit_code: d.code, standard: 'ntm', status: 'recognized', kind: 'target', source: 'kh-02' };
  }
  for (const [i, v] of w.villages.entries()) yield { as_of: w.last, unit_code: v.code, standard: 'model', status: 'in_progress', kind: 'actual', note: i === 0 ? '=thôn điểm' : undefined };
}

function* ocopRows(w: World): Generator<Cells<'ocop-products'>> {
  const count = Math.max(3, Math.round(w.n / 8));
  for (let i = 0; i < count; i++) {
    const c = w.communes[Math.floor(w.rand() * w.communes.length)]!;
    const stars = w.int(3, 5);
    const r = w.rand();
    const p: Product =
      r < 0.1
        ? { status: 'in_progress' }
        : r < 0.2
          ? { status: 'expired', certified_on: '2018-03-01', expires_on: w.dates[Math.floor(w.dates.length / 2)] }
          : { status: 'certified', certified_on: `${w.int(2019, 2021)}-${String(w.int(1, 9)).padStart(2, '0')}-${String(w.int(1, 28)).padStart(2, '0')}` };
    if (p.certified_on && p.certified_on > w.last) p.certified_on = w.last;
    w.products.push(p);
    const certified = p.status !== 'in_progress';
    yield {
      id: `ocop-${i + 1}`,
      name: `${w.pick(OCOP_KINDS)} ${c.name.replace(/^(Thị trấn|Phường) /, '')}`,
      producer: `HTX ${w.pick(SYLLABLES)} ${w.pick(SYLLABLES)}`,
      unit_code: c.code,
      category: w.pick(OCOP_CATEGORIES),
      stars: certified ? stars : undefined,
      level: certified ? (stars === 5 ? 'national' : stars === 4 ? 'province' : 'district') : undefined,
      status: p.status,
      certified_on: p.certified_on ? dmy(p.certified_on) : undefined,
      expires_on: p.expires_on,
      decision: p.certified_on ? `${500 + i}/QĐ-UBND` : undefined,
    };
  }
}

/**
 * Per year and source a top-level line; district lines below it; commune lines
 * below those for the district budget of the latest year.
 */
function* fundingRows(w: World): Generator<Cells<'funding'>> {
  const groups = w.districts.length > 0 ? w.districts.map((d) => ({ unit: d, members: w.communes.filter((c) => c.districtIndex === d.districtIndex) })) : [{ unit: w.units[0]!, members: w.communes }];
  const sourceName: Record<string, string> = { central: 'ngân sách Trung ương', province: 'ngân sách tỉnh', district: 'ngân sách huyện', people: 'nhân dân đóng góp' };
  let mismatchLeft = 1;
  for (const year of [2020, 2021]) {
    for (const source of ['central', 'province', 'district', 'people'] as const) {
      const topId = `${source}-${year}`;
      const detailed = source === 'district' && year === 2021;
      const lines: Cells<'funding'>[] = [];
      let topSum = 0;
      let topQty = 0;
      for (const g of groups) {
        const gid = `${topId}-${g.unit.code}`;
        if (detailed) {
          let amount = 0;
          for (const c of g.members) {
            const id = `${gid}-${c.code}`;
            const unitAmount = 50 * w.int(4, 20);
            lines.push({ id, parent_id: gid, year, source, basis: '207/QĐ-UBND', item: `Hỗ trợ xã ${c.name}`, unit_code: c.code, quantity: 1, quantity_unit: 'xã', unit_amount: unitAmount, amount: unitAmount });
            w.communeFundingIds.push(id);
            amount += unitAmount;
          }
          const stated = mismatchLeft-- > 0 ? amount + 100 : amount;
          lines.push({ id: gid, parent_id: topId, year, source, basis: '207/QĐ-UBND', item: `Hỗ trợ các xã thuộc ${g.unit.name}`, unit_code: g.unit.code, quantity: g.members.length, quantity_unit: 'xã', amount: stated });
          topSum += stated;
          topQty += g.members.length;
        } else {
          const amount = 100 * w.int(5, 50);
          lines.push({ id: gid, parent_id: topId, year, source, item: `Vốn ${sourceName[source]} cho ${g.unit.name}`, unit_code: g.unit.code, amount });
          topSum += amount;
        }
      }
      // Central lines state a 4-year commitment of which this year is 25%.
      const central = source === 'central';
      yield {
        id: topId,
        year,
        source,
        basis: source === 'district' ? '207/QĐ-UBND' : undefined,
        item: `Vốn ${sourceName[source]} năm ${year}`,
        quantity: detailed ? topQty : undefined,
        quantity_unit: detailed ? 'xã' : undefined,
        amount: topSum,
        commitment: central ? topSum * 4 : undefined,
        share_percent: central ? '25%' : undefined,
      };
      yield* lines;
      w.topTotals.set(`${source}:${year}`, topSum);
    }
  }
}

function* productionModelRows(w: World): Generator<Cells<'production-models'>> {
  const count = Math.max(2, Math.round(w.n / 12));
  for (let i = 0; i < count; i++) {
    const c = w.communes[Math.floor(w.rand() * w.communes.length)]!;
    const type = w.pick(MODEL_TYPES);
    const name = i % 2 === 0 || c.districtIndex < 0 ? type : `${type} ${w.districts[c.districtIndex]!.name.replace('Huyện ', '')}`;
    const fundingId = i % 3 === 0 ? w.communeFundingIds[i % Math.max(1, w.communeFundingIds.length)] : undefined;
    // Areas with a decimal comma, as in a Vietnamese spreadsheet.
    yield { id: `mh-${i + 1}`, name, unit_code: c.code, area_ha: `${w.int(2, 120)},${w.int(0, 9)}`, standard: w.pick(['VietGAP', 'GlobalGAP', 'Hữu cơ', undefined]), year: w.int(2019, 2021), funding_id: fundingId };
  }
}

/** All four computed_from forms, plus plain figures. */
const INDICATORS: [id: string, vi: string, en: string, unitVi: string, unitEn: string, computedFrom?: string][] = [
  ['xa-dat-ntm', 'Số xã đạt chuẩn nông thôn mới', 'Communes recognised as new rural', 'xã', 'communes', 'units_recognized:ntm'],
  ['xa-dat-nang-cao', 'Số xã đạt chuẩn NTM nâng cao', 'Communes recognised as advanced', 'xã', 'communes', 'units_recognized:advanced'],
  ['tieu-chi-xa-dat', 'Tổng số tiêu chí xã đã đạt', 'Commune criteria met, all communes', 'tiêu chí', 'criteria', 'criteria_met:xa-ntm-2016'],
  ['san-pham-ocop', 'Số sản phẩm OCOP được công nhận', 'Certified OCOP products', 'sản phẩm', 'products', 'ocop_certified'],
  ['von-tw-2021', 'Vốn ngân sách Trung ương năm 2021', 'Central budget 2021', 'triệu đồng', 'million VND', 'funding_amount:central:2021'],
  ['von-huyen-2021', 'Vốn ngân sách huyện năm 2021', 'District budget 2021', 'triệu đồng', 'million VND', 'funding_amount:district:2021'],
  ['von-dan-2020', 'Nhân dân đóng góp năm 2020', 'People’s contributions 2020', 'triệu đồng', 'million VND', 'funding_amount:people:2020'],
  ['thu-nhap-binh-quan', 'Thu nhập bình quân đầu người', 'Income per person', 'triệu đồng/người/năm', 'million VND per person per year'],
  ['ty-le-ho-ngheo', 'Tỷ lệ hộ nghèo', 'Poor households', '%', '%'],
];

function* indicatorRows(): Generator<Cells<'indicators'>> {
  for (const [id, vi, en, uvi, uen, cf] of INDICATORS) {
    yield { id, name_vi: vi, name_en: en, unit_vi: uvi, unit_en: uen, description_vi: cf ? `Tính lại được từ dữ liệu chi tiết (${cf}).` : undefined, computed_from: cf };
  }
}

function* indicatorValueRows(w: World): Generator<Cells<'indicator-values'>> {
  const communeCount = w.communes.length;
  const pct = (v: number, den: number) => round1((v / den) * 100).toFixed(1);
  const ocopAt = w.dates.map((d) => w.products.filter((p) => ocopCertifiedAt(p, d)).length);
  for (const [di, d] of w.dates.entries()) {
    const source = `bc-${d}`;
    // Deliberate mismatches: the latest count is off by one; the first date's percentage is misprinted.
    const recognised = w.recognizedAt[di]! + (di === w.dates.length - 1 ? 1 : 0);
    const printed = di === 0 ? (round1((recognised / communeCount) * 100) + 0.3).toFixed(1) : pct(recognised, communeCount);
    yield { indicator: 'xa-dat-ntm', as_of: d, kind: 'actual', value: recognised, denominator: communeCount, reported_percent: printed, source };
    yield { indicator: 'xa-dat-nang-cao', as_of: d, kind: 'actual', value: w.advancedRecognizedAt[di], source };
    yield { indicator: 'tieu-chi-xa-dat', as_of: d, kind: 'actual', value: w.metTotalAt[di], denominator: communeCount * SIZE, reported_percent: pct(w.metTotalAt[di]!, communeCount * SIZE), source };
    yield { indicator: 'san-pham-ocop', as_of: d, kind: 'actual', value: ocopAt[di], source };
    yield { indicator: 'thu-nhap-binh-quan', as_of: d, kind: 'actual', value: (38 + di * 1.5 + w.rand()).toFixed(1).replace('.', ','), source };
    yield { indicator: 'ty-le-ho-ngheo', as_of: d, kind: 'actual', value: Math.max(0.5, 4 - di * 0.4).toFixed(2), source };
  }
  yield { indicator: 'von-tw-2021', as_of: w.last, kind: 'actual', value: w.topTotals.get('central:2021'), source: `bc-${w.last}` };
  yield { indicator: 'von-huyen-2021', as_of: w.last, kind: 'actual', value: w.topTotals.get('district:2021'), source: `bc-${w.last}`, note: 'Cộng các dòng cấp huyện' };
  yield { indicator: 'von-dan-2020', as_of: w.dates[0], kind: 'actual', value: w.topTotals.get('people:2020')! + 500, source: `bc-${w.dates[0]}`, note: 'Số báo cáo khác số chi tiết' };
  yield { indicator: 'xa-dat-ntm', as_of: '2025-12-31', kind: 'target', value: Math.ceil(communeCount * 0.9), denominator: communeCount, source: 'kh-02' };
  yield { indicator: 'san-pham-ocop', as_of: '2025-12-31', kind: 'target', value: Math.ceil(w.products.length * 1.5), source: 'kh-02' };
  yield { indicator: 'ty-le-ho-ngheo', as_of: '2025-12-31', kind: 'target', value: '1,5', source: 'kh-02' };
}

interface ChangePlan {
  rows: Cells<'unit-changes'>[];
  /** Units of units.csv merged directly into a 2025 unit: that unit. */
  directSuccessor: Map<string, { code: string; name: string }>;
}

const REFORM = '2025-07-01';
const EARLY = { effective: '2025-01-01', effective_not_before: '2024-10-01' };
/** Sizes of the 2025 mergers, in turn: about three units into one, as nationally (10,000 → 3,300). */
const GROUP_SIZES = [3, 2, 4, 3, 3, 3, 2];

/**
 * The administrative history, as Vietnam's 2023–2025 reorganisation had it:
 * pairs of communes merged in 2024–25 (uncertain date) into a commune that
 * kept the first one's code; a few renamed in 2023; then on 1/7/2025 every
 * district abolished, its units merged about three into one under a code one
 * of them held, some split between two new units, a few only moved to the
 * province; and, nationally, provinces merged in pairs. Deterministic: no
 * random numbers are drawn, so the other tables stay as they were.
 */
function planChanges(w: World): ChangePlan {
  if (w.changes) return w.changes;
  const early: Cells<'unit-changes'>[] = [];
  const renames: Cells<'unit-changes'>[] = [];
  const reform: Cells<'unit-changes'>[] = [];
  const directSuccessor = new Map<string, { code: string; name: string }>();
  let named = 0;
  // A new name, never that of the unit that held the code before: that would be a loop back to it.
  const originalName = new Map(w.units.map((u) => [u.code, u.name]));
  const newName = (code: string): string => {
    const k = named++;
    const a = SYLLABLES[(k * 5 + 1) % SYLLABLES.length]!;
    const b = SYLLABLES[(k * 11 + 7) % SYLLABLES.length]!;
    const name = a === b ? `${a} Mới` : `${a} ${b}`;
    return originalName.get(code)?.endsWith(name) ? newName(code) : name;
  };
  const basis = 'NQ-SX/2025';

  // Provinces in pairs (the last three together), each new one under the first one's code.
  const provinceAfter = new Map<string, { code: string; name: string }>();
  const root = w.units[0]!;
  for (let p = 0; p < w.provinces.length; ) {
    const take = w.provinces.length - p === 3 ? 3 : Math.min(2, w.provinces.length - p);
    const group = w.provinces.slice(p, p + take);
    p += take;
    const to = { code: group[0]!.code, name: group.at(-1)!.name };
    for (const u of group) {
      provinceAfter.set(u.code, to);
      reform.push({ effective: REFORM, kind: 'merge', from_code: u.code, from_name: u.name, to_code: to.code, to_name: to.name, to_level: 'province', to_parent_code: root.code, to_parent_name: root.name, basis });
    }
  }

  interface Current { code: string; name: string; level: Code<'unitLevel'>; original?: GenUnit }
  const groups = w.districts.length > 0 ? w.districts.map((d) => ({ district: d as GenUnit | undefined, members: w.communes.filter((c) => c.districtIndex === d.districtIndex) })) : [{ district: undefined, members: w.communes }];
  for (const [gi, { district, members }] of groups.entries()) {
    // Where the new units belong: the new province, the root province, or (a district data set) a province outside the data.
    const parent = district ? (provinceAfter.get(district.parent!) ?? { code: root.code, name: root.name }) : { code: '99', name: 'Tỉnh Mẫu' };
    const current: Current[] = [];
    for (let k = 0; k < members.length; k++) {
      const u = members[k]!;
      const next = members[k + 1];
      if (k % 10 === 1 && next) {
        // Two communes into one that keeps the first one's code under the second one's name: a code reused across a change.
        const to = { code: u.code, name: next.name };
        for (const m of [u, next]) {
          early.push({ ...EARLY, kind: 'merge', from_code: m.code, from_name: m.name, to_code: to.code, to_name: to.name, to_level: 'commune', to_parent_code: district?.code ?? root.code, to_parent_name: district?.name ?? root.name, note: m === u ? 'Xã mới giữ mã của xã này nhưng là đơn vị khác, rộng hơn' : undefined, note_en: m === u ? 'The new commune keeps this one’s code but is a different, larger unit' : undefined });
        }
        current.push({ ...to, level: 'commune' });
        k++;
      } else if (k % 50 === 7) {
        const to = { code: u.code, name: `Tân ${u.name.replace(/^(Thị trấn|Phường) /, '')}` };
        renames.push({ effective: '2023-07-01', kind: 'rename', from_code: u.code, from_name: u.name, to_code: to.code, to_name: to.name, to_level: u.level, to_parent_code: u.parent, to_parent_name: district?.name ?? root.name, basis: 'NQ-DT/2023' });
        current.push({ ...to, level: u.level });
      } else if (k % 30 === 13 && gi % 2 === 0) {
        reform.push({ effective: REFORM, kind: 'transfer', from_code: u.code, from_name: u.name, to_code: u.code, to_name: u.name, to_level: u.level, to_parent_code: parent.code, to_parent_name: parent.name, basis });
      } else current.push({ code: u.code, name: u.name, level: u.level, original: u });
    }
    // About three into one; a last unit alone joins the group before it.
    const merged: Current[][] = [];
    for (let at = 0, t = gi; at < current.length; t++) {
      const size = GROUP_SIZES[t % GROUP_SIZES.length]!;
      merged.push(current.slice(at, at + size));
      at += size;
    }
    if (merged.length > 1 && merged.at(-1)!.length === 1) merged.at(-2)!.push(...merged.pop()!);
    // One commune in five districts is split between its own new unit and the next.
    const split = merged.length > 1 && gi % 5 === 0 ? current.find((c, i) => i >= 4 && c.original) : undefined;
    const splitGroup = split ? merged.findIndex((g) => g.includes(split)) : -1;
    const news = merged.map((g, i) => {
      const keeper = g.find((c) => c !== split)!;
      return { code: keeper.code, name: i % 2 === 0 ? keeper.name : newName(keeper.code), level: (g.some((c) => c.level === 'ward') ? 'ward' : 'commune') as Code<'unitLevel'> };
    });
    for (const [i, g] of merged.entries()) {
      const to = news[i]!;
      const target = { to_code: to.code, to_name: to.name, to_level: to.level, to_parent_code: parent.code, to_parent_name: parent.name, basis };
      for (const c of g) {
        if (c === split) {
          const other = news[splitGroup + 1] ?? news[splitGroup - 1]!;
          reform.push({ effective: REFORM, kind: 'split', from_code: c.code, from_name: c.name, ...target, note: 'Phần phía tây', note_en: 'The western part' });
          reform.push({ effective: REFORM, kind: 'split', from_code: c.code, from_name: c.name, ...target, to_code: other.code, to_name: other.name, to_level: other.level, note: 'Phần phía đông', note_en: 'The eastern part' });
          continue;
        }
        reform.push({ effective: REFORM, kind: 'merge', from_code: c.code, from_name: c.name, ...target });
        if (c.original) directSuccessor.set(c.code, { code: to.code, name: to.name });
      }
    }
    const abolished = district ?? (root.level === 'district' ? root : undefined);
    if (abolished) reform.push({ effective: REFORM, kind: 'abolish', from_code: abolished.code, from_name: abolished.name, basis, note: 'Cấp huyện không còn', note_en: 'The district level ceased' });
  }
  w.changes = { rows: [...renames, ...early, ...reform], directSuccessor };
  return w.changes;
}

function* unitChangeRows(w: World): Generator<Cells<'unit-changes'>> {
  // Dates as ISO in the table, except the uncertain ones, typed the Vietnamese way.
  for (const r of planChanges(w).rows) yield r.effective_not_before ? { ...r, effective: dmy(String(r.effective)), effective_not_before: dmy(String(r.effective_not_before)) } : r;
}

/** As a spreadsheet exports it: comma, LF, no BOM. */
const EXPORTED: CsvDialect = { delimiter: ',', newline: '\n', bom: false };

interface TableWriter {
  name: TableName;
  rows: (w: World) => Iterable<Record<string, string | number | undefined>>;
  dialect?: CsvDialect;
}

const writer = <T extends TableName>(name: T, rows: (w: World) => Iterable<Cells<T>>, dialect?: CsvDialect): TableWriter => ({ name, rows, dialect });

/** The tables in the order they are generated; a new table is one more entry. */
const TABLES: TableWriter[] = [
  writer('units', unitRows),
  writer('documents', documentRows),
  writer('criteria-sets', criteriaSetRows),
  writer('criteria', criterionRows),
  writer('criteria-status', criterionStatusRows),
  writer('unit-status', unitStatusRows),
  writer('ocop-products', ocopRows),
  writer('funding', fundingRows),
  // Semicolons, as Excel writes under a Vietnamese locale: the delimiter is detected per file.
  writer('production-models', productionModelRows, { ...EXPORTED, delimiter: ';' }),
  writer('indicators', indicatorRows),
  writer('indicator-values', indicatorValueRows),
  writer('unit-changes', unitChangeRows),
];

/** Writes one table through the shared CSV writer, buffered: constant memory for millions of rows. */
function writeTable(path: string, name: TableName, rows: Iterable<Record<string, string | number | undefined>>, dialect: CsvDialect): number {
  const fd = openSync(path, 'w');
  let buffer: string[] = [];
  let size = 0;
  const flush = () => {
    writeSync(fd, buffer.join(''));
    buffer = [];
    size = 0;
  };
  try {
    const header = columnsOf(name);
    const csv = new CsvWriter(header, (chunk) => {
      buffer.push(chunk);
      size += chunk.length;
      if (size > 1 << 20) flush();
    }, dialect);
    for (const row of rows) csv.row(header.map((c) => row[c]));
    flush();
    return csv.rows;
  } finally {
    closeSync(fd);
  }
}

export function generate(options: GenerateOptions): GenerateSummary {
  const n = Math.max(1, Math.floor(options.units));
  const dates = quarterEnds(Math.max(1, Math.floor(options.dates)));
  const world = makeWorld(n, dates, mulberry32(options.seed ?? 1));
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  const rows: Record<string, number> = {};
  for (const t of TABLES) rows[t.name] = writeTable(join(out, tables[t.name].file), t.name, t.rows(world), t.dialect ?? EXPORTED);
  return { rows, communes: world.communes.length, dates };
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
