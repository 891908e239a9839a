// A snapshot's criteria-status rows by criterion number (model/criteria.ts):
// read as a Map would be, in the order of the file.
import { describe, expect, it } from 'vitest';
import { StatusRows } from '../../src/model/criteria.ts';
import type { Row } from '../../src/contract/rows.ts';

const row = (number: number, status: Row<'criteria-status'>['status']) =>
  ({ _line: number + 1, unit_code: '15721', as_of: '2021-09-30', set: 'xa-2021', number, status }) as unknown as Row<'criteria-status'>;

describe('the statuses of one snapshot', () => {
  it('answer like a Map: by number, in file order, the later row in the earlier one’s place', () => {
    const rows = new StatusRows();
    const map = new Map<number, Row<'criteria-status'>>();
    for (const r of [row(3, 'met'), row(1, 'not_met'), row(19, 'largely_met'), row(1, 'met')]) {
      rows.set(r.number, r);
      map.set(r.number, r);
    }
    expect(rows.size).toBe(map.size);
    expect([...rows.keys()]).toEqual([...map.keys()]);
    expect([...rows.values()]).toEqual([...map.values()]);
    expect([...rows]).toEqual([...map]);
    expect(rows.get(1)?.status).toBe('met');
    expect(rows.get(2)).toBeUndefined();
  });
});
