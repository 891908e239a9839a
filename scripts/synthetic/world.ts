// The synthetic world: units, dates and products that every table's rows draw on,
// from one seeded random sequence (scripts/generate-synthetic.ts).
import { tables, type TableName } from '../../src/contract/tables.ts';
import type { Code } from '../../src/contract/codes.ts';
import { roundHalfAway } from '../../src/lib/round.ts';
import type { ChangePlan } from './changes.ts';

/** A row as staff might type it: cells by column name, some in Vietnamese forms (`12,3`, `30/9/2021`, `25%`). */
export type Cells<T extends TableName> = { [C in keyof (typeof tables)[T]['columns']]?: string | number };

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SYLLABLES = [
  'Đồng', 'Hòa', 'Thọ', 'Xuân', 'Lộc', 'Minh', 'Tân', 'An', 'Bình', 'Phú', 'Hợp', 'Thành', 'Tiến', 'Thắng', 'Dân', 'Quyền',
  'Lợi', 'Khuyến', 'Nông', 'Vân', 'Sơn', 'Thái', 'Ngọc', 'Cường', 'Dân', 'Lý', 'Hưng', 'Thịnh', 'Vượng', 'Phúc', 'Đức', 'Quảng',
  'Yên', 'Hải', 'Giang', 'Kỳ', 'Ninh', 'Trường', 'Nghĩa', 'Châu', 'Long', 'Phong', 'Thủy', 'Liên', 'Mỹ', 'Hiệp', 'Khánh', 'Định',
];
export const MODEL_TYPES = [
  'Sản xuất lúa chất lượng cao', 'Trồng rau an toàn', 'Nuôi bò sinh sản', 'Trồng dưa lưới trong nhà màng', 'Nuôi cá lồng',
  'Trồng cây ăn quả có múi', 'Chăn nuôi gà thả vườn', 'Trồng nấm', 'Trồng mía thâm canh', 'Sản xuất chè an toàn',
  'Trồng ngô sinh khối', 'Nuôi ong lấy mật', 'Trồng hoa, cây cảnh', 'Cánh đồng mẫu lớn', 'Trồng dược liệu',
];
export const OCOP_KINDS = ['Chè', 'Gạo', 'Mật ong', 'Nước mắm', 'Bánh gai', 'Giò chả', 'Rượu', 'Nem chua', 'Tương', 'Miến', 'Dưa lưới', 'Cam'];
export const OCOP_CATEGORIES = ['Thực phẩm', 'Đồ uống', 'Thảo dược', 'Thủ công mỹ nghệ', 'Dịch vụ du lịch nông thôn'];
export const CRITERIA = [
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
export const SIZE = CRITERIA.length;
export const VILLAGE_CRITERIA = ['Quy hoạch và hạ tầng', 'Sản xuất - thu nhập', 'Văn hóa - giáo dục - y tế', 'Môi trường', 'An ninh trật tự'];

/** Quarter ends, the last one 2021-09-30, oldest first. */
export function quarterEnds(count: number): string[] {
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

export const dmy = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
};

export const round1 = (x: number) => roundHalfAway(x, 1);

export interface GenUnit {
  code: string;
  name: string;
  level: Code<'unitLevel'>;
  parent?: string;
  districtIndex: number;
}

export interface Product {
  certified_on?: string;
  expires_on?: string;
  status: Code<'ocopStatus'>;
}

/** The generated place, its random numbers, and what each table records for the ones after it. */
export interface World {
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

export function makeWorld(n: number, dates: string[], rand: () => number): World {
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

