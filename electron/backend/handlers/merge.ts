/** Merging duplicates: a backup first, then every file touched, all or nothing; and the exact undo. */
import path from 'node:path';
import type { FilePlan, State } from '../state';
import { refuse } from '../errors';
import { TIME_DIR, makeBackup } from '../files';
import { COLLECTIONS, type CollectionLists } from '../schemas';
import { planClientMerge, planClientUnmerge, planProjectMerge, planProjectUnmerge, type MergePlan, type MergeState } from '../merge';
import type { SomeHandlers } from './types';

/** A `pre-merge` backup: no backup, no merge. Returns its id. */
function backupBeforeMerge(st: State): string {
  // The backup must hold the entries the journal holds: they go into their months first.
  st.settle();
  try {
    return path.basename(makeBackup(st.dataDir, st.now(), 14, 'pre-merge'));
  } catch (error) {
    throw refuse(
      'backup-before-failed',
      { action: 'merge', detail: (error as NodeJS.ErrnoException).code ?? 'write error' },
      `ClientFit could not take a backup before merging (${(error as NodeJS.ErrnoException).code ?? 'write error'}), so it merged nothing. Check the free space and try again.`,
    );
  }
}

/** Writes a merge plan all or nothing, then puts it in memory. */
function applyMergePlan(st: State, plan: MergePlan, backup?: string): void {
  const files: FilePlan = [];
  const collections: Partial<CollectionLists> = {};
  const take = <K extends 'clients' | 'projects' | 'signals' | 'letters'>(name: K) => {
    const next = plan[name];
    if (!next) return;
    const list = [...next.values()] as CollectionLists[K];
    collections[name] = list;
    files.push([COLLECTIONS[name].file, { items: list }]);
  };
  for (const name of ['clients', 'projects', 'signals', 'letters'] as const) take(name);
  for (const month of [...plan.months.keys()].sort()) files.push([`${TIME_DIR}/${month}`, { month, items: plan.months.get(month)! }]);
  if (plan.timer !== undefined) files.push(['timer', { timer: plan.timer }]);
  st.writeFilesOrNone(files, (count) =>
    refuse(
      'merge-stuck',
      { count, backup: backup ?? '', folder: path.join(st.dataDir, 'backups') },
      `The merge stopped because a file could not be written, and ${count} file(s) could not be put back: restore the backup ${backup ?? 'taken just before'} in ${path.join(st.dataDir, 'backups')}.`,
    ),
  );
  st.adopt(collections, plan.months);
  if (plan.timer !== undefined) st.timer = plan.timer;
}

/** mergeClients, unmergeClients, mergeProjects, unmergeProjects. */
export function mergeHandlers(st: State) {
  const mergeState = (): MergeState => ({ ...st.items, shards: st.shards, timer: st.timer });
  return {
    mergeClients: ({ fromId, intoId }) => {
      const { plan, ...done } = planClientMerge(mergeState(), fromId, intoId, refuse);
      const backup = backupBeforeMerge(st);
      applyMergePlan(st, plan, backup);
      return { ...done, into: st.items.clients.get(intoId)!, backup };
    },
    unmergeClients: (input) => {
      applyMergePlan(st, planClientUnmerge(mergeState(), input, refuse));
      return input.from;
    },
    mergeProjects: ({ fromId, intoId }) => {
      const { plan, ...done } = planProjectMerge(mergeState(), fromId, intoId, refuse);
      const backup = backupBeforeMerge(st);
      applyMergePlan(st, plan, backup);
      return { ...done, backup };
    },
    unmergeProjects: (input) => {
      applyMergePlan(st, planProjectUnmerge(mergeState(), input, refuse));
      return input.from;
    },
  } satisfies SomeHandlers;
}
