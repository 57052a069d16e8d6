/**
 * The backend: plain Node, no Electron. It validates every payload against the IPC
 * contract, applies it to the in-memory data, writes the change through to disk and
 * only then answers. Time entries live in one file per month, so logging an hour
 * costs the same in the tenth year as in the first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  Client,
  Colleague,
  DEFAULT_SETTINGS,
  Letter,
  Project,
  Settings,
  Signal,
  TimeEntry,
  Timer,
  type Dataset,
  type Invoice,
  type Notice,
} from '../../shared/model';
import {
  IDEMPOTENT_CHANNELS,
  ImportRecord,
  contract,
  isChannel,
  parsePayload,
  type BackendChannel,
  type ChannelName,
  type Contract,
  type IpcError,
  type NeedsEnd,
  type Result,
  type ResultOf,
} from '../../shared/ipc/contract';
import { monthOf } from '../../shared/dates';
import { nameKey } from '../../shared/import/plan';
import { EARLIEST_DAY, LATEST_DAY, isPlausibleDay } from '../../shared/sanity';
import { splitDuplicates } from '../../shared/import/dedupe';
import { isLongRun, splitRun } from '../../shared/timerRun';
import { isSample, sampleDataset } from '../../shared/sample';
import { FILE_MODE, defaultStoreFactory, makeDataDir, removeStaleTempFiles, tightenModes, type DocStore, type StoreFactory, asDocStore, storeOptions } from './store';
import { SCHEMA_VERSION } from './migrations';
import { TIME_DIR, listBackupDirs, loadDoc, makeBackup, parseBackupName, parseDoc, type LoadNotice } from './files';
import { SHARD_FILE, dataFiles, findBackup, listBackups, localDate } from './backups';
import { fullMonthProblem, joinMonths, monthsProblem, restoreProblem } from './limits';
import { TimeShardDoc, dedupeEntries } from './timeLoad';
import { collectionDoc } from './collectionLoad';
import { planClientMerge, planClientUnmerge, planProjectMerge, planProjectUnmerge, type MergePlan, type MergeState } from './merge';

export type { StoreFactory } from './store';

export interface BackendOptions {
  dataDir: string;
  createStore?: StoreFactory;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** Take the daily backup at open (default true). */
  dailyBackup?: boolean;
}

export interface Backend {
  invoke(channel: string, payload?: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
  /** Where the data lives. */
  readonly dataDir: string;
}

/** A refusal with a code from the contract and a sentence for the person. */
export class BackendError extends Error {
  constructor(
    readonly code: IpcError['code'],
    message: string,
  ) {
    super(message);
  }
}

const SettingsDoc = z.object({ schemaVersion: z.number(), settings: Settings.partial() });
const TimerDoc = z.object({ schemaVersion: z.number(), timer: Timer.nullable() });
/** The files imported before: a small record so the same file is recognised next time. */
const IMPORTS_FILE = 'imports';
/** How many imports are remembered. */
const IMPORTS_KEPT = 200;
/** How many recent request ids are remembered (in memory only: a restart may forget them). */
const REQUESTS_KEPT = 500;
/** An end a little ahead of the backend's clock is the renderer's clock, not the future. */
const CLOCK_SKEW_MS = 60_000;

const COLLECTIONS = {
  clients: { file: 'clients', schema: Client },
  projects: { file: 'projects', schema: Project },
  signals: { file: 'signals', schema: Signal },
  colleagues: { file: 'colleagues', schema: Colleague },
  letters: { file: 'letters', schema: Letter },
} as const;
type CollectionName = keyof typeof COLLECTIONS;
interface ItemOf {
  clients: Client;
  projects: Project;
  signals: Signal;
  colleagues: Colleague;
  letters: Letter;
}

/** Why a write failed and what to do about it, in words a person can act on. */
function writeProblem(code: string | undefined, where: string): string {
  return code === 'ENOSPC'
    ? 'the disk is full. Free some space and try again'
    : code === 'EROFS'
      ? `the disk holding ${where} is read-only. Make it writable (or move the data folder) and try again`
      : code === 'EACCES' || code === 'EPERM'
        ? `it is not allowed to write in ${where}. Check that folder's permissions and try again`
        : `a file could not be written (${code ?? 'write error'}). Try again`;
}

/** Turns a failed write into a sentence a person can act on. */
function writeFailure(error: unknown, file: string): BackendError {
  const code = (error as NodeJS.ErrnoException).code;
  return new BackendError('write-failed', `ClientFit could not save this change: ${writeProblem(code, path.dirname(file))}; nothing was changed.`);
}

/** Lets the event loop run (other events, IPC, the window) before the next step. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Opens the data folder, loads everything into memory and returns the backend. */
export async function openBackend(options: BackendOptions): Promise<Backend> {
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
  /** Files written so far: an unexpected failure after a write must not claim that nothing changed. */
  let writesDone = 0;
  const write = (rel: string, doc: Record<string, unknown>) => {
    const store = storeFor(rel);
    try {
      store.write({ schemaVersion: SCHEMA_VERSION, ...doc });
    } catch (error) {
      throw writeFailure(error, store.path);
    }
    writesDone++;
  };

  // ---- load (at open, and again after a restore) -------------------------------------
  let settings: Settings = DEFAULT_SETTINGS;
  let timer: Timer | null = null;
  /** The files imported before, oldest first (see `listImports`). */
  let imports: ImportRecord[] = [];
  const items = {} as { [K in CollectionName]: Map<string, ItemOf[K]> };
  /** Time entries by month, and the month of each entry id. */
  const shards = new Map<string, TimeEntry[]>();
  let monthOfEntry = new Map<string, string>();

  /**
   * Reads every data file into memory; a damaged one is recovered (see files.ts). A generator
   * that pauses after each month file, so a restore can reload in steps (loadAll runs it whole).
   */
  function* loadSteps(): Generator<void> {
    const at = now();
    const load = <T>(rel: string, kind: Parameters<typeof loadDoc>[2], schema: z.ZodType<T>): T | undefined => {
      const r = loadDoc(dataDir, `${rel}.json`, kind, schema, at);
      if (r.notice) addNotice(r.notice);
      return r.value;
    };
    settings = { ...DEFAULT_SETTINGS, ...(load('settings', 'settings', SettingsDoc)?.settings ?? {}) };
    timer = load('timer', 'timer', TimerDoc)?.timer ?? null;
    imports = load(IMPORTS_FILE, 'collection', collectionDoc(ImportRecord))?.items ?? [];
    for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
      const { file, schema } = COLLECTIONS[name];
      const doc = load(file, 'collection', collectionDoc(schema as z.ZodType<ItemOf[typeof name]>));
      (items as Record<string, Map<string, unknown>>)[name] = new Map((doc?.items ?? []).map((x) => [x.id, x]));
    }
    const months = new Map<string, TimeEntry[]>();
    if (fs.existsSync(timeDir)) {
      for (const name of fs.readdirSync(timeDir).sort()) {
        const m = SHARD_FILE.exec(name);
        if (!m) continue; // temp files and moved-aside files are not data
        months.set(m[1]!, load(`${TIME_DIR}/${m[1]}`, 'timeShard', TimeShardDoc)?.items ?? []);
        yield;
      }
    }
    const { kept, changed, monthOfEntry: ids } = dedupeEntries(months);
    shards.clear();
    for (const [month, list] of kept) shards.set(month, list);
    monthOfEntry = ids;
    // The dropped copies go from disk too: left there, a stale copy in an earlier month
    // would hide the entry's next move back to that month at the following start.
    for (const month of changed) {
      try {
        write(`${TIME_DIR}/${month}`, { month, items: kept.get(month)! });
      } catch {
        // Read-only for now: memory holds one copy, and the next start tries again.
      }
    }
  }
  const loadAll = () => {
    for (const _ of loadSteps());
  };
  loadAll();

  // ---- daily backup (after loading, so that a damaged file is never backed up) ---
  let backupDone: Promise<void> = Promise.resolve();
  if (options.dailyBackup !== false) {
    const at = now();
    // One a day, by the person's calendar; backups taken before a restore or an import do not count.
    const newestDaily = listBackupDirs(dataDir)
      .map((dir) => parseBackupName(path.basename(dir)))
      .find((b) => b && !b.label);
    if (!newestDaily || localDate(newestDaily.createdAt) !== localDate(at)) {
      backupDone = new Promise((resolve) =>
        setImmediate(() => {
          try {
            makeBackup(dataDir, at);
          } catch {
            // A failed backup must not stop the app; the next start tries again.
          }
          resolve();
        }),
      );
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
    (items as Record<string, unknown>)[name] = next;
    touch('other');
  };
  const putItem = <K extends CollectionName>(name: K, item: ItemOf[K]) => {
    const next = new Map(items[name] as Map<string, ItemOf[K]>);
    next.set(item.id, item);
    saveCollection(name, next);
    return item;
  };
  const removeItem = <K extends CollectionName>(name: K, id: string) => {
    const next = new Map(items[name] as Map<string, ItemOf[K]>);
    next.delete(id);
    saveCollection(name, next);
  };
  const getItem = <K extends CollectionName>(name: K, id: string, label: string): ItemOf[K] => {
    const found = (items[name] as Map<string, ItemOf[K]>).get(id);
    if (!found) throw new BackendError('not-found', `There is no ${label} with id ${id}.`);
    return found;
  };
  const requireRef = (name: CollectionName, id: string | undefined, label: string) => {
    if (id !== undefined && !items[name].has(id)) {
      throw new BackendError('invalid-input', `There is no ${label} with id ${id}.`);
    }
  };

  const saveShard = (month: string, list: TimeEntry[]) => {
    write(`${TIME_DIR}/${month}`, { month, items: list });
    shards.set(month, list);
    touch('time');
  };
  /** Puts a month back as it was before a refused change: on disk (best effort) and in memory. */
  const undoShard = (month: string, before: TimeEntry[] | undefined) => {
    try {
      if (before) write(`${TIME_DIR}/${month}`, { month, items: before });
      else fs.rmSync(storeFor(`${TIME_DIR}/${month}`).path, { force: true });
    } catch {
      // The new copy stays on disk: loading keeps one copy of each entry (dedupeEntries),
      // and a timer's entry has a fixed id, so stopping again replaces it.
    }
    if (before) shards.set(month, before);
    else shards.delete(month);
    touch('time');
  };
  /** Saves an entry in its month: in place when it is there, else before `beforeId` (an undone delete) or at the end. */
  const putEntry = (entry: TimeEntry, beforeId?: string) => {
    const month = monthOf(entry.date);
    const oldMonth = monthOfEntry.get(entry.id);
    const before = shards.get(month);
    const list = (before ?? []).slice();
    const at = list.findIndex((e) => e.id === entry.id);
    if (at < 0) {
      const full = fullMonthProblem(month, list.length);
      if (full) throw new BackendError('conflict', full);
    }
    const next = beforeId === undefined ? -1 : list.findIndex((e) => e.id === beforeId);
    // An edit keeps the entry where it stands in its month, so the list does not reorder under the person.
    if (at >= 0) list[at] = entry;
    else if (next >= 0) list.splice(next, 0, entry);
    else list.push(entry);
    saveShard(month, list);
    if (oldMonth && oldMonth !== month) {
      try {
        saveShard(oldMonth, (shards.get(oldMonth) ?? []).filter((e) => e.id !== entry.id));
      } catch (error) {
        // The move was refused: the new month goes back as it was too.
        undoShard(month, before);
        throw error;
      }
    }
    monthOfEntry.set(entry.id, month);
    return entry;
  };
  const findEntry = (id: string): TimeEntry => {
    const month = monthOfEntry.get(id);
    const entry = month ? shards.get(month)?.find((e) => e.id === id) : undefined;
    if (!entry) throw new BackendError('not-found', `There is no time entry with id ${id}.`);
    return entry;
  };

  /** Applies `{ id, ...changes }` to an object: `null` clears an optional field. */
  const merge = <T extends { id: string }>(current: T, changes: Record<string, unknown>, schema: z.ZodType<T>): T => {
    const next: Record<string, unknown> = { ...current };
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) delete next[k];
      else if (v !== undefined) next[k] = v;
    }
    const parsed = schema.safeParse(next);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new BackendError('invalid-input', first ? `${first.path.join('.') || 'input'}: ${first.message}` : 'The input is not valid.');
    }
    return parsed.data;
  };
  const today = () => localDate(now());
  const withInvoiceIds = (invoices: (Omit<Invoice, 'id'> & { id?: string })[] | undefined): Invoice[] =>
    (invoices ?? []).map((inv) => ({ ...inv, id: inv.id ?? randomUUID() }));
  const checkPaid = (p: Project) => {
    for (const inv of p.invoices) {
      if (inv.paidAt && inv.paidAt < inv.issuedAt) {
        throw new BackendError('invalid-input', 'An invoice cannot be paid before it was issued.');
      }
    }
    const ids = new Set(p.invoices.map((i) => i.id));
    if (ids.size !== p.invoices.length) throw new BackendError('invalid-input', 'Two invoices share the same id.');
  };
  /** A day outside 1970-2100 on a record is a typing slip (a 1900 deadline, hours in 2099), never work. */
  const checkDay = (date: string | undefined, label: string) => {
    if (date !== undefined && !isPlausibleDay(date)) {
      throw new BackendError('invalid-input', `${label}: ${date} is not a plausible date; use a day between ${EARLIEST_DAY} and ${LATEST_DAY}.`);
    }
  };
  /**
   * What no project can be: dates outside 1970-2100, and a deadline before its start when the
   * same change gives both. A start left to default is the day it was recorded, and work
   * recorded after the fact has a past deadline, so that case is the form's question, not a refusal.
   */
  const checkProjectDates = (p: Project, changed: { createdAt?: unknown; deadline?: unknown }) => {
    checkDay(p.createdAt, 'createdAt');
    checkDay(p.deadline, 'deadline');
    if (p.quote) checkDay(p.quote.sentAt, 'quote.sentAt');
    p.invoices.forEach((inv, i) => {
      checkDay(inv.issuedAt, `invoices.${i}.issuedAt`);
      checkDay(inv.paidAt, `invoices.${i}.paidAt`);
    });
    if (typeof changed.createdAt === 'string' && typeof changed.deadline === 'string' && p.deadline && p.deadline < p.createdAt) {
      throw new BackendError('invalid-input', `deadline: ${p.deadline} is before the project began (${p.createdAt}); change one of the two.`);
    }
  };

  /** The one internal client (the studio's own time): found, or created on first need. */
  const findInternalClient = (clients: Map<string, Client> = items.clients): Client | undefined => {
    for (const c of clients.values()) if (c.internal) return c;
    return undefined;
  };
  const newInternalClient = (): Client => ({
    id: randomUUID(),
    name: settings.language === 'en' ? 'Studio' : 'Estudio',
    source: 'other',
    status: 'active',
    star: false,
    internal: true,
    createdAt: today(),
  });
  /** Refuses a second internal client: its time would be split between two. */
  const checkOneInternal = (client: Client) => {
    const existing = findInternalClient();
    if (client.internal && existing && existing.id !== client.id) {
      throw new BackendError('conflict', `There is already an internal client ("${existing.name}"); log the studio's own time there.`);
    }
  };

  /** How long the running timer has run, when it is past `longTimerHours` (else undefined). */
  const forgotten = (): NeedsEnd | undefined => {
    if (!timer) return undefined;
    const start = new Date(timer.startedAt).getTime();
    const at = now().getTime();
    if (!isLongRun(start, at, settings.longTimerHours)) return undefined;
    return { startedAt: timer.startedAt, runningMinutes: Math.floor((at - start) / 60_000) };
  };

  /**
   * Stops the running timer, logging its run from the start to `endAt` (default now), and
   * puts `next` in its place: the entries and timer.json are written all or none. A run
   * longer than 24 h, or any run with `byDay`, becomes one entry per local day.
   */
  const switchTimer = (next: Timer | null, endAt?: string, byDay = false): TimeEntry[] => {
    if (!timer) {
      write('timer', { timer: next });
      timer = next;
      return [];
    }
    const running = timer;
    const startMs = new Date(running.startedAt).getTime();
    const endMs = endAt ? new Date(endAt).getTime() : now().getTime();
    if (endAt) {
      if (endMs <= startMs) {
        throw new BackendError('invalid-input', `endAt: the end must be after the timer started (${running.startedAt}).`);
      }
      if (endMs > now().getTime() + CLOCK_SKEW_MS) throw new BackendError('invalid-input', 'endAt: the end cannot be in the future.');
    }
    const parts = items.projects.has(running.projectId) ? splitRun(startMs, Math.min(endMs, Math.max(startMs, now().getTime())), byDay) : [];
    // From the timer, not random: if the app dies after the entries are saved and before
    // the timer is, stopping again replaces these entries instead of adding more.
    const entries: TimeEntry[] = parts.map((part, i) => ({
      id: i === 0 ? `timer-${running.startedAt}` : `timer-${running.startedAt}-${i + 1}`,
      projectId: running.projectId,
      date: part.date,
      minutes: part.minutes,
      billable: running.billable,
      ...(running.note ? { note: running.note } : {}),
    }));
    const ids = new Set(entries.map((e) => e.id));
    const nextShards = new Map<string, TimeEntry[]>();
    const monthList = (month: string) => {
      let list = nextShards.get(month);
      if (!list) nextShards.set(month, (list = (shards.get(month) ?? []).filter((e) => !ids.has(e.id))));
      return list;
    };
    for (const id of ids) {
      const old = monthOfEntry.get(id);
      if (old) monthList(old);
    }
    for (const e of entries) monthList(monthOf(e.date)).push(e);
    const months = [...nextShards.keys()].sort();
    writeFilesOrNone([...months.map((m): [string, Record<string, unknown>] => [`${TIME_DIR}/${m}`, { month: m, items: nextShards.get(m)! }]), ['timer', { timer: next }]]);
    for (const m of months) shards.set(m, nextShards.get(m)!);
    for (const id of ids) monthOfEntry.delete(id);
    for (const e of entries) monthOfEntry.set(e.id, monthOf(e.date));
    if (entries.length > 0 || months.length > 0) touch('time');
    timer = next;
    return entries;
  };

  // ---- restore: a backup or an export in place of all the data -------------------------
  /** Everything the data files hold. */
  interface State {
    settings: Partial<Settings>;
    timer: Timer | null;
    collections: { [K in CollectionName]: ItemOf[K][] };
    months: Map<string, TimeEntry[]>;
  }

  /** Reads and checks every file of a backup first: one damaged file and nothing changes. */
  const readBackup = (dir: string, id: string): State => {
    const read = <T>(rel: string, kind: Parameters<typeof parseDoc>[1], schema: z.ZodType<T>): T | undefined => {
      let text: string;
      try {
        text = fs.readFileSync(path.join(dir, rel), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined; // missing means empty
        throw new BackendError('conflict', `The backup ${id} cannot be read (${(error as NodeJS.ErrnoException).code}). Nothing was changed.`);
      }
      try {
        return parseDoc(text, kind, schema);
      } catch (error) {
        throw new BackendError(
          'conflict',
          `The backup ${id} cannot be restored: its file ${rel} is damaged (${(error as Error).message}). Nothing was changed; choose another backup.`,
        );
      }
    };
    const collections = {} as State['collections'];
    for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
      const { file, schema } = COLLECTIONS[name];
      const doc = read(`${file}.json`, 'collection', collectionDoc(schema as z.ZodType<ItemOf[typeof name]>));
      (collections as Record<string, unknown[]>)[name] = doc?.items ?? [];
    }
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
    if (crowded) throw new BackendError('conflict', crowded);
    return {
      settings: read('settings.json', 'settings', SettingsDoc)?.settings ?? {},
      timer: read('timer.json', 'timer', TimerDoc)?.timer ?? null,
      collections,
      months: kept,
    };
  };

  /**
   * Writes a whole state over the data files; month files it does not have are removed.
   * `progress.files` counts the files changed so far, for when it stops halfway. Pauses
   * after each file, so a restore can write in steps.
   */
  function* writeSteps(next: State, progress = { files: 0 }): Generator<void> {
    const put = (rel: string, doc: Record<string, unknown>) => {
      write(rel, doc);
      progress.files++;
    };
    for (const month of [...next.months.keys()].sort()) {
      put(`${TIME_DIR}/${month}`, { month, items: next.months.get(month)! });
      yield;
    }
    for (const name of Object.keys(COLLECTIONS) as CollectionName[]) put(COLLECTIONS[name].file, { items: next.collections[name] });
    put('settings', { settings: next.settings });
    put('timer', { timer: next.timer });
    for (const { rel } of dataFiles(dataDir)) {
      const m = rel.startsWith(`${TIME_DIR}/`) ? SHARD_FILE.exec(rel.slice(TIME_DIR.length + 1)) : null;
      if (!m || next.months.has(m[1]!)) continue;
      const file = path.join(dataDir, rel);
      try {
        fs.rmSync(file);
      } catch (error) {
        throw writeFailure(error, file);
      }
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
  const replaceAll = async (next: State): Promise<Dataset> => {
    let saved: string;
    try {
      saved = makeBackup(dataDir, now(), 14, 'pre-restore');
    } catch (error) {
      // A read-only disk can fail the backup's folder creation with ENOENT: ask the folder.
      let code = (error as NodeJS.ErrnoException).code;
      try {
        fs.accessSync(dataDir, fs.constants.W_OK);
      } catch (denied) {
        code = (denied as NodeJS.ErrnoException).code ?? code;
      }
      throw new BackendError(
        'write-failed',
        `ClientFit could not restore: it first keeps a backup of the current data, and ${writeProblem(code, dataDir)}; nothing was changed.`,
      );
    }
    await nextTurn();
    // In steps (a file at a time), so ten years of months never hold the app still for long;
    // invoke lets no other call in until the restore is done.
    const reload = async () => {
      touch('time');
      await inSteps(loadSteps());
      touch('time');
    };
    const progress = { files: 0 };
    try {
      await inSteps(writeSteps(next, progress));
    } catch (error) {
      if (progress.files === 0) throw error; // refused at the first file: nothing to put back
      let putBack = true;
      try {
        await inSteps(writeSteps(readBackup(saved, path.basename(saved))));
      } catch {
        putBack = false;
      }
      await reload();
      if (putBack) throw error;
      throw new BackendError(
        'write-failed',
        `The restore stopped because a file could not be written, and the data could not be put back as it was. Free some space, then restore the backup ${path.basename(saved)} (taken just before).`,
      );
    }
    try {
      await reload();
      return dataset();
    } catch (error) {
      throw new BackendError(
        'saved-not-shown',
        `The restore was written to disk (a backup of the data before it is ${path.basename(saved)}), but ClientFit could not read it back (${(error as Error).message}). Restart ClientFit to see the restored data.`,
      );
    }
  };

  /** An export to restore keeps the rules the channels keep: unique ids, no dangling references. */
  const checkExport = (d: Dataset, s: Settings) => {
    if (s.minimumHourlyRate > s.targetHourlyRate) {
      throw new BackendError('invalid-input', 'settings: the minimum rate cannot be higher than the target rate.');
    }
    const idsOf = (name: keyof Dataset): Set<string> => {
      const ids = new Set<string>();
      d[name].forEach((x, i) => {
        if (ids.has(x.id)) throw new BackendError('invalid-input', `dataset.${name}.${i}: the id ${x.id} is used twice.`);
        ids.add(x.id);
      });
      return ids;
    };
    const clients = idsOf('clients');
    const projects = idsOf('projects');
    for (const name of ['timeEntries', 'signals', 'colleagues', 'letters'] as const) idsOf(name);
    const refs = (name: keyof Dataset, key: 'clientId' | 'projectId', ids: Set<string>, label: string) =>
      (d[name] as Record<string, unknown>[]).forEach((x, i) => {
        if (!ids.has(x[key] as string)) throw new BackendError('invalid-input', `dataset.${name}.${i}: there is no ${label} with id ${String(x[key])}.`);
      });
    refs('projects', 'clientId', clients, 'client');
    refs('timeEntries', 'projectId', projects, 'project');
    refs('signals', 'clientId', clients, 'client');
    refs('letters', 'clientId', clients, 'client');
    d.projects.forEach(checkPaid);
  };

  /**
   * Writes several files all or nothing (a null doc deletes the file): when one write
   * fails, the files already touched get their previous bytes back, or go when they did
   * not exist. Memory is the caller's to update, after this returns.
   */
  const writeFilesOrNone = (
    plan: [rel: string, doc: Record<string, unknown> | null][],
    whenStuck?: (unrestored: number) => BackendError,
  ) => {
    const done: { file: string; before: Buffer | null }[] = [];
    try {
      for (const [rel, doc] of plan) {
        const file = storeFor(rel).path;
        const before = fs.existsSync(file) ? fs.readFileSync(file) : null;
        if (doc) write(rel, doc);
        else if (before !== null) {
          try {
            fs.rmSync(file);
          } catch (error) {
            throw writeFailure(error, file);
          }
        }
        // Only after it changed: a refused write is atomic and left the file as it was.
        done.push({ file, before });
      }
    } catch (error) {
      let unrestored = 0;
      for (const { file, before } of done.reverse()) {
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
      }
      throw unrestored > 0 && whenStuck ? whenStuck(unrestored) : error;
    }
  };

  /**
   * A CSV import, all or nothing: everything is checked and built aside first; then a
   * `pre-import` backup, then the files (clients, projects, each month touched). When a
   * write fails, the files already written get their previous bytes back (or go, when they
   * did not exist) and memory is left as it was, since it is only replaced at the end.
   */
  const importTime = (input: Out<'importTime'>): ResultOf<'importTime'> => {
    const day = today();
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

    let createdClients = 0;
    for (const { name } of input.clients) {
      const key = keyOf(name);
      if (clientByKey.has(key)) continue; // already there (or named twice): matched, not duplicated
      const client: Client = { id: randomUUID(), name: name.trim(), source: 'other', status: 'active', star: false, createdAt: day };
      clientByKey.set(key, client);
      nextClients.set(client.id, client);
      createdClients++;
    }
    // A row with no client is the studio's own time: the internal client, made once when missing.
    let internal = findInternalClient(nextClients);
    const clientNamed = (name: string): Client | undefined => {
      if (name !== '') return clientByKey.get(keyOf(name));
      if (!internal) {
        internal = newInternalClient();
        nextClients.set(internal.id, internal);
        createdClients++;
      }
      return internal;
    };
    let createdProjects = 0;
    for (const [i, p] of input.projects.entries()) {
      const client = clientNamed(p.clientName);
      if (!client) throw new BackendError('invalid-input', `projects.${i}: there is no client called "${p.clientName.slice(0, 80)}" to put the project "${p.title.slice(0, 80)}" under.`);
      const key = `${client.id}\u0000${keyOf(p.title)}`;
      if (projectByKey.has(key)) continue;
      const project: Project = {
        id: randomUUID(),
        clientId: client.id,
        title: p.title.trim(),
        kind: p.kind.trim(),
        pricing: { mode: 'hourly', rate: settings.targetHourlyRate },
        status: 'in-progress',
        createdAt: day,
        invoices: [],
      };
      projectByKey.set(key, project);
      nextProjects.set(project.id, project);
      createdProjects++;
    }

    const resolved: TimeEntry[] = [];
    for (const [i, e] of input.entries.entries()) {
      checkDay(e.date, `entries.${i}.date`);
      const client = clientNamed(e.clientName);
      const project = client ? projectByKey.get(`${client.id}\u0000${keyOf(e.projectTitle)}`) : undefined;
      if (!client || !project) {
        throw new BackendError(
          'invalid-input',
          `entries.${i}: there is no project "${e.projectTitle.slice(0, 80)}" for the client "${e.clientName.slice(0, 80)}"; list it under projects to create it.`,
        );
      }
      const entry: TimeEntry = { id: randomUUID(), projectId: project.id, date: e.date, minutes: e.minutes, billable: e.billable };
      if (e.note) entry.note = e.note;
      resolved.push(entry);
    }

    // Re-import: rows equal to entries already there are the same work, left out unless asked.
    const { fresh, duplicates } = input.includeDuplicates ? { fresh: resolved, duplicates: [] } : splitDuplicates(resolved, dataset().timeEntries);
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
    if (crowded) throw new BackendError('invalid-input', crowded);
    const at = now();
    const record: ImportRecord | undefined = input.file
      ? { hash: input.file.hash, name: input.file.name, at: at.toISOString(), entries: fresh.length, skipped: duplicates.length }
      : undefined;
    const nextImports = record ? [...imports, record].slice(-IMPORTS_KEPT) : imports;
    const changesData = fresh.length > 0 || createdClients > 0 || createdProjects > 0;

    try {
      if (changesData) makeBackup(dataDir, at, 14, 'pre-import', input.file?.name ?? '');
    } catch (error) {
      throw new BackendError(
        'write-failed',
        `ClientFit could not take a backup before importing (${(error as NodeJS.ErrnoException).code ?? 'write error'}), so it imported nothing. Check the free space and try again.`,
      );
    }

    const plan: [string, Record<string, unknown>][] = [];
    if (createdClients > 0) plan.push([COLLECTIONS.clients.file, { items: [...nextClients.values()] }]);
    if (createdProjects > 0) plan.push([COLLECTIONS.projects.file, { items: [...nextProjects.values()] }]);
    for (const month of [...nextShards.keys()].sort()) plan.push([`${TIME_DIR}/${month}`, { month, items: nextShards.get(month)! }]);
    if (record) plan.push([IMPORTS_FILE, { items: nextImports }]);

    writeFilesOrNone(plan, (count) =>
      new BackendError(
        'write-failed',
        `The import stopped because a file could not be written, and ${count} file(s) could not be put back: restore the "pre-import" backup in ${path.join(dataDir, 'backups')}.`,
      ),
    );

    (items as Record<string, unknown>).clients = nextClients;
    (items as Record<string, unknown>).projects = nextProjects;
    for (const [month, list] of nextShards) shards.set(month, list);
    for (const [id, month] of newMonths) monthOfEntry.set(id, month);
    imports = nextImports;
    touch('time');
    return { clients: createdClients, projects: createdProjects, entries: fresh.length, skipped: duplicates.length };
  };

  // ---- sample data: a believable year to explore, and its removal ----------------------
  /** Puts collections and month lists in memory once they are on disk. */
  const adopt = (collections: Partial<{ [K in CollectionName]: ItemOf[K][] }>, months: Map<string, TimeEntry[]>) => {
    for (const [name, list] of Object.entries(collections)) {
      (items as Record<string, unknown>)[name] = new Map((list as { id: string }[]).map((x) => [x.id, x]));
    }
    for (const [month, list] of months) {
      for (const e of shards.get(month) ?? []) monthOfEntry.delete(e.id);
      if (list.length > 0) shards.set(month, list);
      else shards.delete(month);
      for (const e of list) monthOfEntry.set(e.id, month);
    }
    touch('time');
  };

  const loadSampleData = ({ language }: Out<'loadSampleData'>): Dataset => {
    const current = dataset();
    const count = (Object.keys(current) as (keyof Dataset)[]).reduce((n, k) => n + current[k].length, 0);
    if (count > 0) {
      throw new BackendError(
        'conflict',
        'The sample data can only be loaded into an empty app, and there is data here already. Nothing was changed.',
      );
    }
    const sample = sampleDataset(today(), language);
    const months = new Map<string, TimeEntry[]>();
    for (const e of sample.timeEntries) {
      const list = months.get(monthOf(e.date));
      if (list) list.push(e);
      else months.set(monthOf(e.date), [e]);
    }
    const { clients, projects, signals, colleagues, letters } = sample;
    const collections = { clients, projects, signals, colleagues, letters };
    writeFilesOrNone([
      ...(Object.keys(collections) as CollectionName[]).map((name): [string, Record<string, unknown>] => [COLLECTIONS[name].file, { items: collections[name] }]),
      ...[...months.keys()].sort().map((month): [string, Record<string, unknown>] => [`${TIME_DIR}/${month}`, { month, items: months.get(month)! }]),
    ]);
    adopt(collections, months);
    return dataset();
  };

  /**
   * Deletes every record marked `sample`, and what hangs off them (hours logged on a sample
   * project, a signal on a sample client), so nothing is left pointing at nothing. The
   * person's own records stay as they are.
   */
  const removeSampleData = (): Dataset => {
    const goneClients = new Set([...items.clients.values()].filter(isSample).map((c) => c.id));
    const goneProjects = new Set([...items.projects.values()].filter((p) => isSample(p) || goneClients.has(p.clientId)).map((p) => p.id));
    const goes: { [K in CollectionName]: (x: ItemOf[K]) => boolean } = {
      clients: (c) => goneClients.has(c.id),
      projects: (p) => goneProjects.has(p.id),
      signals: (s) => isSample(s) || goneClients.has(s.clientId) || (s.projectId !== undefined && goneProjects.has(s.projectId)),
      colleagues: (c) => isSample(c),
      letters: (l) => isSample(l) || goneClients.has(l.clientId) || (l.projectId !== undefined && goneProjects.has(l.projectId)),
    };
    const plan: [string, Record<string, unknown> | null][] = [];
    const collections: Partial<{ [K in CollectionName]: ItemOf[K][] }> = {};
    for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
      const all = [...(items[name] as Map<string, ItemOf[CollectionName]>).values()];
      const kept = all.filter((x) => !(goes[name] as (x: ItemOf[CollectionName]) => boolean)(x));
      if (kept.length === all.length) continue;
      (collections as Record<string, unknown>)[name] = kept;
      plan.push([COLLECTIONS[name].file, { items: kept }]);
    }
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
    const stopTimer = timer !== null && goneProjects.has(timer.projectId);
    if (stopTimer) plan.push(['timer', { timer: null }]);
    if (plan.length === 0) return dataset();
    writeFilesOrNone(plan);
    if (stopTimer) timer = null;
    adopt(collections, months);
    return dataset();
  };

  // ---- merging duplicates: a backup first, then every file touched, all or nothing -------
  const mergeState = (): MergeState => ({ clients: items.clients, projects: items.projects, signals: items.signals, letters: items.letters, shards, timer });
  const refuse = (code: IpcError['code'], message: string) => new BackendError(code, message);
  /** A `pre-merge` backup: no backup, no merge. Returns its id. */
  const backupBeforeMerge = (): string => {
    try {
      return path.basename(makeBackup(dataDir, now(), 14, 'pre-merge'));
    } catch (error) {
      throw new BackendError(
        'write-failed',
        `ClientFit could not take a backup before merging (${(error as NodeJS.ErrnoException).code ?? 'write error'}), so it merged nothing. Check the free space and try again.`,
      );
    }
  };
  /** Writes a merge plan all or nothing, then puts it in memory. */
  const applyMergePlan = (plan: MergePlan, backup?: string) => {
    const files: [string, Record<string, unknown> | null][] = [];
    const collections: Partial<{ [K in CollectionName]: ItemOf[K][] }> = {};
    for (const name of ['clients', 'projects', 'signals', 'letters'] as const) {
      const next = plan[name];
      if (!next) continue;
      (collections as Record<string, unknown[]>)[name] = [...next.values()];
      files.push([COLLECTIONS[name].file, { items: [...next.values()] }]);
    }
    for (const month of [...plan.months.keys()].sort()) files.push([`${TIME_DIR}/${month}`, { month, items: plan.months.get(month)! }]);
    if (plan.timer !== undefined) files.push(['timer', { timer: plan.timer }]);
    writeFilesOrNone(files, (count) =>
      new BackendError(
        'write-failed',
        `The merge stopped because a file could not be written, and ${count} file(s) could not be put back: restore the backup ${backup ?? 'taken just before'} in ${path.join(dataDir, 'backups')}.`,
      ),
    );
    adopt(collections, plan.months);
    if (plan.timer !== undefined) timer = plan.timer;
  };
  const mergeClients = ({ fromId, intoId }: Out<'mergeClients'>): ResultOf<'mergeClients'> => {
    const { plan, ...done } = planClientMerge(mergeState(), fromId, intoId, refuse);
    const backup = backupBeforeMerge();
    applyMergePlan(plan, backup);
    return { ...done, into: items.clients.get(intoId)!, backup };
  };
  const mergeProjects = ({ fromId, intoId }: Out<'mergeProjects'>): ResultOf<'mergeProjects'> => {
    const { plan, ...done } = planProjectMerge(mergeState(), fromId, intoId, refuse);
    const backup = backupBeforeMerge();
    applyMergePlan(plan, backup);
    return { ...done, backup };
  };

  type Out<C extends BackendChannel> = z.output<Contract[C]['payload']>;
  type Handlers = { [C in BackendChannel]: (payload: Out<C>) => ResultOf<C> | Promise<ResultOf<C>> };

  const handlers: Handlers = {
    getDataset: () => dataset(),
    getSettings: () => settings,
    getNotices: () => [...notices],
    getTimer: () => timer,

    listBackups: () => listBackups(dataDir),
    restoreBackup: ({ id }) => {
      const dir = findBackup(dataDir, id);
      if (!dir) throw new BackendError('not-found', `There is no backup called ${id}.`);
      return replaceAll(readBackup(dir, id));
    },
    restoreDataset: async ({ dataset: d, settings: partial }) => {
      await nextTurn(); // the payload's check against the contract was a step of its own
      const s: Settings = { ...DEFAULT_SETTINGS, ...partial };
      const implausible = restoreProblem(d);
      if (implausible) throw new BackendError('invalid-input', implausible);
      await nextTurn();
      checkExport(d, s);
      await nextTurn();
      const months = new Map<string, TimeEntry[]>();
      for (const e of d.timeEntries) {
        const month = monthOf(e.date);
        const list = months.get(month);
        if (list) list.push(e);
        else months.set(month, [e]);
      }
      // An export carries no timer: a running one stays when its project is still there.
      const running = timer && d.projects.some((p) => p.id === timer!.projectId) ? timer : null;
      const { clients, projects, signals, colleagues, letters } = d;
      return replaceAll({ settings: s, timer: running, collections: { clients, projects, signals, colleagues, letters }, months });
    },
    updateSettings: (changes) => {
      const next = { ...settings, ...changes };
      if (next.minimumHourlyRate > next.targetHourlyRate) {
        throw new BackendError('invalid-input', 'The minimum rate cannot be higher than the target rate.');
      }
      write('settings', { settings: next });
      settings = next;
      return settings;
    },

    createClient: (input) => {
      const client: Client = { ...input, id: randomUUID(), star: input.star ?? false, createdAt: input.createdAt ?? today() };
      checkOneInternal(client);
      return putItem('clients', client);
    },
    updateClient: ({ id, ...changes }) => {
      const next = merge(getItem('clients', id, 'client'), changes, Client);
      checkOneInternal(next);
      return putItem('clients', next);
    },
    ensureInternalClient: () => findInternalClient() ?? putItem('clients', newInternalClient()),
    deleteClient: ({ id }) => {
      getItem('clients', id, 'client');
      const hasProjects = [...items.projects.values()].some((p) => p.clientId === id);
      const hasOther =
        [...items.signals.values()].some((s) => s.clientId === id) || [...items.letters.values()].some((l) => l.clientId === id);
      if (hasProjects || hasOther) {
        throw new BackendError('conflict', 'This client has projects, signals or letters. Archive it instead (status "past"), so its history stays.');
      }
      removeItem('clients', id);
      return { id };
    },

    createProject: (input) => {
      requireRef('clients', input.clientId, 'client');
      const project: Project = {
        ...input,
        id: randomUUID(),
        createdAt: input.createdAt ?? today(),
        invoices: withInvoiceIds(input.invoices),
      };
      checkPaid(project);
      checkProjectDates(project, input);
      return putItem('projects', project);
    },
    updateProject: ({ id, invoices, ...changes }) => {
      const current = getItem('projects', id, 'project');
      if (typeof changes.clientId === 'string') requireRef('clients', changes.clientId, 'client');
      const next = merge(current, { ...changes, ...(invoices ? { invoices: withInvoiceIds(invoices) } : {}) }, Project);
      checkPaid(next);
      checkProjectDates(next, changes);
      return putItem('projects', next);
    },
    deleteProject: ({ id }) => {
      const project = getItem('projects', id, 'project');
      const entries = dataset().timeEntries.filter((e) => e.projectId === id).length;
      if (entries > 0) {
        throw new BackendError('conflict', `This project has ${entries} time entries. Delete them first, or mark the project lost or closed.`);
      }
      // Invoices, signals, letters and a running timer would be left pointing at nothing.
      const attached =
        project.invoices.length > 0 ||
        [...items.signals.values()].some((x) => x.projectId === id) ||
        [...items.letters.values()].some((l) => l.projectId === id) ||
        timer?.projectId === id;
      if (attached) {
        throw new BackendError('conflict', 'This project has invoices, signals, letters or a running timer. Merge it into another project, or mark it lost or closed, so its history stays.');
      }
      removeItem('projects', id);
      return { id };
    },

    logTime: (input) => {
      requireRef('projects', input.projectId, 'project');
      checkDay(input.date, 'date');
      return putEntry({ ...input, id: randomUUID() });
    },
    updateTimeEntry: ({ id, ...changes }) => {
      if (typeof changes.projectId === 'string') requireRef('projects', changes.projectId, 'project');
      const next = merge(findEntry(id), changes, TimeEntry);
      if (typeof changes.date === 'string') checkDay(next.date, 'date');
      return putEntry(next);
    },
    deleteTimeEntry: ({ id }) => {
      const entry = findEntry(id);
      const month = monthOfEntry.get(id)!;
      saveShard(month, (shards.get(month) ?? []).filter((e) => e.id !== id));
      monthOfEntry.delete(id);
      return entry;
    },
    restoreTimeEntry: ({ beforeId, ...entry }) => {
      if (monthOfEntry.has(entry.id)) throw new BackendError('conflict', 'That time entry is already there.');
      requireRef('projects', entry.projectId, 'project');
      checkDay(entry.date, 'date');
      return putEntry(entry, beforeId);
    },

    startTimer: ({ projectId, note, billable }) => {
      requireRef('projects', projectId, 'project');
      // Switching project stops the running timer: a forgotten one is not logged as it is.
      const needsEnd = forgotten();
      if (needsEnd) return { timer: null, stopped: null, logged: [], needsEnd };
      const next: Timer = { projectId, startedAt: now().toISOString(), billable: billable ?? true, ...(note ? { note } : {}) };
      const logged = switchTimer(next);
      return { timer: next, stopped: logged[0] ?? null, logged };
    },
    stopTimer: (input) => {
      const needsEnd = input?.endAt ? undefined : forgotten();
      if (needsEnd) return { entry: null, entries: [], needsEnd };
      const entries = switchTimer(null, input?.endAt, input?.splitByDay ?? false);
      return { entry: entries[0] ?? null, entries };
    },
    discardTimer: () => {
      write('timer', { timer: null });
      timer = null;
      return null;
    },

    createSignal: (input) => {
      requireRef('clients', input.clientId, 'client');
      requireRef('projects', input.projectId, 'project');
      return putItem('signals', { ...input, id: randomUUID() });
    },
    updateSignal: ({ id, ...changes }) => {
      if (typeof changes.clientId === 'string') requireRef('clients', changes.clientId, 'client');
      if (typeof changes.projectId === 'string') requireRef('projects', changes.projectId, 'project');
      return putItem('signals', merge(getItem('signals', id, 'signal'), changes, Signal));
    },
    deleteSignal: ({ id }) => {
      getItem('signals', id, 'signal');
      removeItem('signals', id);
      return { id };
    },

    createColleague: (input) => putItem('colleagues', { ...input, id: randomUUID() }),
    updateColleague: ({ id, ...changes }) => putItem('colleagues', merge(getItem('colleagues', id, 'colleague'), changes, Colleague)),
    deleteColleague: ({ id }) => {
      getItem('colleagues', id, 'colleague');
      removeItem('colleagues', id);
      return { id };
    },

    createLetter: (input) => {
      requireRef('clients', input.clientId, 'client');
      requireRef('projects', input.projectId, 'project');
      return putItem('letters', { ...input, id: randomUUID(), createdAt: input.createdAt ?? today() });
    },
    deleteLetter: ({ id }) => {
      getItem('letters', id, 'letter');
      removeItem('letters', id);
      return { id };
    },

    importTime: (input) => importTime(input),
    listImports: () => [...imports].reverse(),

    loadSampleData: (input) => loadSampleData(input),
    removeSampleData: () => removeSampleData(),

    mergeClients: (input) => mergeClients(input),
    unmergeClients: (input) => {
      applyMergePlan(planClientUnmerge(mergeState(), input, refuse));
      return input.from;
    },
    mergeProjects: (input) => mergeProjects(input),
    unmergeProjects: (input) => {
      applyMergePlan(planProjectUnmerge(mergeState(), input, refuse));
      return input.from;
    },
  };

  let closed = false;
  /** A call that works in steps (a restore): every other call waits until it is done. */
  let exclusive: Promise<unknown> | null = null;

  // ---- one record per submission: a repeated requestId gets the first answer -------------
  const idempotent = new Set<string>(IDEMPOTENT_CHANNELS);
  /** Recent requests by channel and id; the promise is kept so a concurrent repeat waits for it. */
  const requests = new Map<string, Promise<Result<unknown>>>();
  const once = (key: string, run: () => Promise<Result<unknown>>): Promise<Result<unknown>> => {
    const known = requests.get(key);
    if (known) return known;
    const answer = Promise.resolve().then(run);
    requests.set(key, answer);
    if (requests.size > REQUESTS_KEPT) requests.delete(requests.keys().next().value!);
    // A refused request wrote nothing: the same submission may try again.
    void answer.then((r) => {
      if (!r.ok && requests.get(key) === answer) requests.delete(key);
    });
    return answer;
  };

  return {
    dataDir,
    async invoke(channel: string, payload?: unknown): Promise<Result<unknown>> {
      if (closed) return { ok: false, error: { code: 'internal', message: 'ClientFit is closing; try again after it restarts.' } };
      if (!isChannel(channel) || contract[channel as ChannelName].side !== 'backend') {
        return { ok: false, error: { code: 'unknown-channel', message: `There is no channel called ${String(channel).slice(0, 80)}.` } };
      }
      let parsed: ReturnType<typeof parsePayload>;
      try {
        parsed = parsePayload(channel, payload);
      } catch {
        // Only a caller in this process can send what throws when read (a getter, a proxy).
        return { ok: false, error: { code: 'invalid-input', message: 'The input could not be read.' } };
      }
      if (!parsed.ok) return parsed;
      const run = async (value: unknown): Promise<Result<unknown>> => {
        while (exclusive) await exclusive.catch(() => undefined);
        const writesBefore = writesDone;
        try {
          const handler = handlers[channel as BackendChannel] as (p: unknown) => unknown;
          let result = handler(value);
          if (result instanceof Promise) {
            const running = result;
            exclusive = running;
            try {
              result = await running;
            } finally {
              exclusive = null;
            }
          }
          return { ok: true, value: result };
        } catch (error) {
          if (error instanceof BackendError) return { ok: false, error: { code: error.code, message: error.message } };
          // Say what happened: a failure after a file was written did change the data.
          const message =
            writesDone > writesBefore
              ? `The change was saved, but ClientFit could not finish showing it (${(error as Error).message}). Restart ClientFit to see it.`
              : `Nothing was changed (${(error as Error).message}).`;
          return { ok: false, error: { code: writesDone > writesBefore ? 'saved-not-shown' : 'internal', message } };
        }
      };
      if (!idempotent.has(channel)) return run(parsed.value);
      const { requestId, ...rest } = parsed.value as { requestId?: string };
      if (requestId === undefined) return run(rest);
      return once(`${channel}\u0000${requestId}`, () => run(rest));
    },
    async close() {
      closed = true;
      while (exclusive) await exclusive.catch(() => undefined);
      await backupDone;
    },
  };
}
