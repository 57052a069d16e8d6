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
  Letter,
  Notice,
  Project,
  Settings,
  Signal,
  TimeEntry,
  Timer,
  type Dataset,
} from '../model';

/** Reads take no payload. */
const NoPayload = z.undefined();

/** An update: `{ id, ...changedFields }`; an optional field set to `null` is cleared. */
function updateOf<S extends z.ZodRawShape>(model: z.ZodObject<S>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(model.shape)) {
    if (key === 'id') continue;
    const f = field as z.ZodType;
    shape[key] = f instanceof z.ZodOptional ? (f.unwrap() as z.ZodType).nullable().optional() : f.optional();
  }
  type Update = { id: string } & { [K in keyof z.infer<z.ZodObject<S>>]?: z.infer<z.ZodObject<S>>[K] | null };
  return z.strictObject({ id: Id, ...shape }) as unknown as z.ZodType<Update, Update>;
}

const ById = z.strictObject({ id: Id });

/** An invoice as sent by the renderer: the backend gives it an id when it has none. */
export const InvoiceInput = Invoice.extend({ id: Id.optional() });

export const CreateClient = Client.omit({ id: true }).extend({
  createdAt: IsoDate.optional(),
  star: z.boolean().optional(),
});
export const CreateProject = Project.omit({ id: true, invoices: true }).extend({
  createdAt: IsoDate.optional(),
  invoices: z.array(InvoiceInput).max(1000).optional(),
});
export const UpdateProject = updateOf(Project.omit({ invoices: true })).and(
  z.object({ invoices: z.array(InvoiceInput).max(1000).optional() }),
);
export const LogTime = TimeEntry.omit({ id: true });
export const CreateSignal = Signal.omit({ id: true });
export const CreateColleague = Colleague.omit({ id: true });
export const CreateLetter = Letter.omit({ id: true }).extend({ createdAt: IsoDate.optional() });

export const StartTimer = z.strictObject({
  projectId: Id,
  note: z.string().max(LIMITS.shortText).optional(),
  billable: z.boolean().optional(),
});

export interface Envelope<T> {
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
  | 'internal';
export interface IpcError {
  code: ErrorCode;
  message: string;
  /** Field-level problems for `invalid-input`: path and message. */
  issues?: { path: string; message: string }[];
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

export interface StopTimerResult {
  entry: TimeEntry | null;
}

export const contract = {
  getDataset: backend<Dataset>()(NoPayload),
  getSettings: backend<Settings>()(NoPayload),
  getNotices: backend<Notice[]>()(NoPayload),
  getTimer: backend<Timer | null>()(NoPayload),
  updateSettings: backend<Settings>()(Settings.partial().strict()),

  createClient: backend<Client>()(CreateClient),
  updateClient: backend<Client>()(updateOf(Client)),
  deleteClient: backend<{ id: string }>()(ById),

  createProject: backend<Project>()(CreateProject),
  updateProject: backend<Project>()(UpdateProject),
  deleteProject: backend<{ id: string }>()(ById),

  logTime: backend<TimeEntry>()(LogTime),
  updateTimeEntry: backend<TimeEntry>()(updateOf(TimeEntry)),
  deleteTimeEntry: backend<TimeEntry>()(ById),
  /** Puts back a deleted entry with its id: the undo of `deleteTimeEntry`. */
  restoreTimeEntry: backend<TimeEntry>()(TimeEntry),

  /** Starts a timer; a running one is stopped and logged first (switching project). */
  startTimer: backend<{ timer: Timer; stopped: TimeEntry | null }>()(StartTimer),
  stopTimer: backend<StopTimerResult>()(NoPayload),
  discardTimer: backend<null>()(NoPayload),

  createSignal: backend<Signal>()(CreateSignal),
  updateSignal: backend<Signal>()(updateOf(Signal)),
  deleteSignal: backend<{ id: string }>()(ById),

  createColleague: backend<Colleague>()(CreateColleague),
  updateColleague: backend<Colleague>()(updateOf(Colleague)),
  deleteColleague: backend<{ id: string }>()(ById),

  createLetter: backend<Letter>()(CreateLetter),
  deleteLetter: backend<{ id: string }>()(ById),

  copyText: shell<null>()(z.strictObject({ text: z.string().max(LIMITS.letterBody * 2) })),
  openExternal: shell<null>()(z.strictObject({ url: z.string().max(2000) })),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type BackendChannel = { [C in ChannelName]: Contract[C]['side'] extends 'backend' ? C : never }[ChannelName];
export type ShellChannel = Exclude<ChannelName, BackendChannel>;
export type PayloadOf<C extends ChannelName> = z.input<Contract[C]['payload']>;
export type ResultOf<C extends ChannelName> = Exclude<Contract[C]['__result'], undefined>;

/** The renderer's `window.api`: one method per channel. */
export type Api = {
  [C in ChannelName]: PayloadOf<C> extends undefined
    ? () => Promise<Result<ResultOf<C>>>
    : (payload: PayloadOf<C>) => Promise<Result<ResultOf<C>>>;
};

export const CHANNELS = Object.keys(contract) as ChannelName[];

export function isChannel(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** Turns zod issues into `{ path, message }` pairs a person can read. */
export function describeIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
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
      message: first ? `${first.path || 'input'}: ${first.message}` : 'The input is not valid.',
      issues,
    },
  };
}
