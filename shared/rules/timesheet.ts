/**
 * The week grid as a timesheet: a cell holds one project's time on one day, and typing a
 * value sets that total. These pure functions say which entries change to get there.
 */
import type { TimeEntry } from '../model';

/** The changes that turn a cell's entries into a new total: edits, deletions, and at most one new entry. */
export interface CellPlan {
  update: { id: string; minutes: number }[];
  remove: string[];
  /** Minutes of a new entry, when the total grows (or the cell was empty). */
  add: number | null;
}

/**
 * How to make a cell's entries (in list order) add up to `target` minutes: growing adds one
 * entry with the difference (the notes already there stay true); shrinking takes from the
 * last entries first, shortening one and deleting those that would drop to nothing.
 */
export function planCellTotal(entries: readonly TimeEntry[], target: number): CellPlan {
  const current = entries.reduce((s, e) => s + e.minutes, 0);
  const plan: CellPlan = { update: [], remove: [], add: null };
  if (target === current) return plan;
  if (target > current) {
    plan.add = target - current;
    return plan;
  }
  let excess = current - target;
  for (let i = entries.length - 1; i >= 0 && excess > 0; i--) {
    const e = entries[i]!;
    if (e.minutes > excess) {
      plan.update.push({ id: e.id, minutes: e.minutes - excess });
      excess = 0;
    } else {
      plan.remove.push(e.id);
      excess -= e.minutes;
    }
  }
  return plan;
}
