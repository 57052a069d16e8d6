/**
 * Nothing doubled, nothing booked without the person: a repeated requestId creates one
 * record, a re-import adds nothing, a forgotten timer asks for its end, and backups say why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeClock, snapshotFiles } from '../support/backend';
import { identityInput, lumenInput, useFreshBackend } from '../support/backendFixture';
import type { PayloadOf } from '#shared/ipc/contract';

const { fresh, opened, forget } = useFreshBackend();

const client = lumenInput;
const project = identityInput;

describe('one record per submission (requestId)', () => {
  it('a repeated createClient, createProject and logTime, one after the other, leaves one record and the same answer', async () => {
    const { dir, backend, call } = await fresh();
    const c1 = await backend.invoke('createClient', { ...client, requestId: 'r-client' });
    const c2 = await backend.invoke('createClient', { ...client, requestId: 'r-client' });
    expect(c1.ok).toBe(true);
    expect(c2).toEqual(c1);
    const c = (c1 as { value: { id: string } }).value;
    expect(c).not.toHaveProperty('requestId');

    const p1 = await backend.invoke('createProject', { ...project(c.id), requestId: 'r-project' });
    const p2 = await backend.invoke('createProject', { ...project(c.id), requestId: 'r-project' });
    expect(p2).toEqual(p1);
    const p = (p1 as { value: { id: string } }).value;

    const entry = { projectId: p.id, date: '2026-11-23', minutes: 90, billable: true, requestId: 'r-time' };
    const e1 = await backend.invoke('logTime', entry);
    const before = snapshotFiles(dir);
    const e2 = await backend.invoke('logTime', entry);
    expect(e2).toEqual(e1);
    expect(snapshotFiles(dir)).toEqual(before); // the repeat wrote nothing

    const data = await call('getDataset');
    expect(data.clients).toHaveLength(1);
    expect(data.projects).toHaveLength(1);
    expect(data.timeEntries).toHaveLength(1);
    expect(data.timeEntries[0]).not.toHaveProperty('requestId');
  });

  it('concurrent repeats (Promise.all) leave one record and identical answers', async () => {
    const { backend, call } = await fresh();
    const clients = await Promise.all([1, 2, 3].map(() => backend.invoke('createClient', { ...client, requestId: 'same' })));
    expect(clients[1]).toEqual(clients[0]);
    expect(clients[2]).toEqual(clients[0]);
    const c = (clients[0] as { value: { id: string } }).value;
    const projects = await Promise.all([1, 2].map(() => backend.invoke('createProject', { ...project(c.id), requestId: 'same' })));
    expect(projects[1]).toEqual(projects[0]);
    const p = (projects[0] as { value: { id: string } }).value;
    const entries = await Promise.all(
      [1, 2].map(() => backend.invoke('logTime', { projectId: p.id, date: '2026-11-23', minutes: 30, billable: true, requestId: 'same' })),
    );
    expect(entries[1]).toEqual(entries[0]);
    const data = await call('getDataset');
    expect([data.clients.length, data.projects.length, data.timeEntries.length]).toEqual([1, 1, 1]);
  });

  it('different requestIds, or none, make two records; the same id on another channel is its own request', async () => {
    const { call } = await fresh();
    const a = await call('createClient', { ...client, requestId: 'a' });
    await call('createClient', { ...client, requestId: 'b' });
    await call('createClient', client);
    await call('createClient', client);
    const p = await call('createProject', { ...project(a.id), requestId: 'a' });
    expect(p.clientId).toBe(a.id);
    expect((await call('getDataset')).clients).toHaveLength(4);
  });

  it('a refused request is not remembered: the same submission can try again once it is fixed', async () => {
    const { backend, call } = await fresh();
    const c = await call('createClient', client);
    const first = await backend.invoke('logTime', { projectId: 'nope', date: '2026-11-23', minutes: 30, billable: true, requestId: 'x' });
    expect(first.ok).toBe(false);
    const p = await call('createProject', project(c.id));
    const second = await backend.invoke('logTime', { projectId: p.id, date: '2026-11-23', minutes: 30, billable: true, requestId: 'x' });
    expect(second.ok).toBe(true);
  });

  it('refuses a requestId that is empty or too long, writing nothing', async () => {
    const { dir, backend } = await fresh();
    const before = snapshotFiles(dir);
    for (const requestId of ['', 'x'.repeat(101), 5]) {
      const r = await backend.invoke('createClient', { ...client, requestId });
      expect(r.ok).toBe(false);
    }
    expect(snapshotFiles(dir)).toEqual(before);
  });
});

describe('re-import', () => {
  const payload = (extra: Partial<PayloadOf<'importTime'>> = {}): PayloadOf<'importTime'> => ({
    clients: [{ name: 'Bodegas Arlanza' }],
    projects: [{ clientName: 'Bodegas Arlanza', title: 'Etiquetas', kind: 'packaging' }],
    entries: [
      { date: '2026-11-23', minutes: 60, billable: true, note: 'Bocetos', clientName: 'Bodegas Arlanza', projectTitle: 'Etiquetas' },
      { date: '2026-11-23', minutes: 60, billable: true, note: 'Bocetos', clientName: 'Bodegas Arlanza', projectTitle: 'Etiquetas' },
      { date: '2026-11-24', minutes: 45, billable: true, clientName: 'Bodegas Arlanza', projectTitle: 'Etiquetas' },
    ],
    ...extra,
  });

  it('importing one payload twice adds nothing the second time and says how many it skipped', async () => {
    const clock = fakeClock('2026-12-03T09:30:00');
    const { dir, call } = await fresh(undefined, { now: clock.now });
    const first = await call('importTime', payload({ file: { name: 'toggl.csv', hash: 'abcdef0123456789' } }));
    // Two equal rows in one file are two real entries.
    expect(first).toMatchObject({ clients: 1, projects: 1, entries: 3, skipped: 0 });
    const afterFirst = (await call('getDataset')).timeEntries;
    clock.advance(60_000);
    const second = await call('importTime', payload({ file: { name: 'toggl.csv', hash: 'abcdef0123456789' } }));
    expect(second).toEqual({ clients: 0, projects: 0, entries: 0, skipped: 3, added: { clients: [], projects: [], timeEntries: [] } });
    expect((await call('getDataset')).timeEntries).toEqual(afterFirst);
    // Nothing changed, so no second pre-import backup was taken.
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((n) => n.includes('pre-import'))).toHaveLength(1);

    const imports = await call('listImports');
    expect(imports.map((i) => [i.name, i.entries, i.skipped])).toEqual([
      ['toggl.csv', 0, 3],
      ['toggl.csv', 3, 0],
    ]);
    expect(imports[1]!.at).toBe(new Date('2026-12-03T09:30:00').toISOString());
  });

  it('adds only the rows that are not there yet, and everything with includeDuplicates', async () => {
    const { call } = await fresh();
    await call('importTime', payload());
    const more = payload();
    more.entries.push({ date: '2026-11-25', minutes: 30, billable: false, note: 'Llamada', clientName: 'Bodegas Arlanza', projectTitle: 'Etiquetas' });
    expect(await call('importTime', more)).toMatchObject({ entries: 1, skipped: 3 });
    expect((await call('getDataset')).timeEntries).toHaveLength(4);
    expect(await call('importTime', { ...payload(), includeDuplicates: true })).toMatchObject({ entries: 3, skipped: 0 });
    expect((await call('getDataset')).timeEntries).toHaveLength(7);
  });

  it('an entry logged by hand counts as already there (same project, date, minutes and note)', async () => {
    const { call } = await fresh();
    await call('importTime', payload({ entries: payload().entries.slice(2) }));
    const p = (await call('getDataset')).projects[0]!;
    await call('logTime', { projectId: p.id, date: '2026-11-23', minutes: 60, billable: false, note: ' Bocetos ' });
    expect(await call('importTime', payload())).toMatchObject({ entries: 1, skipped: 2 });
  });

  it('remembers imports across a restart', async () => {
    const { dir, backend, call } = await fresh();
    await call('importTime', payload({ file: { name: 'harvest.csv', hash: '0123456789abcdef' } }));
    await backend.close();
    forget();
    const { call: again } = await fresh(dir);
    expect((await again('listImports')).map((i) => i.hash)).toEqual(['0123456789abcdef']);
  });
});

describe('the forgotten timer', () => {
  async function weekend() {
    // Friday 4 December 2026 at 15:00, local time; Monday 06:00 is 63 h later.
    const clock = fakeClock('2026-12-04T15:00:00');
    const o = await fresh(undefined, { now: clock.now });
    const c = await o.call('createClient', client);
    const p = await o.call('createProject', project(c.id));
    await o.call('startTimer', { projectId: p.id, note: 'Bocetos' });
    clock.set('2026-12-07T06:00:00');
    return { ...o, clock, p };
  }

  it('a 63 h timer is not stopped without endAt: it says how long it ran and writes nothing', async () => {
    const { dir, call } = await weekend();
    const before = snapshotFiles(dir);
    const r = await call('stopTimer');
    expect(r).toEqual({ entry: null, entries: [], needsEnd: { startedAt: new Date('2026-12-04T15:00:00').toISOString(), runningMinutes: 63 * 60 } });
    expect(snapshotFiles(dir)).toEqual(before);
    expect(await call('getTimer')).not.toBeNull();
  });

  it('switching project refuses in the same way, logging nothing', async () => {
    const { dir, call, p } = await weekend();
    const before = snapshotFiles(dir);
    const r = await call('startTimer', { projectId: p.id });
    expect(r.timer).toBeNull();
    expect(r.needsEnd?.runningMinutes).toBe(63 * 60);
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('with endAt, logs exactly endAt - start on the start day', async () => {
    const { call, p } = await weekend();
    const endAt = new Date('2026-12-04T19:30:00').toISOString();
    const r = await call('stopTimer', { endAt });
    expect(r.entries).toEqual([{ id: expect.any(String), projectId: p.id, date: '2026-12-04', minutes: 270, billable: true, note: 'Bocetos' }]);
    expect(r.entry).toEqual(r.entries[0]);
    expect(await call('getTimer')).toBeNull();
    expect((await call('getDataset')).timeEntries).toEqual(r.entries);
  });

  it('a run longer than 24 h becomes one entry per day that add up to exactly endAt - start', async () => {
    const { dir, backend, call } = await weekend();
    const r = await call('stopTimer', { endAt: new Date('2026-12-06T18:00:00').toISOString() });
    expect(r.entries.map((e) => [e.date, e.minutes])).toEqual([
      ['2026-12-04', 9 * 60],
      ['2026-12-05', 24 * 60],
      ['2026-12-06', 18 * 60],
    ]);
    expect(r.entries.reduce((n, e) => n + e.minutes, 0)).toBe(51 * 60);
    await backend.close();
    forget();
    const { call: again } = await fresh(dir);
    expect((await again('getDataset')).timeEntries.map((e) => e.minutes)).toEqual([540, 1440, 1080]);
  });

  it('a run across midnight stays on its start day, or is split by day when asked', async () => {
    const clock = fakeClock('2026-12-04T22:00:00');
    const { call } = await fresh(undefined, { now: clock.now });
    const c = await call('createClient', client);
    const p = await call('createProject', project(c.id));
    await call('startTimer', { projectId: p.id });
    clock.set('2026-12-05T01:30:00'); // under the 10 h default: stopped without a question
    const kept = await call('stopTimer');
    expect(kept.entries.map((e) => [e.date, e.minutes])).toEqual([['2026-12-04', 210]]);

    clock.set('2026-12-05T22:00:00');
    await call('startTimer', { projectId: p.id });
    clock.set('2026-12-06T02:00:00');
    const split = await call('stopTimer', { endAt: new Date('2026-12-06T01:15:00').toISOString(), splitByDay: true });
    expect(split.entries.map((e) => [e.date, e.minutes])).toEqual([
      ['2026-12-05', 120],
      ['2026-12-06', 75],
    ]);
  });

  it('refuses an end before the start or in the future, writing nothing', async () => {
    const { dir, backend } = await weekend();
    const before = snapshotFiles(dir);
    for (const endAt of [new Date('2026-12-04T14:00:00').toISOString(), new Date('2026-12-07T09:00:00').toISOString(), 'tomorrow']) {
      const r = await backend.invoke('stopTimer', { endAt });
      expect(r.ok).toBe(false);
      expect((r as { error: { code: string } }).error.code).toBe('invalid-input');
    }
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('follows settings.longTimerHours', async () => {
    const clock = fakeClock('2026-12-04T09:00:00');
    const { call } = await fresh(undefined, { now: clock.now });
    const c = await call('createClient', client);
    const p = await call('createProject', project(c.id));
    await call('updateSettings', { longTimerHours: 2 });
    await call('startTimer', { projectId: p.id });
    clock.advance(2 * 3_600_000 + 60_000);
    expect((await call('stopTimer')).needsEnd?.runningMinutes).toBe(121);
    await call('updateSettings', { longTimerHours: 3 });
    expect((await call('stopTimer')).entry?.minutes).toBe(121);
  });
});

describe('backups with reasons', () => {
  it('a pre-import backup names the file; two in one minute are two backups with their own instants', async () => {
    const clock = fakeClock('2026-12-03T09:30:00');
    const { call } = await fresh(undefined, { now: clock.now });
    const rows = (note: string): PayloadOf<'importTime'> => ({
      clients: [{ name: 'Lumen' }],
      projects: [{ clientName: 'Lumen', title: 'Web', kind: 'web' }],
      entries: [{ date: '2026-12-01', minutes: 30, billable: true, note, clientName: 'Lumen', projectTitle: 'Web' }],
    });
    await call('importTime', { ...rows('a'), file: { name: 'toggl.csv', hash: '1111111111111111' } });
    clock.advance(20_000);
    await call('importTime', { ...rows('b'), file: { name: 'clockify.csv', hash: '2222222222222222' } });
    const list = await call('listBackups');
    expect(list.map((b) => [b.label, b.detail])).toEqual([
      ['pre-import', 'clockify.csv'],
      ['pre-import', 'toggl.csv'],
    ]);
    expect(list[0]!.createdAt).not.toBe(list[1]!.createdAt);
    // The reason note sits beside the data, and is neither counted nor taken for data.
    const dir = opened[0]!.dataDir;
    const folder = path.join(dir, 'backups', list[0]!.id);
    expect(fs.readFileSync(path.join(folder, 'reason.txt'), 'utf8')).toBe('clockify.csv');
    const jsonFiles = fs.readdirSync(folder).filter((n) => n.endsWith('.json')).length + fs.readdirSync(path.join(folder, 'time')).length;
    expect(list[0]!.files).toBe(jsonFiles);
    const restored = await call('restoreBackup', { id: list[0]!.id }); // taken before clockify.csv: toggl's entry only
    expect(restored.timeEntries.map((e) => e.note)).toEqual(['a']);
  });
});
