/**
 * Merging two clients or two projects, and undoing a merge, as pure plans: each function
 * reads the current records and returns the next ones plus what moved, and throws a
 * BackendError before anything is written when the request cannot be applied exactly.
 * The backend writes a plan all or nothing (after a backup) and only then adopts it.
 */
import type { Client, Letter, Project, Signal, TimeEntry, Timer } from '#shared/model';
import type { ClientMergeMoves, ProjectMergeMoves } from '#shared/ipc/contract';

/** What a plan reads: the records as they are now. */
export interface MergeState {
  clients: Map<string, Client>;
  projects: Map<string, Project>;
  signals: Map<string, Signal>;
  letters: Map<string, Letter>;
  shards: Map<string, TimeEntry[]>;
  timer: Timer | null;
}

/** What a plan changes: only the collections and months it touches are present. */
export interface MergePlan {
  clients?: Map<string, Client>;
  projects?: Map<string, Project>;
  signals?: Map<string, Signal>;
  letters?: Map<string, Letter>;
  months: Map<string, TimeEntry[]>;
  /** Present when the running timer changes project. */
  timer?: Timer | null;
}

type Refuse = typeof import('./errors').refuse;

/** `map` with `change` applied to the items `pick` selects; the ids changed, in map order. */
function remap<T extends { id: string }>(map: Map<string, T>, pick: (x: T) => boolean, change: (x: T) => T): { next: Map<string, T>; ids: string[] } {
  const ids: string[] = [];
  const next = new Map<string, T>();
  for (const [id, x] of map) {
    if (pick(x)) {
      ids.push(id);
      next.set(id, change(x));
    } else next.set(id, x);
  }
  return { next, ids };
}

/** A map with `item` put back where it stood (before `beforeId`, else at the end). */
function putBack<T extends { id: string }>(map: Map<string, T>, item: T, beforeId?: string): Map<string, T> {
  if (!beforeId || !map.has(beforeId)) return new Map([...map, [item.id, item]]);
  const next = new Map<string, T>();
  for (const [id, x] of map) {
    if (id === beforeId) next.set(item.id, item);
    next.set(id, x);
  }
  return next;
}

/** The id that follows `id` in the map's order, so an undo can put the record back in its place. */
function nextId<T>(map: Map<string, T>, id: string): string | undefined {
  let found = false;
  for (const key of map.keys()) {
    if (found) return key;
    if (key === id) found = true;
  }
  return undefined;
}

/** Moves a client's projects, signals, letters and referrals to another client, and removes it. */
export function planClientMerge(
  state: MergeState,
  fromId: string,
  intoId: string,
  refuse: Refuse,
): { plan: MergePlan; from: Client; into: Client; moved: ClientMergeMoves; beforeId?: string } {
  if (fromId === intoId) throw refuse('merge-into-itself', { kind: 'client' }, 'A client cannot be merged into itself: choose another client.');
  const from = state.clients.get(fromId);
  if (!from) throw refuse('record-not-found', { kind: 'client', id: fromId }, `There is no client with id ${fromId}.`);
  const into = state.clients.get(intoId);
  if (!into) throw refuse('record-not-found', { kind: 'client', id: intoId }, `There is no client with id ${intoId}.`);
  const projects = remap(state.projects, (p) => p.clientId === fromId, (p) => ({ ...p, clientId: intoId }));
  const signals = remap(state.signals, (s) => s.clientId === fromId, (s) => ({ ...s, clientId: intoId }));
  const letters = remap(state.letters, (l) => l.clientId === fromId, (l) => ({ ...l, clientId: intoId }));
  const beforeId = nextId(state.clients, fromId);
  const clients = remap(state.clients, (c) => c.referredBy === fromId, (c) => ({ ...c, referredBy: intoId }));
  clients.next.delete(fromId);
  return {
    plan: {
      clients: clients.next,
      ...(projects.ids.length ? { projects: projects.next } : {}),
      ...(signals.ids.length ? { signals: signals.next } : {}),
      ...(letters.ids.length ? { letters: letters.next } : {}),
      months: new Map(),
    },
    from,
    into,
    moved: { projects: projects.ids, signals: signals.ids, letters: letters.ids, referrals: clients.ids.filter((id) => id !== fromId) },
    ...(beforeId ? { beforeId } : {}),
  };
}

/** The exact inverse of a client merge: the client back in its place, and what moved back to it. */
export function planClientUnmerge(
  state: MergeState,
  input: { from: Client; intoId: string; moved: ClientMergeMoves; beforeId?: string | undefined },
  refuse: Refuse,
): MergePlan {
  const { from, intoId, moved } = input;
  if (state.clients.has(from.id)) throw refuse('unmerge-done-before', { kind: 'client' }, 'That client is already there: the merge was undone before.');
  if (!state.clients.has(intoId)) throw refuse('record-not-found', { kind: 'client', id: intoId }, `There is no client with id ${intoId}.`);
  const check = <T extends { id: string }>(map: Map<string, T>, ids: string[], holds: (x: T) => boolean, label: string) => {
    for (const id of ids) {
      const x = map.get(id);
      if (!x || !holds(x)) {
        throw refuse('unmerge-changed', {}, `The ${label} moved by the merge changed since, so the merge cannot be undone exactly. Restore the backup taken before the merge instead.`);
      }
    }
  };
  check(state.projects, moved.projects, (p) => p.clientId === intoId, 'projects');
  check(state.signals, moved.signals, (s) => s.clientId === intoId, 'signals');
  check(state.letters, moved.letters, (l) => l.clientId === intoId, 'letters');
  check(state.clients, moved.referrals, (c) => c.referredBy === intoId, 'referrals');
  const back = <T extends { id: string }>(map: Map<string, T>, ids: string[], change: (x: T) => T) => {
    const set = new Set(ids);
    return remap(map, (x) => set.has(x.id), change).next;
  };
  return {
    clients: putBack(back(state.clients, moved.referrals, (c) => ({ ...c, referredBy: from.id })), from, input.beforeId),
    ...(moved.projects.length ? { projects: back(state.projects, moved.projects, (p) => ({ ...p, clientId: from.id })) } : {}),
    ...(moved.signals.length ? { signals: back(state.signals, moved.signals, (s) => ({ ...s, clientId: from.id })) } : {}),
    ...(moved.letters.length ? { letters: back(state.letters, moved.letters, (l) => ({ ...l, clientId: from.id })) } : {}),
    months: new Map(),
  };
}

/** Moves `ids` entries (or the entries `pick` selects) to another project, month by month. */
function moveEntries(shards: Map<string, TimeEntry[]>, pick: (e: TimeEntry) => boolean, projectId: string): { months: Map<string, TimeEntry[]>; ids: string[] } {
  const months = new Map<string, TimeEntry[]>();
  const ids: string[] = [];
  for (const [month, list] of shards) {
    if (!list.some(pick)) continue;
    months.set(
      month,
      list.map((e) => {
        if (!pick(e)) return e;
        ids.push(e.id);
        return { ...e, projectId };
      }),
    );
  }
  return { months, ids };
}

/**
 * Moves a project's time entries, invoices, signals and letters (and a timer running on it)
 * to another project of the same client, and removes it. The project kept keeps its own
 * price and estimate.
 */
export function planProjectMerge(
  state: MergeState,
  fromId: string,
  intoId: string,
  refuse: Refuse,
): { plan: MergePlan; from: Project; into: Project; moved: ProjectMergeMoves; beforeId?: string } {
  if (fromId === intoId) throw refuse('merge-into-itself', { kind: 'project' }, 'A project cannot be merged into itself: choose another project.');
  const from = state.projects.get(fromId);
  if (!from) throw refuse('record-not-found', { kind: 'project', id: fromId }, `There is no project with id ${fromId}.`);
  const target = state.projects.get(intoId);
  if (!target) throw refuse('record-not-found', { kind: 'project', id: intoId }, `There is no project with id ${intoId}.`);
  if (from.clientId !== target.clientId) {
    throw refuse('merge-other-client', {}, 'Only projects of the same client can be merged: merge the clients first, or move the project to that client.');
  }
  const into: Project = { ...target, invoices: [...target.invoices, ...from.invoices] };
  const beforeId = nextId(state.projects, fromId);
  const projects = new Map(state.projects);
  projects.delete(fromId);
  projects.set(intoId, into);
  const entries = moveEntries(state.shards, (e) => e.projectId === fromId, intoId);
  const signals = remap(state.signals, (s) => s.projectId === fromId, (s) => ({ ...s, projectId: intoId }));
  const letters = remap(state.letters, (l) => l.projectId === fromId, (l) => ({ ...l, projectId: intoId }));
  const timerMoves = state.timer?.projectId === fromId;
  return {
    plan: {
      projects,
      ...(signals.ids.length ? { signals: signals.next } : {}),
      ...(letters.ids.length ? { letters: letters.next } : {}),
      months: entries.months,
      ...(timerMoves ? { timer: { ...state.timer!, projectId: intoId } } : {}),
    },
    from,
    into,
    moved: { entries: entries.ids, invoices: from.invoices.map((i) => i.id), signals: signals.ids, letters: letters.ids, timer: timerMoves },
    ...(beforeId ? { beforeId } : {}),
  };
}

/** The exact inverse of a project merge. */
export function planProjectUnmerge(
  state: MergeState,
  input: { from: Project; intoId: string; moved: ProjectMergeMoves; beforeId?: string | undefined },
  refuse: Refuse,
): MergePlan {
  const { from, intoId, moved } = input;
  if (state.projects.has(from.id)) throw refuse('unmerge-done-before', { kind: 'project' }, 'That project is already there: the merge was undone before.');
  const into = state.projects.get(intoId);
  if (!into) throw refuse('record-not-found', { kind: 'project', id: intoId }, `There is no project with id ${intoId}.`);
  if (!state.clients.has(from.clientId)) throw refuse('unmerge-client-gone', {}, 'The client of that project is no longer there, so the merge cannot be undone.');
  const stale = () =>
    refuse('unmerge-changed', {}, 'What the merge moved changed since, so it cannot be undone exactly. Restore the backup taken before the merge instead.');
  const invoiceIds = new Set(moved.invoices);
  if (into.invoices.filter((i) => invoiceIds.has(i.id)).length !== invoiceIds.size) throw stale();
  const entryIds = new Set(moved.entries);
  // Every moved entry must still be there, on the project kept.
  for (const list of state.shards.values()) for (const e of list) if (entryIds.has(e.id) && e.projectId !== intoId) throw stale();
  const entries = moveEntries(state.shards, (e) => entryIds.has(e.id), from.id);
  if (entries.ids.length !== entryIds.size) throw stale();
  const within = <T extends { id: string; projectId?: string | undefined }>(map: Map<string, T>, ids: string[]) => {
    for (const id of ids) if (map.get(id)?.projectId !== intoId) throw stale();
    const set = new Set(ids);
    return remap(map, (x) => set.has(x.id), (x) => ({ ...x, projectId: from.id })).next;
  };
  const signals = within(state.signals, moved.signals);
  const letters = within(state.letters, moved.letters);
  const kept: Project = { ...into, invoices: into.invoices.filter((i) => !invoiceIds.has(i.id)) };
  const projects = putBack(new Map([...state.projects].map(([id, p]) => [id, id === intoId ? kept : p])), from, input.beforeId);
  const timerBack = moved.timer && state.timer?.projectId === intoId;
  return {
    projects,
    ...(moved.signals.length ? { signals } : {}),
    ...(moved.letters.length ? { letters } : {}),
    months: entries.months,
    ...(timerBack ? { timer: { ...state.timer!, projectId: from.id } } : {}),
  };
}
