/** Real backends on fresh temporary folders, each closed after the test that opened it. */
import { afterEach, expect } from 'vitest';
import type { Backend, BackendOptions } from '../../electron/backend';
import type { IpcError } from '#shared/ipc/contract';
import { open, snapshotFiles, tempDir } from './backend';

type Options = Partial<BackendOptions>;

/**
 * Registers an afterEach that closes every backend the test opened through it. `defaults` (or a
 * function giving them, read at each open) go to every backend; `extra` on one open wins over them.
 */
export function useFreshBackend(defaults: Options | (() => Options) = {}) {
  const opened: Backend[] = [];
  afterEach(async () => {
    for (const b of opened.splice(0)) await b.close();
  });
  return {
    /** The backends still to be closed, oldest first. */
    opened: opened as readonly Backend[],
    /** A backend on `dir` (a new temporary folder by default) with its typed caller. */
    async fresh(dir = tempDir(), extra: Options = {}) {
      const base = typeof defaults === 'function' ? defaults() : defaults;
      const o = await open(dir, { ...base, ...extra });
      opened.push(o.backend);
      return { dir, ...o };
    },
    /** Closes after the test a backend the test opened another way. */
    track(backend: Backend): void {
      opened.push(backend);
    },
    /** The test closed this backend itself (by default the last one opened): it is not closed again. */
    forget(backend: Backend | undefined = opened.at(-1)): void {
      const i = backend ? opened.indexOf(backend) : -1;
      if (i >= 0) opened.splice(i, 1);
    },
  };
}

/** What a test sends to create its client: Estudio Lumen, an active web client. */
export const lumenInput = { name: 'Estudio Lumen', source: 'web', status: 'active' } as const;

/** What a test sends to create that client's accepted 1,200 € branding project. */
export const identityInput = (clientId: string) =>
  ({ clientId, title: 'Identidad visual', kind: 'branding', pricing: { mode: 'fixed', amount: 120000 }, status: 'accepted' }) as const;

/**
 * Sends what the backend must refuse (`payload` may break the contract on purpose), proves nothing
 * in `dir` changed, and gives the error for the test to check.
 */
export async function refused(backend: Backend, dir: string, channel: string, payload?: unknown): Promise<IpcError> {
  const before = snapshotFiles(dir);
  const r = await backend.invoke(channel, payload);
  expect(snapshotFiles(dir)).toEqual(before);
  if (r.ok) throw new Error(`${channel} was accepted`);
  return r.error;
}
