/** Backups and restore: a backup or an export put in place of all the data, in steps. */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { DEFAULT_SETTINGS, type Dataset, type Settings, type TimeEntry, type Timer } from '#shared/model';
import type { State } from '../state';
import type { RecordKind } from '#shared/ipc/reasons';
import { refuse, writeProblem } from '../errors';
import { TIME_DIR, makeBackup, parseDoc } from '../files';
import { SHARD_FILE, dataFiles, findBackup, listBackups } from '../backups';
import { monthsProblem, restoreProblem } from '../limits';
import { COLLECTIONS, COLLECTION_NAMES, SettingsDoc, TimeShardDoc, TimerDoc, collectionDoc, setList, type CollectionLists, type CollectionName } from '../schemas';
import { checkPaid } from '../checks';
import { groupByMonth } from '../timeShards';
import { dedupeEntries } from '../timeLoad';
import type { SomeHandlers } from './types';

/** Lets the event loop run (other events, IPC, the window) before the next step. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Everything the data files hold. */
interface Snapshot {
  settings: Partial<Settings>;
  timer: Timer | null;
  collections: CollectionLists;
  months: Map<string, TimeEntry[]>;
}

/** Reads and checks every file of a backup first: one damaged file and nothing changes. */
function readBackup(dir: string, id: string): Snapshot {
  const read = <T>(rel: string, kind: Parameters<typeof parseDoc>[1], schema: z.ZodType<T>): T | undefined => {
    let text: string;
    try {
      text = fs.readFileSync(path.join(dir, rel), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined; // missing means empty
      const detail = String((error as NodeJS.ErrnoException).code);
      throw refuse('backup-unreadable', { id, detail }, `The backup ${id} cannot be read (${detail}). Nothing was changed.`);
    }
    try {
      return parseDoc(text, kind, schema);
    } catch (error) {
      throw refuse(
        'backup-damaged',
        { id, file: rel, detail: (error as Error).message },
        `The backup ${id} cannot be restored: its file ${rel} is damaged (${(error as Error).message}). Nothing was changed; choose another backup.`,
      );
    }
  };
  const collections = {} as Partial<CollectionLists>;
  const readCollection = <K extends CollectionName>(name: K) => {
    const { file, schema } = COLLECTIONS[name];
    setList(collections, name, read(`${file}.json`, 'collection', collectionDoc(schema))?.items ?? []);
  };
  for (const name of COLLECTION_NAMES) readCollection(name);
  const months = new Map<string, TimeEntry[]>();
  for (const { rel } of dataFiles(dir)) {
    const m = rel.startsWith(`${TIME_DIR}/`) ? SHARD_FILE.exec(rel.slice(TIME_DIR.length + 1)) : null;
    if (m) months.set(m[1]!, read(rel, 'timeShard', TimeShardDoc)?.items ?? []);
  }
  const kept = dedupeEntries(months).kept;
  const crowded = monthsProblem(
    (function* () {
      for (const list of kept.values()) for (const e of list) yield e.date;
    })(),
    () => 0,
    `The backup ${id}`,
  );
  if (crowded) throw refuse('backup-month-crowded', { id, month: crowded.month, entries: crowded.entries, max: crowded.max }, crowded.message);
  return {
    settings: read('settings.json', 'settings', SettingsDoc)?.settings ?? {},
    timer: read('timer.json', 'timer', TimerDoc)?.timer ?? null,
    collections: collections as CollectionLists,
    months: kept,
  };
}

/**
 * Writes a whole snapshot over the data files; month files it does not have are removed.
 * `progress.files` counts the files changed so far, for when it stops halfway. Pauses
 * after each file, so a restore can write in steps.
 */
function* writeSteps(st: State, next: Snapshot, progress = { files: 0 }): Generator<void> {
  const put = (rel: string, doc: Record<string, unknown>) => {
    st.write(rel, doc);
    progress.files++;
  };
  for (const month of [...next.months.keys()].sort()) {
    put(`${TIME_DIR}/${month}`, { month, items: next.months.get(month)! });
    yield;
  }
  for (const name of COLLECTION_NAMES) put(COLLECTIONS[name].file, { items: next.collections[name] });
  put('settings', { settings: next.settings });
  put('timer', { timer: next.timer });
  for (const { rel } of dataFiles(st.dataDir)) {
    const m = rel.startsWith(`${TIME_DIR}/`) ? SHARD_FILE.exec(rel.slice(TIME_DIR.length + 1)) : null;
    if (!m || next.months.has(m[1]!)) continue;
    st.remove(rel.replace(/\.json$/, ''));
    progress.files++;
    yield;
  }
}
/** Runs a generator's steps, letting the event loop in after each one. */
const inSteps = async (steps: Generator<void>) => {
  for (const _ of steps) await nextTurn();
};

/**
 * Replaces all data with `next`: a `pre-restore` backup first (no backup, no restore),
 * then every file; memory is then reloaded from disk. When a write fails halfway, the
 * backup just taken is written back, so a refused restore leaves the data as it was.
 */
async function replaceAll(st: State, next: Snapshot): Promise<Dataset> {
  const { dataDir } = st;
  let saved: string;
  // The backup must hold the entries the journal holds, and the journal must not outlive the data it changes.
  st.settle();
  try {
    saved = makeBackup(dataDir, st.now(), 14, 'pre-restore');
  } catch (error) {
    // A read-only disk can fail the backup's folder creation with ENOENT: ask the folder.
    let code = (error as NodeJS.ErrnoException).code;
    try {
      fs.accessSync(dataDir, fs.constants.W_OK);
    } catch (denied) {
      code = (denied as NodeJS.ErrnoException).code ?? code;
    }
    throw refuse(
      'backup-before-failed',
      { action: 'restore', detail: code ?? 'write error' },
      `ClientFit could not restore: it first keeps a backup of the current data, and ${writeProblem(code, dataDir)}; nothing was changed.`,
    );
  }
  await nextTurn();
  // In steps (a file at a time), so ten years of months never hold the app still for long;
  // invoke lets no other call in until the restore is done.
  const reload = async () => {
    st.touch('time');
    await inSteps(st.loadSteps());
    st.touch('time');
  };
  const progress = { files: 0 };
  try {
    await inSteps(writeSteps(st, next, progress));
  } catch (error) {
    if (progress.files === 0) throw error; // refused at the first file: nothing to put back
    let putBack = true;
    try {
      await inSteps(writeSteps(st, readBackup(saved, path.basename(saved))));
    } catch {
      putBack = false;
    }
    await reload();
    if (putBack) throw error;
    throw refuse(
      'restore-stuck',
      { backup: path.basename(saved) },
      `The restore stopped because a file could not be written, and the data could not be put back as it was. Free some space, then restore the backup ${path.basename(saved)} (taken just before).`,
    );
  }
  try {
    await reload();
    return st.dataset();
  } catch (error) {
    throw refuse(
      'restore-not-shown',
      { backup: path.basename(saved), detail: (error as Error).message },
      `The restore was written to disk (a backup of the data before it is ${path.basename(saved)}), but ClientFit could not read it back (${(error as Error).message}). Restart ClientFit to see the restored data.`,
    );
  }
}

/** An export to restore keeps the rules the channels keep: unique ids, no dangling references. */
function checkExport(d: Dataset, s: Settings): void {
  if (s.minimumHourlyRate > s.targetHourlyRate) {
    throw refuse('restore-minimum-rate-above-target', {}, 'settings: the minimum rate cannot be higher than the target rate.');
  }
  const idsOf = (name: keyof Dataset): Set<string> => {
    const ids = new Set<string>();
    d[name].forEach((x, i) => {
      if (ids.has(x.id)) throw refuse('restore-id-twice', { path: `${name}.${i}`, id: x.id }, `dataset.${name}.${i}: the id ${x.id} is used twice.`);
      ids.add(x.id);
    });
    return ids;
  };
  const clients = idsOf('clients');
  const projects = idsOf('projects');
  for (const name of ['timeEntries', 'signals', 'colleagues', 'letters'] as const) idsOf(name);
  const refs = (name: keyof Dataset, key: 'clientId' | 'projectId', ids: Set<string>, label: RecordKind) =>
    (d[name] as Record<string, unknown>[]).forEach((x, i) => {
      const id = String(x[key]);
      if (!ids.has(id)) throw refuse('restore-reference-missing', { path: `${name}.${i}`, kind: label, id }, `dataset.${name}.${i}: there is no ${label} with id ${id}.`);
    });
  refs('projects', 'clientId', clients, 'client');
  refs('timeEntries', 'projectId', projects, 'project');
  refs('signals', 'clientId', clients, 'client');
  refs('letters', 'clientId', clients, 'client');
  d.projects.forEach(checkPaid);
}

/** listBackups, restoreBackup, restoreDataset. */
export function backupHandlers(st: State) {
  return {
    listBackups: () => listBackups(st.dataDir),
    restoreBackup: ({ id }) => {
      const dir = findBackup(st.dataDir, id);
      if (!dir) throw refuse('record-not-found', { kind: 'backup', id }, `There is no backup called ${id}.`);
      return replaceAll(st, readBackup(dir, id));
    },
    restoreDataset: async ({ dataset: d, settings: partial }) => {
      await nextTurn(); // the payload's check against the contract was a step of its own
      const s: Settings = { ...DEFAULT_SETTINGS, ...partial };
      const implausible = restoreProblem(d);
      if (implausible) throw implausible;
      await nextTurn();
      checkExport(d, s);
      await nextTurn();
      const months = groupByMonth(d.timeEntries);
      // An export carries no timer: a running one stays when its project is still there.
      const running = st.timer && d.projects.some((p) => p.id === st.timer!.projectId) ? st.timer : null;
      const { clients, projects, signals, colleagues, letters } = d;
      return replaceAll(st, { settings: s, timer: running, collections: { clients, projects, signals, colleagues, letters }, months });
    },
  } satisfies SomeHandlers;
}
