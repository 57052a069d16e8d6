/**
 * Changes to time entries that can be undone: deleting, editing, and setting a week cell's
 * total. Each goes through the time slice's actions (which apply the backend's answers to
 * the store as they come) and returns the inverse operation, which the undo stack keeps.
 */
import type { TimeEntry } from '#shared/model';
import type { PayloadOf } from '#shared/ipc/contract';
import { planCellTotal } from '#shared/rules/timesheet';
import { useApp } from './index';

const actions = () => useApp.getState();

/** Puts deleted entries back, each before the entry it stood before (or where it was, when that one is also back). */
async function restore(removed: { entry: TimeEntry; beforeId?: string }[]): Promise<void> {
  // In the list's original order, so each one's `beforeId` is already back or never went.
  for (const { entry, beforeId } of removed) {
    await actions().restoreTimeEntry({ ...entry, ...(beforeId ? { beforeId } : {}) });
  }
}

/** Deletes entries; returns them with their places, in list order, for `restore`. */
async function remove(ids: string[]): Promise<{ entry: TimeEntry; beforeId?: string }[]> {
  const gone = new Set(ids);
  const list = useApp.getState().data.timeEntries;
  // The place of each: the next entry that stays, found before any goes.
  const places = new Map<string, string | undefined>();
  for (let i = 0; i < list.length; i++) {
    if (!gone.has(list[i]!.id)) continue;
    let j = i + 1;
    while (j < list.length && gone.has(list[j]!.id)) j++;
    places.set(list[i]!.id, list[j]?.id);
  }
  const order = list.filter((e) => gone.has(e.id)).map((e) => e.id);
  const removed: { entry: TimeEntry; beforeId?: string }[] = [];
  for (const id of order) {
    const entry = await actions().deleteTimeEntry(id);
    const beforeId = places.get(id);
    removed.push({ entry, ...(beforeId ? { beforeId } : {}) });
  }
  return removed;
}

const update = (input: PayloadOf<'updateTimeEntry'>): Promise<TimeEntry> => actions().updateTimeEntry(input);

/** Deletes one entry; the returned function puts it back in its place. */
export async function deleteEntry(id: string): Promise<{ entry: TimeEntry; undo: () => Promise<void> }> {
  const removed = await remove([id]);
  return { entry: removed[0]!.entry, undo: () => restore(removed) };
}

/** The fields of an entry a person edits in place. */
export type EntryChanges = Pick<TimeEntry, 'projectId' | 'date' | 'minutes' | 'billable'> & { note?: string | undefined };

/** Edits an entry (project, date, duration, note, billable); the returned function puts the old values back. */
export async function editEntry(before: TimeEntry, next: EntryChanges): Promise<{ entry: TimeEntry; undo: () => Promise<void> }> {
  const entry = await update({ id: before.id, projectId: next.projectId, date: next.date, minutes: next.minutes, billable: next.billable, note: next.note ?? null });
  return {
    entry,
    undo: async () => {
      await update({ id: before.id, projectId: before.projectId, date: before.date, minutes: before.minutes, billable: before.billable, note: before.note ?? null });
    },
  };
}

/**
 * Sets one project's time on one day to `target` minutes (see planCellTotal); the returned
 * function undoes the whole change. `changed` is false when the cell already held it.
 */
export async function setCellTotal(projectId: string, date: string, target: number): Promise<{ changed: boolean; undo: () => Promise<void> }> {
  const cell = useApp.getState().data.timeEntries.filter((e) => e.projectId === projectId && e.date === date);
  const plan = planCellTotal(cell, target);
  const edited: TimeEntry[] = [];
  for (const u of plan.update) {
    edited.push(cell.find((e) => e.id === u.id)!);
    await update({ id: u.id, minutes: u.minutes });
  }
  const removed = plan.remove.length ? await remove(plan.remove) : [];
  let added: TimeEntry | undefined;
  if (plan.add !== null) {
    added = await actions().logTime({ projectId, date, minutes: plan.add, billable: true });
  }
  const changed = edited.length + removed.length > 0 || added !== undefined;
  return {
    changed,
    undo: async () => {
      if (added) {
        await actions().deleteTimeEntry(added.id);
      }
      await restore(removed);
      for (const e of edited) await update({ id: e.id, minutes: e.minutes });
    },
  };
}
