/**
 * The time journal: logging an hour appends one line to `time/journal.jsonl` and syncs it,
 * instead of rewriting the entry's whole month file. Appending to a file that is already
 * there costs a fraction of replacing a month (no new file, no rename), so an hour costs
 * the same in the tenth year as in the first and well under the cost of one month's write.
 *
 * The month files stay the record: the journal holds only the changes since they were last
 * written. At load it is replayed on top of them; then (and when it grows long, before any
 * other write of time files or a backup, and at close) its months are written whole and
 * it is removed: "folded".
 */
import fs from 'node:fs';
import path from 'node:path';
import { isValidTimeEntry, type TimeEntry } from '#shared/model';
import { monthOf } from '#shared/dates';
import { FILE_MODE, makeDataDir, syncDir } from './store';

/** The journal's name inside `time/`: not a month file, so loading and backups never take it for one. */
export const JOURNAL_FILE = 'journal.jsonl';

/** Fold after this many changes: replaying them at the next start stays well under a millisecond each. */
export const FOLD_AFTER_CHANGES = 2000;

/** After a fold the disk refused, the next try waits this many changes: not a failing write of every touched month at each one. */
export const FOLD_RETRY_AFTER = 200;

/** One change: an entry saved (in place, before `before`, or at the end of its month) or deleted. */
export type JournalChange = { put: TimeEntry; before?: string } | { del: string };

/** An append-only file of lines: what the journal needs from the disk. */
export interface AppendLog {
  readonly path: string;
  /**
   * Appends `text` and syncs it to disk; on any failure the file is as it was before (a
   * partial line is cut off again) and the error is thrown.
   */
  append(text: string): void;
  /** The whole file's text ('' when there is none). */
  read(): string;
  /** Removes the file (its changes are in the month files now). */
  clear(): void;
  /** Closes the open file, if any. */
  close(): void;
}

/** Makes the journal file of a data folder's `time/` folder; tests pass one that fails like a disk. */
export type AppendLogFactory = (file: string) => AppendLog;

/** The journal on disk: opened once, kept open, each line written at its end and synced. */
export const fileAppendLog: AppendLogFactory = (file) => {
  let fd: number | undefined;
  /** Where the next line goes: the file's length once every acknowledged line is in. */
  let size = 0;
  /**
   * The file ends in a line cut short (a power cut in the middle of a write, before it was
   * acknowledged): the next line starts on a line of its own, so the cut one stays a line
   * that does not read (skipped) instead of swallowing an acknowledged change.
   */
  let cutAtEnd = false;
  /**
   * A failed append whose bytes could not be cut off again: nothing more is appended (a whole
   * line of a refused change might be there) until the journal is folded and removed.
   */
  let broken = false;
  const open = () => {
    if (fd !== undefined) return fd;
    const existed = fs.existsSync(file);
    // Read and write, not append mode: Windows lets a file opened to append neither be cut
    // short nor written at a chosen place, and a refused line must be cut off again.
    const flags = fs.constants.O_RDWR | fs.constants.O_CREAT;
    try {
      fd = fs.openSync(file, flags, FILE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      makeDataDir(path.dirname(file));
      // The new time folder stays in its parent after a power cut, as the file will in it.
      syncDir(path.dirname(path.dirname(file)));
      fd = fs.openSync(file, flags, FILE_MODE);
    }
    size = fs.fstatSync(fd).size;
    cutAtEnd = false;
    if (size > 0) {
      const last = Buffer.alloc(1);
      fs.readSync(fd, last, 0, 1, size - 1);
      cutAtEnd = last[0] !== 0x0a;
    }
    if (!existed) syncDir(path.dirname(file));
    return fd;
  };
  return {
    path: file,
    append(text) {
      if (broken) throw Object.assign(new Error(`the journal ${file} has a cut line; it is folded first`), { code: 'EJOURNAL' });
      const existed = fd !== undefined || fs.existsSync(file);
      const at = open();
      const bytes = Buffer.from(cutAtEnd ? `\n${text}` : text, 'utf8');
      try {
        for (let offset = 0; offset < bytes.length; ) {
          const n = fs.writeSync(at, bytes, offset, bytes.length - offset, size + offset);
          if (n <= 0) throw Object.assign(new Error(`no space left to write ${file}`), { code: 'ENOSPC' });
          offset += n;
        }
        fs.fdatasyncSync(at);
        size += bytes.length;
        cutAtEnd = false;
      } catch (error) {
        try {
          if (!existed && size === 0) {
            // Made for this line: it goes again, so a refused change leaves no new file.
            fs.closeSync(at);
            fd = undefined;
            fs.rmSync(file, { force: true });
          } else {
            fs.ftruncateSync(at, size);
          }
        } catch {
          broken = true;
        }
        throw error;
      }
    },
    read() {
      try {
        return fs.readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
        throw error;
      }
    },
    clear() {
      if (fd !== undefined) {
        fs.closeSync(fd);
        fd = undefined;
      }
      fs.rmSync(file, { force: true });
      size = 0;
      broken = false;
      // Gone for good: a journal back after a power cut would replay old changes over later writes.
      syncDir(path.dirname(file));
    },
    close() {
      if (fd !== undefined) fs.closeSync(fd);
      fd = undefined;
    },
  };
};

/** A change as one journal line. */
export function journalLine(change: JournalChange): string {
  return `${JSON.stringify(change)}\n`;
}

function isChange(x: unknown): x is JournalChange {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const c = x as Record<string, unknown>;
  if ('del' in c) return typeof c.del === 'string' && Object.keys(c).length === 1;
  return isValidTimeEntry(c.put) && (c.before === undefined || typeof c.before === 'string');
}

/**
 * The changes in a journal's text, in order. A line that does not read (the last one, cut by
 * a power cut before it was acknowledged) is skipped and counted.
 */
export function readJournal(text: string): { changes: JournalChange[]; skipped: number } {
  const changes: JournalChange[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const parsed: unknown = JSON.parse(line);
      if (isChange(parsed)) changes.push(parsed);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { changes, skipped };
}

/**
 * Applies one change to entries by month (lists are copied before they change) and to the
 * map of each entry's month; returns the months it changed. Replaying a journal already folded
 * gives the same entries (an entry moved away and back may end a month instead of keeping its
 * place), so a journal folded but not yet removed loses and doubles nothing.
 */
export function applyChange(shards: Map<string, TimeEntry[]>, monthOfEntry: Map<string, string>, change: JournalChange): string[] {
  if ('del' in change) {
    const month = monthOfEntry.get(change.del);
    if (!month) return [];
    shards.set(month, (shards.get(month) ?? []).filter((e) => e.id !== change.del));
    monthOfEntry.delete(change.del);
    return [month];
  }
  const entry = change.put;
  const month = monthOf(entry.date);
  const oldMonth = monthOfEntry.get(entry.id);
  const list = (shards.get(month) ?? []).slice();
  const at = list.findIndex((e) => e.id === entry.id);
  const next = change.before === undefined ? -1 : list.findIndex((e) => e.id === change.before);
  // An edit keeps the entry where it stands in its month, so the list does not reorder under the person.
  if (at >= 0) list[at] = entry;
  else if (next >= 0) list.splice(next, 0, entry);
  else list.push(entry);
  shards.set(month, list);
  monthOfEntry.set(entry.id, month);
  if (oldMonth && oldMonth !== month) {
    shards.set(oldMonth, (shards.get(oldMonth) ?? []).filter((e) => e.id !== entry.id));
    return [month, oldMonth];
  }
  return [month];
}
