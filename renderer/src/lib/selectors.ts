/** Derived views of the data for components: memoised on the dataset, computed from its index. */
import type { Dataset, Project } from '#shared/model';
import { indexDataset } from '#shared/rules';

const OPEN: ReadonlySet<string> = new Set(['accepted', 'in-progress', 'quoted', 'inquiry', 'delivered']);
const titles = new Intl.Collator();

/** Every project one can log time on, most recently worked on first; once per dataset. */
const recentCache = new WeakMap<Dataset, Project[]>();
function allRecent(data: Dataset): Project[] {
  let out = recentCache.get(data);
  if (out) return out;
  // The date of each project's last entry comes from the index, kept up to date as entries are logged.
  const last = indexDataset(data).lastEntryByProject;
  out = data.projects
    .filter((p) => (OPEN.has(p.status) || last.has(p.id)) && p.status !== 'declined' && p.status !== 'lost')
    .map((p) => ({ p, when: last.get(p.id) ?? p.createdAt }))
    .sort((a, b) => (a.when > b.when ? -1 : a.when < b.when ? 1 : titles.compare(a.p.title, b.p.title)))
    .map((x) => x.p);
  recentCache.set(data, out);
  return out;
}

/** Projects one can log time on, most recently worked on first. */
export function recentProjects(data: Dataset, limit = 8): Project[] {
  return allRecent(data).slice(0, limit);
}

export function clientName(data: Dataset, clientId: string): string {
  return indexDataset(data).clientsById.get(clientId)?.name ?? '';
}
