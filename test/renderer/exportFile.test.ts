import { describe, expect, it } from 'vitest';
import { checkExportText, readExportFile } from '../../renderer/src/screens/settings/exportFile';
import { DEFAULT_SETTINGS, EMPTY_DATASET } from '#shared/model';
import { MONTH_MAX_ENTRIES } from '#shared/limits';
import { client as kitClient, project as kitProject } from '../support/builders';

const doc = (dataset: object) => JSON.stringify({ format: 'clientfit-backup', exportedAt: '2026-11-23T10:00:00Z', dataset: { ...EMPTY_DATASET, ...dataset }, settings: DEFAULT_SETTINGS });
const client = kitClient('c1', { name: 'Bodega', createdAt: '2026-01-01' });
const project = kitProject('p1', 'c1', { title: 'Web', kind: 'web', pricing: { mode: 'hourly', rate: 5000 }, status: 'in-progress', createdAt: '2026-01-01' });

describe('reading an export to restore', () => {
  it('refuses a file over 100 MB by its size, without reading it', async () => {
    let read = false;
    const file = { name: 'huge.json', size: 126 * 1024 * 1024, slice: () => ((read = true), new Blob()) } as unknown as File;
    await expect(readExportFile(file, () => undefined)).resolves.toEqual({ ok: false, reason: 'too-large', bytes: 126 * 1024 * 1024, max: 100 * 1024 * 1024 });
    expect(read).toBe(false);
  });

  it('reads a good export in chunks, reporting progress up to the whole file', async () => {
    const text = doc({ clients: [client], projects: [project], timeEntries: [{ id: 't1', projectId: 'p1', date: '2026-02-01', minutes: 60, billable: true }] });
    const shares: number[] = [];
    const r = await readExportFile(new File([text], 'export.json'), (s) => shares.push(s));
    expect(r).toMatchObject({ ok: true });
    expect(r.ok && r.dataset.timeEntries).toHaveLength(1);
    expect(shares.at(-1)).toBe(1);
  });

  it('refuses what is not an export, a month over the cap, a span of centuries and too long a list', () => {
    expect(checkExportText('{"hello":"world"}')).toEqual({ ok: false, reason: 'not-an-export' });
    expect(checkExportText('not json')).toEqual({ ok: false, reason: 'not-an-export' });
    const crowded = Array.from({ length: MONTH_MAX_ENTRIES + 1 }, (_, i) => ({ id: `t${i}`, projectId: 'p1', date: '2026-02-01', minutes: 5, billable: true }));
    expect(checkExportText(doc({ clients: [client], projects: [project], timeEntries: crowded }))).toEqual({ ok: false, reason: 'month-full', month: '2026-02', count: 20_001, max: 20_000 });
    const spread = [
      { id: 'a', projectId: 'p1', date: '1950-01-01', minutes: 5, billable: true },
      { id: 'b', projectId: 'p1', date: '2026-01-01', minutes: 5, billable: true },
    ];
    expect(checkExportText(doc({ clients: [client], projects: [project], timeEntries: spread }))).toEqual({ ok: false, reason: 'months', first: '1950-01', last: '2026-01', span: 913, max: 600 });
    const many = Array.from({ length: 200_001 }, () => 0);
    expect(checkExportText(doc({ signals: many }))).toEqual({ ok: false, reason: 'too-many', list: 'signals', count: 200_001, max: 200_000 });
  });
});
