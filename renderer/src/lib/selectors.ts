/** Derived views of the data for components: computed with useMemo from stored references. */
import type { Dataset, Project } from '../../../shared/model';

const OPEN: ReadonlySet<string> = new Set(['accepted', 'in-progress', 'quoted', 'inquiry', 'delivered']);

/** Projects one can log time on, most recently worked on first. */
export function recentProjects(data: Dataset, limit = 8): Project[] {
  const last = new Map<string, string>();
  for (const e of data.timeEntries) {
    const prev = last.get(e.projectId);
    if (!prev || e.date > prev) last.set(e.projectId, e.date);
  }
  // Work under way comes first; an inquiry or a delivered project only once time is logged on it.
  const tier = (p: Project) => (last.has(p.id) || p.status === 'accepted' || p.status === 'in-progress' ? 0 : 1);
  return data.projects
    .filter((p) => OPEN.has(p.status) || last.has(p.id))
    .filter((p) => p.status !== 'declined' && p.status !== 'lost')
    .sort((a, b) => tier(a) - tier(b) || (last.get(b.id) ?? b.createdAt).localeCompare(last.get(a.id) ?? a.createdAt) || a.title.localeCompare(b.title))
    .slice(0, limit);
}

export function clientName(data: Dataset, clientId: string): string {
  return data.clients.find((c) => c.id === clientId)?.name ?? '';
}
