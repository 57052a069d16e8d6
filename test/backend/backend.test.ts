import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeClock, open, snapshotFiles, tempDir } from '../support/backend';
import { identityInput, lumenInput, useFreshBackend } from '../support/backendFixture';

const { fresh, forget, track } = useFreshBackend();

const client = lumenInput;
const project = identityInput;

describe('the first slice: client, project, time, restart', () => {
  it('keeps everything acknowledged across a restart, with time in month files', async () => {
    const { dir, backend, call } = await fresh();
    const c = await call('createClient', client);
    expect(c.id).toBeTruthy();
    expect(c.star).toBe(false);
    const p = await call('createProject', project(c.id));
    expect(p.invoices).toEqual([]);
    const e1 = await call('logTime', { projectId: p.id, date: '2026-10-30', minutes: 90, billable: true });
    const e2 = await call('logTime', { projectId: p.id, date: '2026-11-02', minutes: 45, billable: false, note: 'Revisión' });
    await backend.close();
    forget();

    // The month files, and the note that they are whole (written at close).
    expect(fs.readdirSync(path.join(dir, 'time')).sort()).toEqual(['2026-10.json', '2026-11.json', 'checked.json']);
    const { call: again } = await fresh(dir);
    const data = await again('getDataset');
    expect(data.clients).toEqual([c]);
    expect(data.projects).toEqual([p]);
    expect(data.timeEntries).toEqual([e1, e2]);
  });

  it('writes files electron-store can read: JSON with a schemaVersion', async () => {
    const { dir, call } = await fresh();
    const c = await call('createClient', client);
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'clients.json'), 'utf8'));
    expect(doc).toMatchObject({ schemaVersion: 1, items: [c] });
  });
});

describe('bad input changes nothing', () => {
  const bad: [string, unknown][] = [
    ['createClient', { ...client, extra: 1 }],
    ['createClient', { ...client, name: '' }],
    ['createClient', { ...client, createdAt: '2025-13-45' }],
    ['createClient', { ...client, source: 'magazine' }],
    ['logTime', { projectId: 'nope', date: '2026-11-02', minutes: 30, billable: true }],
    ['logTime', { projectId: 'x', date: '2026-02-30', minutes: 30, billable: true }],
    ['logTime', { projectId: 'x', date: '2026-11-02', minutes: 0, billable: true }],
    ['logTime', { projectId: 'x', date: '2026-11-02', minutes: -5, billable: true }],
    ['logTime', { projectId: 'x', date: '2026-11-02', minutes: 1.5, billable: true }],
    ['updateSettings', { targetHourlyRate: 'a lot' }],
    ['updateSettings', { minimumHourlyRate: 999999999 }],
    ['updateSettings', { colour: 'blue' }],
    ['getDataset', { please: true }],
    ['createProject', { ...project('missing-client') }],
  ];
  it.each(bad)('%s %j is invalid-input and writes nothing', async (channel, payload) => {
    const { dir, backend, call } = await fresh();
    const c = await call('createClient', client);
    await call('createProject', project(c.id));
    const before = snapshotFiles(dir);
    const r = await backend.invoke(channel, payload);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid-input');
      expect(r.error.message.length).toBeGreaterThan(5);
    }
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('answers an unknown id with not-found and an unknown channel with unknown-channel', async () => {
    const { backend } = await fresh();
    const r1 = await backend.invoke('updateClient', { id: 'ghost', name: 'X' });
    expect(r1.ok || r1.error.code).toBe('not-found');
    const r2 = await backend.invoke('dropDatabase', undefined);
    expect(r2.ok || r2.error.code).toBe('unknown-channel');
    const r3 = await backend.invoke('copyText', { text: 'x' });
    expect(r3.ok || r3.error.code).toBe('unknown-channel');
  });

  it('refuses a minimum rate above the target rate', async () => {
    const { call, backend } = await fresh();
    const s = await call('getSettings');
    const r = await backend.invoke('updateSettings', { minimumHourlyRate: s.targetHourlyRate + 100 });
    expect(r.ok || r.error.message).toMatch(/minimum rate/);
  });
});

describe('time entries', () => {
  it('moves an entry between month files when its date changes, and undoes a delete', async () => {
    const first = await fresh();
    const { dir, backend } = first;
    let { call } = first;
    const c = await call('createClient', client);
    const p = await call('createProject', project(c.id));
    const e = await call('logTime', { projectId: p.id, date: '2026-10-30', minutes: 60, billable: true });
    const moved = await call('updateTimeEntry', { id: e.id, date: '2026-11-01', minutes: 75 });
    expect(moved).toMatchObject({ id: e.id, date: '2026-11-01', minutes: 75 });
    // The move is one line in the time journal; closing folds it into the month files.
    await backend.close();
    forget();
    const read = (m: string) => JSON.parse(fs.readFileSync(path.join(dir, 'time', `${m}.json`), 'utf8')).items;
    expect(read('2026-10')).toEqual([]);
    expect(read('2026-11')).toEqual([moved]);
    ({ call } = await fresh(dir));

    const deleted = await call('deleteTimeEntry', { id: e.id });
    expect((await call('getDataset')).timeEntries).toEqual([]);
    await call('restoreTimeEntry', deleted);
    expect((await call('getDataset')).timeEntries).toEqual([moved]);
  });

  it('clears an optional field with null', async () => {
    const { call } = await fresh();
    const c = await call('createClient', { ...client, email: 'hola@lumen.es' });
    const u = await call('updateClient', { id: c.id, email: null });
    expect(u.email).toBeUndefined();
  });
});

describe('the timer', () => {
  it('survives a restart and logs the elapsed minutes when stopped', async () => {
    const clock = fakeClock('2026-11-23T09:00:00');
    const { dir, backend, call } = await fresh(undefined, { now: clock.now });
    const c = await call('createClient', client);
    const p = await call('createProject', project(c.id));
    await call('startTimer', { projectId: p.id });
    await backend.close();
    forget();

    clock.advance(95 * 60_000);
    const { call: again } = await fresh(dir, { now: clock.now });
    expect((await again('getTimer'))?.projectId).toBe(p.id);
    const { entry } = await again('stopTimer');
    expect(entry).toMatchObject({ projectId: p.id, minutes: 95, date: '2026-11-23', billable: true });
    expect(await again('getTimer')).toBeNull();
  });

  it('switching project logs the running one first', async () => {
    const clock = fakeClock('2026-11-23T09:00:00');
    const { call } = await fresh(undefined, { now: clock.now });
    const c = await call('createClient', client);
    const p1 = await call('createProject', project(c.id));
    const p2 = await call('createProject', { ...project(c.id), title: 'Packaging' });
    await call('startTimer', { projectId: p1.id });
    clock.advance(30 * 60_000);
    const { timer, stopped } = await call('startTimer', { projectId: p2.id });
    expect(stopped).toMatchObject({ projectId: p1.id, minutes: 30 });
    expect(timer?.projectId).toBe(p2.id);
  });
});

describe('damaged files', () => {
  it('moves a damaged month file aside, restores the newest good backup and says so', async () => {
    const clock = fakeClock('2026-11-20T10:00:00');
    const dir = tempDir();
    const first = await open(dir, { now: clock.now });
    const c = await first.call('createClient', client);
    const p = await first.call('createProject', project(c.id));
    const e = await first.call('logTime', { projectId: p.id, date: '2026-11-02', minutes: 60, billable: true });
    await first.backend.close();

    // Next day: opening takes the daily backup.
    clock.set('2026-11-21T10:00:00');
    const second = await open(dir, { now: clock.now, dailyBackup: true });
    await second.backend.close();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toHaveLength(1);

    const shard = path.join(dir, 'time', '2026-11.json');
    fs.writeFileSync(shard, '{"schemaVersion":1,"month":"2026-11","items":[{"id":');
    clock.set('2026-11-22T10:00:00');
    const third = await open(dir, { now: clock.now });
    track(third.backend);
    expect((await third.call('getDataset')).timeEntries).toEqual([e]);
    const notices = await third.call('getNotices');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/time\/2026-11\.json/);
    expect(notices[0]!.path).toMatch(/2026-11\.json\.damaged-/);
    expect(fs.readFileSync(notices[0]!.path!, 'utf8')).toContain('"items":[{"id":');
  });

  it('starts a collection empty, keeping the damaged file, when there is no backup', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'clients.json'), JSON.stringify({ schemaVersion: 1, items: [{ id: 'x', name: 42 }] }));
    const { call } = await fresh(dir);
    expect((await call('getDataset')).clients).toEqual([]);
    const [n] = await call('getNotices');
    expect(n!.level).toBe('error');
    expect(fs.existsSync(n!.path!)).toBe(true);
  });

  it('creates a missing data folder', async () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    const { call } = await fresh(dir);
    await call('createClient', client);
    expect(fs.existsSync(path.join(dir, 'clients.json'))).toBe(true);
  });
});

describe('deleting a project', () => {
  it('refuses while anything hangs off it, writing nothing, and deletes it once nothing does', async () => {
    const { dir, call, backend } = await fresh();
    const c = await call('createClient', client);
    const withInvoice = await call('createProject', { ...project(c.id), invoices: [{ issuedAt: '2026-11-02', amount: 50000, termsDays: 30 }] });
    const withLetter = await call('createProject', project(c.id));
    await call('createLetter', { kind: 'follow-up', clientId: c.id, projectId: withLetter.id, language: 'es', subject: 's', body: 'b' });
    const withTimer = await call('createProject', project(c.id));
    await call('startTimer', { projectId: withTimer.id });
    const bare = await call('createProject', project(c.id));
    const before = snapshotFiles(dir);
    for (const p of [withInvoice, withLetter, withTimer]) {
      const r = await backend.invoke('deleteProject', { id: p.id });
      expect(r.ok ? 'deleted' : r.error.code).toBe('conflict');
    }
    expect(snapshotFiles(dir)).toEqual(before);
    expect(await call('deleteProject', { id: bare.id })).toEqual({ id: bare.id });
    expect((await call('getDataset')).projects.map((p) => p.id)).toEqual([withInvoice.id, withLetter.id, withTimer.id]);
  });
});

describe('strict updates', () => {
  it('refuses an unknown key in updateProject, with or without invoices, and writes nothing', async () => {
    const { dir, backend, call } = await fresh();
    const c = await call('createClient', client);
    const p = await call('createProject', project(c.id));
    const before = snapshotFiles(dir);
    for (const payload of [{ id: p.id, foo: 1 }, { id: p.id, invoices: [], bogus: 1 }]) {
      const r = await backend.invoke('updateProject', payload);
      expect(r.ok || r.error.code).toBe('invalid-input');
    }
    expect(snapshotFiles(dir)).toEqual(before);
    const ok = await call('updateProject', { id: p.id, invoices: [{ issuedAt: '2026-11-01', amount: 120000, termsDays: 30 }] });
    expect(ok.invoices).toHaveLength(1);
  });
});

describe('store factories', () => {
  it('takes a factory that makes plain conf instances, as DESIGN.md describes', async () => {
    const { default: Conf } = await import('conf');
    const dir = tempDir();
    const made: string[] = [];
    const createStore = (opts: ConstructorParameters<typeof Conf>[0]) => {
      const store = new Conf(opts);
      made.push(store.path);
      return store as unknown as { path: string; store: Record<string, unknown> };
    };
    const first = await open(dir, { createStore });
    const c = await first.call('createClient', client);
    const p = await first.call('createProject', project(c.id));
    await first.call('logTime', { projectId: p.id, date: '2026-11-02', minutes: 30, billable: true });
    await first.backend.close();
    expect(made).toEqual([path.join(dir, 'clients.json'), path.join(dir, 'projects.json'), path.join(dir, 'time', '2026-11.json')]);
    const again = await open(dir);
    track(again.backend);
    const data = await again.call('getDataset');
    expect(data.clients).toEqual([c]);
    expect(data.timeEntries).toHaveLength(1);
  });
});
