/**
 * Refusals cross as reasons with their parameters (shared/ipc/reasons.ts), so the screen can
 * word them in the person's language; each one provoked here through the real backend.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { failingFactory, fakeClock, open, tempDir } from '../support/backend';
import type { Backend } from '../../electron/backend';
import { REASONS } from '#shared/ipc/reasons';
import { identityInput, lumenInput, refused as refusedWithoutWriting } from '../support/backendFixture';

const opened: Backend[] = [];
afterEach(async () => {
  for (const b of opened.splice(0)) await b.close();
});

async function seeded(extra: Parameters<typeof open>[1] = {}) {
  const dir = tempDir();
  const o = await open(dir, extra);
  opened.push(o.backend);
  const c = await o.call('createClient', lumenInput);
  const p = await o.call('createProject', identityInput(c.id));
  return { dir, ...o, c, p };
}

/** Calls a channel that must refuse; checks that nothing was written and returns the error. */
async function refused(backend: Backend, dir: string, channel: string, payload?: unknown) {
  const error = await refusedWithoutWriting(backend, dir, channel, payload);
  // The code always agrees with the reason's, and the English sentence stays for logs.
  expect(error.code).toBe(REASONS[error.reason].code);
  expect(error.message.length).toBeGreaterThan(10);
  return error;
}

describe('refusals as reasons', () => {
  it('says which rule a change broke, with the numbers its sentence needs', async () => {
    const { backend, dir, c, p } = await seeded();
    expect(await refused(backend, dir, 'updateSettings', { minimumHourlyRate: 9000, targetHourlyRate: 5000 })).toMatchObject({
      reason: 'minimum-rate-above-target',
      params: {},
    });
    const invoice = { issuedAt: '2026-11-10', amount: 50000, termsDays: 30, paidAt: '2026-11-01', paidAmount: 50000 };
    expect(await refused(backend, dir, 'updateProject', { id: p.id, invoices: [invoice] })).toMatchObject({ reason: 'paid-before-issued' });
    expect(await refused(backend, dir, 'logTime', { projectId: p.id, date: '1900-01-02', minutes: 30, billable: true })).toMatchObject({
      reason: 'date-implausible',
      params: { field: 'date', date: '1900-01-02', earliest: '1970-01-01', latest: '2100-12-31' },
    });
    expect(await refused(backend, dir, 'createProject', { clientId: 'nobody', title: 'X', kind: 'web', pricing: { mode: 'hourly', rate: 5000 }, status: 'inquiry' })).toMatchObject({
      code: 'invalid-input',
      reason: 'reference-missing',
      params: { kind: 'client', id: 'nobody' },
    });
    expect(await refused(backend, dir, 'deleteSignal', { id: 'gone' })).toMatchObject({ code: 'not-found', reason: 'record-not-found', params: { kind: 'signal', id: 'gone' } });
    expect(await refused(backend, dir, 'deleteClient', { id: c.id })).toMatchObject({ reason: 'client-has-history' });
    expect(await refused(backend, dir, 'loadSampleData', { language: 'es' })).toMatchObject({ reason: 'sample-needs-empty' });
    expect(await refused(backend, dir, 'mergeClients', { fromId: c.id, intoId: c.id })).toMatchObject({ reason: 'merge-into-itself', params: { kind: 'client' } });
  });

  it('tells a project with invoices from one with hours', async () => {
    const { backend, dir, call, p } = await seeded();
    await call('updateProject', { id: p.id, invoices: [{ issuedAt: '2026-11-10', amount: 50000, termsDays: 30 }] });
    expect(await refused(backend, dir, 'deleteProject', { id: p.id })).toMatchObject({ reason: 'project-has-invoices', params: { count: 1 } });
    await call('updateProject', { id: p.id, invoices: [] });
    await call('logTime', { projectId: p.id, date: '2026-11-02', minutes: 45, billable: true });
    await call('logTime', { projectId: p.id, date: '2026-11-03', minutes: 45, billable: true });
    expect(await refused(backend, dir, 'deleteProject', { id: p.id })).toMatchObject({ reason: 'project-has-entries', params: { count: 2 } });
  });

  it('words a bad payload by field, and an unknown channel by name', async () => {
    const { backend, dir, p } = await seeded();
    const bad = await refused(backend, dir, 'logTime', { projectId: p.id, date: '2026-11-02', minutes: -5, billable: true });
    expect(bad).toMatchObject({ reason: 'input-invalid', params: { field: 'minutes' } });
    expect(bad.issues?.[0]).toMatchObject({ path: 'minutes', code: 'too_small' });
    expect(await refused(backend, dir, 'dropEverything')).toMatchObject({ reason: 'unknown-channel', params: { channel: 'dropEverything' } });
  });

  it('refuses to undo a merge twice', async () => {
    const { backend, dir, call, c } = await seeded();
    const other = await call('createClient', { name: 'Lumen Estudio', source: 'web', status: 'active' });
    const merged = await call('mergeClients', { fromId: other.id, intoId: c.id });
    await call('unmergeClients', { from: merged.from, intoId: c.id, moved: merged.moved, ...(merged.beforeId ? { beforeId: merged.beforeId } : {}) });
    const again = await refused(backend, dir, 'unmergeClients', { from: merged.from, intoId: c.id, moved: merged.moved });
    expect(again).toMatchObject({ reason: 'unmerge-done-before', params: { kind: 'client' } });
  });

  it('names the dates, the import rows and the export ids a refusal is about', async () => {
    const { backend, dir, call, c, p } = await seeded();
    expect(await refused(backend, dir, 'updateProject', { id: p.id, createdAt: '2026-11-10', deadline: '2026-11-01' })).toMatchObject({
      reason: 'deadline-before-start',
      params: { deadline: '2026-11-01', start: '2026-11-10' },
    });
    await call('ensureInternalClient');
    expect(await refused(backend, dir, 'updateClient', { id: c.id, internal: true })).toMatchObject({ reason: 'internal-client-exists', params: { name: 'Estudio' } });
    const entry = await call('logTime', { projectId: p.id, date: '2026-11-02', minutes: 45, billable: true });
    expect(await refused(backend, dir, 'restoreTimeEntry', entry)).toMatchObject({ reason: 'entry-already-there' });
    const row = { date: '2026-11-03', minutes: 30, billable: true, clientName: 'Estudio Lumen', projectTitle: 'Cartel' };
    expect(await refused(backend, dir, 'importTime', { clients: [], projects: [], entries: [row] })).toMatchObject({
      reason: 'import-project-missing',
      params: { client: 'Estudio Lumen', project: 'Cartel' },
    });
    const data = await call('getDataset');
    const twice = { ...data, clients: [...data.clients, data.clients[0]!] };
    expect(await refused(backend, dir, 'restoreDataset', { dataset: twice, settings: {} })).toMatchObject({
      reason: 'restore-id-twice',
      params: { path: 'clients.2', id: c.id },
    });
    expect(await refused(backend, dir, 'restoreDataset', { dataset: data, settings: { minimumHourlyRate: 9000, targetHourlyRate: 5000 } })).toMatchObject({
      reason: 'restore-minimum-rate-above-target',
    });
  });

  it('says why the timer cannot end where asked', async () => {
    const clock = fakeClock('2026-11-23T10:00:00');
    const { backend, dir, call, p } = await seeded({ now: clock.now });
    await call('startTimer', { projectId: p.id });
    clock.advance(30 * 60_000);
    const started = (await call('getTimer'))!.startedAt;
    expect(await refused(backend, dir, 'stopTimer', { endAt: '2026-11-22T10:00:00.000Z' })).toMatchObject({ reason: 'timer-end-before-start', params: { startedAt: started } });
    expect(await refused(backend, dir, 'stopTimer', { endAt: '2027-01-01T10:00:00.000Z' })).toMatchObject({ reason: 'timer-end-in-future' });
  });

  it('tells a full disk from other write failures', async () => {
    const disk = failingFactory();
    const { backend, dir, c } = await seeded({ createStore: disk.factory });
    disk.arm(1);
    expect(await refused(backend, dir, 'updateClient', { id: c.id, name: 'Lumen' })).toMatchObject({ code: 'write-failed', reason: 'write-disk-full', params: {} });
  });
});
