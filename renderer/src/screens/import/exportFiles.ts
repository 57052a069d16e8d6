/** What the exports write: the time as CSV (plain, or for a spreadsheet in the app's language) and everything as JSON. */
import { toTimeCsv, toTimeExcelCsv } from '#shared/csv';
import type { Dataset, Language, Settings } from '#shared/model';

/** What "Export everything as JSON" writes: every collection and the settings. */
export interface BackupFile {
  format: 'clientfit-backup';
  version: 1;
  /** ISO instant of the export. */
  exportedAt: string;
  settings: Settings;
  /** Every collection, as `getDataset` gives it (`{ dataset, settings }` is what `restoreDataset` takes). */
  dataset: Dataset;
}

/** The time CSV with a UTF-8 BOM, so that spreadsheet apps read accents right. */
export function timeCsvFile(data: Dataset): string {
  return `\uFEFF${toTimeCsv(data)}`;
}

/** The time CSV for a spreadsheet in `language` (it carries its own BOM). */
export function timeExcelFile(data: Dataset, language: Language): string {
  return toTimeExcelCsv(data, language);
}

/** The JSON backup export's content. */
export function backupFile(data: Dataset, settings: Settings, now: Date): BackupFile {
  return { format: 'clientfit-backup', version: 1, exportedAt: now.toISOString(), settings, dataset: data };
}
