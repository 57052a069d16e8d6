import { describe, expect, it } from 'vitest';
import { fakeClock, tempDir } from '../support/backend';
import { refused as refusedWithoutWriting, useFreshBackend } from '../support/backendFixture';
import type { ChannelName, PayloadOf } from '#shared/ipc/contract';

const backends = useFreshBackend();
const { forget } = backends;

async function fresh(dir = tempDir()) {
  const clock = fakeClock('2026-12-04T10:00:00');
  const o = await backends.fresh(dir, { now: clock.now });
  return { clock, ...o };
}

/** Sends a payload that must be refused with `code`, and proves nothing on disk changed. */
async function refused(o: Awaited<ReturnType<typeof fresh>>, channel: ChannelName, payload: unknown, code = 'invalid-input') {
  const error = await refusedWithoutWriting(o.backend, o.dir, channel, payload);
  expect(error.code).toBe(code);
  return error.message;
}

describe('the internal client', () => {
  it('is created on first need as "Estudio", once, and renamable', async () => {
    const o = await fresh();
    const studio = await o.call('ensureInternalClient');
    expect(studio).toMatchObject({ name: 'Estudio', internal: true, source: 'other', status: 'active', star: false, createdAt: '2026-12-04' });
    expect(await o.call('ensureInternalClient')).toEqual(studio);
    const renamed = await o.call('updateClient', { id: studio.id, name: 'Interno' });
    expect(renamed.name).toBe('Interno');
    expect(await o.call('ensureInternalClient')).toEqual(renamed);
    expect((await o.call('getDataset')).clients).toHaveLength(1);
  });

  it('is called "Studio" when the app speaks English', async () => {
    const o = await fresh();
    await o.call('updateSettings', { language: 'en' });
    expect((await o.call('ensureInternalClient')).name).toBe('Studio');
  });

  it('is never two: a second internal client is refused and nothing is written', async () => {
    const o = await fresh();
    await o.call('ensureInternalClient');
    const message = await refused(o, 'createClient', { name: 'Interno', source: 'other', status: 'active', internal: true }, 'conflict');
    expect(message).toMatch(/already an internal client \("Estudio"\)/);
    const other = await o.call('createClient', { name: 'Café Montaña', source: 'web', status: 'active' });
    await refused(o, 'updateClient', { id: other.id, internal: true }, 'conflict');
    expect((await o.call('getDataset')).clients.filter((c) => c.internal)).toHaveLength(1);
  });

  it('takes the import rows that name no client, creating it when missing and reusing it after', async () => {
    const o = await fresh();
    const payload: PayloadOf<'importTime'> = {
      clients: [{ name: 'Café Montaña' }],
      projects: [
        { clientName: '', title: 'Portfolio', kind: 'branding' },
        { clientName: 'Café Montaña', title: 'Etiquetas', kind: 'packaging' },
      ],
      entries: [
        { date: '2026-11-02', minutes: 90, billable: false, note: 'Fotos', clientName: '', projectTitle: 'Portfolio' },
        { date: '2026-11-03', minutes: 60, billable: true, clientName: 'Café Montaña', projectTitle: 'Etiquetas' },
      ],
    };
    expect(await o.call('importTime', payload)).toMatchObject({ clients: 2, projects: 2, entries: 2 });
    const d = await o.call('getDataset');
    const studio = d.clients.find((c) => c.internal)!;
    expect(studio.name).toBe('Estudio');
    const portfolio = d.projects.find((p) => p.title === 'Portfolio')!;
    expect(portfolio.clientId).toBe(studio.id);
    expect(d.timeEntries.find((e) => e.note === 'Fotos')?.projectId).toBe(portfolio.id);

    // A second file: the same studio and its project are matched, nothing new is made.
    const again = await o.call('importTime', {
      clients: [],
      projects: [],
      entries: [{ date: '2026-11-09', minutes: 30, billable: false, clientName: '', projectTitle: 'portfolio' }],
    });
    expect(again).toMatchObject({ clients: 0, projects: 0, entries: 1 });
    const after = await o.call('getDataset');
    expect(after.clients.filter((c) => c.internal)).toHaveLength(1);
    expect(after.timeEntries.filter((e) => e.projectId === portfolio.id)).toHaveLength(2);
  });
});

describe('what the backend refuses as impossible', () => {
  async function withProject() {
    const o = await fresh();
    const client = await o.call('createClient', { name: 'Café Montaña', source: 'web', status: 'active' });
    const project = await o.call('createProject', {
      clientId: client.id,
      title: 'Etiquetas',
      kind: 'packaging',
      pricing: { mode: 'fixed', amount: 8250 },
      status: 'in-progress',
      createdAt: '2026-10-01',
      invoices: [{ issuedAt: '2026-10-15', amount: 8250, termsDays: 30 }],
    });
    return { ...o, client, project };
  }

  it('refuses time entries before 1970 or after 2100, on every way in', async () => {
    const o = await withProject();
    const entry = { projectId: o.project.id, minutes: 60, billable: true };
    expect(await refused(o, 'logTime', { ...entry, date: '2101-01-01' })).toMatch(/between 1970-01-01 and 2100-12-31/);
    await refused(o, 'logTime', { ...entry, date: '1969-12-31' });
    const ok = await o.call('logTime', { ...entry, date: '2099-12-31' }); // odd, not impossible: the form asks
    await refused(o, 'updateTimeEntry', { id: ok.id, date: '1900-01-01' });
    await refused(o, 'restoreTimeEntry', { id: 'gone', ...entry, date: '2150-06-01' });
    await refused(o, 'importTime', {
      clients: [],
      projects: [],
      entries: [{ date: '1905-01-01', minutes: 60, billable: true, clientName: 'Café Montaña', projectTitle: 'Etiquetas' }],
    });
  });

  it('refuses a 1900 deadline, a deadline before the start given with it, and a payment before its invoice', async () => {
    const o = await withProject();
    await refused(o, 'updateProject', { id: o.project.id, deadline: '1900-01-01' });
    expect(await refused(o, 'updateProject', { id: o.project.id, createdAt: '2026-10-01', deadline: '2026-09-01' })).toMatch(/before the project began/);
    await refused(o, 'createProject', {
      clientId: o.client.id,
      title: 'Web',
      kind: 'web',
      pricing: { mode: 'fixed', amount: 100000 },
      status: 'inquiry',
      createdAt: '2026-12-01',
      deadline: '2026-11-30',
    });
    const inv = o.project.invoices[0]!;
    await refused(o, 'updateProject', { id: o.project.id, invoices: [{ ...inv, paidAt: '2026-10-01', paidAmount: 8250 }] });
    // Work recorded after the fact keeps its past deadline: the start defaults to the day it is recorded.
    const past = await o.call('createProject', {
      clientId: o.client.id,
      title: 'Catálogo 2025',
      kind: 'branding',
      pricing: { mode: 'fixed', amount: 100000 },
      status: 'delivered',
      deadline: '2025-05-30',
    });
    expect(past.deadline).toBe('2025-05-30');
    // A payment larger than its invoice is unusual, not impossible (paid twice by mistake): the form asks.
    const over = await o.call('updateProject', { id: o.project.id, invoices: [{ ...inv, paidAt: '2026-10-20', paidAmount: 50000 }] });
    expect(over.invoices[0]?.paidAmount).toBe(50000);
  });
});

describe('a quote', () => {
  it('survives a restart, with the project moved to quoted', async () => {
    const dir = tempDir();
    const o = await fresh(dir);
    const client = await o.call('createClient', { name: 'Hotel Brisa', source: 'web', status: 'prospect' });
    const project = await o.call('createProject', {
      clientId: client.id,
      title: 'Identidad',
      kind: 'branding',
      pricing: { mode: 'fixed', amount: 200000 },
      status: 'inquiry',
      estimatedHours: 45,
    });
    await o.call('updateProject', { id: project.id, status: 'quoted', quote: { amount: 270000, sentAt: '2026-12-04' } });
    await o.backend.close();
    forget(o.backend);
    const again = await fresh(dir);
    const saved = (await again.call('getDataset')).projects.find((p) => p.id === project.id)!;
    expect(saved.status).toBe('quoted');
    expect(saved.quote).toEqual({ amount: 270000, sentAt: '2026-12-04' });
    expect(saved.pricing).toEqual({ mode: 'fixed', amount: 200000 });
  });
});
