/**
 * The failure path of building the dataset: when joining the month files fails half way,
 * no partial list is cached (the next read is whole), and a failure after a write says the
 * change was saved instead of "nothing was changed".
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { open, tempDir } from '../support/backend';
import { useFreshBackend } from '../support/backendFixture';
import type { TimeEntry } from '#shared/model';

const failNext = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../electron/backend/limits', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/backend/limits')>();
  return {
    ...real,
    joinMonths(months: ReadonlyMap<string, readonly TimeEntry[]>): TimeEntry[] {
      if (failNext.count > 0) {
        failNext.count--;
        // What spreading a huge month did, after part of the list was built.
        throw new RangeError('Maximum call stack size exceeded');
      }
      return real.joinMonths(months);
    },
  };
});

const { track } = useFreshBackend();
afterEach(async () => {
  failNext.count = 0;
});

async function seeded() {
  const o = await open(tempDir(), { now: () => new Date('2026-03-20T10:00:00') });
  track(o.backend);
  const client = await o.call('createClient', { name: 'Estudio Norte', source: 'web', status: 'active' });
  const project = await o.call('createProject', { clientId: client.id, title: 'Web', kind: 'web', pricing: { mode: 'hourly', rate: 5000 }, status: 'in-progress' });
  for (const date of ['2026-01-05', '2026-02-05', '2026-03-05']) await o.call('logTime', { projectId: project.id, date, minutes: 60, billable: true });
  return { project, ...o };
}

describe('building the dataset fails half way', () => {
  it('caches nothing: the next read is whole', async () => {
    const { backend, call } = await seeded();
    failNext.count = 1;
    const r = await backend.invoke('getDataset');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('internal');
      expect(r.error.message).toMatch(/^Nothing was changed/);
    }
    expect((await call('getDataset')).timeEntries).toHaveLength(3);
  });

  it('refuses to delete a project while its entries cannot be counted, and keeps the project', async () => {
    const { backend, call, project } = await seeded();
    failNext.count = 1;
    const r = await backend.invoke('deleteProject', { id: project.id });
    expect(r.ok).toBe(false);
    expect((await call('getDataset')).projects.map((p) => p.id)).toEqual([project.id]);
  });

  it('after a restore was written, says that it was, not that nothing changed', async () => {
    const { backend, call } = await seeded();
    const exported = { dataset: await call('getDataset'), settings: await call('getSettings') };
    const fewer = { ...exported, dataset: { ...exported.dataset, timeEntries: exported.dataset.timeEntries.slice(0, 1) } };
    failNext.count = 1;
    const r = await backend.invoke('restoreDataset', fewer);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('saved-not-shown');
      expect(r.error.message).toContain('The restore was written to disk');
      expect(r.error.message).toContain('pre-restore');
      expect(r.error.message).not.toMatch(/nothing was changed/i);
    }
    // It was written: the next read shows the restored data.
    expect((await call('getDataset')).timeEntries).toHaveLength(1);
  });

  it('after an import was written, a failed read leaves the next read whole', async () => {
    const { backend, call } = await seeded();
    await call('getDataset');
    const r1 = await backend.invoke('importTime', {
      clients: [],
      projects: [],
      entries: [{ date: '2026-03-06', minutes: 30, billable: true, clientName: 'Estudio Norte', projectTitle: 'Web' }],
    });
    expect(r1.ok).toBe(true);
    failNext.count = 1;
    const r = await backend.invoke('getDataset');
    expect(r.ok).toBe(false);
    expect((await call('getDataset')).timeEntries).toHaveLength(4);
  });
});
