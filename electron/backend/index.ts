/**
 * The backend: plain Node, no Electron. It validates every payload against the IPC
 * contract, applies it to the in-memory data, writes the change through to disk and
 * only then answers. Each domain's handlers live in `handlers/`; the state they share
 * (data in memory, files, write helpers) in `state.ts`.
 */
import { contract, isChannel, parsePayload, type BackendChannel, type PayloadOf, type Result, type ResultOf } from '#shared/ipc/contract';
import { refusal } from '#shared/ipc/reasons';
import type { StoreFactory } from './store';
import type { AppendLogFactory } from './timeJournal';
import { dailyBackup } from './backups';
import { openState } from './state';
import { BackendError } from './errors';
import { oncePerRequest } from './requests';
import { combine, type Handlers } from './handlers/types';
import { settingsHandlers } from './handlers/settings';
import { clientHandlers } from './handlers/clients';
import { projectHandlers } from './handlers/projects';
import { timeHandlers } from './handlers/time';
import { timerHandlers } from './handlers/timer';
import { recordHandlers } from './handlers/records';
import { importHandlers } from './handlers/import';
import { backupHandlers } from './handlers/backups';
import { sampleHandlers } from './handlers/sample';
import { mergeHandlers } from './handlers/merge';

export type { StoreFactory } from './store';
export { BackendError } from './errors';

export interface BackendOptions {
  dataDir: string;
  createStore?: StoreFactory;
  /** The time journal's file (see timeJournal.ts); tests pass one that fails like a disk. */
  createLog?: AppendLogFactory;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** Take the daily backup at open (default true). */
  dailyBackup?: boolean;
}

/** A channel's payload argument: optional where the channel takes none. */
export type PayloadArgs<C extends BackendChannel> = undefined extends PayloadOf<C> ? [payload?: PayloadOf<C>] : [payload: PayloadOf<C>];

export interface Backend {
  /** Any channel by name, as IPC delivers it: an unknown name or a bad payload is a refusal, never a throw. */
  invoke(channel: string, payload?: unknown): Promise<Result<unknown>>;
  /**
   * The same, typed from the contract: the answer is the channel's envelope (never a throw),
   * so a caller decides what a refusal means for it.
   */
  call<C extends BackendChannel>(channel: C, ...payload: PayloadArgs<C>): Promise<Result<ResultOf<C>>>;
  close(): Promise<void>;
  /** Where the data lives. */
  readonly dataDir: string;
}

/** Opens the data folder, loads everything into memory and returns the backend. */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  const st = openState(options);
  // After loading, so that a damaged file is never backed up.
  const backupDone = options.dailyBackup !== false ? dailyBackup(st.dataDir, st.now()) : Promise.resolve();

  const handlers = combine(
    settingsHandlers(st),
    clientHandlers(st),
    projectHandlers(st),
    timeHandlers(st),
    timerHandlers(st),
    recordHandlers(st),
    importHandlers(st),
    backupHandlers(st),
    sampleHandlers(st),
    mergeHandlers(st),
  ) satisfies Handlers;

  let closed = false;
  /** A call that works in steps (a restore): every other call waits until it is done. */
  let exclusive: Promise<unknown> | null = null;
  const once = oncePerRequest();

  const run = async (channel: BackendChannel, value: unknown): Promise<Result<unknown>> => {
    while (exclusive) await exclusive.catch(() => undefined);
    const writesBefore = st.writesDone;
    try {
      const handler = handlers[channel] as (p: unknown) => unknown;
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
      if (error instanceof BackendError) return { ok: false, error: error.toIpc() };
      // Say what happened: a failure after a file was written did change the data.
      const saved = st.writesDone > writesBefore;
      // Memory may lack what was written: the months are looked through again at the next start.
      if (saved) st.distrustMonths();
      const detail = (error as Error).message;
      return {
        ok: false,
        error: saved
          ? refusal('saved-not-shown', { detail }, `The change was saved, but ClientFit could not finish showing it (${detail}). Restart ClientFit to see it.`)
          : refusal('unexpected', { detail }, `Nothing was changed (${detail}).`),
      };
    }
  };

  const invoke = async (channel: string, payload?: unknown): Promise<Result<unknown>> => {
    if (closed) return { ok: false, error: refusal('closing', {}, 'ClientFit is closing; try again after it restarts.') };
    if (!isChannel(channel) || contract[channel].side !== 'backend') {
      const name = String(channel).slice(0, 80);
      return { ok: false, error: refusal('unknown-channel', { channel: name }, `There is no channel called ${name}.`) };
    }
    let parsed: ReturnType<typeof parsePayload>;
    try {
      parsed = parsePayload(channel, payload);
    } catch {
      // Only a caller in this process can send what throws when read (a getter, a proxy).
      return { ok: false, error: refusal('input-unreadable', {}, 'The input could not be read.') };
    }
    if (!parsed.ok) return parsed;
    return once(channel, parsed.value, (value) => run(channel as BackendChannel, value));
  };

  return {
    dataDir: st.dataDir,
    invoke,
    call: (channel, ...payload) => invoke(channel, payload[0]) as Promise<Result<ResultOf<typeof channel>>>,
    async close() {
      closed = true;
      while (exclusive) await exclusive.catch(() => undefined);
      await backupDone;
      // The journal's changes go into their month files: the folder is whole without it.
      st.close();
    },
  };
}
