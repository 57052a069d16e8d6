/**
 * Deleting and merging clients and projects, each with its inverse for the undo stack.
 * The backend's answers are applied to the store here (no whole dataset crosses IPC).
 */
import type { Client, Dataset, Project } from '../../../shared/model';
import type { ClientMergeMoves, MergeClientsResult, MergeProjectsResult, ProjectMergeMoves } from '../../../shared/ipc/contract';
import { call } from '../api';
import { useApp } from './index';

const patch = (f: (d: Dataset) => Partial<Dataset>) => useApp.setState((s) => ({ data: { ...s.data, ...f(s.data) } }));

/** `list` with `item` before the one with `beforeId` (at the end when that one is gone). */
function insertBefore<T extends { id: string }>(list: T[], item: T, beforeId?: string): T[] {
  const i = beforeId === undefined ? -1 : list.findIndex((x) => x.id === beforeId);
  return i < 0 ? [...list, item] : [...list.slice(0, i), item, ...list.slice(i)];
}

/** Sets `key` to `value` on the items whose id is in `ids`. */
function reassign<T extends { id: string }, K extends keyof T>(list: T[], ids: string[], key: K, value: T[K]): T[] {
  if (ids.length === 0) return list;
  const set = new Set(ids);
  return list.map((x) => (set.has(x.id) ? { ...x, [key]: value } : x));
}

/** What is attached to a client: it can be deleted only with none of these. */
export function clientAttachments(data: Dataset, clientId: string): number {
  return (
    data.projects.filter((p) => p.clientId === clientId).length +
    data.signals.filter((s) => s.clientId === clientId).length +
    data.letters.filter((l) => l.clientId === clientId).length +
    data.clients.filter((c) => c.referredBy === clientId).length
  );
}

/** What is attached to a project: time, invoices, signals, letters. */
export function projectAttachments(data: Dataset, project: Project): number {
  return (
    data.timeEntries.filter((e) => e.projectId === project.id).length +
    project.invoices.length +
    data.signals.filter((s) => s.projectId === project.id).length +
    data.letters.filter((l) => l.projectId === project.id).length
  );
}

/** Deletes a client with nothing attached; undo makes it again with the same fields. */
export async function deleteClient(client: Client): Promise<() => Promise<void>> {
  const beforeId = nextId(useApp.getState().data.clients, client.id);
  await call('deleteClient', { id: client.id });
  patch((d) => ({ clients: d.clients.filter((c) => c.id !== client.id) }));
  return async () => {
    const { id: _id, ...fields } = client;
    const again = await call('createClient', fields);
    patch((d) => ({ clients: insertBefore(d.clients, again, beforeId) }));
  };
}

/** Deletes a project with nothing attached; undo makes it again with the same fields. */
export async function deleteProject(project: Project): Promise<() => Promise<void>> {
  const beforeId = nextId(useApp.getState().data.projects, project.id);
  await call('deleteProject', { id: project.id });
  patch((d) => ({ projects: d.projects.filter((p) => p.id !== project.id) }));
  return async () => {
    const { id: _id, ...fields } = project;
    const again = await call('createProject', fields);
    patch((d) => ({ projects: insertBefore(d.projects, again, beforeId) }));
  };
}

function nextId<T extends { id: string }>(list: T[], id: string): string | undefined {
  const i = list.findIndex((x) => x.id === id);
  return i >= 0 ? list[i + 1]?.id : undefined;
}

function applyClientMoves(d: Dataset, moved: ClientMergeMoves, to: string): Partial<Dataset> {
  return {
    projects: reassign(d.projects, moved.projects, 'clientId', to),
    signals: reassign(d.signals, moved.signals, 'clientId', to),
    letters: reassign(d.letters, moved.letters, 'clientId', to),
  };
}

/** Merges one client into another; returns what moved and the undo (the exact inverse, `unmergeClients`). */
export async function mergeClients(fromId: string, intoId: string): Promise<{ result: MergeClientsResult; undo: () => Promise<void> }> {
  const result = await call('mergeClients', { fromId, intoId });
  const { from, moved, beforeId } = result;
  patch((d) => ({
    ...applyClientMoves(d, moved, intoId),
    clients: reassign(d.clients.filter((c) => c.id !== fromId), moved.referrals, 'referredBy', intoId),
  }));
  return {
    result,
    undo: async () => {
      const back = await call('unmergeClients', { from, intoId, moved, ...(beforeId ? { beforeId } : {}) });
      patch((d) => ({
        ...applyClientMoves(d, moved, from.id),
        clients: insertBefore(reassign(d.clients, moved.referrals, 'referredBy', from.id), back, beforeId),
      }));
    },
  };
}

function applyProjectMoves(d: Dataset, moved: ProjectMergeMoves, to: string): Partial<Dataset> {
  const entries = new Set(moved.entries);
  return {
    // One new list for a rare change: the index is built once from it.
    timeEntries: moved.entries.length ? d.timeEntries.map((e) => (entries.has(e.id) ? { ...e, projectId: to } : e)) : d.timeEntries,
    signals: reassign(d.signals, moved.signals, 'projectId', to),
    letters: reassign(d.letters, moved.letters, 'projectId', to),
  };
}

/** Merges one project into another of the same client; returns what moved and the exact undo. */
export async function mergeProjects(fromId: string, intoId: string): Promise<{ result: MergeProjectsResult; undo: () => Promise<void> }> {
  const result = await call('mergeProjects', { fromId, intoId });
  const { from, into, moved, beforeId } = result;
  // A timer running on the project merged away runs on the one kept (and back on undo).
  const movesTimer = (was: string, to: string) => (s: ReturnType<typeof useApp.getState>) =>
    moved.timer && s.timer?.projectId === was ? { timer: { ...s.timer, projectId: to } } : {};
  useApp.setState((s) => ({
    ...movesTimer(fromId, intoId)(s),
    data: { ...s.data, ...applyProjectMoves(s.data, moved, intoId), projects: s.data.projects.filter((p) => p.id !== fromId).map((p) => (p.id === intoId ? into : p)) },
  }));
  return {
    result,
    undo: async () => {
      const back = await call('unmergeProjects', { from, intoId, moved, ...(beforeId ? { beforeId } : {}) });
      const invoices = new Set(moved.invoices);
      useApp.setState((s) => ({
        ...movesTimer(intoId, back.id)(s),
        data: {
          ...s.data,
          ...applyProjectMoves(s.data, moved, back.id),
          projects: insertBefore(
            s.data.projects.map((p) => (p.id === intoId ? { ...p, invoices: p.invoices.filter((i) => !invoices.has(i.id)) } : p)),
            back,
            beforeId,
          ),
        },
      }));
    },
  };
}
