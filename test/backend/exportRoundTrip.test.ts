/**
 * Export, then import into a fresh app: the same time, whichever export and language. And
 * the same file imported again adds nothing. Real backends on real files.
 */
import { describe, expect, it } from 'vitest';
import { decodeTimeCsv, toTimeCsv, toTimeExcelCsv } from '#shared/csv';
import type { Dataset } from '#shared/model';
import { ImportSession, type ImportChoices } from '#shared/csv/previewSession';
import { generateDataset, writeDataFolder } from '../support/generate';
import { open, tempDir } from '../support/backend';

const choices: ImportChoices = { dateOrder: null, clientForBlank: '', projectForBlank: '', internalName: 'Estudio' };

/** Each entry as a person would check it: client, project, date, minutes, note, billable. */
function timeOf(d: Dataset): string[] {
  const projects = new Map(d.projects.map((p) => [p.id, p]));
  const clients = new Map(d.clients.map((c) => [c.id, c.name]));
  return d.timeEntries
    .map((e) => {
      const p = projects.get(e.projectId);
      return JSON.stringify([clients.get(p?.clientId ?? ''), p?.title, e.date, e.minutes, e.note ?? '', e.billable]);
    })
    .sort();
}

describe('export and import again', () => {
  const source = generateDataset({ entries: 1_500, endDate: '2026-11-20', seed: 7 });
  const exports: [string, (d: Dataset) => string][] = [
    ['CSV', (d) => `\uFEFF${toTimeCsv(d)}`],
    ['Excel in Spanish', (d) => toTimeExcelCsv(d, 'es')],
    ['Excel in English', (d) => toTimeExcelCsv(d, 'en')],
  ];

  it.each(exports)('%s: the same time in a fresh app, and nothing doubled on a second import', async (_name, write) => {
    const from = tempDir('clientfit-roundtrip-from-');
    writeDataFolder(from, source);
    const a = await open(from);
    const exported = await a.call('getDataset');
    await a.backend.close();
    expect(exported.timeEntries.length).toBe(1_500);
    const bytes = new TextEncoder().encode(write(exported));

    const b = await open(tempDir('clientfit-roundtrip-to-'));
    const session = new ImportSession(decodeTimeCsv(bytes));
    const first = session.analyse(choices, await b.call('getDataset'));
    expect(first.parsed.errors).toEqual([]);
    expect(first.parsed.format).toBe('clientfit');
    expect(first.plan.entryCount).toBe(1_500);
    const result = await b.call('importTime', session.payload({ kind: 'branding', includeDuplicates: false, fileName: 'export.csv' }));
    expect(result.entries).toBe(1_500);
    const imported = await b.call('getDataset');
    expect(timeOf(imported)).toEqual(timeOf(exported));

    // The same file again: every row already there, none added.
    const again = new ImportSession(decodeTimeCsv(bytes));
    const second = again.analyse(choices, imported);
    expect(second.duplicates.count).toBe(1_500);
    const repeat = await b.call('importTime', again.payload({ kind: 'branding', includeDuplicates: false, fileName: 'export.csv' }));
    expect(repeat).toMatchObject({ entries: 0, skipped: 1_500 });
    expect((await b.call('getDataset')).timeEntries).toHaveLength(1_500);
    await b.backend.close();
  });
});
