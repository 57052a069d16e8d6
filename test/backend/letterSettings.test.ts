import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../electron/backend/migrations';
import { open, tempDir } from '../support/backend';

describe('the letter settings (tax) and the contact person, on real files', () => {
  it('loads a settings file written before the tax settings with their defaults, keeping what it had', async () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'settings.json'),
      JSON.stringify({ schemaVersion: SCHEMA_VERSION, settings: { language: 'en', yourName: 'Alba Ruiz', currency: 'GBP' } }),
    );
    const { backend, call } = await open(dir);
    const settings = await call('getSettings');
    expect(settings).toMatchObject({ language: 'en', yourName: 'Alba Ruiz', currency: 'GBP', pricesIncludeTax: false, taxName: 'IVA' });
    expect(await call('getNotices')).toEqual([]);
    await backend.close();
  });

  it('saves the tax settings, and refuses a tax name too long to be one, changing nothing', async () => {
    const dir = tempDir();
    const { backend, call } = await open(dir);
    await call('updateSettings', { pricesIncludeTax: true, taxName: 'VAT' });
    const before = fs.readFileSync(path.join(dir, 'settings.json'), 'utf8');
    const bad = await backend.invoke('updateSettings', { taxName: 'x'.repeat(41) });
    expect(bad.ok).toBe(false);
    expect(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).toBe(before);
    await backend.close();
    const again = await open(dir);
    expect(await again.call('getSettings')).toMatchObject({ pricesIncludeTax: true, taxName: 'VAT' });
    await again.backend.close();
  });

  it('keeps a client contact person, and clears it with null', async () => {
    const dir = tempDir();
    const { backend, call } = await open(dir);
    const c = await call('createClient', { name: 'Inmobiliaria Horizonte', contactName: 'Carmen Vidal', source: 'web', status: 'prospect', star: false, createdAt: '2026-11-01' });
    expect(c.contactName).toBe('Carmen Vidal');
    const cleared = await call('updateClient', { id: c.id, contactName: null });
    expect(cleared.contactName).toBeUndefined();
    await backend.close();
  });
});
