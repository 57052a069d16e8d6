/** Sample data: a believable year to explore, and its removal. */
import type { Dataset, TimeEntry } from '#shared/model';
import { isSample, sampleDataset } from '#shared/sample';
import type { FilePlan, State } from '../state';
import { refuse } from '../errors';
import { TIME_DIR } from '../files';
import { COLLECTIONS, COLLECTION_NAMES, setList, type CollectionLists, type CollectionName, type ItemOf } from '../schemas';
import { groupByMonth } from '../timeShards';
import type { Out, SomeHandlers } from './types';

function loadSampleData(st: State, { language }: Out<'loadSampleData'>): Dataset {
  const current = st.dataset();
  const count = (Object.keys(current) as (keyof Dataset)[]).reduce((n, k) => n + current[k].length, 0);
  if (count > 0) {
    throw refuse(
      'sample-needs-empty',
      {},
      'The sample data can only be loaded into an empty app, and there is data here already. Nothing was changed.',
    );
  }
  const sample = sampleDataset(st.today(), language);
  const months = groupByMonth(sample.timeEntries);
  const { clients, projects, signals, colleagues, letters } = sample;
  const collections: CollectionLists = { clients, projects, signals, colleagues, letters };
  st.writeFilesOrNone([
    ...COLLECTION_NAMES.map((name): [string, Record<string, unknown>] => [COLLECTIONS[name].file, { items: collections[name] }]),
    ...[...months.keys()].sort().map((month): [string, Record<string, unknown>] => [`${TIME_DIR}/${month}`, { month, items: months.get(month)! }]),
  ]);
  st.adopt(collections, months);
  return st.dataset();
}

/**
 * Deletes every record marked `sample`, and what hangs off them (hours logged on a sample
 * project, a signal on a sample client), so nothing is left pointing at nothing. The
 * person's own records stay as they are.
 */
function removeSampleData(st: State): Dataset {
  const { items, shards } = st;
  const goneClients = new Set([...items.clients.values()].filter(isSample).map((c) => c.id));
  const goneProjects = new Set([...items.projects.values()].filter((p) => isSample(p) || goneClients.has(p.clientId)).map((p) => p.id));
  const goes: { [K in CollectionName]: (x: ItemOf[K]) => boolean } = {
    clients: (c) => goneClients.has(c.id),
    projects: (p) => goneProjects.has(p.id),
    signals: (s) => isSample(s) || goneClients.has(s.clientId) || (s.projectId !== undefined && goneProjects.has(s.projectId)),
    colleagues: (c) => isSample(c),
    letters: (l) => isSample(l) || goneClients.has(l.clientId) || (l.projectId !== undefined && goneProjects.has(l.projectId)),
  };
  const plan: FilePlan = [];
  const collections: Partial<CollectionLists> = {};
  const keep = <K extends CollectionName>(name: K) => {
    const all = [...items[name].values()];
    const kept = all.filter((x) => !goes[name](x));
    if (kept.length === all.length) return;
    setList(collections, name, kept);
    plan.push([COLLECTIONS[name].file, { items: kept }]);
  };
  for (const name of COLLECTION_NAMES) keep(name);
  const months = new Map<string, TimeEntry[]>();
  for (const month of [...shards.keys()].sort()) {
    const all = shards.get(month)!;
    const kept = all.filter((e) => !isSample(e) && !goneProjects.has(e.projectId));
    if (kept.length === all.length) continue;
    months.set(month, kept);
    // A month left with nothing goes, so an app emptied of samples is as it was at first.
    plan.push([`${TIME_DIR}/${month}`, kept.length > 0 ? { month, items: kept } : null]);
  }
  // A timer running on a sample project stops without logging: its project is going.
  const stopTimer = st.timer !== null && goneProjects.has(st.timer.projectId);
  if (stopTimer) plan.push(['timer', { timer: null }]);
  if (plan.length === 0) return st.dataset();
  st.writeFilesOrNone(plan);
  if (stopTimer) st.timer = null;
  st.adopt(collections, months);
  return st.dataset();
}

/** loadSampleData, removeSampleData. */
export function sampleHandlers(st: State) {
  return {
    loadSampleData: (input) => loadSampleData(st, input),
    removeSampleData: () => removeSampleData(st),
  } satisfies SomeHandlers;
}
