import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planCellTotal } from '#shared/rules/timesheet';
import type { TimeEntry } from '#shared/model';
import { entry as kitEntry } from '../../support/builders';

/** One entry of the cell: project p on 1 December 2026. */
const entry = (id: string, minutes: number): TimeEntry => kitEntry('p', minutes, '2026-12-01', true, { id });

/** The cell after applying a plan. */
function apply(entries: TimeEntry[], plan: ReturnType<typeof planCellTotal>): number[] {
  const out = entries
    .filter((e) => !plan.remove.includes(e.id))
    .map((e) => plan.update.find((u) => u.id === e.id)?.minutes ?? e.minutes);
  if (plan.add !== null) out.push(plan.add);
  return out;
}

describe('planCellTotal: typing a value sets the cell', () => {
  it('shortens the last entry: 1:00 over 1:30', () => {
    expect(planCellTotal([entry('a', 90)], 60)).toEqual({ update: [{ id: 'a', minutes: 60 }], remove: [], add: null });
  });
  it('deletes the last entries that would drop to nothing, then shortens one', () => {
    expect(planCellTotal([entry('a', 60), entry('b', 30), entry('c', 15)], 50)).toEqual({ update: [{ id: 'a', minutes: 50 }], remove: ['c', 'b'], add: null });
  });
  it('grows by one new entry with the difference, and fills an empty cell', () => {
    expect(planCellTotal([entry('a', 60)], 150)).toEqual({ update: [], remove: [], add: 90 });
    expect(planCellTotal([], 45)).toEqual({ update: [], remove: [], add: 45 });
  });
  it('clears the cell at 0 and changes nothing at the same total', () => {
    expect(planCellTotal([entry('a', 60), entry('b', 30)], 0)).toEqual({ update: [], remove: ['b', 'a'], add: null });
    expect(planCellTotal([entry('a', 60)], 60)).toEqual({ update: [], remove: [], add: null });
  });
  it('always ends at the total typed, with no entry under one minute', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 600 }), { maxLength: 6 }), fc.integer({ min: 0, max: 1440 }), (minutes, target) => {
        const entries = minutes.map((m, i) => entry(`e${i}`, m));
        const after = apply(entries, planCellTotal(entries, target));
        expect(after.reduce((s, m) => s + m, 0)).toBe(target);
        expect(after.every((m) => m >= 1)).toBe(true);
      }),
    );
  });
});
