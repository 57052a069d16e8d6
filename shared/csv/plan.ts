/**
 * What an import would do, before it does it: which clients and projects exist already
 * (matched by name), which would be created, and the entries ready to write. Pure.
 */
import type { Dataset } from '../model';
import type { ImportRow } from './types';

export interface PlannedEntry {
  date: string;
  minutes: number;
  note: string;
  billable: boolean;
  /** The existing client's name when matched, else the name from the file (the internal client's for a row with none). */
  clientName: string;
  /** The existing project's title when matched, else the name from the file ('' = to choose). */
  projectName: string;
  clientId?: string;
  projectId?: string;
  /** The file gave no client: the studio's own time, for the internal client (made on import when missing). */
  internal?: true;
  /** The file gave no project: the person must choose or name one before importing. */
  needsProject?: true;
}

export interface PlannedClientGroup {
  client: string;
  clientId?: string;
  /** The rows without a client, for the internal client. */
  internal?: true;
  minutes: number;
  rows: number;
}

export interface ImportPlan {
  /** New client names, in the order they first appear in the file. */
  clientsToCreate: string[];
  /** New projects, each under its client's name (new or existing); `internal` ones go under the internal client. */
  projectsToCreate: { client: string; project: string; internal?: true }[];
  /** How many distinct existing clients and projects the rows match. */
  matched: { clients: number; projects: number };
  totalMinutes: number;
  /** Per client, most minutes first. */
  byClient: PlannedClientGroup[];
  /** One per row, in the rows' order. */
  entries: PlannedEntry[];
}

/** The form names are compared in: trimmed, single-spaced, lower-case, without accents. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export interface PlanOptions {
  /** What the internal client will be called when the import creates it ("Estudio" / "Studio"). */
  internalName?: string;
}

/** The key the internal client's rows group under: no client's name can be it. */
const INTERNAL_KEY = '\u0000internal';

/**
 * Matches imported rows to existing clients and projects by name, and lists what would be
 * created; writes nothing. A row without a client is the studio's own time: it goes to the
 * internal client (the existing one, else one the import creates).
 */
export function planImport(rows: readonly ImportRow[], data: Pick<Dataset, 'clients' | 'projects'>, options: PlanOptions = {}): ImportPlan {
  const internal = data.clients.find((c) => c.internal);
  const internalName = internal?.name ?? options.internalName ?? 'Estudio';
  const clientsByKey = new Map<string, { id: string; name: string }>();
  for (const c of data.clients) {
    const key = nameKey(c.name);
    if (!clientsByKey.has(key)) clientsByKey.set(key, c);
  }
  // A project matches only within its client: keyed by client id and title.
  const projectsByKey = new Map<string, { id: string; title: string }>();
  for (const p of data.projects) {
    const key = `${p.clientId}\u0000${nameKey(p.title)}`;
    if (!projectsByKey.has(key)) projectsByKey.set(key, p);
  }

  const newClients = new Map<string, string>();
  const newProjects = new Map<string, { client: string; project: string }>();
  const matchedClients = new Set<string>();
  const matchedProjects = new Set<string>();
  const groups = new Map<string, PlannedClientGroup>();
  const entries: PlannedEntry[] = [];
  let totalMinutes = 0;

  for (const row of rows) {
    const clientKey = nameKey(row.client);
    const projectKey = nameKey(row.project);
    const entry: PlannedEntry = {
      date: row.date,
      minutes: row.minutes,
      note: row.note,
      billable: row.billable,
      clientName: row.client.trim(),
      projectName: row.project.trim(),
    };
    const client = clientKey === '' ? internal : clientsByKey.get(clientKey);
    if (clientKey === '') {
      entry.internal = true;
      entry.clientName = internalName;
      if (internal) {
        entry.clientId = internal.id;
        matchedClients.add(internal.id);
      }
    } else if (client) {
      entry.clientId = client.id;
      entry.clientName = client.name;
      matchedClients.add(client.id);
    } else {
      // Every spelling of a new client takes the first one seen, so it is created once.
      if (!newClients.has(clientKey)) newClients.set(clientKey, entry.clientName);
      entry.clientName = newClients.get(clientKey) ?? entry.clientName;
    }

    const project = client && projectKey !== '' ? projectsByKey.get(`${client.id}\u0000${projectKey}`) : undefined;
    if (projectKey === '') {
      entry.needsProject = true;
    } else if (project) {
      entry.projectId = project.id;
      entry.projectName = project.title;
      matchedProjects.add(project.id);
    } else {
      const groupKey = clientKey === '' ? INTERNAL_KEY : clientKey;
      const key = `${groupKey}\u0000${projectKey}`;
      if (!newProjects.has(key)) newProjects.set(key, { client: entry.clientName, project: entry.projectName, ...(entry.internal ? { internal: true as const } : {}) });
      entry.projectName = newProjects.get(key)?.project ?? entry.projectName;
    }

    const groupKey = clientKey === '' ? INTERNAL_KEY : clientKey;
    let group = groups.get(groupKey);
    if (!group) {
      group = { client: entry.clientName, minutes: 0, rows: 0 };
      if (entry.clientId) group.clientId = entry.clientId;
      if (entry.internal) group.internal = true;
      groups.set(groupKey, group);
    }
    group.minutes += row.minutes;
    group.rows++;
    totalMinutes += row.minutes;
    entries.push(entry);
  }

  const byClient = [...groups.values()].sort(
    (a, b) => b.minutes - a.minutes || (a.client < b.client ? -1 : a.client > b.client ? 1 : 0),
  );
  return {
    clientsToCreate: [...newClients.values()],
    projectsToCreate: [...newProjects.values()],
    matched: { clients: matchedClients.size, projects: matchedProjects.size },
    totalMinutes,
    byClient,
    entries,
  };
}
