import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failingFactory, fakeClock, settledFiles, snapshotFiles, tempDir } from '../support/backend';
import { useFreshBackend } from '../support/backendFixture';

const { fresh, opened, forget } = useFreshBackend(() => ({ now: fakeClock('2026-12-03T09:30:00Z').now }));

type Call = Awaited<ReturnType<typeof fresh>>['call'];

/** Two clients for the same company (one typed in lower case) with projects, time, signals, a letter and a referral. */
async function seedDuplicates(call: Call) {
  const keep = await call('createClient', { name: 'Bodegas Arlanza', source: 'web', status: 'active' });
  const dup = await call('createClient', { name: 'bodegas arlanza', source: 'web', status: 'active' });
  const other = await call('createClient', { name: 'Panadería Sol', source: 'referral', referredBy: dup.id, status: 'active' });
  const pricing = { mode: 'hourly', rate: 6000 } as const;
  const pKeep = await call('createProject', { clientId: keep.id, title: 'Etiquetas', kind: 'packaging', pricing, status: 'in-progress' });
  const pDup = await call('createProject', {
    clientId: dup.id,
    title: 'Etiquetas 2',
    kind: 'packaging',
    pricing,
    status: 'in-progress',
    invoices: [{ issuedAt: '2026-11-01', amount: 30000, termsDays: 30 }],
  });
  const e1 = await call('logTime', { projectId: pDup.id, date: '2026-11-28', minutes: 90, billable: true });
  const e2 = await call('logTime', { projectId: pDup.id, date: '2026-12-01', minutes: 60, billable: true });
  const e3 = await call('logTime', { projectId: pKeep.id, date: '2026-12-01', minutes: 30, billable: true });
  const signal = await call('createSignal', { clientId: dup.id, projectId: pDup.id, date: '2026-11-20', kind: 'praised' });
  const letter = await call('createLetter', {
    kind: 'follow-up',
    clientId: dup.id,
    projectId: pDup.id,
    language: 'es',
    subject: 'Hola',
    body: 'Qué tal',
  });
  return { keep, dup, other, pKeep, pDup, e1, e2, e3, signal, letter };
}

const hoursOf = (entries: { projectId: string; minutes: number }[], projectIds: string[]) =>
  entries.filter((e) => projectIds.includes(e.projectId)).reduce((s, e) => s + e.minutes, 0);

describe('merging clients', () => {
  it('moves projects, signals, letters and referrals, takes a backup first, and survives a restart', async () => {
    const { dir, backend, call } = await fresh();
    const s = await seedDuplicates(call);
    const result = await call('mergeClients', { fromId: s.dup.id, intoId: s.keep.id });
    expect(result.from).toEqual(s.dup);
    expect(result.moved).toEqual({ projects: [s.pDup.id], signals: [s.signal.id], letters: [s.letter.id], referrals: [s.other.id] });
    // The backup holds the data as it was, with the client merged away still in it.
    const backups = await call('listBackups');
    expect(backups.map((b) => b.id)).toContain(result.backup);
    expect(backups.find((b) => b.id === result.backup)!.label).toBe('pre-merge');
    const backedUp = JSON.parse(fs.readFileSync(path.join(dir, 'backups', result.backup, 'clients.json'), 'utf8')).items;
    expect(backedUp.map((c: { id: string }) => c.id)).toContain(s.dup.id);

    await backend.close();
    forget();
    const { call: again } = await fresh(dir);
    const data = await again('getDataset');
    expect(data.clients.map((c) => c.name)).toEqual(['Bodegas Arlanza', 'Panadería Sol']);
    expect(data.projects.filter((p) => p.clientId === s.keep.id).map((p) => p.id).sort()).toEqual([s.pKeep.id, s.pDup.id].sort());
    expect(data.signals[0]!.clientId).toBe(s.keep.id);
    expect(data.letters[0]!.clientId).toBe(s.keep.id);
    expect(data.clients.find((c) => c.id === s.other.id)!.referredBy).toBe(s.keep.id);
    // Every hour is still there, now under the one client.
    expect(hoursOf(data.timeEntries, data.projects.filter((p) => p.clientId === s.keep.id).map((p) => p.id))).toBe(180);
  });

  it('is undone exactly by unmergeClients, the client back in its place with its id', async () => {
    const { dir, backend, call } = await fresh();
    const s = await seedDuplicates(call);
    const before = await call('getDataset');
    const result = await call('mergeClients', { fromId: s.dup.id, intoId: s.keep.id });
    const { from, moved, beforeId } = result;
    await call('unmergeClients', { from, intoId: s.keep.id, moved, ...(beforeId ? { beforeId } : {}) });
    expect(await call('getDataset')).toEqual(before);
    await backend.close();
    forget();
    const { call: again } = await fresh(dir);
    expect(await again('getDataset')).toEqual(before);
    // A second undo finds the client there and changes nothing.
    const twice = await (opened.at(-1)!).invoke('unmergeClients', { from, intoId: s.keep.id, moved });
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses an undo once what moved has changed, writing nothing', async () => {
    const { dir, backend, call } = await fresh();
    const s = await seedDuplicates(call);
    const { from, moved } = await call('mergeClients', { fromId: s.dup.id, intoId: s.keep.id });
    await call('updateProject', { id: s.pDup.id, clientId: s.other.id });
    const files = snapshotFiles(dir);
    const r = await backend.invoke('unmergeClients', { from, intoId: s.keep.id, moved });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(snapshotFiles(dir)).toEqual(files);
  });

  it('refuses unknown ids and a client merged into itself, writing nothing (not even a backup)', async () => {
    const { dir, backend, call } = await fresh();
    const s = await seedDuplicates(call);
    const files = snapshotFiles(dir);
    for (const payload of [
      { fromId: 'nope', intoId: s.keep.id },
      { fromId: s.dup.id, intoId: 'nope' },
      { fromId: s.dup.id, intoId: s.dup.id },
      { fromId: s.dup.id },
      { fromId: s.dup.id, intoId: s.keep.id, extra: 1 },
    ]) {
      const r = await backend.invoke('mergeClients', payload);
      expect(r.ok).toBe(false);
    }
    expect((await backend.invoke('mergeClients', { fromId: 'nope', intoId: s.keep.id }))).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(snapshotFiles(dir)).toEqual(files);
  });

  it('writes all or nothing: a failed write leaves every file and the memory as they were', async () => {
    const failing = failingFactory();
    const { dir, backend, call } = await fresh(tempDir(), { createStore: failing.factory });
    const s = await seedDuplicates(call);
    const before = await call('getDataset');
    const files = await settledFiles(dir);
    // clients.json, projects.json, signals.json, letters.json: the third write fails.
    failing.arm(3);
    const r = await backend.invoke('mergeClients', { fromId: s.dup.id, intoId: s.keep.id });
    failing.disarm();
    expect(r).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(await call('getDataset')).toEqual(before);
    // The data files are byte for byte as they were (the time journal folded into its months
    // or not); only the backup taken first is new.
    const after = await settledFiles(dir);
    for (const [file, bytes] of files) expect(after.get(file), file).toBe(bytes);
    expect([...after.keys()].filter((f) => !files.has(f)).every((f) => f.startsWith('backups'))).toBe(true);
    await backend.close();
    forget();
    const { call: again } = await fresh(dir);
    expect(await again('getDataset')).toEqual(before);
  });
});

describe('merging projects', () => {
  it('moves entries across months, invoices, signals, letters and a running timer, and survives a restart', async () => {
    const clock = fakeClock('2026-12-03T09:30:00Z');
    const { dir, backend, call } = await fresh(tempDir(), { now: clock.now });
    const s = await seedDuplicates(call);
    await call('mergeClients', { fromId: s.dup.id, intoId: s.keep.id });
    await call('startTimer', { projectId: s.pDup.id });
    const result = await call('mergeProjects', { fromId: s.pDup.id, intoId: s.pKeep.id });
    expect(result.moved).toEqual({
      entries: [s.e1.id, s.e2.id],
      invoices: [s.pDup.invoices[0]!.id],
      signals: [s.signal.id],
      letters: [s.letter.id],
      timer: true,
    });
    expect(result.into.invoices.map((i) => i.amount)).toEqual([30000]);
    await backend.close();
    forget();

    const { call: again } = await fresh(dir, { now: clock.now });
    const data = await again('getDataset');
    expect(data.projects.map((p) => p.id)).toEqual([s.pKeep.id]);
    expect(data.timeEntries.every((e) => e.projectId === s.pKeep.id)).toBe(true);
    expect(hoursOf(data.timeEntries, [s.pKeep.id])).toBe(180);
    expect(data.projects[0]!.invoices).toHaveLength(1);
    expect(data.signals[0]!.projectId).toBe(s.pKeep.id);
    expect(data.letters[0]!.projectId).toBe(s.pKeep.id);
    expect((await again('getTimer'))!.projectId).toBe(s.pKeep.id);
    // Both months' files hold the moved entries.
    const nov = JSON.parse(fs.readFileSync(path.join(dir, 'time', '2026-11.json'), 'utf8')).items;
    expect(nov[0].projectId).toBe(s.pKeep.id);
  });

  it('is undone exactly by unmergeProjects', async () => {
    const { call } = await fresh();
    const s = await seedDuplicates(call);
    await call('mergeClients', { fromId: s.dup.id, intoId: s.keep.id });
    const merged = await call('getDataset');
    const r = await call('mergeProjects', { fromId: s.pDup.id, intoId: s.pKeep.id });
    await call('unmergeProjects', { from: r.from, intoId: s.pKeep.id, moved: r.moved, ...(r.beforeId ? { beforeId: r.beforeId } : {}) });
    expect(await call('getDataset')).toEqual(merged);
  });

  it('refuses projects of two clients, unknown ids, and writes nothing on a failed write', async () => {
    const failing = failingFactory();
    const { dir, backend, call } = await fresh(tempDir(), { createStore: failing.factory });
    const s = await seedDuplicates(call);
    const files = snapshotFiles(dir);
    expect(await backend.invoke('mergeProjects', { fromId: s.pDup.id, intoId: s.pKeep.id })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await backend.invoke('mergeProjects', { fromId: 'nope', intoId: s.pKeep.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(snapshotFiles(dir)).toEqual(files);

    await call('mergeClients', { fromId: s.dup.id, intoId: s.keep.id });
    const before = await call('getDataset');
    const files2 = snapshotFiles(dir);
    // projects, signals, letters, 2026-11, 2026-12: the month of December fails last.
    failing.arm(5);
    const r = await backend.invoke('mergeProjects', { fromId: s.pDup.id, intoId: s.pKeep.id });
    failing.disarm();
    expect(r).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(await call('getDataset')).toEqual(before);
    const after = snapshotFiles(dir);
    for (const [file, bytes] of files2) expect(after.get(file), file).toBe(bytes);
  });
});

describe('a deleted time entry put back', () => {
  it('returns to its place in its month, also after a restart', async () => {
    const { dir, backend, call } = await fresh();
    const c = await call('createClient', { name: 'Estudio Lumen', source: 'web', status: 'active' });
    const p = await call('createProject', { clientId: c.id, title: 'Web', kind: 'web', pricing: { mode: 'hourly', rate: 5000 }, status: 'in-progress' });
    const a = await call('logTime', { projectId: p.id, date: '2026-12-01', minutes: 30, billable: true });
    const b = await call('logTime', { projectId: p.id, date: '2026-12-01', minutes: 45, billable: true });
    const d = await call('logTime', { projectId: p.id, date: '2026-12-01', minutes: 60, billable: true });
    const removed = await call('deleteTimeEntry', { id: b.id });
    await call('restoreTimeEntry', { ...removed, beforeId: d.id });
    expect((await call('getDataset')).timeEntries.map((e) => e.id)).toEqual([a.id, b.id, d.id]);
    await backend.close();
    forget();
    const { call: again } = await fresh(dir);
    expect((await again('getDataset')).timeEntries.map((e) => e.id)).toEqual([a.id, b.id, d.id]);
  });

  it('moves between months when its date is edited, and an edit keeps its place', async () => {
    const { dir, backend, call } = await fresh();
    const c = await call('createClient', { name: 'Estudio Lumen', source: 'web', status: 'active' });
    const p = await call('createProject', { clientId: c.id, title: 'Web', kind: 'web', pricing: { mode: 'hourly', rate: 5000 }, status: 'in-progress' });
    const q = await call('createProject', { clientId: c.id, title: 'Logo', kind: 'branding', pricing: { mode: 'hourly', rate: 5000 }, status: 'in-progress' });
    const a = await call('logTime', { projectId: p.id, date: '2026-12-01', minutes: 30, billable: true });
    const b = await call('logTime', { projectId: p.id, date: '2026-12-02', minutes: 45, billable: true });
    await call('updateTimeEntry', { id: a.id, minutes: 40 });
    expect((await call('getDataset')).timeEntries.map((e) => e.id)).toEqual([a.id, b.id]);
    await call('updateTimeEntry', { id: b.id, projectId: q.id, date: '2026-11-30', billable: false, note: 'Bocetos' });
    await backend.close();
    forget();
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'time', '2026-12.json'), 'utf8')).items.map((e: { id: string }) => e.id)).toEqual([a.id]);
    const { call: again } = await fresh(dir);
    const moved = (await again('getDataset')).timeEntries.find((e) => e.id === b.id);
    expect(moved).toEqual({ id: b.id, projectId: q.id, date: '2026-11-30', minutes: 45, billable: false, note: 'Bocetos' });
  });
});
