/**
 * Loading the month files of time entries quickly: at ten years that is 100,000 entries, so
 * the load checks them without allocating and indexes them in one pass. zod runs only when a
 * file fails, to say why.
 */
import { z } from 'zod';
import { LIMITS, TimeEntry, hasOnlyTimeEntryKeys } from '#shared/model';
import { daysInMonth, isIsoDate } from '#shared/dates';

const MONTH = /^\d{4}-\d{2}$/;
const TimeShardShape = z.object({ schemaVersion: z.number(), month: z.string().regex(MONTH), items: z.array(TimeEntry) });

/** A month file as it is once read: its month and its entries. */
export type TimeShard = z.infer<typeof TimeShardShape>;

/**
 * Whether a parsed month file is whole: its shape, every entry, and every entry in its month.
 * The same as `isValidTimeEntry` and `monthOf(date) === month` for each entry (a property test
 * keeps it equal to zod's schema), written out for the load, which runs it on 100,000 entries
 * before the window opens, mostly as yet uncompiled code: the year and month are checked once
 * for the file, and each date only for its day.
 */
export function isValidTimeShard(doc: unknown): doc is TimeShard {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false;
  const d = doc as Record<string, unknown>;
  if (typeof d.schemaVersion !== 'number' || typeof d.month !== 'string' || !MONTH.test(d.month) || !Array.isArray(d.items)) return false;
  const month = d.month;
  const items = d.items as unknown[];
  if (items.length === 0) return true;
  // No date of a month that does not exist (2026-13) is valid, so such a file holds no valid entry.
  if (!isIsoDate(`${month}-01`)) return false;
  const lastDay = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  const maxId = LIMITS.id;
  const maxMinutes = LIMITS.minutesPerEntry;
  const maxNote = LIMITS.shortText;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (typeof x !== 'object' || x === null || Array.isArray(x) || !hasOnlyTimeEntryKeys(x)) return false;
    const e = x as Record<string, unknown>;
    const { id, projectId, date, minutes, note, sample } = e;
    if (typeof id !== 'string' || id.length < 1 || id.length > maxId) return false;
    if (typeof projectId !== 'string' || projectId.length < 1 || projectId.length > maxId) return false;
    // YYYY-MM-DD of this file's month: its first seven characters are the month, then a day that month has.
    if (typeof date !== 'string' || date.length !== 10 || !date.startsWith(month) || date.charCodeAt(7) !== 45) return false;
    const d0 = date.charCodeAt(8) - 48;
    const d1 = date.charCodeAt(9) - 48;
    if (d0 < 0 || d0 > 9 || d1 < 0 || d1 > 9) return false;
    const day = d0 * 10 + d1;
    if (day < 1 || day > lastDay) return false;
    if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > maxMinutes) return false;
    if (typeof e.billable !== 'boolean') return false;
    if (note !== undefined && (typeof note !== 'string' || note.length > maxNote)) return false;
    if (sample !== undefined && typeof sample !== 'boolean') return false;
  }
  return true;
}

/**
 * The schema a month file is loaded with: the allocation-free check above, and zod's issues
 * only for a file that fails it (so the notice says what is wrong).
 */
export const TimeShardDoc: z.ZodType<TimeShard> = z.unknown().transform((doc, ctx) => {
  if (isValidTimeShard(doc)) return doc;
  const strict = TimeShardShape.safeParse(doc);
  if (!strict.success) {
    for (const issue of strict.error.issues) ctx.addIssue({ ...issue, code: 'custom', message: issue.message });
  } else {
    ctx.addIssue({ code: 'custom', message: 'an entry is filed under the wrong month' });
  }
  return z.NEVER;
});

/** Entries by month after dropping repeated copies, the months that lost a copy, and the month of each entry id. */
export interface DedupedMonths {
  kept: Map<string, TimeEntry[]>;
  changed: string[];
  monthOfEntry: Map<string, string>;
}

/**
 * One copy per entry id. An entry moved between months is written to its new month
 * first, so a crash in between leaves it in both: the copy in the later month is kept
 * (either copy is a state the person saw acknowledged or asked for). The map from id to
 * month is built in the same pass, as loading needs it anyway.
 */
export function dedupeEntries(months: Map<string, TimeEntry[]>): DedupedMonths {
  const order = [...months.keys()].sort();
  const monthOfEntry = indexMonths(months);
  let seen = 0;
  for (const list of months.values()) seen += list.length;
  if (monthOfEntry.size === seen) return { kept: months, changed: [], monthOfEntry };
  const kept = new Map<string, TimeEntry[]>();
  const changed: string[] = [];
  for (const month of order) {
    const list = months.get(month)!;
    const done = new Set<string>();
    const out: TimeEntry[] = [];
    // Within one month the last copy wins too.
    for (let i = list.length - 1; i >= 0; i--) {
      const e = list[i]!;
      if (monthOfEntry.get(e.id) !== month || done.has(e.id)) continue;
      done.add(e.id);
      out.push(e);
    }
    out.reverse();
    kept.set(month, out);
    if (out.length !== list.length) changed.push(month);
  }
  return { kept, changed, monthOfEntry };
}

/** The month of each entry id; an id in several months gets the latest (see `dedupeEntries`). */
export function indexMonths(months: Map<string, TimeEntry[]>): Map<string, string> {
  const monthOfEntry = new Map<string, string>();
  for (const month of [...months.keys()].sort()) {
    const list = months.get(month)!;
    for (let i = 0; i < list.length; i++) monthOfEntry.set(list[i]!.id, month);
  }
  return monthOfEntry;
}
