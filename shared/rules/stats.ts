/**
 * Hours, revenue and rates: the numbers every other rule stands on.
 * Definitions are DESIGN.md's: EHR = revenue / all logged hours (billable or not).
 */
import { dayNumber, fromDayNumber, monthOf } from '../dates';
import { hourlyAmount } from '../money';
import {
  GREEN_SIGNALS,
  RED_SIGNALS,
  type Client,
  type Dataset,
  type Invoice,
  type Project,
  type ProjectStatus,
  type RateBand,
  type Settings,
  type Signal,
  type SignalKind,
  type TimeEntry,
} from '../model';
import { isInternal, projectEarned } from './earned';

/** Statuses whose price is (or was) real work for the client. */
export const WORK_STATUSES: readonly ProjectStatus[] = ['accepted', 'in-progress', 'delivered', 'closed'];
/** Statuses of work that is finished, used for estimate overruns. */
export const DONE_STATUSES: readonly ProjectStatus[] = ['delivered', 'closed'];

const RED = new Set<string>(RED_SIGNALS);
const GREEN = new Set<string>(GREEN_SIGNALS);

export function isRedSignal(kind: SignalKind): boolean {
  return RED.has(kind);
}
export function isGreenSignal(kind: SignalKind): boolean {
  return GREEN.has(kind);
}

/** 'good' at or above the target rate, 'caution' at or above the minimum, else 'bad'. */
export function rateBand(rate: number, settings: Pick<Settings, 'targetHourlyRate' | 'minimumHourlyRate'>): RateBand {
  if (rate >= settings.targetHourlyRate) return 'good';
  if (rate >= settings.minimumHourlyRate) return 'caution';
  return 'bad';
}

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
  return record(list, [...list, ...entries], entries, []);
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

/** An invoice's due and paid dates as day numbers, worked out once per invoice (invoices are never mutated in place). */
interface InvoiceDays {
  due: number;
  paid: number | null;
  dueDate?: string;
}
const invoiceDaysCache = new WeakMap<Invoice, InvoiceDays>();

function invoiceDays(invoice: Invoice): InvoiceDays {
  let out = invoiceDaysCache.get(invoice);
  if (!out) {
    out = { due: dayNumber(invoice.issuedAt) + invoice.termsDays, paid: invoice.paidAt ? dayNumber(invoice.paidAt) : null };
    invoiceDaysCache.set(invoice, out);
  }
  return out;
}

/** `today` as a day number: rules ask for it once per invoice, with the same date every time. */
let lastToday = { date: '', day: 0 };
function todayNumber(today: string): number {
  if (lastToday.date !== today) lastToday = { date: today, day: dayNumber(today) };
  return lastToday.day;
}

/** Date an invoice falls due. */
export function invoiceDueDate(invoice: Invoice): string {
  const days = invoiceDays(invoice);
  days.dueDate ??= fromDayNumber(days.due);
  return days.dueDate;
}

/**
 * Days late: from due date to payment, or to `today` while unpaid and overdue.
 * 0 when paid on time; null when unpaid and not yet due.
 */
export function paymentDelayDays(invoice: Invoice, today: string): number | null {
  const { due, paid } = invoiceDays(invoice);
  if (paid !== null) return Math.max(0, paid - due);
  const late = todayNumber(today) - due;
  return late > 0 ? late : null;
}

export function isOverdue(invoice: Invoice, today: string): boolean {
  return !invoice.paidAt && todayNumber(today) - invoiceDays(invoice).due > 0;
}

/** The price agreed or offered, whatever the status: fixed amount, or rate x estimate. */
export function projectPrice(project: Project): number | null {
  if (project.pricing.mode === 'fixed') return project.pricing.amount;
  if (project.estimatedHours === undefined) return null;
  return hourlyAmount(project.pricing.rate, project.estimatedHours * 60);
}

export interface ProjectStats {
  projectId: string;
  minutes: number;
  billableMinutes: number;
  hours: number;
  /** What the work has earned (projectEarned); 0 while that is not known yet. */
  revenue: number;
  /** False for unfinished fixed work without an estimate: left out of every rate until delivered. */
  counted: boolean;
  /** Earned money per hour over all logged hours; null with no hours or while not counted. */
  effectiveHourlyRate: number | null;
}

/** A project's hours, earned revenue and effective hourly rate. */
export function projectStats(project: Project, data: Dataset): ProjectStats {
  const ix = indexDataset(data);
  const minutes = ix.minutesByProject.get(project.id) ?? 0;
  const billableMinutes = ix.billableMinutesByProject.get(project.id) ?? 0;
  const earned = projectEarned(project, minutes, billableMinutes);
  return {
    projectId: project.id,
    minutes,
    billableMinutes,
    hours: minutes / 60,
    revenue: earned ?? 0,
    counted: earned !== null,
    effectiveHourlyRate: earned !== null && minutes > 0 ? (earned * 60) / minutes : null,
  };
}

/** A signal the app works out by itself from invoices and referrals. */
export interface DerivedSignal {
  clientId: string;
  projectId?: string;
  date: string;
  kind: 'paid-late' | 'paid-on-time' | 'unpaid' | 'referred-someone';
  derived: true;
  /** The invoice or referred client it comes from. */
  sourceId: string;
  /** Days late, for payment signals. */
  days?: number;
}

/** Signals derived for one client: payments from its invoices, referrals from other clients. */
export function derivedSignals(clientId: string, data: Dataset, today: string): DerivedSignal[] {
  const ix = indexDataset(data);
  const out: DerivedSignal[] = [];
  for (const p of ix.projectsByClient.get(clientId) ?? []) {
    for (const inv of p.invoices) {
      const delay = paymentDelayDays(inv, today);
      if (inv.paidAt) {
        out.push({
          clientId,
          projectId: p.id,
          date: inv.paidAt,
          kind: delay && delay > 0 ? 'paid-late' : 'paid-on-time',
          derived: true,
          sourceId: inv.id,
          days: delay ?? 0,
        });
      } else if (delay !== null) {
        out.push({ clientId, projectId: p.id, date: today, kind: 'unpaid', derived: true, sourceId: inv.id, days: delay });
      }
    }
  }
  for (const c of ix.referredBy.get(clientId) ?? []) {
    if (c.id !== clientId) {
      out.push({ clientId, date: c.createdAt, kind: 'referred-someone', derived: true, sourceId: c.id });
    }
  }
  return out;
}

/** A client's signal, recorded by hand or derived from its invoices and referrals. */
export type ClientSignal = { derived: false; signal: Signal } | { derived: true; signal: DerivedSignal };

/** Every signal of a client: its records and the derived ones; none for the internal client. */
export function clientSignals(clientId: string, data: Dataset, today: string): ClientSignal[] {
  const ix = indexDataset(data);
  if (isInternal(ix.clientsById.get(clientId))) return [];
  const out: ClientSignal[] = (ix.signalsByClient.get(clientId) ?? []).map((signal) => ({ derived: false, signal }));
  for (const signal of derivedSignals(clientId, data, today)) out.push({ derived: true, signal });
  return out;
}

export interface SignalCounts {
  red: number;
  green: number;
  /** Promises to buy: shown, never counted as red or green. */
  promise: number;
}

/** How many red, green and promise signals a client has, recorded and derived: the count every screen shows. */
export function signalCounts(clientId: string, data: Dataset, today: string): SignalCounts {
  const out: SignalCounts = { red: 0, green: 0, promise: 0 };
  for (const { signal } of clientSignals(clientId, data, today)) {
    if (isRedSignal(signal.kind)) out.red++;
    else if (isGreenSignal(signal.kind)) out.green++;
    else out.promise++;
  }
  return out;
}

export interface ClientStats {
  hours: number;
  /** Earned revenue of the projects that count (projectEarned). */
  revenue: number;
  effectiveHourlyRate: number | null;
  estimateOverrun: number | null;
  averagePaymentDelayDays: number | null;
  /** Red signals, recorded and derived (signalCounts). */
  redSignals: number;
  /** Green signals, recorded and derived (signalCounts). */
  greenSignals: number;
  /** Unfinished fixed-price projects without an estimate, left out of the revenue and the rate. */
  leftOut: number;
}

/**
 * DESIGN.md's `clientStats`: hours, earned revenue, EHR, overrun, payment delay and signal counts.
 * The internal client has hours only: its time is never a client's rate.
 */
export function clientStats(clientId: string, data: Dataset, today: string): ClientStats {
  const ix = indexDataset(data);
  const internal = isInternal(ix.clientsById.get(clientId));
  let minutes = 0;
  let revenue = 0;
  let ratedRevenue = 0;
  let ratedMinutes = 0;
  let leftOut = 0;
  let estHours = 0;
  let actualHours = 0;
  let delaySum = 0;
  let delayCount = 0;
  for (const p of ix.projectsByClient.get(clientId) ?? []) {
    const s = projectStats(p, data);
    minutes += s.minutes;
    if (!s.counted) leftOut++;
    else {
      revenue += s.revenue;
      if (s.minutes > 0) {
        ratedMinutes += s.minutes;
        ratedRevenue += s.revenue;
      }
    }
    if (DONE_STATUSES.includes(p.status) && p.estimatedHours && p.estimatedHours > 0 && s.minutes > 0) {
      estHours += p.estimatedHours;
      actualHours += s.hours;
    }
    for (const inv of p.invoices) {
      const d = paymentDelayDays(inv, today);
      if (d !== null) {
        delaySum += d;
        delayCount++;
      }
    }
  }
  const signals = signalCounts(clientId, data, today);
  return {
    hours: minutes / 60,
    revenue: internal ? 0 : revenue,
    effectiveHourlyRate: !internal && ratedMinutes > 0 ? (ratedRevenue * 60) / ratedMinutes : null,
    estimateOverrun: estHours > 0 ? actualHours / estHours : null,
    averagePaymentDelayDays: delayCount > 0 ? delaySum / delayCount : null,
    redSignals: signals.red,
    greenSignals: signals.green,
    leftOut: internal ? 0 : leftOut,
  };
}
