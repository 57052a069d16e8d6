/**
 * A note beside the month files saying they were last known whole: no entry in two months and
 * none twice in one. Only a stop between writing two month files leaves an entry in two (a
 * crash, or a disk that refused a later file and the earlier one's old bytes), so with the note
 * matching, a start skips the pass that looks for such copies, and the map from each entry to
 * its month is built at the first change instead: at ten years that is 100,000 entries less to
 * index before the window can open.
 *
 * The note holds each month file's size and modification time. It is there only while the app
 * is closed, like a clean-shutdown flag: read and removed at start, written at a close that
 * folded every change into the month files, when they are on disk as memory holds them (one
 * copy of each entry). After a crash there is none, and the whole pass runs. A month file
 * changed while the app was closed (by hand, by an earlier version of ClientFit, a copy from
 * elsewhere) no longer matches the note, and the whole pass runs too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomicSync } from './store';

/** The note's name inside `time/`: not a month file, so loading and backups never take it for one. */
export const CHECKED_FILE = 'checked.json';

type Stamp = [size: number, modified: number];

/** Each month file's size and modification time; undefined when one cannot be read. */
function stampsOf(timeDir: string, names: readonly string[]): Record<string, Stamp> | undefined {
  const stamps: Record<string, Stamp> = {};
  for (const name of names) {
    const s = fs.statSync(path.join(timeDir, name), { throwIfNoEntry: false });
    if (!s) return undefined;
    stamps[name] = [s.size, s.mtimeMs];
  }
  return stamps;
}

/** Whether the note is there and names exactly these month files, each as it is now. */
export function monthsAsChecked(timeDir: string, names: readonly string[]): boolean {
  let note: unknown;
  try {
    note = JSON.parse(fs.readFileSync(path.join(timeDir, CHECKED_FILE), 'utf8'));
  } catch {
    return false; // missing, or cut short by a power cut: not trusted
  }
  const files = (note as { files?: unknown } | null)?.files;
  if (typeof files !== 'object' || files === null || Object.keys(files).length !== names.length) return false;
  for (const name of names) {
    const noted = (files as Record<string, unknown>)[name];
    if (!Array.isArray(noted) || noted.length !== 2) return false;
    const s = fs.statSync(path.join(timeDir, name), { throwIfNoEntry: false });
    if (!s || s.size !== noted[0] || s.mtimeMs !== noted[1]) return false;
  }
  return true;
}

/** Writes the note for these month files; false when it could not (a read-only folder). */
export function noteMonthsChecked(timeDir: string, names: readonly string[]): boolean {
  const files = stampsOf(timeDir, names);
  if (!files) return false;
  try {
    writeFileAtomicSync(path.join(timeDir, CHECKED_FILE), JSON.stringify({ files }));
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes the note once it is read at start: from then on the month files may change, and
 * the next start after a crash must not find it. Not synced (that would cost every start a
 * disk flush): a removal lost in a power cut comes back with the old sizes and times, and the
 * month files written after it no longer match them.
 */
export function forgetMonthsChecked(timeDir: string): void {
  try {
    fs.rmSync(path.join(timeDir, CHECKED_FILE), { force: true });
  } catch {
    // A read-only folder: nothing else is written either, and a file that is changes its time.
  }
}
