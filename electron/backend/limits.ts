/**
 * The backend's side of the data limits (shared/limits.ts): building the list of every
 * entry from the month files, and the sentences that refuse what would pass a cap.
 */
import type { Dataset, TimeEntry } from '#shared/model';
import { refuse, type BackendError } from './errors';
import { LIST_MAX_ITEMS, MONTH_MAX_ENTRIES, RESTORE_MAX_MONTH_SPAN, implausibleMonths, monthOverflow } from '#shared/limits';

/**
 * Every entry of every month, in month order, as a new array. A loop, not `push(...month)`:
 * spreading a month of 125,000 entries as arguments overflows the stack.
 */
export function joinMonths(months: ReadonlyMap<string, readonly TimeEntry[]>): TimeEntry[] {
  let total = 0;
  for (const list of months.values()) total += list.length;
  const out: TimeEntry[] = new Array<TimeEntry>(total);
  let i = 0;
  for (const month of [...months.keys()].sort()) {
    for (const e of months.get(month)!) out[i++] = e;
  }
  return out;
}

/** Why an entry cannot be added to a month that already holds `count`, or undefined when it fits. */
export function fullMonthProblem(month: string, count: number): BackendError | undefined {
  return count >= MONTH_MAX_ENTRIES
    ? refuse('month-full', { month, count, max: MONTH_MAX_ENTRIES }, `The month ${month} already holds ${count} time entries, the most one month can hold (${MONTH_MAX_ENTRIES}). Nothing was changed; check whether these entries were imported twice.`)
    : undefined;
}

/**
 * Why entries on these dates cannot join the months as they are (`existing` counts a month's
 * entries now), or undefined when every month stays within the cap.
 */
export function monthsProblem(
  dates: Iterable<string>,
  existing: (month: string) => number,
  what: string,
): { month: string; entries: number; max: number; message: string } | undefined {
  const over = monthOverflow(dates, existing);
  return over
    ? {
        month: over.month,
        entries: over.entries,
        max: MONTH_MAX_ENTRIES,
        message: `${what} would put ${over.entries} time entries in ${over.month}; one month can hold at most ${MONTH_MAX_ENTRIES} (30 a day is already a lot). Nothing was changed; check the file for repeated rows.`,
      }
    : undefined;
}

/** Why a dataset to restore is not a plausible history of one person, or undefined when it is. */
export function restoreProblem(d: Dataset): BackendError | undefined {
  for (const name of Object.keys(d) as (keyof Dataset)[]) {
    if (d[name].length > LIST_MAX_ITEMS) {
      const count = d[name].length;
      return refuse('restore-too-many', { count, list: name, max: LIST_MAX_ITEMS }, `The file holds ${count} ${name}; a restore can hold at most ${LIST_MAX_ITEMS}. Nothing was changed.`);
    }
  }
  const span = implausibleMonths(d.timeEntries.map((e) => e.date));
  if (span) {
    return refuse(
      'restore-span',
      { first: span.first, last: span.last, months: span.span, max: RESTORE_MAX_MONTH_SPAN },
      `The file's time entries run from ${span.first} to ${span.last}, ${span.span} months; a restore can cover at most ${RESTORE_MAX_MONTH_SPAN} months (fifty years). Nothing was changed; check the dates in the file.`,
    );
  }
  const crowded = monthsProblem(
    d.timeEntries.map((e) => e.date),
    () => 0,
    'This restore',
  );
  return crowded && refuse('restore-month-crowded', { month: crowded.month, entries: crowded.entries, max: crowded.max }, crowded.message);
}
