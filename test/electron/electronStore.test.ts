import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ElectronStore from 'electron-store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/backend/index';
import { confStoreFactory, storeFilePath } from '../../electron/backend/store';
import { app, resetElectronDouble } from '../support/electron-double';

// The same factory main hands the backend.
const createStore = confStoreFactory(ElectronStore, 'electron-store');

describe('electron-store through the store factory main uses', () => {
  let dir: string;
  beforeEach(() => {
    resetElectronDouble();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clientfit-estore-'));
    app.setPath('userData', path.join(dir, 'user-data'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a real, compact JSON file in the given folder', () => {
    const doc = createStore({ dir, name: 'clients' });
    expect(doc.path).toBe(storeFilePath(dir, 'clients'));
    doc.write({ schemaVersion: 1, items: [{ id: 'c1', name: 'Ana' }] });
    const text = fs.readFileSync(path.join(dir, 'clients.json'), 'utf8');
    // electron-store adds its own `__internal__` bookkeeping beside the document.
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: 1, items: [{ id: 'c1', name: 'Ana' }] });
    expect(text).not.toContain('\n\t');
    // Nothing lands in the default user data folder.
    expect(fs.existsSync(path.join(dir, 'user-data'))).toBe(false);
  });

  it('carries a change made through the backend to disk before answering', async () => {
    const dataDir = path.join(dir, 'data');
    const backend = await openBackend({ dataDir, createStore, now: () => new Date('2025-03-04T10:00:00Z') });
    try {
      const created = await backend.invoke('createClient', { name: 'Estudio Norte', source: 'referral', status: 'prospect' });
      expect(created).toMatchObject({ ok: true, value: { name: 'Estudio Norte' } });
      const onDisk = JSON.parse(fs.readFileSync(path.join(dataDir, 'clients.json'), 'utf8'));
      expect(onDisk.items).toEqual([expect.objectContaining({ name: 'Estudio Norte', source: 'referral' })]);
    } finally {
      await backend.close();
    }
  });

  it('takes a factory that makes plain electron-store instances, and reads them back', async () => {
    const dataDir = path.join(dir, 'data');
    const factory = (opts: ConstructorParameters<typeof ElectronStore>[0]) => new ElectronStore(opts) as unknown as { path: string; store: Record<string, unknown> };
    const backend = await openBackend({ dataDir, createStore: factory, dailyBackup: false });
    const r = await backend.invoke('createClient', { name: 'Estudio Brisa', source: 'web', status: 'active' });
    await backend.close();
    expect(r.ok).toBe(true);
    // electron-store itself reads what the backend wrote.
    const store = new ElectronStore({ cwd: dataDir, name: 'clients' });
    expect((store.store as { items: { name: string }[] }).items.map((c) => c.name)).toEqual(['Estudio Brisa']);
  });
});
