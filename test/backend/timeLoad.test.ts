import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TimeEntry, type TimeEntry as Entry } from '#shared/model';
import { monthOf } from '#shared/dates';
import { TimeShardDoc, dedupeEntries, isValidTimeShard } from '../../electron/backend/timeLoad';

/** What a whole month file is, written with zod alone. */
const strictShard = z
  .object({ schemaVersion: z.number(), month: z.string().regex(/^\d{4}-\d{2}$/), items: z.array(TimeEntry) })
  .refine((doc) => doc.items.every((e) => monthOf(e.date) === doc.month));

const entry = (id: string, date: string, extra: Partial<Entry> = {}): Entry => ({ id, projectId: 'p1', date, minutes: 60, billable: true, ...extra });

describe('isValidTimeShard', () => {
  const nearlyEntry = fc.record(
    {
      id: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constant(''), fc.integer()),
      projectId: fc.constantFrom('p1', '', 7),
      date: fc.constantFrom(
        '2026-03-01', '2026-03-31', '2026-04-01', '2026-02-30', '2025-03-10', '2026-3-01',
        // The day alone is checked once the month is known: every way a day can be wrong.
        '2026-03-00', '2026-03-32', '2026-03-1', '2026-03-0a', '2026-03x01', '2026-03-/1', '2026-03-:1', '2026-03-0:', '2026-03-1:', '2026-03-011',
        '2024-02-29', '2026-02-29', '2026-02-28', '2026-13-01', '1899-03-01',
      ),
      minutes: fc.oneof(fc.integer({ min: -1, max: 1441 }), fc.constant('60')),
      billable: fc.oneof(fc.boolean(), fc.constant('yes')),
      note: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 5 })),
      extra: fc.anything(),
    },
    { requiredKeys: ['id', 'projectId', 'date', 'minutes', 'billable'] },
  );
  // Mostly whole entries, so that a file with a single flaw (one bad entry, one misfiled date) is common.
  const wholeEntry = fc.record({
    id: fc.constantFrom('a', 'b', 'c'),
    projectId: fc.constant('p1'),
    date: fc.constantFrom('2026-03-01', '2026-03-31', '2026-04-01', '2024-02-29', '2026-02-28', '2026-02-29', '2026-13-01', '1899-03-01'),
    minutes: fc.integer({ min: 1, max: 1440 }),
    billable: fc.boolean(),
  });
  const nearlyShard = fc.record(
    {
      schemaVersion: fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.constant('1') }),
      month: fc.oneof(
        { weight: 5, arbitrary: fc.constant('2026-03') },
        { weight: 2, arbitrary: fc.constantFrom('2024-02', '2026-02') },
        { weight: 1, arbitrary: fc.constantFrom('2026-3', '2026-04', 2026, '2026-13', '1899-03', '2026-00') },
      ),
      items: fc.oneof(
        { weight: 8, arbitrary: fc.array(fc.oneof({ weight: 12, arbitrary: wholeEntry }, { weight: 1, arbitrary: nearlyEntry }), { maxLength: 4 }) },
        { weight: 1, arbitrary: fc.constantFrom({}, null) },
      ),
    },
    { requiredKeys: ['schemaVersion', 'month', 'items'] },
  );

  it('agrees with the zod schema and the month rule on any value', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: nearlyShard }, { weight: 1, arbitrary: fc.anything() }), (x) => {
        const strict = strictShard.safeParse(x).success;
        expect(isValidTimeShard(x)).toBe(strict);
        expect(TimeShardDoc.safeParse(x).success).toBe(strict);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with zod on every form of a date, in every kind of month', () => {
    const months = ['2026-03', '2024-02', '2026-02', '2026-13', '2026-00', '1899-03', '2201-01', '2200-12'];
    const days = ['01', '28', '29', '30', '31', '32', '00', '0:', '1:', '2:', ':1', '/1', '0a', '1', '011', ' 1'];
    for (const month of months) {
      for (const day of days) {
        for (const date of [`${month}-${day}`, `${month}x${day}`]) {
          const doc = { schemaVersion: 1, month, items: [entry('a', '2026-03-01'), entry('b', date)] };
          const one = { schemaVersion: 1, month, items: [entry('b', date)] };
          expect(isValidTimeShard(one), date).toBe(strictShard.safeParse(one).success);
          expect(isValidTimeShard(doc), date).toBe(strictShard.safeParse(doc).success);
        }
      }
    }
  });

  it('says what is wrong with a damaged file', () => {
    const bad = TimeShardDoc.safeParse({ schemaVersion: 1, month: '2026-03', items: [{ ...entry('a', '2026-03-02'), minutes: 0 }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path.join('.')).toBe('items.0.minutes');
    const misfiled = TimeShardDoc.safeParse({ schemaVersion: 1, month: '2026-03', items: [entry('a', '2026-04-02')] });
    expect(misfiled.error?.issues[0]?.message).toBe('an entry is filed under the wrong month');
  });

  it('hands back the file as read when it is whole', () => {
    const doc = { schemaVersion: 1, month: '2026-03', items: [entry('a', '2026-03-02'), entry('b', '2026-03-31', { note: 'x' })] };
    expect(TimeShardDoc.parse(doc)).toBe(doc);
  });
});

describe('dedupeEntries', () => {
  it('keeps the months as they are and maps every id to its month when no id repeats', () => {
    const months = new Map([
      ['2026-02', [entry('a', '2026-02-01')]],
      ['2026-03', [entry('b', '2026-03-01'), entry('c', '2026-03-02')]],
    ]);
    const { kept, changed, monthOfEntry } = dedupeEntries(months);
    expect(kept).toBe(months);
    expect(changed).toEqual([]);
    expect([...monthOfEntry]).toEqual([
      ['a', '2026-02'],
      ['b', '2026-03'],
      ['c', '2026-03'],
    ]);
  });

  it('keeps the later copy of an entry found in two months, and the last copy within a month', () => {
    const months = new Map([
      ['2026-03', [entry('a', '2026-03-05'), entry('b', '2026-03-01'), entry('b', '2026-03-02')]],
      ['2026-02', [entry('a', '2026-02-01'), entry('c', '2026-02-03')]],
    ]);
    const { kept, changed, monthOfEntry } = dedupeEntries(months);
    expect(kept.get('2026-02')!.map((e) => e.id)).toEqual(['c']);
    expect(kept.get('2026-03')!.map((e) => `${e.id}${e.date}`)).toEqual(['a2026-03-05', 'b2026-03-02']);
    expect(changed.sort()).toEqual(['2026-02', '2026-03']);
    expect(monthOfEntry.get('a')).toBe('2026-03');
    expect(monthOfEntry.get('c')).toBe('2026-02');
  });
});
