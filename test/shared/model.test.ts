import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimeEntry, isValidTimeEntry } from '#shared/model';
import { isIsoDate } from '#shared/dates';

describe('isValidTimeEntry', () => {
  const nearlyEntry = fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 70 }), fc.constant(''), fc.integer()),
      projectId: fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), fc.constant(null)),
      date: fc.oneof(
        fc.constantFrom('2026-02-28', '2026-02-29', '2024-02-29', '2025-13-45', '2025-04-31', '1899-12-31', '2026-1-01'),
        fc.string({ maxLength: 12 }),
      ),
      minutes: fc.oneof(fc.integer({ min: -5, max: 1500 }), fc.double(), fc.constant('60')),
      note: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 20 }), fc.string({ minLength: 499, maxLength: 502 }), fc.integer()),
      billable: fc.oneof(fc.boolean(), fc.constant('yes'), fc.constant(undefined)),
      sample: fc.oneof(fc.boolean(), fc.constant(1), fc.constant(undefined)),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  );

  it('agrees with the zod schema on any object', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyEntry, fc.anything()), (x) => {
        expect(isValidTimeEntry(x)).toBe(TimeEntry.safeParse(x).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts a plain entry', () => {
    expect(isValidTimeEntry({ id: 'a', projectId: 'p', date: '2026-11-23', minutes: 90, billable: true })).toBe(true);
  });
});

describe('isIsoDate', () => {
  it('knows leap years and month lengths', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-13-45')).toBe(false);
  });

  // The written-out definition: a regex for the shape, then the calendar.
  const reference = (s: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
    return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
  };

  it('agrees with the regex-and-calendar definition on any string', () => {
    const digit = fc.constantFrom(...'0123456789');
    const nearDate = fc
      .tuple(fc.array(digit, { minLength: 4, maxLength: 4 }), fc.constantFrom('-', '/', '0'), fc.array(digit, { minLength: 2, maxLength: 2 }), fc.constantFrom('-', ' '), fc.array(digit, { minLength: 2, maxLength: 2 }))
      .map(([y, a, m, b, d]) => `${y.join('')}${a}${m.join('')}${b}${d.join('')}`);
    const known = fc.constantFrom('1900-01-01', '1899-12-31', '2200-12-31', '2201-01-01', '2000-02-29', '1900-02-29', '2026-00-10', '2026-11-00', '２０２６-11-01', '2026-11-1a', '2026-11-01 ');
    fc.assert(
      fc.property(fc.oneof(nearDate, known, fc.string({ maxLength: 12 })), (s) => {
        expect(isIsoDate(s)).toBe(reference(s));
      }),
      { numRuns: 5000 },
    );
  });
});
