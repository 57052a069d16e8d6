/**
 * One zustand store made of slices, one file each (the zustand docs' slices pattern):
 * data (dataset, settings, load), collections (create/update/delete from the contract's
 * channel names), time (timer, entries), bulk (import, restore, sample data, merges) and
 * ui (place, toasts, shell services). It is the renderer's one door to the backend: no
 * component imports the api (a lint rule keeps it so). Components select stored
 * references (stable selectors); each change is applied from the backend's answer.
 */
import { create } from 'zustand';
import { errorText } from '../lib/errorText';
import { onRefusal } from '../api';
import { refreshAfterRefusal } from './stale';
import { createBulkSlice } from './bulk';
import { createCollectionsSlice } from './collections';
import { createDataSlice } from './data';
import { createTimeSlice } from './time';
import { createUiSlice } from './ui';
import type { AppState } from './types';

export type { AppState, Route, Toast } from './types';
/** The error a failed action throws; its message is a sentence in the person's language. */
export { ApiError } from '../api';

export const useApp = create<AppState>()((...a) => ({
  ...createDataSlice(...a),
  ...createCollectionsSlice(...a),
  ...createTimeSlice(...a),
  ...createBulkSlice(...a),
  ...createUiSlice(...a),
}));

// A refusal caused by a change made elsewhere reads the records it concerns again.
onRefusal((channel, payload, error) => refreshAfterRefusal(channel, payload, error.reason));

/** Runs an action and shows its failure as a toast; returns undefined when it failed. */
export async function attempt<T>(run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    useApp.getState().toast(errorText(error), { tone: 'error' });
    return undefined;
  }
}

/** Today's local date, `YYYY-MM-DD`: the renderer's clock, handed to the pure rules. */
export function localToday(now = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}
