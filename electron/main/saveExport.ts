/**
 * Writing an export where the person chose in the save dialog. Plain Node (no `electron`
 * import), so the end-to-end harness saves through the very same code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { refusal, type Reason, type Refusal } from '#shared/ipc/reasons';

/** Why an export could not be written, for a sentence in the person's language. */
export type SaveFailureReason = 'no-permission' | 'disk-full' | 'read-only' | 'other';

/** The reason behind a failed write, from its system error code. */
export function saveFailureReason(error: unknown): SaveFailureReason {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'no-permission';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk-full';
  if (code === 'EROFS') return 'read-only';
  return 'other';
}

const SAVE_FAILURES = {
  'no-permission': 'export-no-permission',
  'disk-full': 'export-disk-full',
  'read-only': 'export-read-only',
  other: 'export-not-written',
} as const satisfies Record<SaveFailureReason, Reason>;

/** The refusal for a failed write: its reason says what to do next in the person's language. */
export function saveFailure(error: unknown, filePath: string): Refusal {
  const why = saveFailureReason(error);
  return refusal(SAVE_FAILURES[why], {}, `The export could not be written to ${filePath} (${why}). Choose another folder and export again.`);
}

/** The refusal for "Show in folder" on a file this run did not save. */
export const notSavedByApp = (): Refusal => refusal('not-saved-by-app', {}, 'Only a file ClientFit saved can be shown in its folder.');

/**
 * Writes `content` to `filePath`: into a temporary file beside it first, then renamed over,
 * so a failed write never leaves half an export under the chosen name (or spoils the file
 * it was replacing). Owner-only (0600), as the data folder is: an export holds the same data.
 */
export async function writeExportFile(filePath: string, content: string): Promise<void> {
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.part`);
  try {
    await fs.promises.writeFile(temp, content, { encoding: 'utf8', mode: 0o600 });
    await fs.promises.rename(temp, filePath);
  } catch (error) {
    await fs.promises.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** The save dialog's file-type filter for a proposed name. */
export function exportFilters(name: string): { name: string; extensions: string[] }[] {
  return name.endsWith('.json') ? [{ name: 'JSON', extensions: ['json'] }] : [{ name: 'CSV', extensions: ['csv'] }];
}
