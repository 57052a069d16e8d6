/**
 * Time entries in month files: saving, moving and finding an entry in its month. A change is
 * on disk (a line in the time journal, timeJournal.ts) before it is in memory.
 */
import type { TimeEntry } from '#shared/model';
import { monthOf } from '#shared/dates';
import { fullMonthProblem } from './limits';
import { refuse } from './errors';
import type { State } from './state';

/** Entries grouped by month, in the order given. */
export function groupByMonth(entries: Iterable<TimeEntry>): Map<string, TimeEntry[]> {
  const months = new Map<string, TimeEntry[]>();
  for (const e of entries) {
    const month = monthOf(e.date);
    const list = months.get(month);
    if (list) list.push(e);
    else months.set(month, [e]);
  }
  return months;
}

/** Saves an entry in its month: in place when it is there, else before `beforeId` (an undone delete) or at the end. */
export function putEntry(st: State, entry: TimeEntry, beforeId?: string): TimeEntry {
  const month = monthOf(entry.date);
  if (st.monthOfEntry.get(entry.id) !== month) {
    const full = fullMonthProblem(month, st.shards.get(month)?.length ?? 0);
    if (full) throw full;
  }
  // One journal line, even for a move between months: there is no moment with the entry in both.
  st.saveTimeChange(beforeId === undefined ? { put: entry } : { put: entry, before: beforeId });
  return entry;
}

/** Deletes an entry; returns it. */
export function removeEntry(st: State, id: string): TimeEntry {
  const entry = findEntry(st, id);
  st.saveTimeChange({ del: id });
  return entry;
}

/** The entry with this id, or a `not-found` refusal. */
export function findEntry(st: State, id: string): TimeEntry {
  const month = st.monthOfEntry.get(id);
  const entry = month ? st.shards.get(month)?.find((e) => e.id === id) : undefined;
  if (!entry) throw refuse('record-not-found', { kind: 'time-entry', id }, `There is no time entry with id ${id}.`);
  return entry;
}
