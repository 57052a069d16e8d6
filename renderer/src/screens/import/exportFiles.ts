/** Saving exports: a Blob behind a download link (in Electron, the system's save dialog). */
import { toTimeCsv } from '../../../../shared/import';
import type { Dataset, Settings } from '../../../../shared/model';

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

/** Hands `content` to the browser as a file download called `name`. */
export function downloadFile(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the object URL is no longer needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The time CSV with a UTF-8 BOM, so that spreadsheet apps read accents right. */
export function timeCsvFile(data: Dataset): string {
  return `\uFEFF${toTimeCsv(data)}`;
}

export function backupFile(data: Dataset, settings: Settings, now: Date): BackupFile {
  return { format: 'clientfit-backup', version: 1, exportedAt: now.toISOString(), settings, dataset: data };
}
