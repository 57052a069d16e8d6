/**
 * Huge months and hostile restores: a month holds at most MONTH_MAX_ENTRIES entries, an
 * import or a restore that would pass that is refused whole, a month already that large
 * (written before the cap) still loads whole, and a restore must look like one person's history.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { open, snapshotFiles, tempDir } from '../support/backend';
import { refused, useFreshBackend } from '../support/backendFixture';
import { generateDataset, writeDataFolder } from '../support/generate';
import type { PayloadOf } from '#shared/ipc/contract';
import { MONTH_MAX_ENTRIES } from '#shared/limits';
import type { TimeEntry } from '#shared/model';

const { track } = useFreshBackend();

async function seeded() {
  const dir = tempDir();
  const o = await open(dir, { now: () => new Date('2026-03-20T10:00:00') });
  track(o.backend);
  const client = await o.call('createClient', { name: 'Estudio Norte', source: 'web', status: 'active' });
  const project = await o.call('createProject', {
    clientId: client.id,
    title: 'Web',
    kind: 'web',
    pricing: { mode: 'hourly', rate: 5000 },
    status: 'in-progress',
  });
  return { dir, client, project, ...o };
}

/** `count` different entries of one day, for importTime. */
function oneDay(count: number, date = '2026-03-02'): PayloadOf<'importTime'> {
  return {
    clients: [],
    projects: [],
    entries: Array.from({ length: count }, (_, i) => ({
      date,
      minutes: 1 + (i % 600),
      billable: true,
      note: `row ${i}`,
      clientName: 'Estudio Norte',
      projectTitle: 'Web',
    })),
  };
}

describe('entries per month', () => {
  it('refuses an import of 130,000 entries in one month whole, writing nothing', async () => {
    const { dir, backend, call, project } = await seeded();
    await call('logTime', { projectId: project.id, date: '2026-03-01', minutes: 60, billable: true });
    const before = snapshotFiles(dir);
    const r = await backend.invoke('importTime', oneDay(130_000));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid-input');
      expect(r.error.message).toContain('130001 time entries in 2026-03');
      expect(r.error.message).toContain(String(MONTH_MAX_ENTRIES));
    }
    expect(snapshotFiles(dir)).toEqual(before);
    const data = await call('getDataset');
    expect(data.timeEntries).toHaveLength(1);
  });

  it('fills a month up to the cap, then refuses one more entry there and only there', async () => {
    const { dir, backend, call, project } = await seeded();
    expect((await call('importTime', oneDay(MONTH_MAX_ENTRIES))).entries).toBe(MONTH_MAX_ENTRIES);
    const before = snapshotFiles(dir);
    const r = await backend.invoke('logTime', { projectId: project.id, date: '2026-03-31', minutes: 30, billable: true });
    expect(r.ok || r.error.code).toBe('conflict');
    if (!r.ok) expect(r.error.message).toContain('already holds 20000 time entries');
    const again = await backend.invoke('importTime', oneDay(1, '2026-03-15'));
    expect(again.ok).toBe(false);
    expect(snapshotFiles(dir)).toEqual(before);
    // Another month is not affected.
    await call('logTime', { projectId: project.id, date: '2026-04-01', minutes: 30, billable: true });
    expect((await call('getDataset')).timeEntries).toHaveLength(MONTH_MAX_ENTRIES + 1);
  });

  it('loads a month of 130,025 entries written before the cap, whole, and keeps it readable after a restart', async () => {
    const dir = tempDir();
    const data = generateDataset({ entries: 25 });
    const projectId = data.projects[0]!.id;
    const huge: TimeEntry[] = Array.from({ length: 130_000 }, (_, i) => ({ id: `h${i}`, projectId, date: '2025-06-02', minutes: 5, billable: true }));
    writeDataFolder(dir, data);
    fs.writeFileSync(path.join(dir, 'time', '2025-06.json'), JSON.stringify({ schemaVersion: 1, month: '2025-06', items: huge }));
    for (let run = 0; run < 2; run++) {
      const { backend, call } = await open(dir);
      const first = await call('getDataset');
      const second = await call('getDataset');
      const expected = 130_000 + data.timeEntries.filter((e) => !e.date.startsWith('2025-06')).length;
      expect(first.timeEntries).toHaveLength(expected);
      expect(second.timeEntries).toHaveLength(expected);
      // The project has entries, so it cannot be deleted and orphan them.
      const r = await backend.invoke('deleteProject', { id: projectId });
      expect(r.ok || r.error.code).toBe('conflict');
      await backend.close();
    }
  });
});

describe('restoreDataset limits', () => {
  it('refuses an export spread over 3,612 months, writing nothing', async () => {
    const { dir, backend, call } = await seeded();
    const settings = await call('getSettings');
    const data = generateDataset({ entries: 10 });
    const projectId = data.projects[0]!.id;
    const timeEntries: TimeEntry[] = Array.from({ length: 3_612 }, (_, i) => {
      const year = 1900 + Math.floor(i / 12);
      const month = String((i % 12) + 1).padStart(2, '0');
      return { id: `m${i}`, projectId, date: `${year}-${month}-01`, minutes: 30, billable: true };
    });
    const error = await refused(backend, dir, 'restoreDataset', { dataset: { ...data, timeEntries }, settings });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('3612 months');
    expect(fs.existsSync(path.join(dir, 'time'))).toBe(false);
  });

  it('refuses an export with more than 20,000 entries in one month, writing nothing', async () => {
    const { dir, backend, call } = await seeded();
    const settings = await call('getSettings');
    const data = generateDataset({ entries: 10 });
    const projectId = data.projects[0]!.id;
    const timeEntries: TimeEntry[] = Array.from({ length: MONTH_MAX_ENTRIES + 1 }, (_, i) => ({ id: `e${i}`, projectId, date: '2026-01-05', minutes: 5, billable: true }));
    const error = await refused(backend, dir, 'restoreDataset', { dataset: { ...data, timeEntries }, settings });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('20001 time entries in 2026-01');
  });

  it('refuses a backup whose month holds more than 20,000 entries, writing nothing', async () => {
    const { dir, backend, call, project } = await seeded();
    await call('logTime', { projectId: project.id, date: '2026-03-01', minutes: 60, billable: true });
    // A backup folder as the backend names them, with one crowded month.
    const id = '2026-03-19T10-00-00-000Z';
    const backupDir = path.join(dir, 'backups', id);
    const crowded: TimeEntry[] = Array.from({ length: MONTH_MAX_ENTRIES + 1 }, (_, i) => ({ id: `b${i}`, projectId: project.id, date: '2026-02-02', minutes: 5, billable: true }));
    writeDataFolder(backupDir, { ...generateDataset({ entries: 1 }), timeEntries: crowded });
    expect((await call('listBackups')).map((b) => b.id)).toContain(id);
    const error = await refused(backend, dir, 'restoreBackup', { id });
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('20001 time entries in 2026-02');
  });

  it('refuses an export of 1,000,000 entries by their count, writing nothing', async () => {
    const { dir, backend, call, project } = await seeded();
    const settings = await call('getSettings');
    const data = generateDataset({ entries: 10 });
    // One entry a million times: the count alone refuses it, before any entry is checked against the model.
    const one: TimeEntry = { id: 'x', projectId: project.id, date: '2026-01-05', minutes: 5, billable: true };
    const timeEntries = new Array<TimeEntry>(1_000_000).fill(one);
    const error = await refused(backend, dir, 'restoreDataset', { dataset: { ...data, timeEntries }, settings });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('at most 200000');
  });

  it('refuses a list longer than an import may be, writing nothing', async () => {
    const { dir, backend, call } = await seeded();
    const settings = await call('getSettings');
    const data = generateDataset({ entries: 10 });
    const signals = Array.from({ length: 200_001 }, (_, i) => ({ id: `s${i}`, clientId: data.clients[0]!.id, date: '2026-01-05', kind: 'praised' as const }));
    const error = await refused(backend, dir, 'restoreDataset', { dataset: { ...data, signals }, settings });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('at most 200000');
  });
});
