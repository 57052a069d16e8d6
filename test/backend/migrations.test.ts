/**
 * Data versions: `migrateDoc` with the real table (version 1 is current), with a
 * synthetic v1 -> v2 -> v3 table to prove the chain, and a hand-written folder of
 * every past version in test/fixtures/data-vN opened as it would be after an update.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, MigrationError, SCHEMA_VERSION, migrateDoc, type Doc, type DocKind, type Migration } from '../../electron/backend/migrations';
import { DEFAULT_SETTINGS } from '#shared/model';
import { open, snapshotFiles, tempDir } from '../support/backend';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const KINDS: DocKind[] = ['settings', 'timer', 'collection', 'timeShard'];

describe('migrateDoc with the real table', () => {
  it('has a step from every past version to the current one', () => {
    expect(SCHEMA_VERSION).toBe(1);
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `step from version ${v}`).toBeTypeOf('function');
    expect(Object.keys(MIGRATIONS).map(Number).every((v) => v >= 1 && v < SCHEMA_VERSION)).toBe(true);
  });

  it.each(KINDS)('returns a current (v1) %s file unchanged', (kind) => {
    const doc = { schemaVersion: 1, items: [{ id: 'a' }], settings: { language: 'es' }, timer: null, month: '2026-11' };
    const copy = structuredClone(doc);
    expect(migrateDoc(doc, kind)).toEqual(copy);
    expect(doc).toEqual(copy);
  });

  it.each([
    [null, /does not hold an object/],
    [[1, 2], /does not hold an object/],
    ['{"schemaVersion":1}', /does not hold an object/],
    [{ items: [] }, /no valid schemaVersion/],
    [{ schemaVersion: 0 }, /no valid schemaVersion/],
    [{ schemaVersion: 1.5 }, /no valid schemaVersion/],
    [{ schemaVersion: '1' }, /no valid schemaVersion/],
    [{ schemaVersion: 2 }, /newer version of ClientFit \(data version 2\)/],
    [{ schemaVersion: 1e9 }, /newer version/],
  ])('rejects %j', (raw, message) => {
    expect(() => migrateDoc(raw, 'collection')).toThrow(MigrationError);
    expect(() => migrateDoc(raw, 'collection')).toThrow(message);
  });
});

describe('migrateDoc with a synthetic v1 -> v2 -> v3 table', () => {
  const calls: string[] = [];
  // v2 renames `items` to `records`; v3 adds `tags` to each record (and needs v2's shape).
  const table: Record<number, Migration> = {
    1: (doc, kind) => {
      calls.push(`1->2 ${kind}`);
      const { items, ...rest } = doc;
      return { ...rest, schemaVersion: 2, records: items };
    },
    2: (doc, kind) => {
      calls.push(`2->3 ${kind}`);
      return { ...doc, schemaVersion: 3, records: (doc.records as Doc[]).map((r) => ({ ...r, tags: [] })) };
    },
  };

  it('runs every step from the file version up, in order', () => {
    calls.length = 0;
    expect(migrateDoc({ schemaVersion: 1, items: [{ id: 'a' }] }, 'collection', table, 3)).toEqual({ schemaVersion: 3, records: [{ id: 'a', tags: [] }] });
    expect(calls).toEqual(['1->2 collection', '2->3 collection']);
    calls.length = 0;
    expect(migrateDoc({ schemaVersion: 2, records: [{ id: 'b' }] }, 'timeShard', table, 3)).toEqual({ schemaVersion: 3, records: [{ id: 'b', tags: [] }] });
    expect(calls).toEqual(['2->3 timeShard']);
    calls.length = 0;
    const current = { schemaVersion: 3, records: [] };
    expect(migrateDoc(current, 'collection', table, 3)).toBe(current);
    expect(calls).toEqual([]);
  });

  it('rejects a version from the future', () => {
    expect(() => migrateDoc({ schemaVersion: 4, records: [] }, 'collection', table, 3)).toThrow(/newer version of ClientFit \(data version 4\)/);
  });

  it('rejects a missing step, and a step that does not advance the version', () => {
    expect(() => migrateDoc({ schemaVersion: 1, items: [] }, 'collection', { 1: table[1]! }, 3)).toThrow(/no migration from data version 2/);
    expect(() => migrateDoc({ schemaVersion: 1, items: [] }, 'collection', { 1: (d) => ({ ...d }), 2: table[2]! }, 3)).toThrow(/did not advance/);
  });
});

describe('data folders of every past version', () => {
  const versions = fs
    .readdirSync(FIXTURES)
    .map((n) => /^data-v(\d+)$/.exec(n))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => Number(m[1]));

  it('has a fixture for every version up to the current one', () => {
    expect(versions.sort()).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it.each(versions)('opens the version %i folder without a notice, and leaves its files as they were', async (v) => {
    const dir = tempDir();
    fs.cpSync(path.join(FIXTURES, `data-v${v}`), dir, { recursive: true });
    const bytes = snapshotFiles(dir);
    const { backend, call } = await open(dir);
    expect(await call('getNotices')).toEqual([]);
    const data = await call('getDataset');
    expect(data.clients.length).toBeGreaterThan(0);
    expect(data.timeEntries.length).toBeGreaterThan(0);
    await backend.close();
    // Loading migrates in memory; a file is written in the new shape on its next change only.
    expect(snapshotFiles(dir)).toEqual(bytes);
  });

  it('reads the version 1 folder field by field', async () => {
    const dir = tempDir();
    fs.cpSync(path.join(FIXTURES, 'data-v1'), dir, { recursive: true });
    const { backend, call } = await open(dir);
    const settings = await call('getSettings');
    const data = await call('getDataset');
    const timer = await call('getTimer');
    await backend.close();

    // Settings added after version 1 take their defaults.
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      language: 'en',
      formality: 'usted',
      currency: 'USD',
      targetHourlyRate: 8500,
      minimumHourlyRate: 5500,
      weeklyCapacityHours: 24,
      monthlyFixedCosts: 210000,
      yourName: 'Lucía Ferrer',
      businessName: 'Ferrer Estudio',
      signature: 'Lucía — Ferrer Estudio',
      specialties: ['branding', 'packaging'],
      followUpDays: 45,
      checkInDays: 10,
      cleanHouseShare: 0.15,
    });
    expect(timer).toBeNull();

    expect(data.clients).toEqual([
      {
        id: 'c-bodega',
        name: 'Bodega Aurora',
        company: 'Aurora Vinos S.L.',
        email: 'hola@bodegaaurora.es',
        source: 'referral',
        referredBy: 'c-cafe',
        status: 'active',
        star: true,
        notes: 'Pays on time; refers friends.',
        createdAt: '2025-03-14',
        lastContactAt: '2026-10-28',
      },
      { id: 'c-cafe', name: 'Café Norte', source: 'web', status: 'past', star: false, createdAt: '2024-11-02' },
    ]);

    const [labels, menu] = data.projects;
    expect(labels).toMatchObject({
      id: 'p-etiquetas',
      clientId: 'c-bodega',
      title: 'Etiquetas de vino',
      kind: 'packaging',
      pricing: { mode: 'fixed', amount: 240000 },
      estimatedHours: 30,
      status: 'delivered',
      deadline: '2026-11-15',
      createdAt: '2026-09-20',
      notes: 'Three labels and a box.',
    });
    expect(labels!.invoices).toEqual([
      { id: 'inv-1', issuedAt: '2026-10-01', amount: 120000, termsDays: 30, paidAt: '2026-10-29', paidAmount: 120000 },
      { id: 'inv-2', issuedAt: '2026-11-16', amount: 120000, termsDays: 30 },
    ]);
    expect(menu).toEqual({
      id: 'p-menu',
      clientId: 'c-cafe',
      title: 'Carta de temporada',
      kind: 'illustration',
      pricing: { mode: 'hourly', rate: 6500 },
      status: 'closed',
      createdAt: '2026-10-05',
      invoices: [],
    });

    expect(data.timeEntries).toEqual([
      { id: 't-1', projectId: 'p-etiquetas', date: '2026-10-02', minutes: 180, billable: true, note: 'Bocetos' },
      { id: 't-2', projectId: 'p-menu', date: '2026-10-06', minutes: 90, billable: true },
      { id: 't-3', projectId: 'p-etiquetas', date: '2026-10-30', minutes: 45, billable: false, note: 'Reunión' },
      { id: 't-4', projectId: 'p-etiquetas', date: '2026-11-03', minutes: 240, billable: true, note: 'Artes finales' },
      { id: 't-5', projectId: 'p-menu', date: '2026-11-12', minutes: 60, billable: true },
    ]);
    expect(data.signals).toEqual([{ id: 's-1', clientId: 'c-bodega', projectId: 'p-etiquetas', date: '2026-10-29', kind: 'paid-on-time' }]);
    expect(data.colleagues).toEqual([
      { id: 'col-1', name: 'Marta Ruiz', specialties: ['web', 'editorial'], languages: ['es', 'en'], email: 'marta@ruiz.studio', website: 'https://ruiz.studio' },
    ]);
    expect(data.letters).toEqual([
      {
        id: 'l-1',
        kind: 'follow-up',
        clientId: 'c-cafe',
        language: 'es',
        subject: '¿Qué tal la carta?',
        body: 'Hola, equipo de Café Norte:\n\n¿Cómo está funcionando la carta nueva?\n\nLucía',
        createdAt: '2026-11-10',
      },
    ]);
  });
});
