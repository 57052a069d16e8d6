import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Client, Dataset, Project } from '#shared/model';
import { EMPTY_DATASET } from '#shared/model';
import { nameKey, parseTimeCsv, planImport, type ImportRow } from '#shared/csv';

const client = (id: string, name: string): Client => ({ id, name, source: 'referral', status: 'active', star: false, createdAt: '2024-01-01' });
const project = (id: string, clientId: string, title: string): Project => ({
  id,
  clientId,
  title,
  kind: 'branding',
  pricing: { mode: 'fixed', amount: 150000 },
  status: 'in-progress',
  createdAt: '2024-01-01',
  invoices: [],
});
const row = (client: string, project: string, minutes: number, note = ''): ImportRow => ({
  date: '2024-03-04',
  minutes,
  client,
  project,
  note,
  billable: true,
});

const dataset: Dataset = {
  ...EMPTY_DATASET,
  clients: [client('c-pan', 'Panadería La Espiga'), client('c-cafe', 'Café Montaña'), client('c-bloom', 'Bloom Skincare Ltd')],
  projects: [
    project('p-iv', 'c-pan', 'Identidad visual'),
    project('p-pack', 'c-cafe', 'Packaging línea verano'),
    // Same title under another client: must not match rows of Panadería.
    project('p-bloom-web', 'c-bloom', 'Web'),
  ],
};

describe('nameKey', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(nameKey('  Panadería   LA espiga ')).toBe('panaderia la espiga');
    expect(nameKey('CAFÉ MONTAÑA')).toBe(nameKey('cafe montana'));
    expect(nameKey('Cafe\u0301 Montan\u0303a')).toBe('cafe montana');
  });
});

describe('planImport', () => {
  it('matches clients and projects by name, case- and accent-insensitively, and lists what is new', () => {
    const rows = [
      row('panaderia la espiga', 'IDENTIDAD VISUAL', 60),
      row(' Panadería La Espiga ', 'Web', 30),
      row('CAFE MONTANA', 'Packaging linea verano', 45),
      row('Northwind Books', 'Cover illustrations', 120),
      row('northwind books', 'cover  illustrations', 15),
      row('Café Montaña', 'Etiquetas', 20),
    ];
    const plan = planImport(rows, dataset);
    expect(plan.clientsToCreate).toEqual(['Northwind Books']);
    expect(plan.projectsToCreate).toEqual([
      { client: 'Panadería La Espiga', project: 'Web' },
      { client: 'Northwind Books', project: 'Cover illustrations' },
      { client: 'Café Montaña', project: 'Etiquetas' },
    ]);
    expect(plan.matched).toEqual({ clients: 2, projects: 2 });
    expect(plan.totalMinutes).toBe(290);
    expect(plan.entries[0]).toEqual({
      date: '2024-03-04',
      minutes: 60,
      note: '',
      billable: true,
      clientName: 'Panadería La Espiga',
      projectName: 'Identidad visual',
      clientId: 'c-pan',
      projectId: 'p-iv',
    });
    expect(plan.entries[1]).toMatchObject({ clientId: 'c-pan', projectName: 'Web' });
    expect(plan.entries[1]?.projectId).toBeUndefined();
    expect(plan.entries[4]).toMatchObject({ clientName: 'Northwind Books', projectName: 'Cover illustrations' });
    expect(plan.entries[4]?.clientId).toBeUndefined();
    expect(plan.byClient).toEqual([
      { client: 'Northwind Books', minutes: 135, rows: 2 },
      { client: 'Panadería La Espiga', clientId: 'c-pan', minutes: 90, rows: 2 },
      { client: 'Café Montaña', clientId: 'c-cafe', minutes: 65, rows: 2 },
    ]);
  });

  it('puts rows without a client on the internal client, to be created with the name given', () => {
    const plan = planImport([row('', 'Portfolio', 60), row('  ', 'Portfolio', 30), row('Bloom Skincare Ltd', 'Web', 10)], dataset, { internalName: 'Studio' });
    expect(plan.byClient[0]).toEqual({ client: 'Studio', internal: true, minutes: 90, rows: 2 });
    expect(plan.entries[0]).toMatchObject({ internal: true, clientName: 'Studio', projectName: 'Portfolio' });
    expect(plan.entries[0]?.clientId).toBeUndefined();
    expect(plan.entries[2]).toMatchObject({ clientId: 'c-bloom', projectId: 'p-bloom-web' });
    expect(plan.entries[2]?.internal).toBeUndefined();
    // The internal client is made by the import itself, never as a client named in the file.
    expect(plan.clientsToCreate).toEqual([]);
    expect(plan.projectsToCreate).toEqual([{ client: 'Studio', project: 'Portfolio', internal: true }]);
  });

  it('matches the existing internal client and its projects, whatever it was renamed to', () => {
    const withStudio = {
      clients: [...dataset.clients, { id: 'c-int', name: 'Interno', internal: true }],
      projects: [...dataset.projects, { id: 'p-admin', clientId: 'c-int', title: 'Administración' }],
    } as unknown as typeof dataset;
    const plan = planImport([row('', 'administracion', 45), row('', 'Portfolio', 15)], withStudio, { internalName: 'Estudio' });
    expect(plan.entries[0]).toMatchObject({ internal: true, clientId: 'c-int', clientName: 'Interno', projectId: 'p-admin', projectName: 'Administración' });
    expect(plan.byClient).toEqual([{ client: 'Interno', clientId: 'c-int', internal: true, minutes: 60, rows: 2 }]);
    expect(plan.projectsToCreate).toEqual([{ client: 'Interno', project: 'Portfolio', internal: true }]);
    expect(plan.matched).toEqual({ clients: 1, projects: 1 });
  });

  it('flags rows without a project', () => {
    const plan = planImport([row('Café Montaña', '', 25)], dataset);
    expect(plan.entries[0]).toMatchObject({ clientId: 'c-cafe', needsProject: true, projectName: '' });
    expect(plan.projectsToCreate).toEqual([]);
  });

  it('plans a whole Toggl export against the dataset, and writes nothing', () => {
    const text = readFileSync(new URL('../../fixtures/import/toggl-bom-amount.csv', import.meta.url), 'utf8');
    const { rows } = parseTimeCsv(text);
    const before = JSON.stringify(dataset);
    const plan = planImport(rows, dataset);
    expect(JSON.stringify(dataset)).toBe(before);
    expect(plan.totalMinutes).toBe(1011);
    expect(plan.clientsToCreate).toEqual(['Estudio Núñez & Asociados']);
    expect(plan.projectsToCreate).toEqual([
      { client: 'Bloom Skincare Ltd', project: 'Rebrand 2024' },
      { client: 'Estudio', project: 'Portfolio', internal: true },
      { client: 'Estudio Núñez & Asociados', project: 'Señalética oficina' },
    ]);
    expect(plan.matched).toEqual({ clients: 3, projects: 2 });
    expect(plan.byClient.map((g) => [g.client, g.minutes, g.rows])).toEqual([
      ['Café Montaña', 450, 2],
      ['Estudio Núñez & Asociados', 195, 1],
      ['Panadería La Espiga', 195, 2],
      ['Bloom Skincare Ltd', 111, 2],
      ['Estudio', 60, 1],
    ]);
    expect(plan.entries.filter((e) => e.internal)).toHaveLength(1);
  });

  it('plans nothing from no rows', () => {
    expect(planImport([], dataset)).toEqual({
      clientsToCreate: [],
      projectsToCreate: [],
      matched: { clients: 0, projects: 0 },
      totalMinutes: 0,
      byClient: [],
      entries: [],
    });
  });
});
