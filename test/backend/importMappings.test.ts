import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../electron/backend/migrations';
import { open, tempDir } from '../support/backend';
import { headerLineKey, rememberMapping } from '#shared/csv/mapping';
import { MAX_IMPORT_MAPPINGS, type ColumnMapping } from '#shared/model';

const kimai: ColumnMapping = { date: 0, duration: 3, durationUnit: 'hours', start: 1, end: 2, client: 13, project: 14, note: 16, billable: 17, billableYes: ['1'], dateOrder: 'ymd', decimalMark: '.' };

describe('remembered column mappings in the settings, on real files', () => {
  it('loads a settings file written before them with none, then keeps one across a restart', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION, settings: { language: 'es', yourName: 'Lucía' } }));
    const { backend, call } = await open(dir);
    expect((await call('getSettings')).importMappings).toEqual({});
    const key = headerLineKey(['Date', 'From', 'To', 'Duration']);
    await call('updateSettings', { importMappings: rememberMapping({}, key, kimai) });
    await backend.close();
    const again = await open(dir);
    const settings = await again.call('getSettings');
    expect(settings.importMappings).toEqual({ [key]: kimai });
    expect(settings.yourName).toBe('Lucía');
    await again.backend.close();
  });

  it(`refuses a mapping that is not one, or more than ${MAX_IMPORT_MAPPINGS}, changing nothing`, async () => {
    const dir = tempDir();
    const { backend, call } = await open(dir);
    await call('updateSettings', { importMappings: { a: kimai } });
    const before = fs.readFileSync(path.join(dir, 'settings.json'), 'utf8');
    const many = Object.fromEntries(Array.from({ length: MAX_IMPORT_MAPPINGS + 1 }, (_, i) => [`h${i}`, kimai]));
    for (const importMappings of [{ a: { ...kimai, dateOrder: 'dym' } }, { a: { ...kimai, date: -2 } }, { a: { ...kimai, colour: 'blue' } }, many]) {
      const r = await backend.invoke('updateSettings', { importMappings });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid-input');
    }
    expect(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).toBe(before);
    await backend.close();
  });
});
