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
});
