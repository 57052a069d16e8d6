/**
 * Refusals that mean "the data changed under you": the backend refused because of a change
 * made elsewhere (another window, an import, an undo), so the page is showing something that
 * is no longer true. After such a refusal the store reads the records the action concerned
 * again, so the page shows the truth right after the message (which stays as it is).
 */
import type { Dataset } from '#shared/model';
import type { ChannelName } from '#shared/ipc/contract';
import type { Reason } from '#shared/ipc/reasons';
import { appendTimeEntryList, removeTimeEntry, replaceTimeEntry } from '#shared/rules';
import { call } from '../api';
import { useApp } from './index';

/**
 * What to read again after a refusal: `records`, the records the action named (and what hangs
 * off them); `all`, everything (the change elsewhere is not one record). Every reason left out
 * is about the input, the disk or a file, and says nothing about the data in the store.
 */
export const STALE_REASONS: Partial<Record<Reason, 'records' | 'all'>> = {
  // The record was deleted elsewhere: it must leave the page.
  'record-not-found': 'records',
  // The client or project the action points to was deleted elsewhere.
  'reference-missing': 'records',
  // Another window made the internal client: show it instead of offering to make one.
  'internal-client-exists': 'all',
  // Projects, signals or letters were added to this client elsewhere.
  'client-has-history': 'records',
  // Time, invoices, signals, letters or a timer were added to this project elsewhere.
  'project-has-entries': 'records',
  'project-has-invoices': 'records',
  'project-has-records': 'records',
  // The entry an undo puts back is back already (undone in another window).
  'entry-already-there': 'records',
  // Data arrived elsewhere (an import, a restore) while the page still looked empty.
  'sample-needs-empty': 'all',
  // A merge undone elsewhere, or what it moved changed since: many records, not one.
  'unmerge-done-before': 'all',
  'unmerge-changed': 'all',
  'unmerge-client-gone': 'all',
  // The change was written but not shown, or a restore stopped half way: the disk is the truth now.
  'saved-not-shown': 'all',
  'restore-stuck': 'all',
  'restore-not-shown': 'all',
};

type Key = keyof Dataset;
/** A record an action concerned: the list it is in and its id. */
export interface RecordRef {
  key: Key;
  id: string;
}

const ENTITY_KEYS: Record<string, Key> = {
  Client: 'clients',
  Project: 'projects',
  Signal: 'signals',
  Colleague: 'colleagues',
  Letter: 'letters',
  TimeEntry: 'timeEntries',
};

/** The records a call names: the one it changes, and the client and project it points to. */
export function recordsOfCall(channel: ChannelName, payload: unknown): RecordRef[] {
  const p = (payload ?? {}) as Record<string, unknown>;
  const refs: RecordRef[] = [];
  const add = (key: Key, id: unknown) => {
    if (typeof id === 'string' && id !== '') refs.push({ key, id });
  };
  const m = /^(update|delete|restore)(Client|Project|Signal|Colleague|Letter|TimeEntry)$/.exec(channel);
  if (m) add(ENTITY_KEYS[m[2]!]!, p.id);
  if (channel === 'mergeClients') {
    add('clients', p.fromId);
    add('clients', p.intoId);
  }
  if (channel === 'mergeProjects') {
    add('projects', p.fromId);
    add('projects', p.intoId);
  }
  add('clients', p.clientId);
  add('projects', p.projectId);
  return refs;
}

/** Whether two records read the same (they come from JSON, so their JSON says it). */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `mine` with the records `affected` says are concerned taken from `theirs`: changed ones
 * replaced in place, gone ones dropped, new ones added at the end. Untouched, it is returned
 * as it is, so the screens that read it do not draw again.
 */
function sync<T extends { id: string }>(mine: T[], theirs: T[], affected: (x: T) => boolean): T[] {
  const fresh = new Map(theirs.filter(affected).map((x) => [x.id, x]));
  let changed = false;
  const out: T[] = [];
  for (const x of mine) {
    const now = fresh.get(x.id);
    if (now) {
      fresh.delete(x.id);
      if (same(now, x)) out.push(x);
      else {
        out.push(now);
        changed = true;
      }
    } else if (affected(x)) {
      changed = true;
    } else out.push(x);
  }
  if (fresh.size > 0) changed = true;
  return changed ? [...out, ...fresh.values()] : mine;
}

/** Past this many changed entries the fresh list is taken whole (its index is built once). */
const MANY_ENTRIES = 200;

/** The same for time entries, through the helpers that keep the hours index incremental. */
function syncEntries(mine: Dataset['timeEntries'], theirs: Dataset['timeEntries'], affected: (e: Dataset['timeEntries'][number]) => boolean) {
  const fresh = new Map(theirs.filter(affected).map((e) => [e.id, e]));
  const gone: string[] = [];
  const changed: Dataset['timeEntries'] = [];
  for (const e of mine) {
    const now = fresh.get(e.id);
    if (now) {
      fresh.delete(e.id);
      if (!same(now, e)) changed.push(now);
    } else if (affected(e)) gone.push(e.id);
  }
  if (gone.length + changed.length + fresh.size === 0) return mine;
  if (gone.length + changed.length + fresh.size > MANY_ENTRIES) return theirs;
  let list = mine;
  for (const id of gone) list = removeTimeEntry(list, id);
  for (const e of changed) list = replaceTimeEntry(list, e);
  return fresh.size > 0 ? appendTimeEntryList(list, [...fresh.values()]) : list;
}

/**
 * The store's dataset with the named records, and what hangs off them, as the backend has
 * them now (`fresh`); every other list keeps its reference.
 */
export function freshen(mine: Dataset, fresh: Dataset, refs: readonly RecordRef[]): Dataset {
  const ids = (key: Key) => new Set(refs.filter((r) => r.key === key).map((r) => r.id));
  const clients = ids('clients');
  const projects = ids('projects');
  const signals = ids('signals');
  const letters = ids('letters');
  const colleagues = ids('colleagues');
  const entries = ids('timeEntries');
  // A client's projects, signals and letters, and a project's time, come with it: those are
  // what the backend's "has history" refusals count.
  const ofClient = (x: { clientId?: string }) => x.clientId !== undefined && clients.has(x.clientId);
  const ofProject = (x: { projectId?: string }) => x.projectId !== undefined && projects.has(x.projectId);
  return {
    ...mine,
    clients: sync(mine.clients, fresh.clients, (c) => clients.has(c.id) || (c.referredBy !== undefined && clients.has(c.referredBy))),
    projects: sync(mine.projects, fresh.projects, (p) => projects.has(p.id) || ofClient(p)),
    signals: sync(mine.signals, fresh.signals, (s) => signals.has(s.id) || ofClient(s) || ofProject(s)),
    letters: sync(mine.letters, fresh.letters, (l) => letters.has(l.id) || ofClient(l) || ofProject(l)),
    colleagues: sync(mine.colleagues, fresh.colleagues, (k) => colleagues.has(k.id)),
    timeEntries: syncEntries(mine.timeEntries, fresh.timeEntries, (e) => entries.has(e.id) || projects.has(e.projectId)),
  };
}

/**
 * After a refusal: when its reason means the data changed elsewhere, reads the records the
 * call named (or everything) again and shows them. A failure to read is left unsaid: the
 * refusal's own message is the one that matters.
 */
export async function refreshAfterRefusal(channel: ChannelName, payload: unknown, reason: Reason): Promise<void> {
  const scope = STALE_REASONS[reason];
  // A read that fails changes nothing, so it never asks for another read.
  if (!scope || channel.startsWith('get')) return;
  try {
    if (scope === 'all') {
      await useApp.getState().reload();
      return;
    }
    const refs = recordsOfCall(channel, payload);
    if (refs.length === 0) return;
    // The contract has no read of one record, so the dataset is read (only after such a rare
    // refusal) and only the named records are taken from it: the rest keeps its references.
    const [fresh, timer] = await Promise.all([call('getDataset'), call('getTimer')]);
    useApp.setState((s) => ({ data: freshen(s.data, fresh, refs), timer }));
  } catch {
    // Nothing more to say: the refusal is shown, and the next load reads everything.
  }
}
