/** Small pure helpers the slices share to apply the backend's answers to the stored lists. */
import type { Dataset } from '#shared/model';
import type { AppState } from './types';

/** `list` with `item` in place of the one with its id, or added at the end. */
export function replaceById<T extends { id: string }>(list: T[], item: T): T[] {
  const i = list.findIndex((x) => x.id === item.id);
  if (i < 0) return [...list, item];
  const next = list.slice();
  next[i] = item;
  return next;
}

/** A state change that replaces some of the dataset's lists, keeping the others' references. */
export function patchData(f: (d: Dataset) => Partial<Dataset>): (s: AppState) => Partial<AppState> {
  return (s) => ({ data: { ...s.data, ...f(s.data) } });
}
