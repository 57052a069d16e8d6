/**
 * A stand-in for `window.api` in component tests only: it answers each channel from the
 * store's in-memory data (create adds an id, update merges) and records every call.
 * End-to-end tests use the real backend instead.
 */
import type { Dataset } from '#shared/model';
import { useApp } from '../../../renderer/src/store';

export interface ApiCall {
  channel: string;
  payload: unknown;
}

const COLLECTION: Record<string, keyof Dataset> = {
  Client: 'clients',
  Project: 'projects',
  Signal: 'signals',
  Colleague: 'colleagues',
  Letter: 'letters',
};

/** Installs the stub; returns the list of calls it receives, in order. */
export function stubApi(): ApiCall[] {
  const calls: ApiCall[] = [];
  let seq = 0;
  const answer = (channel: string, payload: unknown): unknown => {
    const p = (payload ?? {}) as Record<string, unknown>;
    const match = /^(create|update|delete)(Client|Project|Signal|Colleague|Letter)$/.exec(channel);
    if (match) {
      const [, verb, entity] = match as unknown as [string, string, string];
      const list = useApp.getState().data[COLLECTION[entity]!] as unknown as { id: string }[];
      if (verb === 'create') {
        seq++;
        const base: Record<string, unknown> = { id: `${entity.toLowerCase()}-${seq}` };
        if (entity === 'Client') Object.assign(base, { star: false, createdAt: '2026-01-01' });
        if (entity === 'Project') Object.assign(base, { invoices: [], createdAt: '2026-01-01' });
        if (entity === 'Letter') Object.assign(base, { createdAt: '2026-01-01' });
        return { ...base, ...p };
      }
      const current = list.find((x) => x.id === p.id);
      if (!current) throw new Error(`stub: no ${entity} ${String(p.id)}`);
      if (verb === 'delete') return { id: p.id };
      const next: Record<string, unknown> = { ...current };
      for (const [k, v] of Object.entries(p)) {
        if (v === null) delete next[k];
        else if (v !== undefined) next[k] = v;
      }
      return next;
    }
    if (channel === 'copyText' || channel === 'openExternal') return null;
    throw new Error(`stub: channel ${channel} is not answered`);
  };
  window.api = new Proxy(
    {},
    {
      get: (_target, channel: string) => async (payload?: unknown) => {
        calls.push({ channel, payload });
        try {
          return { ok: true, value: answer(channel, payload) };
        } catch (error) {
          return { ok: false, error: { code: 'internal', reason: 'unexpected', params: { detail: (error as Error).message }, message: (error as Error).message } };
        }
      },
    },
  ) as typeof window.api;
  return calls;
}

/** The payloads sent on one channel. */
export function sent(calls: ApiCall[], channel: string): Record<string, unknown>[] {
  return calls.filter((c) => c.channel === channel).map((c) => c.payload as Record<string, unknown>);
}
