/**
 * The data slice: the dataset, settings and notices as the backend last acknowledged
 * them, loaded once at start; and the settings changes.
 */
import type { StateCreator } from 'zustand';
import type { Dataset, Notice, Settings } from '#shared/model';
import { DEFAULT_SETTINGS, EMPTY_DATASET } from '#shared/model';
import type { PayloadOf } from '#shared/ipc/contract';
import { call } from '../api';
import { setLanguage } from '../i18n';
import { clearUndo } from './undo';
import type { AppState } from './types';
import { errorText } from '../lib/errorText';

export interface DataSlice {
  status: 'loading' | 'ready' | 'failed';
  loadError?: string;
  data: Dataset;
  settings: Settings;
  notices: Notice[];
  load(): Promise<void>;
  /** Reads the whole dataset, settings and timer again (for a change made outside the store). */
  reload(): Promise<void>;
  updateSettings(changes: PayloadOf<'updateSettings'>): Promise<Settings>;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  status: 'loading',
  data: EMPTY_DATASET,
  settings: DEFAULT_SETTINGS,
  notices: [],

  async load() {
    try {
      const [data, settings, timer, notices] = await Promise.all([
        call('getDataset'),
        call('getSettings'),
        call('getTimer'),
        call('getNotices'),
      ]);
      setLanguage(settings.language);
      set({ status: 'ready', data, settings, timer, notices });
    } catch (error) {
      set({ status: 'failed', loadError: errorText(error) });
    }
  },

  async reload() {
    const [data, settings, timer] = await Promise.all([call('getDataset'), call('getSettings'), call('getTimer')]);
    // The old inverses may no longer fit the data: nothing to undo.
    clearUndo();
    set({ data, settings, timer });
  },

  async updateSettings(changes) {
    const settings = await call('updateSettings', changes);
    setLanguage(settings.language);
    set({ settings });
    return settings;
  },
});
