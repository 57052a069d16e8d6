/**
 * Loading the month files of time entries quickly: at ten years that is 100,000 entries, so
 * the load checks them without allocating and indexes them in one pass. zod runs only when a
 * file fails, to say why.
 */
import { z } from 'zod';
import { TimeEntry, isValidTimeEntry } from '#shared/model';

const MONTH = /^\d{4}-\d{2}$/;
const TimeShardShape = z.object({ schemaVersion: z.number(), month: z.string().regex(MONTH), items: z.array(TimeEntry) });

/** A month file as it is once read: its month and its entries. */
export type TimeShard = z.infer<typeof TimeShardShape>;

/** Whether a parsed month file is whole: its shape, every entry, and every entry in its month. */
export function isValidTimeShard(doc: unknown): doc is TimeShard {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false;
  const d = doc as Record<string, unknown>;
  if (typeof d.schemaVersion !== 'number' || typeof d.month !== 'string' || !MONTH.test(d.month) || !Array.isArray(d.items)) return false;
  const month = d.month;
  const items = d.items as unknown[];
  for (let i = 0; i < items.length; i++) {
    const e = items[i];
    // A valid date is YYYY-MM-DD, so starting with the month is the same as monthOf(date) === month.
    if (!isValidTimeEntry(e) || !e.date.startsWith(month)) return false;
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
  const monthOfEntry = new Map<string, string>();
  let seen = 0;
  for (const month of order) {
    const list = months.get(month)!;
    for (let i = 0; i < list.length; i++) monthOfEntry.set(list[i]!.id, month);
    seen += list.length;
  }
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

/** The month of each entry id, for months known to hold one copy of each entry (see monthsChecked.ts). */
export function indexMonths(months: Map<string, TimeEntry[]>): Map<string, string> {
  const monthOfEntry = new Map<string, string>();
  for (const [month, list] of months) for (let i = 0; i < list.length; i++) monthOfEntry.set(list[i]!.id, month);
  return monthOfEntry;
}
