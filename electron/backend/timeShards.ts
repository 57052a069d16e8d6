/**
 * Time entries in month files: saving, moving and finding an entry in its month (one copy
 * per entry at load is timeLoad.ts's `dedupeEntries`). A change is on disk before it is in memory.
 */
import fs from 'node:fs';
import type { TimeEntry } from '#shared/model';
import { monthOf } from '#shared/dates';
import { TIME_DIR } from './files';
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

/** Writes a month, then puts it in memory. */
export function saveShard(st: State, month: string, list: TimeEntry[]): void {
  st.write(`${TIME_DIR}/${month}`, { month, items: list });
  st.shards.set(month, list);
  st.touch('time');
}

/** Puts a month back as it was before a refused change: on disk (best effort) and in memory. */
function undoShard(st: State, month: string, before: TimeEntry[] | undefined): void {
  try {
    if (before) st.write(`${TIME_DIR}/${month}`, { month, items: before });
    else fs.rmSync(st.storeFor(`${TIME_DIR}/${month}`).path, { force: true });
  } catch {
    // The new copy stays on disk: loading keeps one copy of each entry (dedupeEntries),
    // and a timer's entry has a fixed id, so stopping again replaces it.
  }
  if (before) st.shards.set(month, before);
  else st.shards.delete(month);
  st.touch('time');
}

/** Saves an entry in its month: in place when it is there, else before `beforeId` (an undone delete) or at the end. */
export function putEntry(st: State, entry: TimeEntry, beforeId?: string): TimeEntry {
  const { shards, monthOfEntry } = st;
  const month = monthOf(entry.date);
  const oldMonth = monthOfEntry.get(entry.id);
  const before = shards.get(month);
  const list = (before ?? []).slice();
  const at = list.findIndex((e) => e.id === entry.id);
  if (at < 0) {
    const full = fullMonthProblem(month, list.length);
    if (full) throw full;
  }
  const next = beforeId === undefined ? -1 : list.findIndex((e) => e.id === beforeId);
  // An edit keeps the entry where it stands in its month, so the list does not reorder under the person.
  if (at >= 0) list[at] = entry;
  else if (next >= 0) list.splice(next, 0, entry);
  else list.push(entry);
  saveShard(st, month, list);
  if (oldMonth && oldMonth !== month) {
    try {
      saveShard(st, oldMonth, (shards.get(oldMonth) ?? []).filter((e) => e.id !== entry.id));
    } catch (error) {
      // The move was refused: the new month goes back as it was too.
      undoShard(st, month, before);
      throw error;
    }
  }
  monthOfEntry.set(entry.id, month);
  return entry;
}

/** The entry with this id, or a `not-found` refusal. */
export function findEntry(st: State, id: string): TimeEntry {
  const month = st.monthOfEntry.get(id);
  const entry = month ? st.shards.get(month)?.find((e) => e.id === id) : undefined;
  if (!entry) throw refuse('record-not-found', { kind: 'time-entry', id }, `There is no time entry with id ${id}.`);
  return entry;
}
