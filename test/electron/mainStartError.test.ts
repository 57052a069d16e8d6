/**
 * When main cannot open the data at start, it says so in the system's language (the
 * settings cannot be read yet), says what to do next, and exits.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, dialog, resetElectronDouble } from '../support/electron-double';
import es from '../../renderer/src/i18n/es.json';

let userData: string;

beforeAll(async () => {
  resetElectronDouble();
  app.systemLanguages = ['es-ES', 'en-US'];
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'clientfit-main-error-'));
  // A file where the data folder should be: the backend cannot open it.
  fs.writeFileSync(path.join(userData, 'data'), 'not a folder');
  vi.stubEnv('CLIENTFIT_USER_DATA_DIR', userData);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await import('../../electron/main/index');
  await vi.waitFor(() => expect(app.exitCodes).toEqual([1]));
});

afterAll(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  fs.rmSync(userData, { recursive: true, force: true });
});

describe('main when the data cannot be opened', () => {
  it('shows one error box in Spanish on a Spanish system, naming the folder and what to do, and opens no window', () => {
    expect(dialog.errors).toHaveLength(1);
    const [error] = dialog.errors;
    expect(error!.title).toBe(es.mainDialogs.openFailedTitle);
    expect(error!.content).toContain(path.join(userData, 'data'));
    expect(error!.content).toContain('Comprueba que la carpeta existe y que puedes escribir en ella');
    expect(BrowserWindow.windows).toEqual([]);
  });
});
