import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { open, tempDir } from '../support/backend';
import { forgetMappings, headerLineKey, mappedColumnNames, rememberMapping, restoreMappings } from '#shared/csv/mapping';
import type { ColumnMapping } from '#shared/model';

const SHEET = ['Día', 'Horas', 'Proyecto', 'Cobrar'];
const sheet: ColumnMapping = { date: 0, duration: 1, durationUnit: 'hours', start: -1, end: -1, client: -1, project: 2, note: -1, billable: 3, billableYes: ['Sí', 'x'], dateOrder: 'dmy', decimalMark: ',' };
const onDisk = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).settings.importMappings as Record<string, ColumnMapping>;

describe('remembered mappings with their day and column names, forgotten and restored, on real files', () => {
  it('keeps the day last used and the column names, forgets one and puts it back across a restart', async () => {
    const dir = tempDir();
    const { backend, call } = await open(dir);
    const key = headerLineKey(SHEET);
    const kept = { ...sheet, usedAt: '2026-12-04', columnNames: mappedColumnNames(SHEET, sheet) };
    const both = rememberMapping(rememberMapping({}, 'other|line', sheet), key, kept);
    await call('updateSettings', { importMappings: both });
    expect(onDisk(dir)[key]).toEqual(kept);

    await call('updateSettings', { importMappings: forgetMappings(both, [key]) });
    expect(Object.keys(onDisk(dir))).toEqual(['other|line']);
    await backend.close();

    const again = await open(dir);
    const now = (await again.call('getSettings')).importMappings;
    await again.call('updateSettings', { importMappings: restoreMappings(now, { [key]: kept }, Object.keys(both)) });
    expect(onDisk(dir)).toEqual(both);
    await again.backend.close();
  });

  it('refuses an impossible day or a column name past the limit, changing nothing', async () => {
    const dir = tempDir();
    const { backend, call } = await open(dir);
    await call('updateSettings', { importMappings: { a: sheet } });
    const before = fs.readFileSync(path.join(dir, 'settings.json'), 'utf8');
    for (const bad of [{ ...sheet, usedAt: '2026-13-45' }, { ...sheet, columnNames: { date: 'x'.repeat(201) } }, { ...sheet, columnNames: { colour: 'blue' } }]) {
      const r = await backend.invoke('updateSettings', { importMappings: { a: bad } });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid-input');
    }
    expect(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).toBe(before);
    await backend.close();
  });
});
