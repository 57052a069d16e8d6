import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { Client, Colleague, Dataset, Letter, Project, Signal } from '#shared/model';
import { EMPTY_DATASET } from '#shared/model';
import { useApp } from '../../../renderer/src/store';
import { COLLECTION_CHANNELS, type CollectionChannel } from '../../../renderer/src/store/collections';
import { fakeApi } from './support';

const initial = useApp.getState();
beforeEach(() => {
  useApp.setState(initial, true);
});

const client: Client = { id: 'c1', name: 'Panadería La Espiga', source: 'referral', status: 'active', star: false, createdAt: '2026-01-10' };
const project: Project = {
  id: 'p1', clientId: 'c1', title: 'Identidad', kind: 'branding', pricing: { mode: 'fixed', amount: 300000 }, status: 'in-progress', createdAt: '2026-01-10', invoices: [],
};
const signal: Signal = { id: 's1', clientId: 'c1', date: '2026-02-01', kind: 'paid-on-time' } as Signal;
const colleague: Colleague = { id: 'k1', name: 'Marta Gil', specialties: ['web'] } as Colleague;
const letter: Letter = { id: 'l1', clientId: 'c1', kind: 'decline', language: 'es', subject: 'Gracias', body: 'Hola', createdAt: '2026-02-01' } as Letter;

/** One record per collection, and a change to each that an update sends. */
const CASES: Record<string, { item: { id: string }; change: Record<string, unknown> }> = {
  clients: { item: client, change: { name: 'Panadería Espiga' } },
  projects: { item: project, change: { title: 'Identidad y web' } },
  signals: { item: signal, change: { note: 'Pagó antes de tiempo' } },
  colleagues: { item: colleague, change: { name: 'Marta Gil Ortega' } },
  letters: { item: letter, change: {} },
};

describe('the collections slice', () => {
  it('has create, update and delete for every collection, read from the contract (14 actions)', () => {
    expect(COLLECTION_CHANNELS.map((c) => c.channel).sort()).toEqual(
      [
        'createClient', 'updateClient', 'deleteClient',
        'createProject', 'updateProject', 'deleteProject',
        'createSignal', 'updateSignal', 'deleteSignal',
        'createColleague', 'updateColleague', 'deleteColleague',
        'createLetter', 'deleteLetter',
      ].sort(),
    );
    expectTypeOf<CollectionChannel>().toEqualTypeOf<
      | 'createClient' | 'updateClient' | 'deleteClient'
      | 'createProject' | 'updateProject' | 'deleteProject'
      | 'createSignal' | 'updateSignal' | 'deleteSignal'
      | 'createColleague' | 'updateColleague' | 'deleteColleague'
      | 'createLetter' | 'deleteLetter'
    >();
    for (const { channel } of COLLECTION_CHANNELS) expect(typeof useApp.getState()[channel], channel).toBe('function');
  });

  it.each(COLLECTION_CHANNELS.filter((c) => c.verb === 'create'))('$channel adds the record the backend answers with to $key, once', async ({ channel, key }) => {
    const { item } = CASES[key]!;
    const calls = fakeApi({ [channel]: () => item });
    const before = useApp.getState().data;
    const { id: _id, ...input } = item;
    const action = useApp.getState()[channel] as (input: unknown) => Promise<unknown>;
    expect(await action({ ...input, requestId: 'r1' })).toEqual(item);
    expect(calls).toEqual([{ channel, payload: { ...input, requestId: 'r1' } }]);
    const after = useApp.getState().data;
    expect(after[key]).toEqual([item]);
    // The other lists keep their references, so selectors on them do not re-render.
    for (const other of Object.keys(EMPTY_DATASET) as (keyof Dataset)[]) if (other !== key) expect(after[other]).toBe(before[other]);
    // A repeated request answered with the same record does not add it twice.
    await action({ ...input, requestId: 'r1' });
    expect(useApp.getState().data[key]).toEqual([item]);
  });

  it.each(COLLECTION_CHANNELS.filter((c) => c.verb === 'update'))('$channel replaces the record in $key, in its place', async ({ channel, key }) => {
    const { item, change } = CASES[key]!;
    const other = { ...item, id: `${item.id}-other` };
    useApp.setState({ data: { ...EMPTY_DATASET, [key]: [item, other] } });
    const changed = { ...item, ...change };
    const calls = fakeApi({ [channel]: () => changed });
    await (useApp.getState()[channel] as (input: unknown) => Promise<unknown>)({ id: item.id, ...change });
    expect(calls).toEqual([{ channel, payload: { id: item.id, ...change } }]);
    expect(useApp.getState().data[key]).toEqual([changed, other]);
  });

  it.each(COLLECTION_CHANNELS.filter((c) => c.verb === 'delete'))('$channel removes the record from $key', async ({ channel, key }) => {
    const { item } = CASES[key]!;
    const other = { ...item, id: `${item.id}-other` };
    useApp.setState({ data: { ...EMPTY_DATASET, [key]: [item, other] } });
    const calls = fakeApi({ [channel]: () => ({ id: item.id }) });
    await (useApp.getState()[channel] as (id: string) => Promise<void>)(item.id);
    expect(calls).toEqual([{ channel, payload: { id: item.id } }]);
    expect(useApp.getState().data[key]).toEqual([other]);
  });

  it('changes nothing when the backend refuses', async () => {
    useApp.setState({ data: { ...EMPTY_DATASET, clients: [client] } });
    const before = useApp.getState().data;
    fakeApi({ updateClient: () => { throw new Error('There is already a client called that.'); } });
    await expect(useApp.getState().updateClient({ id: 'c1', name: 'Otra' })).rejects.toThrow();
    expect(useApp.getState().data).toBe(before);
  });

  it('keeps the internal client once, whoever asks for it first', async () => {
    const studio: Client = { ...client, id: 'studio', name: 'Estudio', internal: true };
    fakeApi({ ensureInternalClient: () => studio });
    await useApp.getState().ensureInternalClient();
    const clients = useApp.getState().data.clients;
    await useApp.getState().ensureInternalClient();
    expect(useApp.getState().data.clients).toBe(clients);
    expect(clients).toEqual([studio]);
  });
});
