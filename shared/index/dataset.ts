/**
 * The incremental index of a dataset: per-project minute totals, entries by day and month,
 * lookups by id, built once per dataset and kept up to date as time entries are appended,
 * replaced or removed. Every rule that sums hours reads it.
 */
import { monthOf } from '../dates';
import type { Client, Dataset, Project, Signal, TimeEntry } from '../model';

/** Per-project minute totals and per-client lookups, built once per dataset. */
export interface DatasetIndex {
  minutesByProject: Map<string, number>;
  billableMinutesByProject: Map<string, number>;
  /** The date of each project's latest time entry. */
  lastEntryByProject: Map<string, string>;
  /** Minutes logged per month (`YYYY-MM`), months with entries only. */
  minutesByMonth: Map<string, number>;
  /** The entries of each day (`YYYY-MM-DD`), days with entries only: windows of days without a pass over every entry. */
  entriesByDay: ReadonlyMap<string, readonly TimeEntry[]>;
  /** How many time entries came from the sample data. */
  sampleEntries: number;
  /** The entries of each project, projects with entries only. */
  entriesByProject: ReadonlyMap<string, readonly TimeEntry[]>;
  projectsByClient: Map<string, Project[]>;
  clientsById: Map<string, Client>;
  projectsById: Map<string, Project>;
  signalsByClient: Map<string, Signal[]>;
  /** Clients by the id in their `referredBy`. */
  referredBy: Map<string, Client[]>;
}

/*
 * The index is made of parts, each memoised on the array it comes from, so a dataset that
 * shares its time entries with another (an inquiry draft, a new client) reuses their totals.
 * The time part, the only costly one, is also kept up to date incrementally: a list made
 * by `appendTimeEntries`, `replaceTimeEntry` or `removeTimeEntry` remembers the list it
 * came from and what changed, and its totals are derived from the previous ones, touching
 * only the projects concerned (a pure derivation: the previous index is never modified).
 */

/** Time entry totals per project, and each project's entries (for incremental updates). */
interface TimeIndex {
  minutesByProject: Map<string, number>;
  billableMinutesByProject: Map<string, number>;
  lastEntryByProject: Map<string, string>;
  minutesByMonth: Map<string, number>;
  entriesByDay: Map<string, readonly TimeEntry[]>;
  sampleEntries: number;
  entriesByProject: Map<string, readonly TimeEntry[]>;
}

interface TimeChange {
  base: readonly TimeEntry[];
  added: readonly TimeEntry[];
  removed: readonly TimeEntry[];
}

const timeIndexCache = new WeakMap<readonly TimeEntry[], TimeIndex>();
const timeLineage = new WeakMap<readonly TimeEntry[], TimeChange>();

function record(base: readonly TimeEntry[], next: TimeEntry[], added: readonly TimeEntry[], removed: readonly TimeEntry[]): TimeEntry[] {
  // One link only: a list remembers the one it came from, never a chain of every earlier list.
  timeLineage.delete(base);
  timeLineage.set(next, { base, added, removed });
  return next;
}

/** `list` with `entries` added at the end; the index of the result is derived from the index of `list`. */
export function appendTimeEntries(list: readonly TimeEntry[], ...entries: TimeEntry[]): TimeEntry[] {
  return appendTimeEntryList(list, entries);
}

/** The same for a list of any length (an import's 150,000 rows would overflow a call's arguments). */
export function appendTimeEntryList(list: readonly TimeEntry[], entries: readonly TimeEntry[]): TimeEntry[] {
  return record(list, list.concat(entries), entries, []);
}

/** `list` with `entry` in place of the entry with its id (added at the end when none has it). */
export function replaceTimeEntry(list: readonly TimeEntry[], entry: TimeEntry): TimeEntry[] {
  const i = list.findIndex((e) => e.id === entry.id);
  if (i < 0) return appendTimeEntries(list, entry);
  const next = list.slice();
  next[i] = entry;
  return record(list, next, [entry], [list[i]!]);
}

/** `list` with `entry` put back before the entry `beforeId` (at the end when that one is gone): an undone delete returns to its place. */
export function insertTimeEntry(list: readonly TimeEntry[], entry: TimeEntry, beforeId?: string): TimeEntry[] {
  const i = beforeId === undefined ? -1 : list.findIndex((e) => e.id === beforeId);
  if (i < 0) return appendTimeEntries(list, entry);
  return record(list, [...list.slice(0, i), entry, ...list.slice(i)], [entry], []);
}

/** `list` without the entries whose id is `id`. */
export function removeTimeEntry(list: readonly TimeEntry[], id: string): TimeEntry[] {
  const removed: TimeEntry[] = [];
  const next = list.filter((e) => (e.id === id ? (removed.push(e), false) : true));
  return record(list, next, [], removed);
}

/** Puts one project's totals from its entries (or drops the project when it has none). */
function putProjectTotals(ix: TimeIndex, projectId: string, entries: readonly TimeEntry[]): void {
  if (entries.length === 0) {
    ix.entriesByProject.delete(projectId);
    ix.minutesByProject.delete(projectId);
    ix.billableMinutesByProject.delete(projectId);
    ix.lastEntryByProject.delete(projectId);
    return;
  }
  let minutes = 0;
  let billable = 0;
  let anyBillable = false;
  let last = entries[0]!.date;
  for (const e of entries) {
    minutes += e.minutes;
    if (e.billable) {
      billable += e.minutes;
      anyBillable = true;
    }
    if (e.date > last) last = e.date;
  }
  ix.entriesByProject.set(projectId, entries);
  ix.minutesByProject.set(projectId, minutes);
  if (anyBillable) ix.billableMinutesByProject.set(projectId, billable);
  else ix.billableMinutesByProject.delete(projectId);
  ix.lastEntryByProject.set(projectId, last);
}

function buildTimeIndex(entries: readonly TimeEntry[]): TimeIndex {
  const entriesByProject = new Map<string, TimeEntry[]>();
  for (const e of entries) {
    const list = entriesByProject.get(e.projectId);
    if (list) list.push(e);
    else entriesByProject.set(e.projectId, [e]);
  }
  const minutesByMonth = new Map<string, number>();
  const entriesByDay = new Map<string, TimeEntry[]>();
  let sampleEntries = 0;
  for (const e of entries) {
    const m = monthOf(e.date);
    minutesByMonth.set(m, (minutesByMonth.get(m) ?? 0) + e.minutes);
    const day = entriesByDay.get(e.date);
    if (day) day.push(e);
    else entriesByDay.set(e.date, [e]);
    if (e.sample === true) sampleEntries++;
  }
  const ix: TimeIndex = {
    minutesByProject: new Map(),
    billableMinutesByProject: new Map(),
    lastEntryByProject: new Map(),
    minutesByMonth,
    entriesByDay,
    sampleEntries,
    entriesByProject,
  };
  for (const [projectId, list] of entriesByProject) putProjectTotals(ix, projectId, list);
  return ix;
}

/** For each group (by `keyOf`) the change touches: its previous list without the removed entries, with the added ones. */
function regroupTouched(previous: ReadonlyMap<string, readonly TimeEntry[]>, change: TimeChange, keyOf: (e: TimeEntry) => string): Map<string, TimeEntry[]> {
  // Each removed entry takes one occurrence out (the same object could sit in a list twice).
  const gone = new Map<TimeEntry, number>();
  for (const e of change.removed) gone.set(e, (gone.get(e) ?? 0) + 1);
  const touched = new Set<string>();
  for (const e of change.removed) touched.add(keyOf(e));
  for (const e of change.added) touched.add(keyOf(e));
  const out = new Map<string, TimeEntry[]>();
  for (const key of touched) {
    const kept = (previous.get(key) ?? []).filter((e) => {
      const n = gone.get(e);
      if (!n) return true;
      gone.set(e, n - 1);
      return false;
    });
    for (const e of change.added) if (keyOf(e) === key) kept.push(e);
    out.set(key, kept);
  }
  return out;
}

/** The previous index with a change applied: copies of its maps, recomputed for the projects the change touches. */
function deriveTimeIndex(prev: TimeIndex, change: TimeChange): TimeIndex {
  const ix: TimeIndex = {
    minutesByProject: new Map(prev.minutesByProject),
    billableMinutesByProject: new Map(prev.billableMinutesByProject),
    lastEntryByProject: new Map(prev.lastEntryByProject),
    minutesByMonth: new Map(prev.minutesByMonth),
    entriesByDay: new Map(prev.entriesByDay),
    sampleEntries: prev.sampleEntries,
    entriesByProject: new Map(prev.entriesByProject),
  };
  // Months move by the minutes that came and went; a month left with none has no entries (each has a minute at least).
  const addMonth = (e: TimeEntry, sign: 1 | -1) => {
    const m = monthOf(e.date);
    const minutes = (ix.minutesByMonth.get(m) ?? 0) + sign * e.minutes;
    if (minutes === 0) ix.minutesByMonth.delete(m);
    else ix.minutesByMonth.set(m, minutes);
  };
  for (const e of change.removed) {
    addMonth(e, -1);
    if (e.sample === true) ix.sampleEntries--;
  }
  for (const e of change.added) {
    addMonth(e, 1);
    if (e.sample === true) ix.sampleEntries++;
  }
  // A new list for each day and each project the change touches (the previous index keeps its own).
  for (const [day, kept] of regroupTouched(prev.entriesByDay, change, (e) => e.date)) {
    if (kept.length > 0) ix.entriesByDay.set(day, kept);
    else ix.entriesByDay.delete(day);
  }
  for (const [projectId, kept] of regroupTouched(prev.entriesByProject, change, (e) => e.projectId)) putProjectTotals(ix, projectId, kept);
  return ix;
}

function timeIndex(entries: readonly TimeEntry[]): TimeIndex {
  const cached = timeIndexCache.get(entries);
  if (cached) return cached;
  const change = timeLineage.get(entries);
  const prev = change && timeIndexCache.get(change.base);
  const ix = prev ? deriveTimeIndex(prev, change) : buildTimeIndex(entries);
  timeIndexCache.set(entries, ix);
  // Indexed: the link to the previous list has served, and letting go of it lets that list go.
  timeLineage.delete(entries);
  return ix;
}

/** Memoises a part of the index on the array it is built from. */
function perArray<T extends object, R>(build: (items: readonly T[]) => R): (items: readonly T[]) => R {
  const cache = new WeakMap<readonly T[], R>();
  return (items) => {
    let out = cache.get(items);
    if (out === undefined) {
      out = build(items);
      cache.set(items, out);
    }
    return out;
  };
}

const projectIndex = perArray((projects: readonly Project[]) => {
  const projectsByClient = new Map<string, Project[]>();
  const projectsById = new Map<string, Project>();
  for (const p of projects) {
    projectsById.set(p.id, p);
    const list = projectsByClient.get(p.clientId);
    if (list) list.push(p);
    else projectsByClient.set(p.clientId, [p]);
  }
  return { projectsByClient, projectsById };
});

const clientIndex = perArray((clients: readonly Client[]) => {
  const clientsById = new Map(clients.map((c) => [c.id, c]));
  const referredBy = new Map<string, Client[]>();
  for (const c of clients) {
    if (!c.referredBy) continue;
    const list = referredBy.get(c.referredBy);
    if (list) list.push(c);
    else referredBy.set(c.referredBy, [c]);
  }
  return { clientsById, referredBy };
});

const signalIndex = perArray((signals: readonly Signal[]) => {
  const signalsByClient = new Map<string, Signal[]>();
  for (const s of signals) {
    const list = signalsByClient.get(s.clientId);
    if (list) list.push(s);
    else signalsByClient.set(s.clientId, [s]);
  }
  return signalsByClient;
});

const indexCache = new WeakMap<Dataset, DatasetIndex>();

/** Indexes a dataset (memoised on the dataset object: datasets are never mutated in place). */
export function indexDataset(data: Dataset): DatasetIndex {
  const cached = indexCache.get(data);
  if (cached) return cached;
  const time = timeIndex(data.timeEntries);
  const index: DatasetIndex = {
    minutesByProject: time.minutesByProject,
    billableMinutesByProject: time.billableMinutesByProject,
    lastEntryByProject: time.lastEntryByProject,
    minutesByMonth: time.minutesByMonth,
    entriesByDay: time.entriesByDay,
    sampleEntries: time.sampleEntries,
    entriesByProject: time.entriesByProject,
    ...projectIndex(data.projects),
    ...clientIndex(data.clients),
    signalsByClient: signalIndex(data.signals),
  };
  indexCache.set(data, index);
  return index;
}
