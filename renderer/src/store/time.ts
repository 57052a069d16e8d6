/**
 * The time slice: the running timer and the time entries, changed one at a time. Entries
 * change through shared helpers that let the rules derive the new totals from the previous
 * ones instead of going over every entry again. The undoable edits built on these
 * actions are in `timeEdits.ts`.
 */
import type { StateCreator } from 'zustand';
import type { TimeEntry, Timer } from '#shared/model';
import { appendTimeEntries, insertTimeEntry, removeTimeEntry, replaceTimeEntry } from '#shared/rules';
import type { NeedsEnd, PayloadOf, StopTimerResult } from '#shared/ipc/contract';
import { call } from '../api';
import { patchData } from './apply';
import type { AppState } from './types';

export interface TimeSlice {
  timer: Timer | null;
  /** A timer that ran too long to log as it is: the screen asks when the work ended. */
  askEnd: (NeedsEnd & { nextProjectId?: string }) | null;
  logTime(input: PayloadOf<'logTime'>): Promise<TimeEntry>;
  updateTimeEntry(input: PayloadOf<'updateTimeEntry'>): Promise<TimeEntry>;
  deleteTimeEntry(id: string): Promise<TimeEntry>;
  /** Puts a deleted entry back, before the entry with `beforeId` when given (its old place). */
  restoreTimeEntry(entry: PayloadOf<'restoreTimeEntry'>): Promise<TimeEntry>;
  /** Starts a timer; when the running one ran past `longTimerHours`, asks for its end first (`askEnd`). */
  startTimer(projectId: string): Promise<void>;
  /** Stops the timer; without `endAt`, a forgotten one is not stopped but asked about (`askEnd`). */
  stopTimer(options?: PayloadOf<'stopTimer'>): Promise<StopTimerResult>;
  /** Closes the question, leaving the timer running. */
  dismissAskEnd(): void;
  /** Throws the running timer away without logging it. */
  discardTimer(): Promise<void>;
}

export const createTimeSlice: StateCreator<AppState, [], [], TimeSlice> = (set) => ({
  timer: null,
  askEnd: null,

  async logTime(input) {
    const entry = await call('logTime', input);
    // A repeated request is answered with the entry already here: nothing to add.
    set((s) => (s.data.timeEntries.some((e) => e.id === entry.id) ? {} : patchData((d) => ({ timeEntries: appendTimeEntries(d.timeEntries, entry) }))(s)));
    return entry;
  },
  async updateTimeEntry(input) {
    const entry = await call('updateTimeEntry', input);
    set(patchData((d) => ({ timeEntries: replaceTimeEntry(d.timeEntries, entry) })));
    return entry;
  },
  async deleteTimeEntry(id) {
    const entry = await call('deleteTimeEntry', { id });
    set(patchData((d) => ({ timeEntries: removeTimeEntry(d.timeEntries, id) })));
    return entry;
  },
  async restoreTimeEntry(entry) {
    const back = await call('restoreTimeEntry', entry);
    set(patchData((d) => ({ timeEntries: insertTimeEntry(d.timeEntries, back, entry.beforeId) })));
    return back;
  },
  async startTimer(projectId) {
    const { timer, logged, needsEnd } = await call('startTimer', { projectId });
    if (needsEnd || !timer) {
      if (needsEnd) set({ askEnd: { ...needsEnd, nextProjectId: projectId } });
      return;
    }
    set((s) => ({
      timer,
      data: logged.length > 0 ? { ...s.data, timeEntries: appendTimeEntries(s.data.timeEntries, ...logged) } : s.data,
    }));
  },
  async stopTimer(options) {
    const result = await call('stopTimer', options);
    if (result.needsEnd) {
      set({ askEnd: result.needsEnd });
      return result;
    }
    set((s) => ({
      timer: null,
      askEnd: null,
      data: result.entries.length > 0 ? { ...s.data, timeEntries: appendTimeEntries(s.data.timeEntries, ...result.entries) } : s.data,
    }));
    return result;
  },
  dismissAskEnd() {
    set({ askEnd: null });
  },
  async discardTimer() {
    await call('discardTimer');
    set({ timer: null, askEnd: null });
  },
});
