/**
 * The bulk slice: changes to many records at once (an import, a restore, the sample data,
 * a merge). Each applies what the backend answers with (the new dataset, or what moved)
 * instead of reading everything again.
 */
import type { StateCreator } from 'zustand';
import type { Dataset, Language } from '#shared/model';
import type {
  BackupInfo,
  ClientMergeMoves,
  ImportRecord,
  ImportTimeResult,
  MergeClientsResult,
  MergeProjectsResult,
  PayloadOf,
  ProjectMergeMoves,
} from '#shared/ipc/contract';
import { appendTimeEntryList } from '#shared/rules';
import { call } from '../api';
import { setLanguage } from '../i18n';
import { patchData } from './apply';
import { clearUndo } from './undo';
import type { AppState } from './types';

/** A merge's outcome and its exact inverse, for the undo stack. */
export interface Merged<R> {
  result: R;
  undo: () => Promise<void>;
}

export interface BulkSlice {
  /** Imports time (all or nothing) and applies the clients, projects and entries it answers with. */
  importTime(input: PayloadOf<'importTime'>): Promise<ImportTimeResult>;
  /** The files imported before, newest first. */
  listImports(): Promise<ImportRecord[]>;
  listBackups(): Promise<BackupInfo[]>;
  /** Replaces all data with a backup's and applies the dataset it answers with. */
  restoreBackup(id: string): Promise<Dataset>;
  /** Replaces all data with an export's and applies the dataset it answers with. */
  restoreDataset(input: PayloadOf<'restoreDataset'>): Promise<Dataset>;
  loadSampleData(language: Language): Promise<Dataset>;
  removeSampleData(): Promise<Dataset>;
  /** Merges one client into another; the undo is the exact inverse (`unmergeClients`). */
  mergeClients(fromId: string, intoId: string): Promise<Merged<MergeClientsResult>>;
  /** Merges one project into another of the same client; the undo is the exact inverse. */
  mergeProjects(fromId: string, intoId: string): Promise<Merged<MergeProjectsResult>>;
}

/** `list` with `item` before the one with `beforeId` (at the end when that one is gone). */
export function insertBefore<T extends { id: string }>(list: T[], item: T, beforeId?: string): T[] {
  const i = beforeId === undefined ? -1 : list.findIndex((x) => x.id === beforeId);
  return i < 0 ? [...list, item] : [...list.slice(0, i), item, ...list.slice(i)];
}

/** Sets `key` to `value` on the items whose id is in `ids`. */
function reassign<T extends { id: string }, K extends keyof T>(list: T[], ids: string[], key: K, value: T[K]): T[] {
  if (ids.length === 0) return list;
  const set = new Set(ids);
  return list.map((x) => (set.has(x.id) ? { ...x, [key]: value } : x));
}

function applyClientMoves(d: Dataset, moved: ClientMergeMoves, to: string): Partial<Dataset> {
  return {
    projects: reassign(d.projects, moved.projects, 'clientId', to),
    signals: reassign(d.signals, moved.signals, 'clientId', to),
    letters: reassign(d.letters, moved.letters, 'clientId', to),
  };
}

function applyProjectMoves(d: Dataset, moved: ProjectMergeMoves, to: string): Partial<Dataset> {
  const entries = new Set(moved.entries);
  return {
    // One new list for a rare change: the index is built once from it.
    timeEntries: moved.entries.length ? d.timeEntries.map((e) => (entries.has(e.id) ? { ...e, projectId: to } : e)) : d.timeEntries,
    signals: reassign(d.signals, moved.signals, 'projectId', to),
    letters: reassign(d.letters, moved.letters, 'projectId', to),
  };
}

export const createBulkSlice: StateCreator<AppState, [], [], BulkSlice> = (set) => {
  /** A whole new dataset: the old undo steps no longer fit it. */
  const applyDataset = (data: Dataset) => {
    clearUndo();
    set({ data });
    return data;
  };
  /** A restore also brings its settings, and keeps the timer only when its project is still there. */
  const applyRestore = async (data: Dataset) => {
    const [settings, timer] = await Promise.all([call('getSettings'), call('getTimer')]);
    setLanguage(settings.language);
    set({ settings, timer });
    return applyDataset(data);
  };

  return {
    async importTime(input) {
      const result = await call('importTime', input);
      const { clients, projects, timeEntries } = result.added;
      // The import answers with what it created: applied as it is, nothing read again.
      if (clients.length + projects.length + timeEntries.length > 0) {
        clearUndo();
        set(
          patchData((d) => ({
            clients: clients.length > 0 ? d.clients.concat(clients) : d.clients,
            projects: projects.length > 0 ? d.projects.concat(projects) : d.projects,
            timeEntries: timeEntries.length > 0 ? appendTimeEntryList(d.timeEntries, timeEntries) : d.timeEntries,
          })),
        );
      }
      return result;
    },
    listImports: () => call('listImports'),
    listBackups: () => call('listBackups'),
    async restoreBackup(id) {
      return applyRestore(await call('restoreBackup', { id }));
    },
    async restoreDataset(input) {
      return applyRestore(await call('restoreDataset', input));
    },
    async loadSampleData(language) {
      return applyDataset(await call('loadSampleData', { language }));
    },
    async removeSampleData() {
      return applyDataset(await call('removeSampleData'));
    },

    async mergeClients(fromId, intoId) {
      const result = await call('mergeClients', { fromId, intoId });
      const { from, moved, beforeId } = result;
      set(
        patchData((d) => ({
          ...applyClientMoves(d, moved, intoId),
          clients: reassign(d.clients.filter((c) => c.id !== fromId), moved.referrals, 'referredBy', intoId),
        })),
      );
      return {
        result,
        undo: async () => {
          const back = await call('unmergeClients', { from, intoId, moved, ...(beforeId ? { beforeId } : {}) });
          set(
            patchData((d) => ({
              ...applyClientMoves(d, moved, from.id),
              clients: insertBefore(reassign(d.clients, moved.referrals, 'referredBy', from.id), back, beforeId),
            })),
          );
        },
      };
    },

    async mergeProjects(fromId, intoId) {
      const result = await call('mergeProjects', { fromId, intoId });
      const { from, into, moved, beforeId } = result;
      // A timer running on the project merged away runs on the one kept (and back on undo).
      const movesTimer = (was: string, to: string) => (s: AppState) =>
        moved.timer && s.timer?.projectId === was ? { timer: { ...s.timer, projectId: to } } : {};
      set((s) => ({
        ...movesTimer(fromId, intoId)(s),
        data: { ...s.data, ...applyProjectMoves(s.data, moved, intoId), projects: s.data.projects.filter((p) => p.id !== fromId).map((p) => (p.id === intoId ? into : p)) },
      }));
      return {
        result,
        undo: async () => {
          const back = await call('unmergeProjects', { from, intoId, moved, ...(beforeId ? { beforeId } : {}) });
          const invoices = new Set(moved.invoices);
          set((s) => ({
            ...movesTimer(intoId, back.id)(s),
            data: {
              ...s.data,
              ...applyProjectMoves(s.data, moved, back.id),
              projects: insertBefore(
                s.data.projects.map((p) => (p.id === intoId ? { ...p, invoices: p.invoices.filter((i) => !invoices.has(i.id)) } : p)),
                back,
                beforeId,
              ),
            },
          }));
        },
      };
    },
  };
};
