import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { completeMapping, guessMapping, parseTimeCsv } from '#shared/csv';
import { ImportSession, type ImportChoices } from '#shared/csv/previewSession';
import { bigTimeCsv } from '../../support/bigExport';

const choices: ImportChoices = { dateOrder: null, clientForBlank: '', projectForBlank: '', internalName: 'Estudio' };
const empty = { clients: [], projects: [], timeEntries: [] };

describe('ImportSession', () => {
  it('names the blank client and project for the plan without reading the file again', () => {
    const session = new ImportSession('date,client,project,minutes,billable,note\r\n2024-03-04,,,30,yes,Admin\r\n2024-03-05,Espiga,Logo,60,no,\r\n');
    const first = session.analyse(choices, empty);
    expect(first).toMatchObject({ blankClients: 1, blankProjects: 1, plan: { entryCount: 2, totalMinutes: 90 } });
    expect(first.groups.map((g) => [g.client, g.internal])).toEqual([
      ['Espiga', false],
      ['Estudio', true],
    ]);
    const named = session.analyse({ ...choices, clientForBlank: 'Espiga', projectForBlank: 'Gestión' }, empty);
    expect(named.groups.map((g) => [g.client, g.entries])).toEqual([['Espiga', 2]]);
    expect(session.payload({ kind: 'branding', includeDuplicates: false, fileName: 'x.csv' }).projects.map((p) => p.title).sort()).toEqual(['Gestión', 'Logo']);
  });

  it('parses with progress reported by share of the text', () => {
    const shares: number[] = [];
    const r = parseTimeCsv(bigTimeCsv(10_000), { onProgress: (s) => shares.push(s) });
    expect(r.rows).toHaveLength(10_000);
    expect(shares.length).toBe(2);
    for (const s of shares) expect(s).toBeGreaterThan(0);
    expect(shares[1]).toBeGreaterThan(shares[0]!);
    expect(shares[1]).toBeLessThan(1);
  });

  it('carries an unknown file\'s columns and first rows for the mapping step, then plans it by the confirmed mapping', () => {
    const file = readFileSync(new URL('../../fixtures/import/hoja-es.csv', import.meta.url)).toString('utf8');
    const session = new ImportSession(file);
    const unknown = session.analyse(choices, empty);
    expect(unknown.parsed).toMatchObject({ format: 'unknown', rowCount: 0, columns: ['Fecha', 'Horas', 'Cliente', 'Proyecto', 'Notas'] });
    expect(unknown.parsed.sampleRows).toHaveLength(4);
    expect(unknown.plan.entryCount).toBe(0);
    const mapping = completeMapping(guessMapping(unknown.parsed.columns ?? [], (unknown.parsed.sampleRows ?? []).map((r) => r.cells)));
    // The mapping arrives as a copy, as it does in a worker.
    const mapped = session.analyse({ ...choices, mapping: structuredClone(mapping) }, empty);
    expect(mapped.parsed).toMatchObject({ format: 'mapped', rowCount: 4, errors: [] });
    expect(mapped.plan).toMatchObject({ entryCount: 4, totalMinutes: 450 });
    expect(mapped.groups.find((g) => g.internal)?.client).toBe('Estudio');
    const payload = session.payload({ kind: 'branding', includeDuplicates: false, fileName: 'hoja-es.csv' });
    expect(payload.entries.map((e) => [e.date, e.minutes, e.clientName])).toContainEqual(['2024-03-13', 45, '']);
  });
});
