/**
 * The IPC contract: one table, channel name -> payload schema -> result type.
 * The channel name is also the `window.api` method name. Main, preload, renderer
 * and the backend are all typed from this table.
 */
import { z } from 'zod';
import {
  Client,
  Colleague,
  Id,
  Invoice,
  IsoDate,
  LIMITS,
  Language,
  Letter,
  Name,
  Notice,
  Project,
  Settings,
  Signal,
  TimeEntry,
  Timer,
  Dataset,
  isValidTimeEntry,
} from '../model';
import { isSingleEmail } from '../email';
import { LIST_MAX_ITEMS, RESTORE_MAX_BYTES } from '../limits';
import type { Reason } from './reasons';

/** Reads take no payload. */
const NoPayload = z.undefined();

/** An update: `{ id, ...changedFields }`; an optional field set to `null` is cleared. */
function updateOf<S extends z.ZodRawShape, E extends z.ZodRawShape = Record<never, never>>(model: z.ZodObject<S>, extra?: E) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(model.shape)) {
    if (key === 'id') continue;
    const f = field as z.ZodType;
    shape[key] = f instanceof z.ZodOptional ? (f.unwrap() as z.ZodType).nullable().optional() : f.optional();
  }
  type Update = { id: string } & { [K in keyof z.infer<z.ZodObject<S>>]?: z.infer<z.ZodObject<S>>[K] | null } & { [K in keyof E]?: z.infer<E[K]> };
  // One strict object, so an unknown key is refused whatever the extra fields are.
  return z.strictObject({ id: Id, ...shape, ...(extra ?? {}) }) as unknown as z.ZodType<Update, Update>;
}

const ById = z.strictObject({ id: Id });

/**
 * An e-mail address as a client or colleague is saved with: exactly one address. Checked on
 * save only, so a file written before this check still loads.
 */
export const Email = z.string().trim().max(LIMITS.name).refine(isSingleEmail, {
  message: 'must be one e-mail address, such as name@example.com (no commas, spaces or line breaks)',
});
const ClientInput = Client.extend({ email: Email.optional() });
const ColleagueInput = Colleague.extend({ email: Email.optional() });

/** An invoice as sent by the renderer: the backend gives it an id when it has none. */
const InvoiceInput = Invoice.extend({ id: Id.optional() });

/**
 * Made once per form submission by the renderer: a second call on the same channel with
 * the same id gets the first call's answer and writes nothing (a double click, a repeated Enter).
 */
const RequestId = z.string().min(1).max(100);
const withRequestId = { requestId: RequestId.optional() };

const CreateClient = ClientInput.omit({ id: true }).extend({
  createdAt: IsoDate.optional(),
  star: z.boolean().optional(),
  ...withRequestId,
});
const CreateProject = Project.omit({ id: true, invoices: true }).extend({
  createdAt: IsoDate.optional(),
  invoices: z.array(InvoiceInput).max(1000).optional(),
  ...withRequestId,
});
const UpdateProject = updateOf(Project.omit({ invoices: true }), { invoices: z.array(InvoiceInput).max(1000).optional() });
const LogTime = TimeEntry.omit({ id: true }).extend(withRequestId);
const CreateSignal = Signal.omit({ id: true }).extend(withRequestId);
const CreateColleague = ColleagueInput.omit({ id: true }).extend(withRequestId);
const CreateLetter = Letter.omit({ id: true }).extend({ createdAt: IsoDate.optional(), ...withRequestId });
/** The channels whose payload may carry a `requestId`. */
export const IDEMPOTENT_CHANNELS = ['createClient', 'createProject', 'logTime', 'createSignal', 'createColleague', 'createLetter'] as const;

/** The most time entries one import may carry (ten years of a busy practice, and then some). */
const IMPORT_MAX_ENTRIES = LIST_MAX_ITEMS;

/** A client's name in an import; empty means the internal client (time with no client). */
const ImportClientName = z.union([z.literal(''), Name]);

/**
 * A whole CSV import, applied all or nothing: the clients and projects to create (by
 * name) and the entries, each naming its client and project (existing or created here).
 */
const ImportTime = z.strictObject({
  clients: z.array(z.strictObject({ name: Name })).max(IMPORT_MAX_ENTRIES),
  projects: z
    .array(z.strictObject({ clientName: ImportClientName, title: Name, kind: z.string().trim().min(1).max(LIMITS.name) }))
    .max(IMPORT_MAX_ENTRIES),
  entries: z
    .array(
      TimeEntry.pick({ date: true, minutes: true, note: true, billable: true }).extend({
        clientName: ImportClientName,
        projectTitle: Name,
      }),
    )
    .min(1, 'there are no time entries to import')
    .max(IMPORT_MAX_ENTRIES, `one import can hold at most ${IMPORT_MAX_ENTRIES} entries`),
  /** Import entries equal to ones already there too (normally they are skipped). */
  includeDuplicates: z.boolean().optional(),
  /** The file it came from, so a second import of it is recognised (see `listImports`). */
  file: z.strictObject({ name: z.string().trim().min(1).max(LIMITS.name), hash: z.string().regex(/^[0-9a-f]{8,64}$/) }).optional(),
});
export interface ImportTimeResult {
  /** How many were created (existing ones matched by name are not counted). */
  clients: number;
  projects: number;
  entries: number;
  /** Rows left out because an equal entry (project, date, minutes, note) was already there. */
  skipped: number;
  /** What the import created, as saved: the screen applies it instead of reading everything again. */
  added: { clients: Client[]; projects: Project[]; timeEntries: TimeEntry[] };
}

/** One import as remembered, so the same file is recognised next time. */
export const ImportRecord = z.strictObject({
  hash: z.string().regex(/^[0-9a-f]{8,64}$/),
  name: z.string().max(LIMITS.name),
  /** The instant it was imported, ISO. */
  at: z.iso.datetime({ offset: true }),
  entries: z.number().int().min(0),
  skipped: z.number().int().min(0),
});
export type ImportRecord = z.infer<typeof ImportRecord>;

/** A backup folder as the person sees it (`listBackups` lists them newest first). */
export interface BackupInfo {
  /** The folder's name inside `backups/`. */
  id: string;
  /** The local day it was taken, YYYY-MM-DD. */
  date: string;
  /** The instant it was taken, ISO. */
  createdAt: string;
  /** Why it was taken when it is not the daily one: 'pre-restore', 'pre-import'. */
  label?: string;
  /** What it was taken for, when known: the file being imported, the backup being restored. */
  detail?: string;
  files: number;
  bytes: number;
}
const RestoreBackup = z.strictObject({
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}T[0-9A-Za-z.-]+$/, 'must be the id of a backup from listBackups').max(LIMITS.id),
});
/**
 * A whole export (`getDataset` and `getSettings`) put back in place of the current data.
 * Settings added since the export was made take their defaults.
 */
const RestoreDataset = z.strictObject({
  dataset: Dataset.extend({ timeEntries: restoreEntries() }),
  settings: Settings.partial().strict(),
});

/**
 * The time entries of a restore, checked without allocating (`isValidTimeEntry`, the same
 * check as the schema's), with zod only to word a failure: ten years of entries are checked
 * in a fraction of the time, in the main process.
 */
function restoreEntries() {
  return z
    .array(z.unknown())
    .max(LIST_MAX_ITEMS, `must hold at most ${LIST_MAX_ITEMS} items`)
    .transform((items, ctx): TimeEntry[] => {
      if (items.every(isValidTimeEntry)) return items as TimeEntry[];
      const strict = z.array(TimeEntry).safeParse(items);
      for (const issue of strict.success ? [] : strict.error.issues) ctx.addIssue({ ...issue, code: 'custom', message: issue.message });
      return z.NEVER;
    });
}

/**
 * Stopping the timer: `endAt` says when the work really ended (after the start, not in the
 * future); `splitByDay` logs a run across midnight as one entry per day.
 */
const StopTimer = z
  .strictObject({
    endAt: z.iso.datetime({ offset: true }).optional(),
    splitByDay: z.boolean().optional(),
  })
  .optional();

/** A timer that ran longer than `settings.longTimerHours`: nothing was written; ask when it ended. */
export interface NeedsEnd {
  startedAt: string;
  runningMinutes: number;
}

const StartTimer = z.strictObject({
  projectId: Id,
  note: z.string().max(LIMITS.shortText).optional(),
  billable: z.boolean().optional(),
});

interface Envelope<T> {
  ok: true;
  value: T;
}
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'conflict'
  | 'unknown-channel'
  | 'write-failed'
  | 'forbidden'
  /** The change was written to disk, then something failed: it is there after a restart. */
  | 'saved-not-shown'
  | 'internal';
/**
 * A refusal as it crosses: `code` is coarse (what kind of failure), `reason` a stable key
 * saying why (`shared/ipc/reasons.ts`, with the `params` its sentence needs), worded by the
 * renderer in the person's language; `message` is the English sentence, for logs and tests.
 */
export interface IpcError {
  code: ErrorCode;
  reason: Reason;
  params: Record<string, string | number>;
  message: string;
  /** Field-level problems for `invalid-input`: path, zod's issue code and message. */
  issues?: FieldIssue[];
}
/** One field's problem: `path` like `invoices.0.paidAt`, `code` zod's issue code (`too_small`...). */
export interface FieldIssue {
  path: string;
  message: string;
  code?: string;
}
export type Result<T> = Envelope<T> | { ok: false; error: IpcError };

/** A channel: its payload schema, and its result type carried as a phantom. */
interface Channel<P extends z.ZodType, R, S extends 'backend' | 'shell'> {
  payload: P;
  /** Where it is handled: the backend (data) or the shell (clipboard, browser). */
  side: S;
  readonly __result?: R;
}
const backend =
  <R>() =>
  <P extends z.ZodType>(payload: P): Channel<P, R, 'backend'> => ({ payload, side: 'backend' });
const shell =
  <R>() =>
  <P extends z.ZodType>(payload: P): Channel<P, R, 'shell'> => ({ payload, side: 'shell' });

/** Merging one client (or project) into another: which ids, and the one kept. */
const MergeInto = z.strictObject({ fromId: Id, intoId: Id });
const MovedIds = z.array(Id).max(IMPORT_MAX_ENTRIES);
export const ClientMergeMoves = z.strictObject({ projects: MovedIds, signals: MovedIds, letters: MovedIds, referrals: MovedIds });
export type ClientMergeMoves = z.infer<typeof ClientMergeMoves>;
export const ProjectMergeMoves = z.strictObject({ entries: MovedIds, invoices: MovedIds, signals: MovedIds, letters: MovedIds, timer: z.boolean() });
export type ProjectMergeMoves = z.infer<typeof ProjectMergeMoves>;
/** What a client merge did: enough to show it and to undo it exactly (`unmergeClients`). */
export interface MergeClientsResult {
  from: Client;
  into: Client;
  moved: ClientMergeMoves;
  /** The client that followed the merged one, so undoing puts it back in its place. */
  beforeId?: string;
  /** The backup taken just before (its id in `listBackups`). */
  backup: string;
}
export interface MergeProjectsResult {
  from: Project;
  into: Project;
  moved: ProjectMergeMoves;
  beforeId?: string;
  backup: string;
}
const UnmergeClients = z.strictObject({ from: Client, intoId: Id, moved: ClientMergeMoves, beforeId: Id.optional() });
const UnmergeProjects = z.strictObject({ from: Project, intoId: Id, moved: ProjectMergeMoves, beforeId: Id.optional() });
/** A deleted entry put back; `beforeId` is the entry it stood before, so it returns to its place. */
const RestoreTimeEntry = TimeEntry.extend({ beforeId: Id.optional() });

export interface StopTimerResult {
  /** The first entry logged (null when nothing was: too short, or `needsEnd`). */
  entry: TimeEntry | null;
  /** Every entry logged: more than one when the run was split by day. */
  entries: TimeEntry[];
  needsEnd?: NeedsEnd;
}
interface StartTimerResult {
  /** The new timer; null when the running one needs its end first (`needsEnd`). */
  timer: Timer | null;
  stopped: TimeEntry | null;
  /** Every entry logged for the timer it replaced. */
  logged: TimeEntry[];
  needsEnd?: NeedsEnd;
}

/** An export to save: the proposed file name (its extension picks the dialog's filter) and its text. */
const SaveExport = z.strictObject({
  name: z.string().regex(/^\w[\w.-]{0,120}\.(csv|json)$/),
  // As large as a file the restore accepts, so whatever is exported can be restored.
  content: z.string().max(RESTORE_MAX_BYTES),
});
/** Where an export was saved: the full path (for "Show in folder") and the file's name. */
interface SavedExport {
  path: string;
  name: string;
}

export const contract = {
  getDataset: backend<Dataset>()(NoPayload),
  getSettings: backend<Settings>()(NoPayload),
  getNotices: backend<Notice[]>()(NoPayload),
  getTimer: backend<Timer | null>()(NoPayload),
  updateSettings: backend<Settings>()(Settings.partial().strict()),

  createClient: backend<Client>()(CreateClient),
  updateClient: backend<Client>()(updateOf(ClientInput)),
  deleteClient: backend<{ id: string }>()(ById),
  /** The one internal client (the studio's own time), created on first need ("Estudio" / "Studio"). */
  ensureInternalClient: backend<Client>()(NoPayload),

  createProject: backend<Project>()(CreateProject),
  updateProject: backend<Project>()(UpdateProject),
  deleteProject: backend<{ id: string }>()(ById),

  logTime: backend<TimeEntry>()(LogTime),
  updateTimeEntry: backend<TimeEntry>()(updateOf(TimeEntry)),
  deleteTimeEntry: backend<TimeEntry>()(ById),
  /** Puts back a deleted entry with its id: the undo of `deleteTimeEntry`. */
  restoreTimeEntry: backend<TimeEntry>()(RestoreTimeEntry),

  /** Starts a timer; a running one is stopped and logged first (switching project). */
  /** Refused with `needsEnd` (nothing written) when the running one ran past `longTimerHours`. */
  startTimer: backend<StartTimerResult>()(StartTimer),
  stopTimer: backend<StopTimerResult>()(StopTimer),
  discardTimer: backend<null>()(NoPayload),

  createSignal: backend<Signal>()(CreateSignal),
  updateSignal: backend<Signal>()(updateOf(Signal)),
  deleteSignal: backend<{ id: string }>()(ById),

  createColleague: backend<Colleague>()(CreateColleague),
  updateColleague: backend<Colleague>()(updateOf(ColleagueInput)),
  deleteColleague: backend<{ id: string }>()(ById),

  createLetter: backend<Letter>()(CreateLetter),
  deleteLetter: backend<{ id: string }>()(ById),

  /** A CSV import, all or nothing, after a `pre-import` backup. */
  importTime: backend<ImportTimeResult>()(ImportTime),
  /** The files imported before, newest first. */
  listImports: backend<ImportRecord[]>()(NoPayload),

  listBackups: backend<BackupInfo[]>()(NoPayload),
  /** Replaces all data with a backup's, after a `pre-restore` backup; returns the new data. */
  restoreBackup: backend<Dataset>()(RestoreBackup),
  /** Replaces all data with an export's, after a `pre-restore` backup; returns the new data. */
  restoreDataset: backend<Dataset>()(RestoreDataset),

  /** Fills an empty app with the sample year, in a language; refused when there is data. */
  loadSampleData: backend<Dataset>()(z.strictObject({ language: Language })),
  /** Deletes every record marked `sample`, leaving the person's own; returns the data. */
  removeSampleData: backend<Dataset>()(NoPayload),

  /** Moves a client's projects, signals, letters and referrals to another, after a `pre-merge` backup, and removes it. */
  mergeClients: backend<MergeClientsResult>()(MergeInto),
  /** The exact inverse of `mergeClients`, from its result; refused when what moved has changed since. */
  unmergeClients: backend<Client>()(UnmergeClients),
  /** Moves a project's entries, invoices, signals and letters to another of the same client, after a backup, and removes it. */
  mergeProjects: backend<MergeProjectsResult>()(MergeInto),
  /** The exact inverse of `mergeProjects`, from its result. */
  unmergeProjects: backend<Project>()(UnmergeProjects),

  copyText: shell<null>()(z.strictObject({ text: z.string().max(LIMITS.letterBody * 2) })),
  openExternal: shell<null>()(z.strictObject({ url: z.string().max(2000) })),
  /** Opens the data folder or its backups in the system's file manager. */
  openDataFolder: shell<null>()(z.strictObject({ folder: z.enum(['data', 'backups']) })),
  /** Asks where to save an export (the save dialog, in Downloads under `name`) and writes it there; null when the person cancels. */
  saveExport: shell<SavedExport | null>()(SaveExport),
  /** Shows a file `saveExport` wrote in the system's file manager; any other path is refused. */
  showInFolder: shell<null>()(z.strictObject({ path: z.string().min(1).max(4096) })),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type BackendChannel = { [C in ChannelName]: Contract[C]['side'] extends 'backend' ? C : never }[ChannelName];
export type PayloadOf<C extends ChannelName> = z.input<Contract[C]['payload']>;
export type ResultOf<C extends ChannelName> = Exclude<Contract[C]['__result'], undefined>;

/** The renderer's `window.api`: one method per channel. */
export type Api = {
  [C in ChannelName]: undefined extends PayloadOf<C>
    ? (payload?: PayloadOf<C>) => Promise<Result<ResultOf<C>>>
    : (payload: PayloadOf<C>) => Promise<Result<ResultOf<C>>>;
};

export const CHANNELS = Object.keys(contract) as ChannelName[];

export function isChannel(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Turns zod issues into `{ path, message }` pairs a person can read. */
export function describeIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code }));
}

/** Validates a payload against its channel's schema. */
export function parsePayload<C extends ChannelName>(
  channel: C,
  payload: unknown,
): { ok: true; value: z.output<Contract[C]['payload']> } | { ok: false; error: IpcError } {
  const parsed = contract[channel].payload.safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data as z.output<Contract[C]['payload']> };
  const issues = describeIssues(parsed.error);
  const first = issues[0];
  return {
    ok: false,
    error: {
      code: 'invalid-input',
      reason: 'input-invalid',
      params: { field: first?.path ?? '' },
      message: first ? `${first.path || 'input'}: ${first.message}` : 'The input is not valid.',
      issues,
    },
  };
}
