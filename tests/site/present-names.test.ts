// The names of the present-day units, for the commune finder on the overview.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/ingest/load.ts';
import { buildModel } from '../../src/model/build.ts';
import { presentUnitNames } from '../../src/site/views/units.ts';
import { root } from '../ingest/helpers.ts';

describe('presentUnitNames', () => {
  const loaded = loadDataDir(join(root, 'data'));
  const model = buildModel(loaded.data, [], { lineage: loaded.lineage });

  it('gives each 2025 commune with its page and the former units it came from, matched without diacritics', () => {
    const names = presentUnitNames(model, 'vi');
    expect(names.map((n) => n.name).sort()).toEqual(['An Nông', 'Hợp Tiến', 'Triệu Sơn', 'Thọ Bình', 'Thọ Ngọc', 'Thọ Phú', 'Tân Ninh', 'Đồng Tiến'].sort());
    const thoPhu = names.find((n) => n.name === 'Thọ Phú')!;
    expect(thoPhu.code).toBe('15763');
    expect(thoPhu.href).toMatch(/^\/xa\/[^/]+\/$/);
    expect(thoPhu.href).not.toBe('/xa/tho-phu-15757/');
    expect(thoPhu.formerNames.sort()).toEqual(['Thọ Dân', 'Thọ Phú', 'Thọ Thế', 'Thọ Tân', 'Thọ Vực', 'Xuân Lộc', 'Xuân Thịnh'].sort());
    expect(names.find((n) => n.search.includes('dong loi'))!.name).toBe('Đồng Tiến');
    expect(presentUnitNames(model, 'en').find((n) => n.code === '15763')!.href).toBe(`/en${thoPhu.href}`);
  });
});
