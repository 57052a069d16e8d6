import { beforeEach, describe, expect, it } from 'vitest';
import type { Client, Dataset, Project, Settings } from '#shared/model';
import { DEFAULT_SETTINGS, EMPTY_DATASET } from '#shared/model';
import { useApp } from '../../../renderer/src/store';
import { offerUndo, useUndo } from '../../../renderer/src/store/undo';
import { fakeApi } from './support';

const initial = useApp.getState();
beforeEach(() => {
  useApp.setState(initial, true);
  useUndo.setState({ steps: [] });
});

const client = (id: string, over: Partial<Client> = {}): Client => ({ id, name: `Client ${id}`, source: 'other', status: 'active', star: false, createdAt: '2026-01-01', ...over });
const project = (id: string, clientId: string): Project => ({
  id, clientId, title: `Project ${id}`, kind: 'branding', pricing: { mode: 'hourly', rate: 6000 }, status: 'in-progress', createdAt: '2026-01-01', invoices: [],
});
const restored: Dataset = { ...EMPTY_DATASET, clients: [client('r1')], projects: [project('rp', 'r1')] };
const restoredSettings: Settings = { ...DEFAULT_SETTINGS, language: 'en', yourName: 'Clara' };

const channels = (calls: { channel: string }[]) => calls.map((c) => c.channel);

describe('the bulk slice applies what the backend answers with', () => {
  it.each([
    ['restoreBackup', () => useApp.getState().restoreBackup('2026-12-01T10-00-00')],
    ['restoreDataset', () => useApp.getState().restoreDataset({ dataset: restored, settings: {} })],
  ] as const)('%s: the dataset it returns is the store\'s, with the settings and timer read once, and no second getDataset', async (channel, run) => {
    const calls = fakeApi({ [channel]: () => restored, getSettings: () => restoredSettings, getTimer: () => null });
    offerUndo({ message: 'Deleted.', undo: async () => undefined }, 'Undo');
    await run();
    expect(useApp.getState().data).toBe(restored);
    expect(useApp.getState().settings).toEqual(restoredSettings);
    expect(channels(calls).sort()).toEqual([channel, 'getSettings', 'getTimer'].sort());
    // The old inverses do not fit the restored data.
    expect(useUndo.getState().steps).toEqual([]);
  });

  it.each([
    ['loadSampleData', () => useApp.getState().loadSampleData('es')],
    ['removeSampleData', () => useApp.getState().removeSampleData()],
  ] as const)('%s: the dataset it returns is applied, with no other call', async (channel, run) => {
    const calls = fakeApi({ [channel]: () => restored });
    await run();
    expect(useApp.getState().data).toBe(restored);
    expect(channels(calls)).toEqual([channel]);
  });

  it('an import applies the clients, projects and entries it answers with, reading nothing again', async () => {
    const here = client('a');
    const kept = { ...EMPTY_DATASET, clients: [here], projects: [project('pa', 'a')] };
    useApp.setState({ data: kept });
    const added = { clients: [client('r1')], projects: [project('rp', 'r1')], timeEntries: [{ id: 't1', projectId: 'rp', date: '2026-01-02', minutes: 60, billable: true }] };
    const answer = { clients: 1, projects: 1, entries: 1, skipped: 2, added };
    const calls = fakeApi({ importTime: () => answer });
    const payload = { clients: [{ name: 'Client r1' }], projects: [], entries: [{ date: '2026-01-02', minutes: 60, billable: true, clientName: 'Client r1', projectTitle: 'Project rp' }] };
    expect(await useApp.getState().importTime(payload)).toEqual(answer);
    expect(channels(calls)).toEqual(['importTime']);
    const data = useApp.getState().data;
    expect(data.clients.map((c) => c.id)).toEqual(['a', 'r1']);
    expect(data.projects.map((p) => p.id)).toEqual(['pa', 'rp']);
    expect(data.timeEntries).toEqual(added.timeEntries);
    // Lists the import did not touch keep their references (stable selectors).
    expect(data.signals).toBe(kept.signals);
  });

  it('an import that adds nothing (every row already there) leaves the data as it was', async () => {
    const before = useApp.getState().data;
    fakeApi({ importTime: () => ({ clients: 0, projects: 0, entries: 0, skipped: 3, added: { clients: [], projects: [], timeEntries: [] } }) });
    await useApp.getState().importTime({ clients: [], projects: [], entries: [] });
    expect(useApp.getState().data).toBe(before);
  });

  it('a failed restore changes nothing', async () => {
    const before = useApp.getState().data;
    const calls = fakeApi({ restoreBackup: () => { throw new Error('That backup cannot be read.'); } });
    await expect(useApp.getState().restoreBackup('2026-12-01T10-00-00')).rejects.toThrow();
    expect(useApp.getState().data).toBe(before);
    expect(channels(calls)).toEqual(['restoreBackup']);
  });

  it('a client merge moves what the backend says moved, and its undo puts the client back in its place', async () => {
    const a = client('a');
    const from = client('b');
    const c = client('c', { referredBy: 'b' });
    useApp.setState({ data: { ...EMPTY_DATASET, clients: [a, from, c], projects: [project('p1', 'b'), project('p2', 'a')] } });
    const moved = { projects: ['p1'], signals: [], letters: [], referrals: ['c'] };
    const calls = fakeApi({
      mergeClients: () => ({ from, into: a, moved, beforeId: 'c', backup: '2026-12-04T21-00-00' }),
      unmergeClients: () => from,
    });
    const { undo } = await useApp.getState().mergeClients('b', 'a');
    let data = useApp.getState().data;
    expect(data.clients.map((x) => x.id)).toEqual(['a', 'c']);
    expect(data.clients.find((x) => x.id === 'c')!.referredBy).toBe('a');
    expect(data.projects.map((p) => [p.id, p.clientId])).toEqual([['p1', 'a'], ['p2', 'a']]);

    await undo();
    data = useApp.getState().data;
    expect(data.clients.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(data.clients.find((x) => x.id === 'c')!.referredBy).toBe('b');
    expect(data.projects.map((p) => [p.id, p.clientId])).toEqual([['p1', 'b'], ['p2', 'a']]);
    expect(channels(calls)).toEqual(['mergeClients', 'unmergeClients']);
  });

  it('a project merge moves the entries and the running timer to the project kept', async () => {
    const keep = project('keep', 'a');
    const gone = project('gone', 'a');
    const entry = { id: 'e1', projectId: 'gone', date: '2026-01-02', minutes: 60, billable: true };
    useApp.setState({
      data: { ...EMPTY_DATASET, clients: [client('a')], projects: [gone, keep], timeEntries: [entry] },
      timer: { projectId: 'gone', startedAt: '2026-12-04T09:00:00.000Z', billable: true },
    });
    const calls = fakeApi({
      mergeProjects: () => ({ from: gone, into: keep, moved: { entries: ['e1'], invoices: [], signals: [], letters: [], timer: true }, beforeId: 'keep', backup: 'x' }),
    });
    await useApp.getState().mergeProjects('gone', 'keep');
    const s = useApp.getState();
    expect(s.data.projects.map((p) => p.id)).toEqual(['keep']);
    expect(s.data.timeEntries[0]!.projectId).toBe('keep');
    expect(s.timer?.projectId).toBe('keep');
    expect(channels(calls)).toEqual(['mergeProjects']);
  });
});
