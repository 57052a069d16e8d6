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
 * folded every change into the month files, when memory holds what they hold (one copy of each
 * entry) and each file is as the app last read or wrote it. After a crash there is none, and the
 * whole pass runs; so it does when a month file changed in any other way, while the app ran or
 * while it was closed (by hand, by a sync tool, by an earlier version of ClientFit, a copy from
 * elsewhere): the file no longer matches.
 */
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomicSync } from './store';

/** The note's name inside `time/`: not a month file, so loading and backups never take it for one. */
export const CHECKED_FILE = 'checked.json';

/** A month file's size and modification time, as the note holds them. */
export type Stamp = [size: number, modified: number];

/** A month file's stamp; undefined when it is not there. */
export function monthStamp(timeDir: string, name: string): Stamp | undefined {
  const s = fs.statSync(path.join(timeDir, name), { throwIfNoEntry: false });
  return s ? [s.size, s.mtimeMs] : undefined;
}

/** The stamp of each of these month files; a file gone since it was listed has none. */
export function monthStamps(timeDir: string, names: readonly string[]): Map<string, Stamp> {
  const stamps = new Map<string, Stamp>();
  for (const name of names) {
    const stamp = monthStamp(timeDir, name);
    if (stamp) stamps.set(name, stamp);
  }
  return stamps;
}

/** Whether two sets of stamps name the same files, each of the same size and time. */
export function sameStamps(a: ReadonlyMap<string, Stamp>, b: ReadonlyMap<string, Stamp>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, [size, modified]] of a) {
    const other = b.get(name);
    if (!other || other[0] !== size || other[1] !== modified) return false;
  }
  return true;
}

/** Whether the note is there and names exactly these month files, each with this stamp. */
export function monthsAsChecked(timeDir: string, stamps: ReadonlyMap<string, Stamp>): boolean {
  let note: unknown;
  try {
    note = JSON.parse(fs.readFileSync(path.join(timeDir, CHECKED_FILE), 'utf8'));
  } catch {
    return false; // missing, or cut short by a power cut: not trusted
  }
  const files = (note as { files?: unknown } | null)?.files;
  if (typeof files !== 'object' || files === null) return false;
  const noted = new Map<string, Stamp>();
  for (const [name, stamp] of Object.entries(files)) {
    if (!Array.isArray(stamp) || stamp.length !== 2 || typeof stamp[0] !== 'number' || typeof stamp[1] !== 'number') return false;
    noted.set(name, [stamp[0], stamp[1]]);
  }
  return sameStamps(noted, stamps);
}

/** Writes the note for these month files; false when it could not (a read-only folder). */
export function noteMonthsChecked(timeDir: string, stamps: ReadonlyMap<string, Stamp>): boolean {
  try {
    writeFileAtomicSync(path.join(timeDir, CHECKED_FILE), JSON.stringify({ files: Object.fromEntries(stamps) }));
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
