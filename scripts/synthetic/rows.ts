// One generator per table of the synthetic data set, rows as cells keyed by column.
import { ocopCertifiedAt } from '../../src/contract/rules.ts';
import { CRITERIA, MODEL_TYPES, OCOP_CATEGORIES, OCOP_KINDS, SIZE, SYLLABLES, VILLAGE_CRITERIA, dmy, round1, type Cells, type Product, type World } from './world.ts';
import { planChanges } from './changes.ts';

export function* unitRows(w: World): Generator<Cells<'units'>> {
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
export function* documentRows(w: World): Generator<Cells<'documents'>> {
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
export function* criteriaSetRows(): Generator<Cells<'criteria-sets'>> {
  yield { id: 'xa-ntm-2016', applies_to: 'commune', standard: 'ntm', name_vi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016–2020', name_en: 'National new-rural commune criteria 2016–2020', size: SIZE, basis: '1980/QĐ-TTg', valid_from: '2016-10-17', valid_to: '2021-12-31' };
  yield { id: 'xa-nang-cao-2018', applies_to: 'commune', standard: 'advanced', name_vi: 'Bộ tiêu chí xã nông thôn mới nâng cao', name_en: 'Advanced new-rural commune criteria', size: SIZE, basis: '691/QĐ-TTg', valid_from: '2018-06-05' };
  yield { id: 'huyen-ntm-2016', applies_to: 'district', standard: 'ntm', name_vi: 'Bộ tiêu chí huyện nông thôn mới', name_en: 'New-rural district criteria', size: 9, basis: '558/QĐ-TTg', valid_from: '2016-04-05' };
  yield { id: 'thon-kieu-mau', applies_to: 'village', standard: 'model', name_vi: 'Bộ tiêu chí thôn nông thôn mới kiểu mẫu', name_en: 'Model new-rural village criteria', size: 8, valid_from: '2019-01-01' };
}

export function* criterionRows(): Generator<Cells<'criteria'>> {
  for (const [i, [vi, en, gvi, gen]] of CRITERIA.entries()) yield { set: 'xa-ntm-2016', number: i + 1, name_vi: vi, name_en: en, group_vi: gvi, group_en: gen };
  for (const [i, [vi, en, gvi, gen]] of CRITERIA.entries()) yield { set: 'xa-nang-cao-2018', number: i + 1, name_vi: `${vi} (nâng cao)`, name_en: `${en} (advanced)`, group_vi: gvi, group_en: gen };
  // 5 of the village set's 8 criteria are listed.
  for (const [i, vi] of VILLAGE_CRITERIA.entries()) yield { set: 'thon-kieu-mau', number: i + 1, name_vi: vi, note: i === 0 ? '- đã rút gọn' : undefined };
}

/** Each commune's count of met criteria grows over time; the unit standing follows from it. */
export function* criterionStatusRows(w: World): Generator<Cells<'criteria-status'>> {
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

export function* unitStatusRows(w: World): Generator<Cells<'unit-status'>> {
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

export function* ocopRows(w: World): Generator<Cells<'ocop-products'>> {
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
export function* fundingRows(w: World): Generator<Cells<'funding'>> {
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

export function* productionModelRows(w: World): Generator<Cells<'production-models'>> {
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
export const INDICATORS: [id: string, vi: string, en: string, unitVi: string, unitEn: string, computedFrom?: string][] = [
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

export function* indicatorRows(): Generator<Cells<'indicators'>> {
  for (const [id, vi, en, uvi, uen, cf] of INDICATORS) {
    yield { id, name_vi: vi, name_en: en, unit_vi: uvi, unit_en: uen, description_vi: cf ? `Tính lại được từ dữ liệu chi tiết (${cf}).` : undefined, computed_from: cf };
  }
}

export function* indicatorValueRows(w: World): Generator<Cells<'indicator-values'>> {
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

