/** A CSV import, all or nothing, and the files imported before. */
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Client, Project, TimeEntry } from '#shared/model';
import type { ImportRecord, ResultOf } from '#shared/ipc/contract';
import { monthOf } from '#shared/dates';
import { nameKey } from '#shared/csv/plan';
import { splitDuplicates } from '#shared/csv/dedupe';
import type { FilePlan, State } from '../state';
import { refuse } from '../errors';
import { TIME_DIR, makeBackup } from '../files';
import { monthsProblem } from '../limits';
import { COLLECTIONS, IMPORTS_FILE } from '../schemas';
import { checkDay, findInternalClient, newInternalClient } from '../checks';
import type { Out, SomeHandlers } from './types';

/** How many imports are remembered. */
const IMPORTS_KEPT = 200;

/**
 * A CSV import, all or nothing: everything is checked and built aside first; then a
 * `pre-import` backup, then the files (clients, projects, each month touched). When a
 * write fails, the files already written get their previous bytes back (or go, when they
 * did not exist) and memory is left as it was, since it is only replaced at the end.
 */
function importTime(st: State, input: Out<'importTime'>): ResultOf<'importTime'> {
  const { items, shards, dataDir } = st;
  const day = st.today();
  // Ten thousand rows name the same few clients: work each name's key out once.
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let k = keys.get(name);
    if (k === undefined) keys.set(name, (k = nameKey(name)));
    return k;
  };
  const nextClients = new Map(items.clients);
  const nextProjects = new Map(items.projects);
  const clientByKey = new Map<string, Client>();
  for (const c of items.clients.values()) if (!clientByKey.has(keyOf(c.name))) clientByKey.set(keyOf(c.name), c);
  const projectByKey = new Map<string, Project>();
  for (const p of items.projects.values()) {
    const key = `${p.clientId}\u0000${keyOf(p.title)}`;
    if (!projectByKey.has(key)) projectByKey.set(key, p);
  }

  const newClients: Client[] = [];
  for (const { name } of input.clients) {
    const key = keyOf(name);
    if (clientByKey.has(key)) continue; // already there (or named twice): matched, not duplicated
    const client: Client = { id: randomUUID(), name: name.trim(), source: 'other', status: 'active', star: false, createdAt: day };
    clientByKey.set(key, client);
    nextClients.set(client.id, client);
    newClients.push(client);
  }
  // A row with no client is the studio's own time: the internal client, made once when missing.
  let internal = findInternalClient(nextClients);
  const clientNamed = (name: string): Client | undefined => {
    if (name !== '') return clientByKey.get(keyOf(name));
    if (!internal) {
      internal = newInternalClient(st);
      nextClients.set(internal.id, internal);
      newClients.push(internal);
    }
    return internal;
  };
  const newProjects: Project[] = [];
  for (const [i, p] of input.projects.entries()) {
    const client = clientNamed(p.clientName);
    if (!client) {
      throw refuse('import-client-missing', { client: p.clientName.slice(0, 80), project: p.title.slice(0, 80) }, `projects.${i}: there is no client called "${p.clientName.slice(0, 80)}" to put the project "${p.title.slice(0, 80)}" under.`);
    }
    const key = `${client.id}\u0000${keyOf(p.title)}`;
    if (projectByKey.has(key)) continue;
    const project: Project = {
      id: randomUUID(),
      clientId: client.id,
      title: p.title.trim(),
      kind: p.kind.trim(),
      pricing: { mode: 'hourly', rate: st.settings.targetHourlyRate },
      status: 'in-progress',
      createdAt: day,
      invoices: [],
    };
    projectByKey.set(key, project);
    nextProjects.set(project.id, project);
    newProjects.push(project);
  }

  const resolved: TimeEntry[] = [];
  for (const [i, e] of input.entries.entries()) {
    checkDay(e.date, `entries.${i}.date`);
    const client = clientNamed(e.clientName);
    const project = client ? projectByKey.get(`${client.id}\u0000${keyOf(e.projectTitle)}`) : undefined;
    if (!client || !project) {
      throw refuse(
        'import-project-missing',
        { client: e.clientName.slice(0, 80), project: e.projectTitle.slice(0, 80) },
        `entries.${i}: there is no project "${e.projectTitle.slice(0, 80)}" for the client "${e.clientName.slice(0, 80)}"; list it under projects to create it.`,
      );
    }
    const entry: TimeEntry = { id: randomUUID(), projectId: project.id, date: e.date, minutes: e.minutes, billable: e.billable };
    if (e.note) entry.note = e.note;
    resolved.push(entry);
  }

  // Re-import: rows equal to entries already there are the same work, left out unless asked.
  const { fresh, duplicates } = input.includeDuplicates ? { fresh: resolved, duplicates: [] } : splitDuplicates(resolved, st.dataset().timeEntries);
  const nextShards = new Map<string, TimeEntry[]>();
  const newMonths = new Map<string, string>();
  for (const entry of fresh) {
    const month = monthOf(entry.date);
    let list = nextShards.get(month);
    if (!list) {
      list = [...(shards.get(month) ?? [])];
      nextShards.set(month, list);
    }
    list.push(entry);
    newMonths.set(entry.id, month);
  }

  // Only what this import adds counts toward a month's cap (skipped rows add nothing).
  const crowded = monthsProblem(
    fresh.map((e) => e.date),
    (month) => shards.get(month)?.length ?? 0,
    'This import',
  );
  if (crowded) throw refuse('import-month-crowded', { month: crowded.month, entries: crowded.entries, max: crowded.max }, crowded.message);
  const at = st.now();
  const record: ImportRecord | undefined = input.file
    ? { hash: input.file.hash, name: input.file.name, at: at.toISOString(), entries: fresh.length, skipped: duplicates.length }
    : undefined;
  const nextImports = record ? [...st.imports, record].slice(-IMPORTS_KEPT) : st.imports;
  const changesData = fresh.length > 0 || newClients.length > 0 || newProjects.length > 0;

  // The backup must hold the entries the journal holds: they go into their months first.
  if (changesData) st.settle();
  try {
    if (changesData) makeBackup(dataDir, at, 14, 'pre-import', input.file?.name ?? '');
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? 'write error';
    throw refuse(
      'backup-before-failed',
      { action: 'import', detail },
      `ClientFit could not take a backup before importing (${(error as NodeJS.ErrnoException).code ?? 'write error'}), so it imported nothing. Check the free space and try again.`,
    );
  }

  const plan: FilePlan = [];
  if (newClients.length > 0) plan.push([COLLECTIONS.clients.file, { items: [...nextClients.values()] }]);
  if (newProjects.length > 0) plan.push([COLLECTIONS.projects.file, { items: [...nextProjects.values()] }]);
  for (const month of [...nextShards.keys()].sort()) plan.push([`${TIME_DIR}/${month}`, { month, items: nextShards.get(month)! }]);
  if (record) plan.push([IMPORTS_FILE, { items: nextImports }]);

  st.writeFilesOrNone(plan, (count) =>
    refuse(
      'import-stuck',
      { count, folder: path.join(dataDir, 'backups') },
      `The import stopped because a file could not be written, and ${count} file(s) could not be put back: restore the "pre-import" backup in ${path.join(dataDir, 'backups')}.`,
    ),
  );

  st.items.clients = nextClients;
  st.items.projects = nextProjects;
  for (const [month, list] of nextShards) shards.set(month, list);
  for (const [id, month] of newMonths) st.monthOfEntry.set(id, month);
  st.imports = nextImports;
  st.touch('time');
  return {
    clients: newClients.length,
    projects: newProjects.length,
    entries: fresh.length,
    skipped: duplicates.length,
    added: { clients: newClients, projects: newProjects, timeEntries: fresh },
  };
}

/** importTime, listImports. */
export function importHandlers(st: State) {
  return {
    importTime: (input) => importTime(st, input),
    listImports: () => [...st.imports].reverse(),
  } satisfies SomeHandlers;
}
