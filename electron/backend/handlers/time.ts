/** Time entries: log, change, delete, and put a deleted one back (undo). */
import { randomUUID } from 'node:crypto';
import { TimeEntry } from '#shared/model';
import type { State } from '../state';
import { refuse } from '../errors';
import { applyChanges, checkDay } from '../checks';
import { findEntry, putEntry, removeEntry } from '../timeShards';
import type { SomeHandlers } from './types';

/** logTime, updateTimeEntry, deleteTimeEntry, restoreTimeEntry. */
export function timeHandlers(st: State) {
  return {
    logTime: (input) => {
      st.requireRef('projects', input.projectId, 'project');
      checkDay(input.date, 'date');
      return putEntry(st, { ...input, id: randomUUID() });
    },
    updateTimeEntry: ({ id, ...changes }) => {
      if (typeof changes.projectId === 'string') st.requireRef('projects', changes.projectId, 'project');
      const next = applyChanges(findEntry(st, id), changes, TimeEntry);
      if (typeof changes.date === 'string') checkDay(next.date, 'date');
      return putEntry(st, next);
    },
    deleteTimeEntry: ({ id }) => removeEntry(st, id),
    restoreTimeEntry: ({ beforeId, ...entry }) => {
      if (st.monthOfEntry.has(entry.id)) throw refuse('entry-already-there', {}, 'That time entry is already there.');
      st.requireRef('projects', entry.projectId, 'project');
      checkDay(entry.date, 'date');
      return putEntry(st, entry, beforeId);
    },
  } satisfies SomeHandlers;
}
