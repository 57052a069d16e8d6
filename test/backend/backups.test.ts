/**
 * Backups: one a day at start-up, the newest 14 kept; `listBackups`, `restoreBackup`
 * (always after a `pre-restore` backup) and `restoreDataset`, the way back from a JSON
 * export, tried with twenty thousand entries.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '#shared/model';
import { addDays } from '#shared/dates';
import { fileStamp } from '../../electron/backend/files';
import { fakeClock, open, snapshotFiles, tempDir } from '../support/backend';
import { generateDataset, writeDataFolder } from '../support/generate';

const client = { name: 'Estudio Lumen', source: 'web', status: 'active' } as const;

/** Time entries in a stable order, for comparisons that do not depend on it. */
const byId = (d: Dataset): Dataset => ({ ...d, timeEntries: [...d.timeEntries].sort((a, b) => (a.id < b.id ? -1 : 1)) });

describe('daily backups', () => {
  it('takes one a day at start-up, however often the app opens, and keeps the newest 14', async () => {
    const dir = tempDir();
    const clock = fakeClock('2026-11-01T09:00:00');
    for (let day = 0; day < 20; day++) {
      for (const hour of ['09', '13', '18']) {
        clock.set(`${addDays('2026-11-01', day)}T${hour}:00:00`);
        const { backend, call } = await open(dir, { now: clock.now, dailyBackup: true });
        // The backup runs when the event loop next turns, as in the app before the window asks for anything.
        await new Promise((resolve) => setImmediate(resolve));
        await call('createClient', { ...client, name: `Cliente ${day}-${hour}` });
        await backend.close();
      }
    }
    const { backend, call } = await open(dir, { now: clock.now });
    const list = await call('listBackups');
    expect(list).toHaveLength(14);
    expect(list.map((b) => b.date)).toEqual(Array.from({ length: 14 }, (_, i) => addDays('2026-11-20', -i)));
    for (const b of list) {
      expect(b.label).toBeUndefined();
      expect(b.createdAt).toBe(new Date(`${b.date}T09:00:00`).toISOString());
      expect(b.files).toBeGreaterThanOrEqual(1);
      expect(b.bytes).toBeGreaterThan(0);
    }
    // The day's backup is taken before that day's changes: the 20th holds the 19th's last client.
    const names = JSON.parse(fs.readFileSync(path.join(dir, 'backups', list[0]!.id, 'clients.json'), 'utf8')).items.map((c: { name: string }) => c.name);
    expect(names.at(-1)).toBe('Cliente 18-18');

    // Restoring the oldest: its pre-restore backup is kept beside the 14 daily ones, which all stay.
    const oldest = list.at(-1)!;
    const restored = await call('restoreBackup', { id: oldest.id });
    expect(restored.clients.map((c) => c.name).at(-1)).toBe('Cliente 5-18');
    const after = await call('listBackups');
    expect(after.filter((b) => !b.label)).toEqual(list);
    expect(after.filter((b) => b.label === 'pre-restore')).toHaveLength(1);
    await backend.close();
  });

  it('never shows a backup a crash left half copied, and clears it at the next backup', async () => {
    const dir = tempDir();
    const clock = fakeClock('2026-11-01T09:00:00');
    await (await open(dir, { now: clock.now })).call('createClient', client);
    const partial = path.join(dir, 'backups', '.partial-2026-10-31T09-00-00-000Z');
    fs.mkdirSync(partial, { recursive: true });
    fs.writeFileSync(path.join(partial, 'clients.json'), '{"schemaVersion":1,"items":[{"id"');
    const { backend, call } = await open(dir, { now: clock.now, dailyBackup: true });
    expect(await call('listBackups')).toEqual([]);
    await backend.close();
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([fileStamp(clock.now())]);
  });
});

describe('restoreBackup', () => {
  async function twoDays() {
    const dir = tempDir();
    const clock = fakeClock('2026-11-20T10:00:00');
    const a = await open(dir, { now: clock.now });
    const c = await a.call('createClient', client);
    const p = await a.call('createProject', { clientId: c.id, title: 'Identidad', kind: 'branding', pricing: { mode: 'fixed', amount: 90000 }, status: 'accepted' });
    const e = await a.call('logTime', { projectId: p.id, date: '2026-11-02', minutes: 60, billable: true });
    await a.call('logTime', { projectId: p.id, date: '2026-10-30', minutes: 30, billable: true });
    await a.call('createColleague', { name: 'Marta Ruiz', specialties: ['web'], languages: ['es'] });
    await a.call('createLetter', { kind: 'check-in', clientId: c.id, language: 'es', subject: 'Hola', body: '¿Cómo va?' });
    await a.call('updateSettings', { yourName: 'Ana' });
    await a.call('startTimer', { projectId: p.id });
    const older = { data: await a.call('getDataset'), settings: await a.call('getSettings'), timer: await a.call('getTimer') };
    await a.backend.close();

    clock.set('2026-11-21T10:00:00');
    const b = await open(dir, { now: clock.now, dailyBackup: true });
    await b.backend.close();
    const opened = await open(dir, { now: clock.now });
    const { call } = opened;
    await call('createClient', { ...client, name: 'Bodega Norte' });
    await call('deleteTimeEntry', { id: e.id });
    await call('logTime', { projectId: p.id, date: '2026-12-01', minutes: 15, billable: false });
    await call('createSignal', { clientId: c.id, date: '2026-11-21', kind: 'asked-discount' });
    await call('updateSettings', { yourName: 'Ana García', targetHourlyRate: 7000 });
    // A day-long run asks when it ended: it ended that evening.
    await call('stopTimer', { endAt: new Date('2026-11-20T18:00:00').toISOString() });
    const newer = { data: await call('getDataset'), settings: await call('getSettings'), timer: await call('getTimer') };
    return { dir, clock, older, newer, ...opened };
  }

  it('brings back exactly the older state, after a pre-restore backup of the current one', async () => {
    const { dir, clock, older, newer, backend, call } = await twoDays();
    const [daily] = await call('listBackups');
    expect(daily).toMatchObject({ date: '2026-11-21', files: 8 });

    clock.advance(60_000);
    const restored = await call('restoreBackup', { id: daily!.id });
    expect(restored).toEqual(older.data);
    expect(await call('getDataset')).toEqual(older.data);
    expect(await call('getSettings')).toEqual(older.settings);
    expect(await call('getTimer')).toEqual(older.timer);
    // The month that did not exist in the backup is gone from disk (it is in the pre-restore backup).
    expect(fs.existsSync(path.join(dir, 'time', '2026-12.json'))).toBe(false);

    const list = await call('listBackups');
    expect(list.map((b) => b.label ?? 'daily')).toEqual(['pre-restore', 'daily']);
    expect(list[0]!.createdAt).toBe(clock.now().toISOString());
    await backend.close();

    // What is on disk is what the restore answered.
    const again = await open(dir, { now: clock.now });
    expect(await again.call('getDataset')).toEqual(older.data);
    expect(await again.call('getSettings')).toEqual(older.settings);
    // And the pre-restore backup undoes the restore.
    await again.call('restoreBackup', { id: list[0]!.id });
    expect(byId(await again.call('getDataset'))).toEqual(byId(newer.data));
    expect(await again.call('getSettings')).toEqual(newer.settings);
    expect(await again.call('getTimer')).toBeNull();
    expect((await again.call('listBackups')).map((b) => b.label ?? 'daily')).toEqual(['pre-restore', 'pre-restore', 'daily']);
    await again.backend.close();
  });

  it('treats a file missing from the backup as empty', async () => {
    const { dir, backend, call } = await twoDays();
    const [daily] = await call('listBackups');
    fs.rmSync(path.join(dir, 'backups', daily!.id, 'letters.json'));
    fs.rmSync(path.join(dir, 'backups', daily!.id, 'settings.json'));
    const restored = await call('restoreBackup', { id: daily!.id });
    expect(restored.letters).toEqual([]);
    expect(restored.clients).toHaveLength(1);
    expect((await call('getSettings')).yourName).toBe('');
    await backend.close();
  });

  it('refuses a backup with a damaged file, an unknown id or a path, and changes nothing', async () => {
    const { dir, backend, call } = await twoDays();
    const [daily] = await call('listBackups');
    fs.writeFileSync(path.join(dir, 'backups', daily!.id, 'time', '2026-11.json'), '{"schemaVersion":1,"month":"2026-11","items":[{');
    const before = await call('getDataset');
    const bytes = snapshotFiles(dir);
    const cases: [unknown, string][] = [
      [{ id: daily!.id }, 'conflict'],
      [{ id: '2026-01-01T00-00-00-000Z' }, 'not-found'],
      [{ id: '../../etc' }, 'invalid-input'],
      [{ id: `${daily!.id}/../..` }, 'invalid-input'],
      [{}, 'invalid-input'],
    ];
    for (const [payload, code] of cases) {
      const r = await backend.invoke('restoreBackup', payload);
      expect(r.ok || r.error.code, JSON.stringify(payload)).toBe(code);
      if (!r.ok && code === 'conflict') expect(r.error.message).toMatch(/time\/2026-11\.json is damaged.*Nothing was changed/);
    }
    expect(await call('getDataset')).toEqual(before);
    expect(snapshotFiles(dir)).toEqual(bytes);
    await backend.close();
  });
});

describe('restoreDataset: the JSON export, round trip', () => {
  it('restores an export of 20,000 entries into a fresh folder exactly', async () => {
    const source = tempDir();
    const generated = generateDataset({ entries: 20_000 });
    writeDataFolder(source, generated);
    const a = await open(source);
    await a.call('updateSettings', { yourName: 'Ana', specialties: ['branding', 'web'], cleanHouseShare: 0.2 });
    // The export is a JSON file: through text and back, as a person would save it.
    const text = JSON.stringify({ dataset: await a.call('getDataset'), settings: await a.call('getSettings') });
    const exported = JSON.parse(text) as { dataset: Dataset; settings: ReturnType<typeof JSON.parse> };
    await a.backend.close();

    const target = tempDir();
    const b = await open(target);
    const t0 = performance.now();
    const restored = await b.call('restoreDataset', exported);
    const ms = performance.now() - t0;
    expect(byId(restored)).toEqual(byId(generated));
    expect(byId(await b.call('getDataset'))).toEqual(byId(exported.dataset));
    expect(await b.call('getSettings')).toEqual(exported.settings);
    // An export from before a setting existed restores with that setting's default.
    const { yourName: _dropped, ...older } = exported.settings as Record<string, unknown>;
    await b.call('restoreDataset', { dataset: exported.dataset, settings: older });
    expect((await b.call('getSettings')).yourName).toBe('');
    expect((await b.call('listBackups')).map((x) => x.label)).toEqual(['pre-restore', 'pre-restore']);
    await b.backend.close();

    const c = await open(target);
    expect(byId(await c.call('getDataset'))).toEqual(byId(generated));
    expect(await c.call('getNotices')).toEqual([]);
    await c.backend.close();
    const months = fs.readdirSync(path.join(target, 'time')).length;
    console.log(`export round trip: ${generated.timeEntries.length} entries in ${months} month files, ${(text.length / 1e6).toFixed(1)} MB of JSON, restored in ${Math.round(ms)} ms, equal after a restart`);
  });

  it('refuses an export that breaks the rules the channels keep, and writes nothing', async () => {
    const dir = tempDir();
    const { backend, call } = await open(dir);
    const c = await call('createClient', client);
    const settings = await call('getSettings');
    const good = generateDataset({ entries: 50 });
    const before = await call('getDataset');
    const bytes = snapshotFiles(dir);
    const bad: [string, unknown][] = [
      ['an entry of no project', { dataset: { ...good, timeEntries: [{ ...good.timeEntries[0]!, projectId: 'ghost' }] }, settings }],
      ['a project of no client', { dataset: { ...good, projects: [...good.projects, { ...good.projects[0]!, id: 'px', clientId: 'ghost' }] }, settings }],
      ['two clients with one id', { dataset: { ...good, clients: [...good.clients, good.clients[0]!] }, settings }],
      ['minutes of zero', { dataset: { ...good, timeEntries: [{ ...good.timeEntries[0]!, minutes: 0 }] }, settings }],
      ['an impossible date', { dataset: { ...good, timeEntries: [{ ...good.timeEntries[0]!, date: '2026-02-30' }] }, settings }],
      ['a minimum rate over the target', { dataset: good, settings: { ...settings, minimumHourlyRate: settings.targetHourlyRate + 1 } }],
      ['settings missing', { dataset: good }],
      ['an extra key', { dataset: { ...good, invoices: [] }, settings }],
      ['a client with an unknown field', { dataset: { ...good, clients: [{ ...good.clients[0]!, __proto__: { admin: true }, isAdmin: true }] }, settings }],
    ];
    for (const [why, payload] of bad) {
      const r = await backend.invoke('restoreDataset', payload);
      expect(r.ok || r.error.code, why).toBe('invalid-input');
    }
    expect(await call('getDataset')).toEqual(before);
    expect(before.clients).toEqual([c]);
    expect(snapshotFiles(dir)).toEqual(bytes);
    await backend.close();
  });
});
