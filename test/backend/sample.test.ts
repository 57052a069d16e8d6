import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failingFactory, open, settledFiles, snapshotFiles, tempDir } from '../support/backend';
import { useFreshBackend } from '../support/backendFixture';
import type { Dataset } from '#shared/model';

const NOW = () => new Date('2026-11-23T10:00:00');

const backends = useFreshBackend({ now: NOW });
const { forget } = backends;

const fresh = (extra: Parameters<typeof open>[1] = {}, dir = tempDir()) => backends.fresh(dir, extra);

/** Every record of every JSON data file below the folder, read from disk. */
function recordsOnDisk(dir: string): { file: string; id: string; sample?: boolean }[] {
  const out: { file: string; id: string; sample?: boolean }[] = [];
  for (const [rel] of snapshotFiles(dir)) {
    if (!rel.endsWith('.json') || rel.startsWith('backups')) continue;
    const doc = JSON.parse(fs.readFileSync(path.join(dir, rel), 'utf8')) as { items?: { id: string; sample?: boolean }[] };
    for (const x of doc.items ?? []) out.push({ file: rel, id: x.id, ...(x.sample !== undefined ? { sample: x.sample } : {}) });
  }
  return out;
}


describe('loadSampleData', () => {
  it('fills an empty app with the sample year in the chosen language, on disk, and it survives a restart', async () => {
    const { dir, call, backend } = await fresh();
    const data = await call('loadSampleData', { language: 'en' });
    expect(data.clients.map((c) => c.name)).toContain('Hartwell Cider Co.');
    expect(data.timeEntries.length).toBeGreaterThan(600);

    // One file per collection and one per month, all marked sample.
    const onDisk = recordsOnDisk(dir);
    expect(onDisk.length).toBe(
      data.clients.length + data.projects.length + data.timeEntries.length + data.signals.length + data.colleagues.length + data.letters.length,
    );
    expect(onDisk.every((r) => r.sample === true && r.id.startsWith('sample-'))).toBe(true);
    const months = fs.readdirSync(path.join(dir, 'time')).sort();
    expect(months.length).toBeGreaterThanOrEqual(11);
    expect(months.at(-1)).toBe('2026-11.json');

    await backend.close();
    forget(backend);
    const again = await fresh({}, dir);
    const reread = await again.call('getDataset');
    expect(reread.clients).toHaveLength(data.clients.length);
    expect(reread.timeEntries).toHaveLength(data.timeEntries.length);
  });

  it('speaks Spanish when asked', async () => {
    const { call } = await fresh();
    const data = await call('loadSampleData', { language: 'es' });
    expect(data.clients.map((c) => c.name)).toContain('Bodegas Almendro');
  });

  it('refuses, with a sentence and without writing, when there is data already', async () => {
    const { dir, call, backend } = await fresh();
    await call('createClient', { name: 'Panadería Sol', source: 'web', status: 'active' });
    const before = snapshotFiles(dir);
    const r = await backend.invoke('loadSampleData', { language: 'es' });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/empty app/) } });
    expect(snapshotFiles(dir)).toEqual(before);
    expect((await call('getDataset')).clients).toHaveLength(1);
  });

  it('refuses a second load, and a payload that is not a language', async () => {
    const { call, backend } = await fresh();
    await call('loadSampleData', { language: 'es' });
    expect(await backend.invoke('loadSampleData', { language: 'es' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await backend.invoke('loadSampleData', { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await backend.invoke('loadSampleData', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('is all or nothing: a write failing at any step leaves no file behind and the app empty', async () => {
    const failing = failingFactory();
    const { dir, call, backend } = await fresh({ createStore: failing.factory });
    const before = snapshotFiles(dir);
    // 5 collections and 12 months: fail the 1st, a middle one and the last write.
    for (const n of [1, 3, 9, 17]) {
      failing.arm(n);
      const r = await backend.invoke('loadSampleData', { language: 'es' });
      expect(r, `failing write ${n}`).toMatchObject({ ok: false, error: { code: 'write-failed' } });
      expect(snapshotFiles(dir), `files after failing write ${n}`).toEqual(before);
      const data = await call('getDataset');
      expect(data.clients.length + data.timeEntries.length, `memory after failing write ${n}`).toBe(0);
    }
    failing.arm(Infinity);
    expect((await call('loadSampleData', { language: 'es' })).clients.length).toBeGreaterThan(0);
  });
});

describe('removeSampleData', () => {
  it('deletes every sample record, on disk too, and keeps the person\'s own', async () => {
    const { dir, call } = await fresh();
    await call('loadSampleData', { language: 'es' });
    const sample: Dataset = await call('getDataset');
    // Made by the person while exploring: a client of their own, and hours on a sample project.
    const own = await call('createClient', { name: 'Panadería Sol', source: 'web', status: 'active' });
    const ownProject = await call('createProject', { clientId: own.id, title: 'Logotipo', kind: 'branding', pricing: { mode: 'fixed', amount: 90000 }, status: 'in-progress' });
    const ownEntry = await call('logTime', { projectId: ownProject.id, date: '2026-11-20', minutes: 90, billable: true });
    const onSample = await call('logTime', { projectId: sample.projects[0]!.id, date: '2026-11-20', minutes: 30, billable: true });
    await call('createColleague', { name: 'Nuria Vidal', specialties: ['web'], languages: ['es'] });

    const after = await call('removeSampleData');
    expect(after.clients.map((c) => c.name)).toEqual(['Panadería Sol']);
    expect(after.projects.map((p) => p.id)).toEqual([ownProject.id]);
    expect(after.timeEntries.map((e) => e.id)).toEqual([ownEntry.id]);
    expect(after.colleagues.map((c) => c.name)).toEqual(['Nuria Vidal']);
    expect(after.signals).toEqual([]);
    expect(after.letters).toEqual([]);

    // The files say the same: no sample record anywhere, no entry left on a removed project.
    const onDisk = recordsOnDisk(dir);
    expect(onDisk.filter((r) => r.sample || r.id.startsWith('sample-'))).toEqual([]);
    expect(onDisk.map((r) => r.id)).not.toContain(onSample.id);
    // Months left empty are gone; November keeps the person's hour and a half.
    expect(fs.readdirSync(path.join(dir, 'time'))).toEqual(['2026-11.json']);
    const november = JSON.parse(fs.readFileSync(path.join(dir, 'time', '2026-11.json'), 'utf8'));
    expect(november.items).toEqual([expect.objectContaining({ id: ownEntry.id, minutes: 90 })]);
  });

  it('leaves an app that held only samples empty, so the welcome shows again', async () => {
    const { dir, call } = await fresh();
    await call('loadSampleData', { language: 'en' });
    const after = await call('removeSampleData');
    expect(Object.values(after).every((list) => list.length === 0)).toBe(true);
    expect(recordsOnDisk(dir)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'time')) ? fs.readdirSync(path.join(dir, 'time')) : []).toEqual([]);
    // And the sample can be loaded again.
    expect((await call('loadSampleData', { language: 'es' })).clients.length).toBeGreaterThan(0);
  });

  it('stops a timer running on a sample project without logging it', async () => {
    const { call } = await fresh();
    const data = await call('loadSampleData', { language: 'es' });
    await call('startTimer', { projectId: data.projects.find((p) => p.status === 'in-progress')!.id });
    await call('removeSampleData');
    expect(await call('getTimer')).toBeNull();
    expect((await call('getDataset')).timeEntries).toEqual([]);
  });

  it('does nothing, and writes nothing, when there is no sample data', async () => {
    const { dir, call } = await fresh();
    await call('createClient', { name: 'Panadería Sol', source: 'web', status: 'active' });
    const before = snapshotFiles(dir);
    expect((await call('removeSampleData')).clients).toHaveLength(1);
    expect(snapshotFiles(dir)).toEqual(before);
  });

  it('is all or nothing: a failing write puts every file back', async () => {
    const failing = failingFactory();
    const { dir, call, backend } = await fresh({ createStore: failing.factory });
    await call('loadSampleData', { language: 'es' });
    const own = await call('createClient', { name: 'Panadería Sol', source: 'web', status: 'active' });
    const project = await call('createProject', { clientId: own.id, title: 'Logotipo', kind: 'branding', pricing: { mode: 'fixed', amount: 90000 }, status: 'in-progress' });
    await call('logTime', { projectId: project.id, date: '2026-11-20', minutes: 90, billable: true });
    // The hour and a half is in the time journal: compared as the folder holds it once folded.
    const before = await settledFiles(dir);
    // Five collection files, then the months in order: the ones left empty are deleted, and
    // November, which keeps the person's hour and a half, is the 6th write.
    for (const n of [1, 4, 6]) {
      failing.arm(n);
      expect(await backend.invoke('removeSampleData'), `failing write ${n}`).toMatchObject({ ok: false, error: { code: 'write-failed' } });
      expect(await settledFiles(dir), `files after failing write ${n}`).toEqual(before);
      expect((await call('getDataset')).clients.length).toBeGreaterThan(1);
    }
    failing.arm(Infinity);
    expect((await call('removeSampleData')).clients.map((c) => c.name)).toEqual(['Panadería Sol']);
  });
});
