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
  isValidTimeEntry,
  type Dataset,
  type Invoice,
  type Notice,
} from '../../shared/model';
import {
  contract,
  isChannel,
  parsePayload,
  type BackendChannel,
  type ChannelName,
  type Contract,
  type IpcError,
  type Result,
  type ResultOf,
} from '../../shared/ipc/contract';
import { monthOf } from '../../shared/dates';
import { defaultStoreFactory, type DocStore, type StoreFactory } from './store';
import { SCHEMA_VERSION } from './migrations';
import { TIME_DIR, listBackupDirs, loadDoc, makeBackup, type LoadNotice } from './files';

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
const collectionDoc = <T extends z.ZodType>(item: T) => z.object({ schemaVersion: z.number(), items: z.array(item) });
const TimeShardShape = z.object({ schemaVersion: z.number(), month: z.string().regex(/^\d{4}-\d{2}$/), items: z.array(TimeEntry) });
/** A month file: checked entry by entry without allocating, with zod only to word a failure. */
const TimeShardDoc = z
  .object({ schemaVersion: z.number(), month: z.string().regex(/^\d{4}-\d{2}$/), items: z.array(z.unknown()) })
  .transform((doc, ctx) => {
    if (!doc.items.every(isValidTimeEntry)) {
      const strict = TimeShardShape.safeParse(doc);
      for (const issue of strict.success ? [] : strict.error.issues) ctx.addIssue({ ...issue, code: 'custom', message: issue.message });
      return z.NEVER;
    }
    return doc as z.infer<typeof TimeShardShape>;
  })
  .refine((doc) => doc.items.every((e) => monthOf(e.date) === doc.month), { message: 'an entry is filed under the wrong month' });

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

/** Local calendar date of an instant, `YYYY-MM-DD`. */
function localDate(d: Date): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Turns a failed write into a sentence a person can act on. */
function writeFailure(error: unknown, file: string): BackendError {
  const code = (error as NodeJS.ErrnoException).code;
  const where = path.dirname(file);
  const message =
    code === 'ENOSPC'
      ? 'ClientFit could not save this change: the disk is full. Free some space and try again; nothing was changed.'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? `ClientFit could not save this change: it is not allowed to write in ${where}. Check that folder's permissions; nothing was changed.`
        : `ClientFit could not save this change (${code ?? 'write error'}). Nothing was changed; try again.`;
  return new BackendError('write-failed', message);
}

/** Opens the data folder, loads everything into memory and returns the backend. */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  const { dataDir } = options;
  const createStore = options.createStore ?? defaultStoreFactory;
  const now = options.now ?? (() => new Date());
  const notices: Notice[] = [];
  const addNotice = (n: LoadNotice) =>
    notices.push({ id: randomUUID(), at: now().toISOString(), ...n });

  if (!fs.existsSync(dataDir)) {
    fs.mkdirSync(dataDir, { recursive: true });
  }
  const timeDir = path.join(dataDir, TIME_DIR);

  const stores = new Map<string, DocStore>();
  const storeFor = (rel: string): DocStore => {
    let s = stores.get(rel);
    if (!s) {
      const dir = path.join(dataDir, path.dirname(rel));
      s = createStore({ dir, name: path.basename(rel) });
      stores.set(rel, s);
    }
    return s;
  };
  const write = (rel: string, doc: Record<string, unknown>) => {
    const store = storeFor(rel);
    try {
      store.write({ schemaVersion: SCHEMA_VERSION, ...doc });
    } catch (error) {
      throw writeFailure(error, store.path);
    }
  };

  // ---- load -------------------------------------------------------------------
  const at = now();
  const load = <T>(rel: string, kind: Parameters<typeof loadDoc>[2], schema: z.ZodType<T>): T | undefined => {
    const r = loadDoc(dataDir, `${rel}.json`, kind, schema, at);
    if (r.notice) addNotice(r.notice);
    return r.value;
  };

  let settings: Settings = { ...DEFAULT_SETTINGS, ...(load('settings', 'settings', SettingsDoc)?.settings ?? {}) };
  let timer: Timer | null = load('timer', 'timer', TimerDoc)?.timer ?? null;

  const items = {} as { [K in CollectionName]: Map<string, ItemOf[K]> };
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const { file, schema } = COLLECTIONS[name];
    const doc = load(file, 'collection', collectionDoc(schema as z.ZodType<ItemOf[typeof name]>));
    (items as Record<string, Map<string, unknown>>)[name] = new Map((doc?.items ?? []).map((x) => [x.id, x]));
  }

  /** Time entries by month, and the month of each entry id. */
  const shards = new Map<string, TimeEntry[]>();
  const monthOfEntry = new Map<string, string>();
  if (fs.existsSync(timeDir)) {
    for (const name of fs.readdirSync(timeDir).sort()) {
      const m = /^(\d{4}-\d{2})\.json$/.exec(name);
      if (!m) continue;
      const doc = load(`${TIME_DIR}/${m[1]}`, 'timeShard', TimeShardDoc);
      const list: TimeEntry[] = [];
      for (const e of doc?.items ?? []) {
        // An entry moved between months is written to its new month first, so a crash
        // in between leaves it twice: the later month's copy is the newer one.
        const prev = monthOfEntry.get(e.id);
        if (prev) {
          const prevList = shards.get(prev);
          if (prevList) shards.set(prev, prevList.filter((x) => x.id !== e.id));
        }
        monthOfEntry.set(e.id, m[1]!);
        list.push(e);
      }
      shards.set(m[1]!, list);
    }
  }

  // ---- daily backup (after loading, so that a damaged file is never backed up) ---
  let backupDone: Promise<void> = Promise.resolve();
  if (options.dailyBackup !== false) {
    const today = localDate(at);
    const newest = listBackupDirs(dataDir)[0];
    if (!newest || !path.basename(newest).startsWith(today)) {
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
    if (!cachedEntries) {
      cachedEntries = [];
      for (const month of [...shards.keys()].sort()) cachedEntries.push(...shards.get(month)!);
    }
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
  const putEntry = (entry: TimeEntry) => {
    const month = monthOf(entry.date);
    const oldMonth = monthOfEntry.get(entry.id);
    const list = (shards.get(month) ?? []).filter((e) => e.id !== entry.id);
    list.push(entry);
    saveShard(month, list);
    if (oldMonth && oldMonth !== month) {
      saveShard(oldMonth, (shards.get(oldMonth) ?? []).filter((e) => e.id !== entry.id));
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

  const stopRunningTimer = (): TimeEntry | null => {
    if (!timer) return null;
    const started = new Date(timer.startedAt);
    const minutes = Math.min(24 * 60, Math.round((now().getTime() - started.getTime()) / 60_000));
    const running = timer;
    let entry: TimeEntry | null = null;
    if (minutes >= 1 && items.projects.has(running.projectId)) {
      entry = {
        id: randomUUID(),
        projectId: running.projectId,
        date: localDate(started),
        minutes,
        billable: running.billable,
        ...(running.note ? { note: running.note } : {}),
      };
      putEntry(entry);
    }
    write('timer', { timer: null });
    timer = null;
    return entry;
  };

  type Out<C extends BackendChannel> = z.output<Contract[C]['payload']>;
  type Handlers = { [C in BackendChannel]: (payload: Out<C>) => ResultOf<C> };

  const handlers: Handlers = {
    getDataset: () => dataset(),
    getSettings: () => settings,
    getNotices: () => [...notices],
    getTimer: () => timer,
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
      return putItem('clients', client);
    },
    updateClient: ({ id, ...changes }) => putItem('clients', merge(getItem('clients', id, 'client'), changes, Client)),
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
      return putItem('projects', project);
    },
    updateProject: ({ id, invoices, ...changes }) => {
      const current = getItem('projects', id, 'project');
      if (typeof changes.clientId === 'string') requireRef('clients', changes.clientId, 'client');
      const next = merge(current, { ...changes, ...(invoices ? { invoices: withInvoiceIds(invoices) } : {}) }, Project);
      checkPaid(next);
      return putItem('projects', next);
    },
    deleteProject: ({ id }) => {
      getItem('projects', id, 'project');
      const entries = dataset().timeEntries.filter((e) => e.projectId === id).length;
      if (entries > 0) {
        throw new BackendError('conflict', `This project has ${entries} time entries. Delete them first, or mark the project lost or closed.`);
      }
      removeItem('projects', id);
      return { id };
    },

    logTime: (input) => {
      requireRef('projects', input.projectId, 'project');
      return putEntry({ ...input, id: randomUUID() });
    },
    updateTimeEntry: ({ id, ...changes }) => {
      if (typeof changes.projectId === 'string') requireRef('projects', changes.projectId, 'project');
      return putEntry(merge(findEntry(id), changes, TimeEntry));
    },
    deleteTimeEntry: ({ id }) => {
      const entry = findEntry(id);
      const month = monthOfEntry.get(id)!;
      saveShard(month, (shards.get(month) ?? []).filter((e) => e.id !== id));
      monthOfEntry.delete(id);
      return entry;
    },
    restoreTimeEntry: (entry) => {
      if (monthOfEntry.has(entry.id)) throw new BackendError('conflict', 'That time entry is already there.');
      requireRef('projects', entry.projectId, 'project');
      return putEntry(entry);
    },

    startTimer: ({ projectId, note, billable }) => {
      requireRef('projects', projectId, 'project');
      const stopped = stopRunningTimer();
      const next: Timer = { projectId, startedAt: now().toISOString(), billable: billable ?? true, ...(note ? { note } : {}) };
      write('timer', { timer: next });
      timer = next;
      return { timer: next, stopped };
    },
    stopTimer: () => ({ entry: stopRunningTimer() }),
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
  };

  let closed = false;

  return {
    dataDir,
    async invoke(channel: string, payload?: unknown): Promise<Result<unknown>> {
      if (closed) return { ok: false, error: { code: 'internal', message: 'ClientFit is closing; try again after it restarts.' } };
      if (!isChannel(channel) || contract[channel as ChannelName].side !== 'backend') {
        return { ok: false, error: { code: 'unknown-channel', message: `There is no channel called ${String(channel).slice(0, 80)}.` } };
      }
      const parsed = parsePayload(channel, payload);
      if (!parsed.ok) return parsed;
      try {
        const handler = handlers[channel as BackendChannel] as (p: unknown) => unknown;
        return { ok: true, value: handler(parsed.value) };
      } catch (error) {
        if (error instanceof BackendError) return { ok: false, error: { code: error.code, message: error.message } };
        return { ok: false, error: { code: 'internal', message: `Something went wrong: ${(error as Error).message}` } };
      }
    },
    async close() {
      closed = true;
      await backupDone;
    },
  };
}
