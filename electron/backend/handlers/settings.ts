/** Reading the data and the notices, and changing the settings. */
import type { State } from '../state';
import { refuse } from '../errors';
import type { SomeHandlers } from './types';

/** getDataset, getSettings, getNotices, updateSettings. */
export function settingsHandlers(st: State) {
  return {
    getDataset: () => st.dataset(),
    getSettings: () => st.settings,
    getNotices: () => [...st.notices],
    updateSettings: (changes) => {
      const next = { ...st.settings, ...changes };
      if (next.minimumHourlyRate > next.targetHourlyRate) {
        throw refuse('minimum-rate-above-target', {}, 'The minimum rate cannot be higher than the target rate.');
      }
      st.write('settings', { settings: next });
      st.settings = next;
      return st.settings;
    },
  } satisfies SomeHandlers;
}
