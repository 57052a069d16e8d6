/**
 * Bad input, generated: at least 1,000 payloads for every backend channel of the
 * contract (arbitrary values, the right keys with wrong types, strings over the LIMITS,
 * impossible dates, bad minutes, ids that do not exist, prototype-pollution keys).
 * invoke never throws, every answer is an error envelope with `invalid-input` (or
 * `not-found` for an unknown id), and nothing changes: not memory, not a byte on disk.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { CHANNELS, contract, type BackendChannel, type ChannelName } from '#shared/ipc/contract';
import { LIMITS } from '#shared/model';
import { fakeClock, open, snapshotFiles, tempDir } from '../support/backend';

const RUNS = Number(process.env.CLIENTFIT_FUZZ_RUNS) || 1000;
const BACKEND = CHANNELS.filter((c): c is BackendChannel => contract[c].side === 'backend');
const SHELL = CHANNELS.filter((c) => contract[c].side === 'shell');

/** No record has this id: every id in the samples is unknown to the backend. */
const U = 'no-such-id';
const entry = { date: '2026-01-05', minutes: 30, billable: true, note: 'n' };

/**
 * A well-formed payload per channel, referring only to ids that do not exist, for the
 * mutations below to break one part at a time. Reads take no payload (`undefined`).
 */
const SAMPLES: Partial<Record<BackendChannel, unknown>> = {
  updateSettings: { yourName: 'Ana', targetHourlyRate: 7000, specialties: ['web'], cleanHouseShare: 0.2 },
  createClient: { name: 'Estudio', source: 'web', status: 'active', email: 'a@b.es', createdAt: '2026-01-05', notes: 'n', star: true },
  updateClient: { id: U, name: 'Otro', lastContactAt: '2026-01-05', company: null },
  deleteClient: { id: U },
  createProject: {
    clientId: U,
    title: 'Web',
    kind: 'web',
    pricing: { mode: 'fixed', amount: 100 },
    status: 'inquiry',
    deadline: '2026-02-01',
    estimatedHours: 10,
    invoices: [{ issuedAt: '2026-01-05', amount: 100, termsDays: 30, paidAt: '2026-01-20', paidAmount: 100 }],
  },
  updateProject: { id: U, title: 'Web 2', pricing: { mode: 'hourly', rate: 5000 }, invoices: [{ id: U, issuedAt: '2026-01-05', amount: 1, termsDays: 0 }] },
  deleteProject: { id: U },
  logTime: { projectId: U, ...entry, requestId: 'r1' },
  updateTimeEntry: { id: U, minutes: 45, date: '2026-01-06', note: null },
  deleteTimeEntry: { id: U },
  restoreTimeEntry: { id: U, projectId: U, ...entry },
  startTimer: { projectId: U, note: 'n', billable: false },
  stopTimer: { endAt: '2026-01-05T10:00:00.000Z', splitByDay: true },
  createSignal: { clientId: U, projectId: U, date: '2026-01-05', kind: 'praised', note: 'n' },
  updateSignal: { id: U, kind: 'unpaid', date: '2026-01-06' },
  deleteSignal: { id: U },
  createColleague: { name: 'Marta', specialties: ['web'], languages: ['es', 'en'], website: 'https://m.es' },
  updateColleague: { id: U, name: 'Marta R.' },
  deleteColleague: { id: U },
  createLetter: { kind: 'decline', clientId: U, language: 'es', subject: 'Gracias', body: 'Gracias por escribir.', createdAt: '2026-01-05' },
  deleteLetter: { id: U },
  restoreBackup: { id: '2020-01-01T00-00-00-000Z' },
  restoreDataset: {
    dataset: {
      clients: [{ id: 'c', name: 'C', source: 'web', status: 'active', star: false, createdAt: '2026-01-01' }],
      projects: [{ id: 'p', clientId: 'c', title: 'P', kind: 'web', pricing: { mode: 'fixed', amount: 1 }, status: 'inquiry', createdAt: '2026-01-01', invoices: [] }],
      timeEntries: [{ id: 't', projectId: 'p', ...entry }],
      signals: [{ id: 's', clientId: 'c', date: '2026-01-01', kind: 'praised' }],
      colleagues: [{ id: 'k', name: 'K', specialties: [], languages: ['es'] }],
      letters: [{ id: 'l', kind: 'decline', clientId: 'c', language: 'es', subject: 's', body: 'b', createdAt: '2026-01-01' }],
    },
    settings: { yourName: 'Ana' },
  },
  loadSampleData: { language: 'es' },
  mergeClients: { fromId: U, intoId: 'zz-other' },
  unmergeClients: {
    from: { id: U, name: 'C', source: 'web', status: 'active', star: false, createdAt: '2026-01-01' },
    intoId: 'zz-other',
    moved: { projects: [U], signals: [], letters: [], referrals: [] },
    beforeId: U,
  },
  mergeProjects: { fromId: U, intoId: 'zz-other' },
  unmergeProjects: {
    from: { id: U, clientId: U, title: 'P', kind: 'web', pricing: { mode: 'fixed', amount: 1 }, status: 'inquiry', createdAt: '2026-01-01', invoices: [] },
    intoId: 'zz-other',
    moved: { entries: [U], invoices: [], signals: [], letters: [], timer: false },
  },
  importTime: {
    clients: [{ name: 'Cliente' }],
    projects: [{ clientName: 'Cliente', title: 'Web', kind: 'web' }],
    entries: [{ ...entry, clientName: 'Cliente', projectTitle: 'Web' }],
    includeDuplicates: true,
    file: { name: 'toggl.csv', hash: '0123456789abcdef' },
  },
};

/**
 * Channels where a well-formed payload is still refused, because every id in it is
 * unknown: an update or delete (`not-found`), or a reference to a client or project that
 * is not there (`invalid-input`). On every other channel a well-formed payload could be
 * a real change, so only malformed ones are sent.
 */
const UNKNOWN_ID_REFUSED = new Set<string>([
  'updateClient', 'deleteClient', 'createProject', 'updateProject', 'deleteProject', 'logTime', 'updateTimeEntry',
  'deleteTimeEntry', 'restoreTimeEntry', 'startTimer', 'createSignal', 'updateSignal', 'deleteSignal', 'updateColleague',
  'deleteColleague', 'createLetter', 'deleteLetter', 'restoreBackup', 'mergeClients', 'unmergeClients', 'mergeProjects', 'unmergeProjects',
]);

const isBad = (channel: BackendChannel, payload: unknown) => {
  if (UNKNOWN_ID_REFUSED.has(channel)) return true;
  try {
    return !contract[channel].payload.safeParse(payload).success;
  } catch {
    // Zod itself throws on a few generated values (a null-prototype object where it wants
    // text): such a payload is bad, and invoke answers it as invalid input.
    return true;
  }
};

// ---- what goes wrong in a payload ------------------------------------------------------

const hugeString = fc.constantFrom(LIMITS.id, LIMITS.name, LIMITS.shortText, LIMITS.note, LIMITS.letterBody, LIMITS.letterBody * 2).map((n) => 'x'.repeat(n + 1));
const impossibleDate = fc.constantFrom('2025-13-45', '2026-02-30', '2025-02-29', '2026-00-10', '2026-04-31', '0000-00-00', '2026-1-5', '20260105', '2026-01-05T10:00', ' 2026-01-05', '2026-01-05\n', '');
const badMinutes = fc.oneof(fc.integer({ max: 0 }), fc.double({ noInteger: true }), fc.constantFrom(NaN, Infinity, -Infinity, 24 * 60 + 1, 1e308, '60', -0.5));
const unknownId = fc.string({ minLength: 1, maxLength: LIMITS.id }).map((s) => `zz-${s}`.slice(0, LIMITS.id));
/** Own keys named `__proto__` and `constructor`, as JSON.parse makes them. */
const pollution = fc.constantFrom(
  () => JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  () => JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  () => JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}'),
).map((make) => make() as Record<string, unknown>);
const anyValue = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withTypedArray: true,
  withNullPrototype: true,
  withSparseArray: true,
  withBigInt: true,
});
const wrongValue = fc.oneof(anyValue, hugeString, impossibleDate, badMinutes, unknownId, pollution, fc.constant(null), fc.constant(undefined));

type Path = (string | number)[];
/** Every place in a value: the root, each key, each array item, all the way down. */
function placesIn(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...placesIn(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...placesIn(v, [...at, k]));
  return out;
}
function setAt(value: unknown, at: Path, next: unknown): unknown {
  if (at.length === 0) return next;
  const [head, ...rest] = at;
  // A named key on an array (even 'length') turns it into an object with the same items.
  const asArray = Array.isArray(value) && (typeof head === 'number' || /^\d+$/.test(String(head)));
  const copy = (asArray ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  Object.defineProperty(copy, head!, { value: setAt(copy[head!], rest, next), enumerable: true, writable: true, configurable: true });
  return copy;
}
function deleteAt(value: unknown, at: Path): unknown {
  if (at.length === 0) return undefined;
  if (at.length === 1) {
    const copy = Array.isArray(value) ? [...value] : { ...(value as object) };
    delete (copy as Record<string | number, unknown>)[at[0]!];
    return copy;
  }
  const [head, ...rest] = at;
  return setAt(value, [head!], deleteAt((value as Record<string | number, unknown>)[head!], rest));
}

/** Payloads for one channel: arbitrary ones, and its sample broken in one place. */
function payloadsFor(channel: BackendChannel): fc.Arbitrary<unknown> {
  const sample = SAMPLES[channel];
  const generic = fc.oneof(anyValue, fc.jsonValue(), hugeString, pollution, fc.dictionary(fc.string(), anyValue));
  if (sample === undefined) return generic.filter((p) => isBad(channel, p));
  const places = placesIn(sample);
  const broken = fc.oneof(
    // One place gets a wrong value (a wrong type, too long, an impossible date, bad minutes...).
    { arbitrary: fc.tuple(fc.constantFrom(...places), wrongValue).map(([at, v]) => setAt(sample, at, v)), weight: 6 },
    // A required key goes missing.
    { arbitrary: fc.constantFrom(...places.filter((p) => p.length > 0)).map((at) => deleteAt(sample, at)), weight: 1 },
    // An unknown key, prototype keys included, joins somewhere.
    {
      arbitrary: fc.tuple(fc.constantFrom(...places), fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin'), fc.string()), anyValue).map(([at, key, v]) =>
        setAt(sample, [...at, key], v),
      ),
      weight: 2,
    },
    // Ids that do not exist, on a payload otherwise right.
    { arbitrary: unknownId.map((id) => (sample && typeof sample === 'object' && 'id' in sample ? { ...sample, id } : sample)), weight: 1 },
    { arbitrary: generic, weight: 2 },
  );
  return broken.filter((p) => isBad(channel, p));
}

// ---- the run -------------------------------------------------------------------------

let dir: string;
let backend: Backend;
const figures: string[] = [];
let total = 0;

beforeAll(async () => {
  dir = tempDir();
  const clock = fakeClock('2026-11-20T10:00:00');
  const o = await open(dir, { now: clock.now, dailyBackup: true });
  backend = o.backend;
  const c = await o.call('createClient', { name: 'Estudio Lumen', source: 'web', status: 'active' });
  const p = await o.call('createProject', { clientId: c.id, title: 'Identidad', kind: 'branding', pricing: { mode: 'fixed', amount: 90000 }, status: 'accepted' });
  await o.call('logTime', { projectId: p.id, date: '2026-11-02', minutes: 60, billable: true });
  await o.call('createSignal', { clientId: c.id, date: '2026-11-03', kind: 'praised' });
  await o.call('createColleague', { name: 'Marta Ruiz', specialties: ['web'], languages: ['es'] });
  await o.call('createLetter', { kind: 'check-in', clientId: c.id, language: 'es', subject: 'Hola', body: '¿Cómo va?' });
  await o.call('startTimer', { projectId: p.id });
  await new Promise((resolve) => setImmediate(resolve)); // the daily backup, so restoreBackup has something to miss
});
afterAll(async () => {
  await backend?.close();
  console.log(`fuzz: ${total} bad payloads over ${BACKEND.length} backend channels, 0 accepted, 0 thrown, 0 bytes changed\n  ${figures.join('\n  ')}`);
});

async function getState() {
  const d = await backend.invoke('getDataset');
  const s = await backend.invoke('getSettings');
  const t = await backend.invoke('getTimer');
  if (!d.ok || !s.ok || !t.ok) throw new Error('a read failed');
  return { data: d.value, settings: s.value, timer: t.value };
}

describe('bad input on every backend channel', () => {
  it('has a sample for every backend channel that takes a payload', () => {
    const takesPayload = BACKEND.filter((c) => !contract[c].payload.safeParse(undefined).success);
    expect(takesPayload.filter((c) => SAMPLES[c] === undefined)).toEqual([]);
    // Each sample is well-formed, so that breaking one part is what makes it bad.
    for (const c of takesPayload) expect(contract[c].payload.safeParse(SAMPLES[c]).success, c).toBe(true);
  });

  it.each(BACKEND)(`%s: ${RUNS} bad payloads, each refused, nothing changed`, async (channel) => {
    const before = await getState();
    const bytes = snapshotFiles(dir);
    const codes = new Map<string, number>();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(payloadsFor(channel), async (payload) => {
        let r: Awaited<ReturnType<Backend['invoke']>>;
        try {
          r = await backend.invoke(channel, payload);
        } catch (error) {
          throw new Error(`invoke threw: ${(error as Error).message}`);
        }
        sent++;
        expect(Object.keys(r).sort()).toEqual(['error', 'ok']);
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(typeof r.error.message).toBe('string');
        expect(r.error.message.length).toBeGreaterThan(3);
        expect(['invalid-input', 'not-found']).toContain(r.error.code);
        codes.set(r.error.code, (codes.get(r.error.code) ?? 0) + 1);
        // Cheap per payload: an unchanged dataset is the very same cached object.
        const d = await backend.invoke('getDataset');
        if (!d.ok || d.value !== before.data) expect(d.ok && d.value).toEqual(before.data);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS, seed: Number(process.env.CLIENTFIT_FUZZ_SEED) || undefined },
    );
    expect(sent).toBeGreaterThanOrEqual(RUNS);
    expect(await getState()).toEqual(before);
    expect(snapshotFiles(dir)).toEqual(bytes);
    expect(Object.prototype).toEqual({});
    total += sent;
    figures.push(`${channel}: ${sent} (${[...codes].map(([k, v]) => `${k} ${v}`).join(', ')})`);
  });

  it('answers unknown-channel for the shell channels and for names that are not channels', async () => {
    const names: string[] = [...SHELL, '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', 'getdataset', 'getDataset ', 'x'.repeat(10_000)];
    const bytes = snapshotFiles(dir);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...names), fc.string().filter((s) => !CHANNELS.includes(s as ChannelName))), anyValue, async (name, payload) => {
        const r = await backend.invoke(name, payload);
        expect(r.ok || r.error.code).toBe('unknown-channel');
        if (!r.ok) expect(r.error.message.length).toBeLessThan(200);
      }),
      { numRuns: RUNS },
    );
    expect(snapshotFiles(dir)).toEqual(bytes);
  });

  it('survives values no IPC message can carry: throwing getters, proxies, cycles, symbols, functions', async () => {
    const cyclic: Record<string, unknown> = { name: 'C', source: 'web', status: 'active' };
    cyclic.self = cyclic;
    const hostile: unknown[] = [
      Object.defineProperty({ name: 'C', source: 'web', status: 'active' }, 'notes', { enumerable: true, get: () => { throw new Error('boom'); } }),
      new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, get: () => { throw new Error('boom'); } }),
      cyclic,
      Symbol('x'),
      () => 1,
      10n,
      { name: Symbol('n'), source: 'web', status: 'active' },
    ];
    const bytes = snapshotFiles(dir);
    for (const channel of BACKEND) {
      for (const payload of hostile) {
        const r = await backend.invoke(channel, payload).catch((error: Error) => ({ threw: error.message }));
        expect('threw' in r ? r : 'ok', channel).toBe('ok');
        expect('ok' in r && r.ok, channel).toBe(false);
      }
    }
    expect(snapshotFiles(dir)).toEqual(bytes);
  });
});
