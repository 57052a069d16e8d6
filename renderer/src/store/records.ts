/**
 * Deleting clients and projects with their inverse for the undo stack, and what is attached
 * to each (merges are the bulk slice's). The backend's answers are applied to the
 * store as they come (no whole dataset crosses IPC).
 */
import type { Client, Dataset, Project } from '#shared/model';
import { call } from '../api';
import { patchData } from './apply';
import { insertBefore } from './bulk';
import { useApp } from './index';

const patch = (f: (d: Dataset) => Partial<Dataset>) => useApp.setState(patchData(f));

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

/** Deletes a client with nothing attached; undo makes it again with the same fields, in its place. */
export async function deleteClient(client: Client): Promise<() => Promise<void>> {
  const beforeId = nextId(useApp.getState().data.clients, client.id);
  await useApp.getState().deleteClient(client.id);
  return async () => {
    const { id: _id, ...fields } = client;
    const again = await call('createClient', fields);
    patch((d) => ({ clients: insertBefore(d.clients, again, beforeId) }));
  };
}

/** Deletes a project with nothing attached; undo makes it again with the same fields, in its place. */
export async function deleteProject(project: Project): Promise<() => Promise<void>> {
  const beforeId = nextId(useApp.getState().data.projects, project.id);
  await useApp.getState().deleteProject(project.id);
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
