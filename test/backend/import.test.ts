import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failingFactory, fakeClock, open, settledFiles, snapshotFiles, tempDir } from '../support/backend';
import { refused, useFreshBackend } from '../support/backendFixture';
import type { PayloadOf } from '#shared/ipc/contract';

const { track, forget } = useFreshBackend();


async function seeded(extra: Parameters<typeof open>[1] = {}) {
  const dir = tempDir();
  const clock = fakeClock('2024-04-10T10:00:00');
  const o = await open(dir, { now: clock.now, ...extra });
  track(o.backend);
  const espiga = await o.call('createClient', { name: 'Panadería La Espiga', source: 'referral', status: 'active' });
  const identidad = await o.call('createProject', {
    clientId: espiga.id,
    title: 'Identidad visual',
    kind: 'branding',
    pricing: { mode: 'fixed', amount: 120000 },
    status: 'in-progress',
  });
  const old = await o.call('logTime', { projectId: identidad.id, date: '2024-03-01', minutes: 60, billable: true });
  return { dir, clock, espiga, identidad, old, ...o };
}

const payload: PayloadOf<'importTime'> = {
  clients: [{ name: 'Café Montaña' }],
  projects: [
    { clientName: 'Café Montaña', title: 'Packaging línea verano', kind: 'packaging' },
    { clientName: 'panaderia la espiga', title: 'Papelería', kind: 'branding' },
  ],
  entries: [
    // Matches the existing client and project by name, whatever the case and accents.
    { date: '2024-03-04', minutes: 150, billable: true, note: 'Bocetos', clientName: 'PANADERÍA LA ESPIGA', projectTitle: 'identidad visual' },
    { date: '2024-03-05', minutes: 200, billable: true, clientName: 'Café Montaña', projectTitle: 'Packaging línea verano' },
    { date: '2024-04-02', minutes: 45, billable: false, clientName: 'Panadería La Espiga', projectTitle: 'Papelería' },
    { date: '2024-02-28', minutes: 30, billable: true, clientName: 'Café Montaña', projectTitle: 'Packaging línea verano' },
  ],
};

describe('importTime', () => {
  it('creates what is new, matches what exists by name, and files entries by month', async () => {
    const { dir, call, espiga, identidad, old } = await seeded();
    const result = await call('importTime', payload);
    expect(result).toMatchObject({ clients: 1, projects: 2, entries: 4, skipped: 0 });

    const data = await call('getDataset');
    // The answer carries what was created, exactly as saved, so the screen need not read it all again.
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    const created = (ids: Set<string>) => <T extends { id: string }>(list: T[]) => byId(list.filter((x) => !ids.has(x.id)));
    expect(byId(result.added.clients)).toEqual(created(new Set([espiga.id]))(data.clients));
    expect(byId(result.added.projects)).toEqual(created(new Set([identidad.id]))(data.projects));
    expect(byId(result.added.timeEntries)).toEqual(created(new Set([old.id]))(data.timeEntries));
    expect(data.clients.map((c) => c.name).sort()).toEqual(['Café Montaña', 'Panadería La Espiga']);
    const cafe = data.clients.find((c) => c.name === 'Café Montaña')!;
    expect(cafe).toMatchObject({ source: 'other', status: 'active', star: false, createdAt: '2024-04-10' });
    const packaging = data.projects.find((p) => p.title === 'Packaging línea verano')!;
    expect(packaging).toMatchObject({ clientId: cafe.id, kind: 'packaging', pricing: { mode: 'hourly', rate: 6000 }, status: 'in-progress', invoices: [] });
    const papeleria = data.projects.find((p) => p.title === 'Papelería')!;
    expect(papeleria.clientId).toBe(espiga.id);

    const march = JSON.parse(fs.readFileSync(path.join(dir, 'time', '2024-03.json'), 'utf8'));
    expect(march.items).toHaveLength(3);
    expect(march.items[0]).toEqual(old);
    expect(march.items[1]).toMatchObject({ projectId: identidad.id, date: '2024-03-04', minutes: 150, note: 'Bocetos', billable: true });
    expect(march.items[2]).toMatchObject({ projectId: packaging.id, minutes: 200 });
    expect(march.items[2]).not.toHaveProperty('note');
    const april = JSON.parse(fs.readFileSync(path.join(dir, 'time', '2024-04.json'), 'utf8'));
    expect(april.items).toEqual([expect.objectContaining({ projectId: papeleria.id, minutes: 45, billable: false })]);
    const february = JSON.parse(fs.readFileSync(path.join(dir, 'time', '2024-02.json'), 'utf8'));
    expect(february.items).toEqual([expect.objectContaining({ projectId: packaging.id, minutes: 30 })]);
  });

  it('takes a pre-import backup holding the data as it was before', async () => {
    const { dir, call } = await seeded();
    // The latest entry is in the time journal: the backup holds it in its month.
    const before = await settledFiles(dir);
    await call('importTime', payload);
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^2024-04-10T.*-pre-import$/);
    const backup = snapshotFiles(path.join(dir, 'backups', backups[0]!));
    expect(backup).toEqual(before);
  });

  it('survives a restart', async () => {
    const { dir, call, backend } = await seeded();
    await call('importTime', payload);
    const data = await call('getDataset');
    await backend.close();
    forget(backend);
    const again = await open(dir);
    track(again.backend);
    expect(await again.call('getDataset')).toEqual({
      ...data,
      // Loaded back through the schemas, so compare as sets of values.
      clients: expect.arrayContaining(data.clients.map((c) => expect.objectContaining(c))),
      projects: expect.arrayContaining(data.projects.map((p) => expect.objectContaining(p))),
    });
  });

  it('refuses an entry whose project is neither there nor listed, and writes nothing (not even a backup)', async () => {
    const { dir, backend } = await seeded();
    const error = await refused(backend, dir, 'importTime', {
      ...payload,
      entries: [...payload.entries, { date: '2024-03-09', minutes: 30, billable: true, clientName: 'Café Montaña', projectTitle: 'Web' }],
    });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('"Web"');
  });

  it.each([
    ['an impossible date', { date: '2024-02-30' }],
    ['zero minutes', { minutes: 0 }],
    ['more than a day', { minutes: 24 * 60 + 1 }],
    ['an empty client name', { clientName: '  ' }],
    ['an unknown key', { colour: 'red' }],
  ])('refuses %s as invalid-input, writing nothing', async (_what, change) => {
    const { dir, backend } = await seeded();
    const error = await refused(backend, dir, 'importTime', { ...payload, entries: [{ ...payload.entries[1]!, ...change }] });
    expect(error.code).toBe('invalid-input');
  });

  it('refuses more than 200,000 entries', async () => {
    const { backend } = await seeded();
    const entry = payload.entries[1]!;
    const r = await backend.invoke('importTime', { clients: payload.clients, projects: payload.projects, entries: Array.from({ length: 200_001 }, () => entry) });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!r.ok) expect(r.error.message).toContain('200000');
  });

  it('is all or nothing: a write failing at any step puts every file and the memory back', async () => {
    const failing = failingFactory();
    const { dir, call, backend } = await seeded({ createStore: failing.factory });
    const dataBefore = await call('getDataset');
    const withoutBackups = () => settledFiles(dir, (rel) => rel.startsWith('backups'));
    const before = await withoutBackups();
    // clients.json, projects.json, time/2024-02.json (new), time/2024-03.json (existing), time/2024-04.json (new).
    for (let n = 1; n <= 5; n++) {
      failing.arm(n);
      const r = await backend.invoke('importTime', payload);
      expect(r, `failing write ${n}`).toMatchObject({ ok: false, error: { code: 'write-failed' } });
      if (!r.ok) expect(r.error.message).toMatch(/disk is full/);
      expect(await withoutBackups(), `files after failing write ${n}`).toEqual(before);
      expect(await call('getDataset')).toEqual(dataBefore);
    }
    // With the disk fine again, the same import goes through once.
    failing.disarm();
    expect(await call('importTime', payload)).toMatchObject({ clients: 1, projects: 2, entries: 4, skipped: 0 });
    expect((await call('getDataset')).timeEntries).toHaveLength(5);
  });
});
