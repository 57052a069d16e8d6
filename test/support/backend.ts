/** Test helpers: a real backend on a temporary data folder, and a controllable clock. */
import fs from 'node:fs';
import { vi } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend, type BackendOptions, type PayloadArgs, type StoreFactory } from '../../electron/backend';
import { defaultStoreFactory } from '../../electron/backend/store';
import { CHECKED_FILE } from '../../electron/backend/monthsChecked';
import type { BackendChannel, PayloadOf, ResultOf } from '#shared/ipc/contract';

export function tempDir(prefix = 'clientfit-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A clock the test moves by hand. */
export function fakeClock(start: string) {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
    set(iso: string) {
      t = new Date(iso).getTime();
    },
  };
}

/** A typed caller: returns the value or throws the error envelope, for brief tests. */
export function typed(backend: Backend) {
  return async function call<C extends BackendChannel>(channel: C, payload?: PayloadOf<C>): Promise<ResultOf<C>> {
    // Brief tests leave a payload out where they mean to test its absence too.
    const r = await backend.call(channel, ...([payload] as PayloadArgs<C>));
    if (!r.ok) throw new Error(`${channel}: ${r.error.code}: ${r.error.message}`);
    return r.value;
  };
}

export async function open(dataDir: string, extra: Partial<BackendOptions> = {}) {
  const backend = await openBackend({ dataDir, dailyBackup: false, ...extra });
  return { backend, call: typed(backend) };
}

/**
 * Every data file below a folder with its bytes, to prove that nothing was written. The note
 * that the month files are whole (monthsChecked.ts) is left out: it holds the files' times,
 * not data, and a refused write removes it (the next close or start writes it again).
 */
export function snapshotFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d)) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (name !== CHECKED_FILE) out.set(path.relative(dir, p), fs.readFileSync(p, 'base64'));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

/** A store factory whose Nth write (counted from `arm()`) throws as a full disk does. */
export function failingFactory() {
  let calls = 0;
  let failAt = Infinity;
  const factory: StoreFactory = (opts) => {
    const store = defaultStoreFactory(opts);
    return {
      path: store.path,
      write(value) {
        calls++;
        if (calls === failAt) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        store.write(value);
      },
    };
  };
  return {
    factory,
    arm(n: number) {
      calls = 0;
      failAt = n;
    },
    disarm() {
      failAt = Infinity;
    },
  };
}

/**
 * The folder's files as they are once the time journal is folded into its month files (what
 * closing the app leaves): taken on a copy, so the folder itself is not touched. Two folders
 * holding the same data give the same map, whether their latest entries sit in the journal or
 * in their months.
 */
export async function settledFiles(dir: string, skip: (rel: string) => boolean = () => false): Promise<Map<string, string>> {
  const copy = tempDir('clientfit-settled-');
  fs.cpSync(dir, copy, { recursive: true, filter: (src) => !skip(path.relative(dir, src)) });
  const backend = await openBackend({ dataDir: copy, dailyBackup: false });
  await backend.close();
  const files = snapshotFiles(copy);
  fs.rmSync(copy, { recursive: true, force: true });
  return files;
}

/**
 * Runs `run` while write(2) behaves as on a nearly full disk: the first write puts
 * `firstBytes` bytes (none: it fails at once), every later one fails with ENOSPC.
 */
export function onNearlyFullDisk<T>(run: () => T, firstBytes = 5): T {
  const real = fs.writeSync;
  let calls = 0;
  const spy = vi.spyOn(fs, 'writeSync').mockImplementation(((fd: number, buffer: Buffer, offset: number, length: number) => {
    if (++calls === 1 && firstBytes > 0) return real(fd, buffer, offset, Math.min(length, firstBytes));
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  }) as typeof fs.writeSync);
  try {
    return run();
  } finally {
    spy.mockRestore();
  }
}
