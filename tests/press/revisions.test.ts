// Revisions between builds, as pure functions: what counts as a revision,
// how the history is carried forward, and how it starts when the previous
// publication is missing, unreadable or about another place.
import { describe, expect, it } from 'vitest';
import { buildDate, diffFigures, nextHistory, parseFigures, parseHistory, type Figure, type PreviousPublication } from '../../src/publish/revisions.ts';

const root = { code: '001', name: 'Huyện Mẫu' };
const f = (indicator: string, value: number, denominator?: number, as_of = '2024-06-30', kind = 'actual'): Figure => ({ indicator, as_of, kind, value, ...(denominator !== undefined ? { denominator } : {}) });

describe('diffFigures', () => {
  it('finds changed values and denominators and withdrawn figures, not new ones', () => {
    const before = [f('a', 30, 32), f('b', 5), f('c', 1), f('d', 2, 4)];
    const after = [f('a', 31, 32), f('b', 5), f('d', 2, 5), f('e', 9)];
    expect(diffFigures(before, after, '2027-03-12')).toEqual([
      { revised_on: '2027-03-12', indicator: 'a', as_of: '2024-06-30', kind: 'actual', before: { value: 30, denominator: 32 }, after: { value: 31, denominator: 32 } },
      { revised_on: '2027-03-12', indicator: 'd', as_of: '2024-06-30', kind: 'actual', before: { value: 2, denominator: 4 }, after: { value: 2, denominator: 5 } },
      { revised_on: '2027-03-12', indicator: 'c', as_of: '2024-06-30', kind: 'actual', before: { value: 1 }, after: null },
    ]);
  });

  it('tells an actual from a target of the same date, and notes a withdrawn figure published again', () => {
    const withdrawn = diffFigures([f('a', 1)], [], '2027-01-01');
    expect(diffFigures([f('a', 2, undefined, '2024-06-30', 'target')], [f('a', 3), f('a', 2, undefined, '2024-06-30', 'target')], '2027-02-01', withdrawn)).toEqual([
      { revised_on: '2027-02-01', indicator: 'a', as_of: '2024-06-30', kind: 'actual', before: null, after: { value: 3 } },
    ]);
  });
});

describe('nextHistory', () => {
  const history = (revisions: ReturnType<typeof diffFigures> = []) => ({ ...nextHistory({ kind: 'none', where: '/srv/dist' }, [f('a', 1)], root, '2027-03-01'), revisions });

  it('publishes the address of the previous publication, never a folder of the build machine', () => {
    const folder = nextHistory({ kind: 'unreadable', where: '/home/staff/ntm/dist', detail: 'x' }, [f('a', 1)], root, '2027-03-01');
    expect(JSON.stringify(folder)).not.toContain('/home/staff');
  });

  it('starts the history, and says so, when there is no previous publication', () => {
    const h = nextHistory({ kind: 'none', where: '/srv/dist' }, [f('a', 1)], root, '2027-03-01');
    expect(h.started).toEqual({ on: '2027-03-01', reason: 'none' });
    expect(h.revisions).toEqual([]);
    expect(h.built_on).toBe('2027-03-01');
  });

  it('carries the history forward and adds this build\'s revisions', () => {
    const old = history([{ revised_on: '2027-03-05', indicator: 'b', as_of: '2024-06-30', kind: 'actual', before: { value: 1 }, after: { value: 2 } }]);
    const prev: PreviousPublication = { kind: 'found', where: '/srv/dist', figures: [f('a', 30)], history: old };
    const h = nextHistory(prev, [f('a', 31)], root, '2027-03-12');
    expect(h.started).toEqual(old.started);
    expect(h.revisions.map((r) => `${r.revised_on} ${r.indicator} ${r.before?.value}→${r.after?.value}`)).toEqual(['2027-03-05 b 1→2', '2027-03-12 a 30→31']);
    expect(h.built_on).toBe('2027-03-12');
  });

  it('starts again, saying why, when the previous publication cannot be read, or is of another place', () => {
    const unreadable = nextHistory({ kind: 'unreadable', where: 'https://example.gov.vn/ntm/', detail: 'HTTP 500' }, [f('a', 1)], root, '2027-03-12');
    expect(unreadable.started).toEqual({ reason: 'unreadable', detail: 'HTTP 500', on: '2027-03-12', where: 'https://example.gov.vn/ntm/' });
    const other = nextHistory({ kind: 'found', where: '/srv/dist', figures: [f('a', 2)], history: { ...history(), root: { code: '002', name: 'Huyện Khác' } } }, [f('a', 1)], root, '2027-03-12');
    expect(other.started).toMatchObject({ reason: 'other-data-set', detail: 'Huyện Khác (002)' });
    expect(other.revisions).toEqual([]);
  });

  it('compares with a publication from before revisions were kept, and notes a build that could not compare', () => {
    const older = nextHistory({ kind: 'found', where: '/srv/dist', figures: [f('a', 2)], rootCode: '001' }, [f('a', 1)], root, '2027-03-12');
    expect(older.started.reason).toBe('no-history');
    expect(older.revisions).toHaveLength(1);
    const gap = nextHistory({ kind: 'found', where: '/srv/dist', history: history(), figuresError: 'indicator-values.json: row 3 is not a figure' }, [f('a', 1)], root, '2027-03-12');
    expect(gap.gaps).toEqual([{ on: '2027-03-12', detail: 'indicator-values.json: row 3 is not a figure' }]);
  });
});

describe('reading a previous publication', () => {
  it('accepts its own history and the published rows, and rejects what is not', () => {
    const h = nextHistory({ kind: 'none' }, [], root, '2027-03-01');
    expect(parseHistory(JSON.parse(JSON.stringify(h)))).toEqual(h);
    expect(parseHistory({ format: 'ntm-revisions', version: 2 })).toMatch(/version 2/);
    expect(parseHistory({ ...h, revisions: [{ revised_on: 'x' }] })).toMatch(/revision 1/);
    expect(parseFigures([{ indicator: 'a', as_of: '2024-06-30', kind: 'actual', value: 3, denominator: null, note: 'x' }])).toEqual([f('a', 3)]);
    expect(parseFigures([{ indicator: 'a', as_of: '30/6/2024', kind: 'actual', value: 3 }])).toMatch(/row 1/);
  });

  it('takes the build date from NTM_BUILD_DATE, else today in Vietnam, and refuses an impossible date in both languages', () => {
    expect(buildDate('2027-03-12')).toBe('2027-03-12');
    expect(buildDate(undefined, new Date('2027-03-11T18:30:00Z'))).toBe('2027-03-12');
    expect(() => buildDate('2027-02-30')).toThrow(/không phải ngày.*is not a YYYY-MM-DD date/);
  });
});
