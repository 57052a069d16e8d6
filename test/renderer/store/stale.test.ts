import { beforeEach, describe, expect, it } from 'vitest';
import { useApp } from '../../../renderer/src/store';
import { STALE_REASONS, freshen, recordsOfCall } from '../../../renderer/src/store/stale';
import { REASON_NAMES, refusal, type Reason } from '#shared/ipc/reasons';
import type { ChannelName } from '#shared/ipc/contract';
import { DEFAULT_SETTINGS, type Dataset } from '#shared/model';
import { indexDataset } from '#shared/index/dataset';
import { client, dataset, project } from '../../support/builders';

const mine: Dataset = dataset({
  clients: [client('c1', { name: 'Bodega Norte' }), client('c2', { name: 'Otra' })],
  projects: [project('p1', 'c1', { title: 'Etiquetas' }), project('p2', 'c2', { title: 'Web' })],
  timeEntries: [
    { id: 't1', projectId: 'p1', date: '2026-11-02', minutes: 60, billable: true },
    { id: 't2', projectId: 'p2', date: '2026-11-02', minutes: 30, billable: true },
  ],
});

/** A backend whose `channel` refuses with `reason`; its reads answer from `theirs`. */
function backend(channel: ChannelName, reason: Reason, theirs: Dataset): ChannelName[] {
  const calls: ChannelName[] = [];
  window.api = new Proxy({} as typeof window.api, {
    get: (_t, name: ChannelName) => async () => {
      calls.push(name);
      if (name === channel) return { ok: false, error: refusal(reason, {} as never, 'refused') };
      if (name === 'getDataset') return { ok: true, value: theirs };
      if (name === 'getTimer') return { ok: true, value: null };
      if (name === 'getSettings') return { ok: true, value: DEFAULT_SETTINGS };
      return { ok: false, error: refusal('unknown-channel', { channel: name }, 'no answer') };
    },
  });
  return calls;
}

beforeEach(() => {
  useApp.setState({ status: 'ready', data: mine, timer: null, settings: DEFAULT_SETTINGS });
});

describe('which refusals mean the data changed elsewhere', () => {
  it('names only reasons that exist, and none about the input, a file or the disk', () => {
    for (const reason of Object.keys(STALE_REASONS)) expect(REASON_NAMES).toContain(reason);
    for (const reason of ['input-invalid', 'paid-before-issued', 'month-full', 'backup-damaged', 'restore-id-twice', 'write-disk-full', 'merge-into-itself'] as Reason[]) {
      expect(STALE_REASONS[reason], reason).toBeUndefined();
    }
  });

  it('reads the records a call names: the one it changes and those it points to', () => {
    expect(recordsOfCall('deleteProject', { id: 'p1' })).toEqual([{ key: 'projects', id: 'p1' }]);
    expect(recordsOfCall('updateTimeEntry', { id: 't1', projectId: 'p2' })).toEqual([
      { key: 'timeEntries', id: 't1' },
      { key: 'projects', id: 'p2' },
    ]);
    expect(recordsOfCall('restoreTimeEntry', { id: 't9', projectId: 'p1' })).toEqual([
      { key: 'timeEntries', id: 't9' },
      { key: 'projects', id: 'p1' },
    ]);
    expect(recordsOfCall('createProject', { clientId: 'c1', title: 'x' })).toEqual([{ key: 'clients', id: 'c1' }]);
    expect(recordsOfCall('mergeClients', { fromId: 'c1', intoId: 'c2' })).toEqual([
      { key: 'clients', id: 'c1' },
      { key: 'clients', id: 'c2' },
    ]);
  });
});

describe('after such a refusal', () => {
  it('a client given a project elsewhere shows it, and keeps the other lists as they were', async () => {
    const theirs = { ...mine, projects: [...mine.projects, project('p3', 'c1', { title: 'Catálogo' })] };
    backend('deleteClient', 'client-has-history', theirs);
    await expect(useApp.getState().deleteClient('c1')).rejects.toThrow();
    const after = useApp.getState().data;
    expect(after.projects.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(after.clients).toBe(mine.clients);
    expect(after.timeEntries).toBe(mine.timeEntries);
  });

  it('an entry put back in another window shows once, and the hours add it', async () => {
    const back = { id: 't3', projectId: 'p1', date: '2026-11-03', minutes: 45, billable: true };
    backend('restoreTimeEntry', 'entry-already-there', { ...mine, timeEntries: [...mine.timeEntries, back] });
    await expect(useApp.getState().restoreTimeEntry(back)).rejects.toThrow();
    const after = useApp.getState().data;
    expect(after.timeEntries.filter((e) => e.id === 't3')).toHaveLength(1);
    // The hours index follows the entry put back: 60 + 45 minutes.
    expect(indexDataset(after).minutesByProject.get('p1')).toBe(105);
  });

  it('a project for a client deleted elsewhere: the client leaves the page', async () => {
    backend('createProject', 'reference-missing', { ...mine, clients: [mine.clients[1]!], projects: [mine.projects[1]!], timeEntries: [mine.timeEntries[1]!] });
    await expect(useApp.getState().createProject({ clientId: 'c1', title: 'Nuevo', kind: 'web', pricing: { mode: 'hourly', rate: 5000 }, status: 'inquiry' })).rejects.toThrow();
    const after = useApp.getState().data;
    expect(after.clients.map((c) => c.id)).toEqual(['c2']);
    expect(after.projects.map((p) => p.id)).toEqual(['p2']);
  });

  it('data that arrived elsewhere while the app looked empty is read whole', async () => {
    useApp.setState({ data: dataset({}) });
    const calls = backend('loadSampleData', 'sample-needs-empty', mine);
    await expect(useApp.getState().loadSampleData('es')).rejects.toThrow();
    expect(useApp.getState().data.clients.map((c) => c.name)).toEqual(['Bodega Norte', 'Otra']);
    expect(calls).toEqual(['loadSampleData', 'getDataset', 'getSettings', 'getTimer']);
  });

  it('freshen leaves the dataset as it is when nothing named changed', () => {
    expect(freshen(mine, structuredClone(mine), [{ key: 'projects', id: 'p1' }])).toEqual(mine);
    const same = freshen(mine, structuredClone(mine), [{ key: 'projects', id: 'p1' }]);
    expect(same.projects).toBe(mine.projects);
    expect(same.timeEntries).toBe(mine.timeEntries);
  });
});

