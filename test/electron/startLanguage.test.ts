/**
 * Chromium's own controls speak the saved language from the next start: main reads the language
 * the backend saved and passes it as `--lang` (es-ES, en-GB) before the app is ready.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { langSwitch, savedLanguage } from '../../electron/main/startLanguage';
import { open, tempDir } from '../support/backend';
import { app, BrowserWindow, resetElectronDouble } from '../support/electron-double';

describe('the language Chromium starts in', () => {
  it('is the one the backend saved, as the locale the app writes dates in', async () => {
    const dataDir = tempDir('clientfit-lang-');
    // First run: nothing saved yet, the system's language stays.
    expect(savedLanguage(dataDir)).toBeNull();
    expect(langSwitch(dataDir)).toBeNull();
    const { backend, call } = await open(dataDir);
    await call('updateSettings', { language: 'en' });
    await backend.close();
    expect(savedLanguage(dataDir)).toBe('en');
    expect(langSwitch(dataDir)).toBe('en-GB');

    const again = await open(dataDir);
    await again.call('updateSettings', { language: 'es' });
    await again.backend.close();
    expect(langSwitch(dataDir)).toBe('es-ES');
  });

  it('keeps the system language when the settings file cannot be read', () => {
    const dataDir = tempDir('clientfit-lang-');
    fs.writeFileSync(path.join(dataDir, 'settings.json'), '{ not json');
    expect(langSwitch(dataDir)).toBeNull();
    fs.writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ schemaVersion: 1, settings: { language: 'fr' } }));
    expect(langSwitch(dataDir)).toBeNull();
  });
});

describe('main, started with English saved', () => {
  let userData: string;
  beforeAll(async () => {
    resetElectronDouble();
    app.systemLanguages = ['es-ES'];
    userData = fs.mkdtempSync(path.join(os.tmpdir(), 'clientfit-main-lang-'));
    const { backend, call } = await open(path.join(userData, 'data'));
    await call('updateSettings', { language: 'en' });
    await backend.close();
    vi.stubEnv('CLIENTFIT_USER_DATA_DIR', userData);
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(BrowserWindow.windows).toHaveLength(1));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    fs.rmSync(userData, { recursive: true, force: true });
  });

  it('passes --lang=en-GB to Chromium on a Spanish system', () => {
    expect(app.commandLine.switches.get('lang')).toBe('en-GB');
  });
});
