/**
 * The backend's state: the data in memory (settings, timer, the small collections, time
 * entries by month), the files it writes through to, and the write helpers that put a
 * change on disk first and only then in memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { DEFAULT_SETTINGS, type Dataset, type Notice, type Settings, type TimeEntry, type Timer } from '#shared/model';
import type { ImportRecord } from '#shared/ipc/contract';
import { ImportRecord as ImportRecordSchema } from '#shared/ipc/contract';
import { FILE_MODE, defaultStoreFactory, makeDataDir, removeStaleTempFiles, tightenModes, type DocStore, type StoreFactory, asDocStore, storeOptions } from './store';
import { SCHEMA_VERSION } from './migrations';
import { TIME_DIR, loadDoc, type LoadNotice } from './files';
import { SHARD_FILE, localDate } from './backups';
import { joinMonths } from './limits';
import { refuse, writeFailure, type BackendError } from './errors';
import type { RecordKind } from '#shared/ipc/reasons';
import { COLLECTIONS, COLLECTION_NAMES, IMPORTS_FILE, SettingsDoc, TimeShardDoc, TimerDoc, collectionDoc, setCollection, type CollectionLists, type CollectionName, type Collections, type ItemOf } from './schemas';
import { dedupeEntries, indexMonths, isValidTimeShard } from './timeLoad';
import { forgetMonthsChecked, monthStamp, monthStamps, monthsAsChecked, noteMonthsChecked, sameStamps, type Stamp } from './monthsChecked';
import { FOLD_AFTER_CHANGES, FOLD_RETRY_AFTER, JOURNAL_FILE, applyChange, fileAppendLog, journalLine, readJournal, type AppendLogFactory, type JournalChange } from './timeJournal';

/** A file to write (its path below the data folder, no extension) and its document; null deletes it. */
export type FilePlan = [rel: string, doc: Record<string, unknown> | null][];

export interface StateOptions {
  dataDir: string;
  createStore?: StoreFactory;
  /** The time journal's file (tests pass one that fails like a full or read-only disk). */
  createLog?: AppendLogFactory;
  now?: () => Date;
}

/** Everything the handlers read and change; see `openState`. */
export interface State {
  readonly dataDir: string;
  readonly timeDir: string;
  readonly now: () => Date;
  /** What happened at load that the person should know (a damaged file recovered). */
  readonly notices: Notice[];
  settings: Settings;
  timer: Timer | null;
  /** The files imported before, oldest first (see `listImports`). */
  imports: ImportRecord[];
  items: Collections;
  /** Time entries by month, and the month of each entry id (built at first use, see monthsChecked.ts). */
  readonly shards: Map<string, TimeEntry[]>;
  readonly monthOfEntry: Map<string, string>;
  /** Files written so far: an unexpected failure after a write must not claim that nothing changed. */
  readonly writesDone: number;
  /** The store of a data file (path below the data folder, no extension). */
  storeFor(rel: string): DocStore;
  /** Writes one data file; a failure is a `write-failed` refusal. */
  write(rel: string, doc: Record<string, unknown>): void;
  /** Removes one data file (when it is there); a failure is a `write-failed` refusal. */
  remove(rel: string): void;
  /**
   * Saves one change of a time entry (see timeJournal.ts): on disk first, as one journal line,
   * then in memory. A failure is a `write-failed` refusal and changes nothing.
   */
  saveTimeChange(change: JournalChange): void;
  /**
   * Writes the months the journal changed and removes it, so the month files alone hold every
   * entry: before a backup or any other write of time files, and at close.
   */
  settle(): void;
  /** Settles (best effort) and closes the journal. */
  close(): void;
  /**
   * Says that the files on disk may no longer be what memory holds (a change saved whose
   * showing failed): the month files are then not noted as whole at close.
   */
  distrustMonths(): void;
  /** Several files all or nothing (see `writeFilesOrNone` below). */
  writeFilesOrNone(plan: FilePlan, whenStuck?: (unrestored: number) => BackendError): void;
  /** Reads every data file into memory, pausing after each month file. */
  loadSteps(): Generator<void>;
  /** Forgets the cached dataset (and the joined entries, for 'time'). */
  touch(what: 'time' | 'other'): void;
  dataset(): Dataset;
  /** The person's calendar day now. */
  today(): string;
  putItem<K extends CollectionName>(name: K, item: ItemOf[K]): ItemOf[K];
  removeItem<K extends CollectionName>(name: K, id: string): void;
  getItem<K extends CollectionName>(name: K, id: string, label: RecordKind): ItemOf[K];
  /** Refuses an id that names nothing (a reference in a payload). */
  requireRef(name: CollectionName, id: string | undefined, label: RecordKind): void;
  /** Puts collections and month lists in memory once they are on disk. */
  adopt(collections: Partial<CollectionLists>, months: Map<string, TimeEntry[]>): void;
}

/** Opens the data folder (made when missing) and loads everything into memory. */
export function openState(options: StateOptions): State {
  const { dataDir } = options;
  const createStore = options.createStore ?? defaultStoreFactory;
  const now = options.now ?? (() => new Date());
  const notices: Notice[] = [];
  const addNotice = (n: LoadNotice) =>
    notices.push({ id: randomUUID(), at: now().toISOString(), ...n });

  if (!fs.existsSync(dataDir)) {
    makeDataDir(dataDir);
  }
  // A folder made by an earlier version (or by hand) is closed to other accounts too.
  tightenModes(dataDir);
  const timeDir = path.join(dataDir, TIME_DIR);
  // What a crash mid-write left behind: the data files themselves are whole.
  removeStaleTempFiles(dataDir);
  removeStaleTempFiles(timeDir);

  const stores = new Map<string, DocStore>();
  const storeFor = (rel: string): DocStore => {
    let s = stores.get(rel);
    if (!s) {
      const dir = path.join(dataDir, path.dirname(rel));
      s = asDocStore(createStore(storeOptions(dir, path.basename(rel))));
      stores.set(rel, s);
    }
    return s;
  };
  let writesDone = 0;

  // ---- the note that the month files are whole (monthsChecked.ts) -------------------------
  /**
   * Memory may not be what the month files hold: a load that stopped half way, a write of
   * several files that stopped and could not be put back, a change saved but not shown.
   */
  let mayDiffer = false;
  /** Each month file's stamp as this app last read or wrote it: a file another program changed meanwhile differs. */
  let known = new Map<string, Stamp>();
  const isMonth = (rel: string) => rel.startsWith(`${TIME_DIR}/`);
  const monthName = (rel: string) => `${rel.slice(TIME_DIR.length + 1)}.json`;
  /** After this app wrote or removed a month file: its stamp now. */
  const knowMonth = (rel: string) => {
    const name = monthName(rel);
    try {
      const stamp = monthStamp(timeDir, name);
      if (stamp) known.set(name, stamp);
      else known.delete(name);
    } catch {
      known.set(name, [-1, -1]); // unknown: matches no file, so the months are not noted whole
    }
  };
  /** The month files in `time/`, by name; none when there is no such folder (any other failure is thrown). */
  const monthNamesOnDisk = (): string[] => {
    try {
      return fs.readdirSync(timeDir).filter((name) => SHARD_FILE.test(name)).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  };
  /**
   * At close: notes the month files as whole when memory holds what they hold (every change
   * folded) and each is as this app last read or wrote it.
   */
  const noteChecked = () => {
    if (mayDiffer || unfolded.size > 0 || journalChanges > 0) return;
    try {
      const stamps = monthStamps(timeDir, monthNamesOnDisk());
      if (stamps.size > 0 && sameStamps(stamps, known)) noteMonthsChecked(timeDir, stamps);
    } catch {
      // No note: the next start looks for copies in two months, as after a crash.
    }
  };

  /** Writes a file without counting it: folding the journal writes what is already saved. */
  const writeDoc = (rel: string, doc: Record<string, unknown>) => {
    const store = storeFor(rel);
    try {
      store.write({ schemaVersion: SCHEMA_VERSION, ...doc });
    } catch (error) {
      throw writeFailure(error, store.path);
    }
    if (isMonth(rel)) knowMonth(rel);
  };
  const write = (rel: string, doc: Record<string, unknown>) => {
    // A month written whole while the journal holds changes: they go into their months first.
    if (isMonth(rel)) settle();
    writeDoc(rel, doc);
    writesDone++;
  };
  /** Removes a data file, when it is there. */
  const removeFile = (rel: string) => {
    const file = storeFor(rel).path;
    if (!fs.existsSync(file)) return;
    if (isMonth(rel)) settle();
    try {
      fs.rmSync(file);
    } catch (error) {
      throw writeFailure(error, file);
    }
    if (isMonth(rel)) knowMonth(rel);
    writesDone++;
  };

  // ---- the time journal: changes since the month files were last written ----------------
  const journal = (options.createLog ?? fileAppendLog)(path.join(timeDir, JOURNAL_FILE));
  /** Months whose file lacks changes the journal holds, and how many changes it holds. */
  const unfolded = new Set<string>();
  let journalChanges = 0;
  /** How many changes the journal may hold before it is folded by itself. */
  let foldAt = FOLD_AFTER_CHANGES;
  /** `always`: remove the journal even when it holds no change (its last line could not be cut off). */
  const settle = (always = false) => {
    if (!always && unfolded.size === 0 && journalChanges === 0) return;
    for (const month of [...unfolded].sort()) writeDoc(`${TIME_DIR}/${month}`, { month, items: shards.get(month) ?? [] });
    unfolded.clear();
    try {
      journal.clear();
    } catch (error) {
      throw writeFailure(error, journal.path);
    }
    journalChanges = 0;
    foldAt = FOLD_AFTER_CHANGES;
  };
  const saveTimeChange = (change: JournalChange) => {
    const line = journalLine(change);
    try {
      journal.append(line);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EJOURNAL') throw writeFailure(error, journal.path);
      // A cut line could not be taken back: the journal is folded and removed, then written afresh.
      settle(true);
      try {
        journal.append(line);
      } catch (again) {
        throw writeFailure(again, journal.path);
      }
    }
    writesDone++;
    journalChanges++;
    for (const month of applyChange(shards, ids(), change)) unfolded.add(month);
    touch('time');
    if (journalChanges >= foldAt) {
      try {
        settle();
      } catch {
        // The change is saved in the journal; folding waits a while (every fold before a backup or at close still tries).
        foldAt = journalChanges + FOLD_RETRY_AFTER;
      }
    }
  };

  const emptyItems = (): Collections => ({ clients: new Map(), projects: new Map(), signals: new Map(), colleagues: new Map(), letters: new Map() });
  const shards = new Map<string, TimeEntry[]>();
  /**
   * Each entry's month. Replaced at each load: the pass that finds repeated copies builds it,
   * and when that pass is skipped (the month files are as noted whole), the first use does.
   */
  let monthOfEntry: Map<string, string> | null = null;
  const ids = () => (monthOfEntry ??= indexMonths(shards));

  /**
   * Reads every data file into memory; a damaged one is recovered (see files.ts). A generator
   * that pauses after each month file, so a restore can reload in steps (loadAll runs it whole).
   */
  function* loadSteps(): Generator<void> {
    const at = now();
    // Until the months are in memory, memory is part old, part new: never noted whole.
    mayDiffer = true;
    const load = <T>(rel: string, kind: Parameters<typeof loadDoc>[2], schema: z.ZodType<T>, whole?: (doc: unknown) => doc is T): T | undefined => {
      const r = loadDoc(dataDir, `${rel}.json`, kind, schema, at, whole);
      if (r.notice) addNotice(r.notice);
      return r.value;
    };
    state.settings = { ...DEFAULT_SETTINGS, ...(load('settings', 'settings', SettingsDoc)?.settings ?? {}) };
    state.timer = load('timer', 'timer', TimerDoc)?.timer ?? null;
    state.imports = load(IMPORTS_FILE, 'collection', collectionDoc(ImportRecordSchema))?.items ?? [];
    const loadCollection = <K extends CollectionName>(name: K) => {
      const { file, schema } = COLLECTIONS[name];
      const doc = load(file, 'collection', collectionDoc(schema));
      setCollection(state.items, name, new Map((doc?.items ?? []).map((x): [string, ItemOf[K]] => [x.id, x])));
    };
    for (const name of COLLECTION_NAMES) loadCollection(name);
    const months = new Map<string, TimeEntry[]>();
    // Temp files, moved-aside files and the note are not data.
    const names = monthNamesOnDisk();
    // Taken before each file is read: a file changed after this differs at close, and is not noted.
    const stamps = monthStamps(timeDir, names);
    let whole = names.length > 0 && monthsAsChecked(timeDir, stamps);
    // Read once: from now on the month files may change, and a crash must not find it.
    forgetMonthsChecked(timeDir);
    for (const name of names) {
      const month = SHARD_FILE.exec(name)![1]!;
      const noticesBefore = notices.length;
      months.set(month, load(`${TIME_DIR}/${month}`, 'timeShard', TimeShardDoc, isValidTimeShard)?.items ?? []);
      if (notices.length !== noticesBefore) {
        // A damaged file put back from a backup (or moved aside) is not the file the note is about.
        whole = false;
        const now = monthStamp(timeDir, name);
        if (now) stamps.set(name, now);
        else stamps.delete(name);
      }
      yield;
    }
    shards.clear();
    unfolded.clear();
    known = stamps;
    mayDiffer = false;
    if (whole) {
      for (const [month, list] of months) shards.set(month, list);
      monthOfEntry = null;
    } else {
      const deduped = dedupeEntries(months);
      for (const [month, list] of deduped.kept) shards.set(month, list);
      monthOfEntry = deduped.monthOfEntry;
      // The dropped copies go from disk too: left there, a stale copy in an earlier month
      // would hide the entry's next move back to that month at the following start.
      for (const month of deduped.changed) unfolded.add(month);
    }
    // The changes saved since the month files were last written (a crash, or a disk that
    // refused the fold): replayed in order, then folded into their months.
    const { changes, skipped } = readJournal(journal.read());
    // A cut line counts too: the journal must go (once folded) before a new line is glued to it.
    journalChanges = changes.length + skipped;
    for (const change of changes) for (const month of applyChange(shards, ids(), change)) unfolded.add(month);
    try {
      settle();
    } catch {
      // Read-only for now: memory holds every change, the journal keeps them, the next start tries again.
    }
  }

  // ---- dataset view, rebuilt only for what changed --------------------------------
  let cachedDataset: Dataset | null = null;
  let cachedEntries: TimeEntry[] | null = null;
  const touch = (what: 'time' | 'other') => {
    cachedDataset = null;
    if (what === 'time') cachedEntries = null;
  };
  const dataset = (): Dataset => {
    const items = state.items;
    // Built aside and cached only once whole: a failure half way must not leave a partial list.
    cachedEntries ??= joinMonths(shards);
    cachedDataset ??= {
      clients: [...items.clients.values()],
      projects: [...items.projects.values()],
      timeEntries: cachedEntries,
      signals: [...items.signals.values()],
      colleagues: [...items.colleagues.values()],
      letters: [...items.letters.values()],
    };
    return cachedDataset;
  };

  // ---- write-through helpers: disk first, then memory -------------------------------
  const saveCollection = <K extends CollectionName>(name: K, next: Map<string, ItemOf[K]>) => {
    write(COLLECTIONS[name].file, { items: [...next.values()] });
    setCollection(state.items, name, next);
    touch('other');
  };

  /**
   * Writes several files all or nothing (a null doc deletes the file): when one write
   * fails, the files already touched get their previous bytes back, or go when they did
   * not exist. Memory is the caller's to update, after this returns.
   */
  const writeFilesOrNone = (plan: FilePlan, whenStuck?: (unrestored: number) => BackendError) => {
    // First the journal's changes into their months: replayed over files written now, it could bring back what they drop.
    settle();
    const done: { rel: string; file: string; before: Buffer | null }[] = [];
    try {
      for (const [rel, doc] of plan) {
        const file = storeFor(rel).path;
        const before = fs.existsSync(file) ? fs.readFileSync(file) : null;
        if (doc) write(rel, doc);
        else removeFile(rel);
        // Only after it changed: a refused write is atomic and left the file as it was.
        done.push({ rel, file, before });
      }
    } catch (error) {
      let unrestored = 0;
      for (const { rel, file, before } of done.reverse()) {
        try {
          if (before === null) fs.rmSync(file, { force: true });
          else {
            const temp = `${file}.restore-${process.pid}`;
            try {
              fs.writeFileSync(temp, before, { mode: FILE_MODE });
              fs.renameSync(temp, file);
            } catch (error) {
              fs.rmSync(temp, { force: true }); // a half-written copy is no use to anyone
              throw error;
            }
          }
        } catch {
          // Nothing more to try here: the backup taken before still holds the data as it was.
          unrestored++;
        }
        if (isMonth(rel)) knowMonth(rel);
      }
      if (unrestored > 0) mayDiffer = true;
      throw unrestored > 0 && whenStuck ? whenStuck(unrestored) : error;
    }
  };

  const adoptCollection = <K extends CollectionName>(name: K, list: ItemOf[K][]) => {
    setCollection(state.items, name, new Map(list.map((x): [string, ItemOf[K]] => [x.id, x])));
  };

  const state: State = {
    dataDir,
    timeDir,
    now,
    notices,
    settings: DEFAULT_SETTINGS,
    timer: null,
    imports: [],
    items: emptyItems(),
    shards,
    get monthOfEntry() {
      return ids();
    },
    get writesDone() {
      return writesDone;
    },
    storeFor,
    write,
    remove: removeFile,
    saveTimeChange,
    settle: () => settle(),
    close() {
      try {
        settle();
      } catch {
        // The journal keeps the changes: the next start replays them.
      }
      journal.close();
      noteChecked();
    },
    distrustMonths: () => {
      mayDiffer = true;
    },
    writeFilesOrNone,
    loadSteps,
    touch,
    dataset,
    today: () => localDate(now()),
    putItem(name, item) {
      const next = new Map(state.items[name]);
      next.set(item.id, item);
      saveCollection(name, next);
      return item;
    },
    removeItem(name, id) {
      const next = new Map(state.items[name]);
      next.delete(id);
      saveCollection(name, next);
    },
    getItem(name, id, label) {
      const found = state.items[name].get(id);
      if (!found) throw refuse('record-not-found', { kind: label, id }, `There is no ${label} with id ${id}.`);
      return found;
    },
    requireRef(name, id, label) {
      if (id !== undefined && !state.items[name].has(id)) {
        throw refuse('reference-missing', { kind: label, id }, `There is no ${label} with id ${id}.`);
      }
    },
    adopt(collections, months) {
      for (const name of COLLECTION_NAMES) {
        const list = collections[name];
        if (list) adoptCollection(name, list);
      }
      for (const [month, list] of months) {
        // Not built yet: the first use builds it from the months as they are now.
        if (monthOfEntry) for (const e of shards.get(month) ?? []) monthOfEntry.delete(e.id);
        if (list.length > 0) shards.set(month, list);
        else shards.delete(month);
        if (monthOfEntry) for (const e of list) monthOfEntry.set(e.id, month);
      }
      touch('time');
    },
  };
  for (const _ of loadSteps());
  return state;
}
