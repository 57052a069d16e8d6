/** The projects a person picks from when logging time, each named with its client. */
import type { Dataset, Project } from '#shared/model';
import { indexDataset } from '#shared/rules';
import { recentProjects } from './selectors';

const CLOSED: ReadonlySet<string> = new Set(['closed', 'declined', 'lost']);

/** "Identidad visual · Panadería Sol": two projects with one title are told apart by their client. */
export function projectLabel(data: Dataset, project: Project): string {
  const client = indexDataset(data).clientsById.get(project.clientId)?.name;
  return client ? `${project.title} · ${client}` : project.title;
}

/** Work under way: accepted and in-progress projects, and the studio's own (internal) ones still open. */
const activeCache = new WeakMap<Dataset, Project[]>();
export function activeProjects(data: Dataset): Project[] {
  let out = activeCache.get(data);
  if (out) return out;
  const clients = indexDataset(data).clientsById;
  out = data.projects.filter(
    (p) => p.status === 'accepted' || p.status === 'in-progress' || (clients.get(p.clientId)?.internal === true && !CLOSED.has(p.status)),
  );
  activeCache.set(data, out);
  return out;
}

/** Every project to log time on: the recently worked ones first, then any active one not among them. */
const choicesCache = new WeakMap<Dataset, Project[]>();
export function projectChoices(data: Dataset): Project[] {
  let out = choicesCache.get(data);
  if (out) return out;
  const first = recentProjects(data, 50);
  const seen = new Set(first.map((p) => p.id));
  out = [...first, ...activeProjects(data).filter((p) => !seen.has(p.id))];
  choicesCache.set(data, out);
  return out;
}
