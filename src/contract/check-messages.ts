// The texts of the cross-checks' messages that name several rows or dates;
// the catalogue in messages.ts gives each its kind and severity.
import { bilingual as m, type Bilingual } from '../lib/lang.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { codeLabel } from './codes.ts';
import type { ComputedFrom } from './computed.ts';

const vi = (x: number) => formatNumber(x, 'vi', 4);
const en = (x: number) => formatNumber(x, 'en', 4);

/** A funding line as a message names it. */
export interface SummedLine {
  line: number;
  item: string;
  amount: number;
}

export const checkTexts = {
  fundingMismatch: (p: { name: Bilingual; asOf: string; source: Bilingual; year: number; reported: number; computed: number; file: string; lines: readonly SummedLine[] }) => {
    const shown = p.lines.slice(0, 8);
    const list = (lang: 'vi' | 'en') =>
      shown.map((l) => `${lang === 'vi' ? 'dòng' : 'line'} ${l.line} "${l.item}" ${lang === 'vi' ? vi(l.amount) : en(l.amount)}`).join('; ') +
      (p.lines.length > shown.length ? (lang === 'vi' ? `; và ${p.lines.length - shown.length} dòng khác` : `; and ${p.lines.length - shown.length} more`) : '');
    return m(
      `"${p.name.vi}" ngày ${formatDate(p.asOf, 'vi')}: số báo cáo là ${vi(p.reported)} triệu đồng, nhưng ${p.lines.length} dòng kinh phí cấp cao nhất của nguồn ${p.source.vi}, năm ${p.year}, trong ${p.file} cộng lại được ${vi(p.computed)} (${list('vi')}). Hoặc một dòng trong số đó sai, thừa hay thiếu (chẳng hạn một dòng mới thêm), hoặc số tổng báo cáo sai.`,
      `"${p.name.en}" at ${formatDate(p.asOf, 'en')}: reported ${en(p.reported)} million VND, but the ${p.lines.length} top-level funding lines of source ${p.source.en}, year ${p.year}, in ${p.file} add up to ${en(p.computed)} (${list('en')}). Either one of these lines is wrong, extra or missing (a newly added one, say), or the reported total is.`,
    );
  },
  dateAfterAsOf: (p: { date: string; asOf: string }) =>
    m(
      `Ngày ${formatDate(p.date, 'vi')} muộn hơn thời điểm của bộ dữ liệu (${formatDate(p.asOf, 'vi')}, thời điểm thực tế mới nhất), nên sản phẩm không được tính là đã công nhận vào thời điểm đó. Có thể ngày bị gõ nhầm, hoặc bộ dữ liệu cần thêm số liệu ở thời điểm mới hơn.`,
      `${formatDate(p.date, 'en')} is later than the data set's date (${formatDate(p.asOf, 'en')}, its latest actual as-of date), so the product does not count as certified at that date. The date may be mistyped, or the data set needs figures for a later date.`,
    ),
};

/** A rule in words, for staff and readers: "số tiêu chí đạt của Bộ tiêu chí xã" rather than `criteria_met:bo-xa`. */
export function ruleWords(rule: ComputedFrom, setName?: Bilingual): Bilingual {
  const both = (f: (lang: 'vi' | 'en') => string): Bilingual => m(f('vi'), f('en'));
  switch (rule.kind) {
    case 'units_recognized':
      return both((l) => {
        const level = rule.level ? ` (${codeLabel('unitLevel', rule.level, l)})` : '';
        return (l === 'vi' ? `số đơn vị đã được công nhận đạt chuẩn ${codeLabel('standard', rule.standard, l)}` : `units recognised as ${codeLabel('standard', rule.standard, l)}`) + level;
      });
    case 'criteria_met':
      return both((l) => (l === 'vi' ? `số tiêu chí đạt của ${setName?.vi ?? rule.setId}` : `criteria met in ${setName?.en ?? rule.setId}`));
    case 'ocop_certified':
      return { vi: 'số sản phẩm OCOP đã được công nhận', en: 'OCOP products certified' };
    case 'funding_amount':
      return both((l) => (l === 'vi' ? `tổng kinh phí ${codeLabel('fundingSource', rule.source, l)} năm ${rule.year}` : `total ${codeLabel('fundingSource', rule.source, l)} funding in ${rule.year}`));
  }
}
