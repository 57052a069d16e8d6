/**
 * Forgetting the column mappings remembered for CSV files (Settings › Your data), through the
 * backend's settings save, with the inverse for the undo stack.
 */
import { forgetMappings, restoreMappings } from '#shared/csv/mapping';
import type { ColumnMapping } from '#shared/model';
import { useApp } from './index';

/** Forgets the remembered mappings under `keys`; returns the undo, which puts them back in their places. */
export async function forgetImportMappings(keys: readonly string[]): Promise<() => Promise<void>> {
  const before = useApp.getState().settings.importMappings ?? {};
  const order = Object.keys(before);
  const forgotten: Record<string, ColumnMapping> = {};
  for (const k of keys) if (before[k]) forgotten[k] = before[k];
  await useApp.getState().updateSettings({ importMappings: forgetMappings(before, keys) });
  return async () => {
    // Against the settings as they are now: a mapping remembered since is kept.
    const now = useApp.getState().settings.importMappings;
    await useApp.getState().updateSettings({ importMappings: restoreMappings(now, forgotten, order) });
  };
}
