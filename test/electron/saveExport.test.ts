import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appFrameCheck, registerChannels, type BackendLike } from '../../electron/main/ipc';
import { saveFailureReason, writeExportFile } from '../../electron/main/saveExport';
import { app, dialog, fakeFrame, ipcMainDouble, resetElectronDouble, shell, type FakeFrame } from '../support/electron-double';

const APP_URL = 'file:///opt/ClientFit/resources/app.asar/out/renderer/index.html';
let appFrame: FakeFrame;
let downloads: string;

function call(channel: string, payload: unknown) {
  const handler = ipcMainDouble.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ senderFrame: appFrame }, payload) as Promise<{ ok: boolean; value?: unknown; error?: { code: string; issues?: { message: string }[] } }>;
}

beforeEach(() => {
  resetElectronDouble();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  appFrame = fakeFrame(APP_URL);
  downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'clientfit-downloads-'));
  app.setPath('downloads', downloads);
  const backend: BackendLike = { invoke: async () => ({ ok: true, value: null }) };
  registerChannels({ backend }, appFrameCheck(() => appFrame, APP_URL));
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('saveExport', () => {
  it('proposes Downloads and the given name, writes the bytes where the person chose, and can show that file', async () => {
    const chosen = path.join(downloads, 'mis horas.csv');
    dialog.saveAnswers.push(chosen);
    const result = await call('saveExport', { name: 'clientfit-time-2026-12-04.csv', content: '\uFEFFFecha;Cliente\r\n' });
    expect(dialog.saveDialogs[0]).toEqual({ defaultPath: path.join(downloads, 'clientfit-time-2026-12-04.csv'), filters: [{ name: 'CSV', extensions: ['csv'] }] });
    expect(result).toEqual({ ok: true, value: { path: chosen, name: 'mis horas.csv' } });
    expect(fs.readFileSync(chosen)).toEqual(Buffer.from('\uFEFFFecha;Cliente\r\n', 'utf8'));
    expect(fs.statSync(chosen).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(downloads)).toEqual(['mis horas.csv']);
    expect(await call('showInFolder', { path: chosen })).toEqual({ ok: true, value: null });
    expect(shell.shownInFolder).toEqual([chosen]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    expect(await call('saveExport', { name: 'clientfit-backup-2026-12-04.json', content: '{}' })).toEqual({ ok: true, value: null });
    expect(dialog.saveDialogs[0]?.filters).toEqual([{ name: 'JSON', extensions: ['json'] }]);
    expect(fs.readdirSync(downloads)).toEqual([]);
  });

  it('answers a failed write with write-failed and its reason, leaving no partial file', async () => {
    const blocker = path.join(downloads, 'not-a-folder');
    fs.writeFileSync(blocker, 'x');
    dialog.saveAnswers.push(path.join(blocker, 'export.csv'));
    const result = await call('saveExport', { name: 'clientfit-time-2026-12-04.csv', content: 'a,b\r\n' });
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('write-failed');
    expect(result.error).toMatchObject({ reason: 'export-not-written', params: {} });
    expect(fs.readdirSync(downloads)).toEqual(['not-a-folder']);
  });

  it('refuses a name that is a path, and shows in the folder only files it saved', async () => {
    for (const name of ['../../.bashrc.csv', '/etc/passwd.csv', 'export.exe', '']) {
      const refused = await call('saveExport', { name, content: 'x' });
      expect(refused.error?.code).toBe('invalid-input');
    }
    expect(dialog.saveDialogs).toEqual([]);
    expect((await call('showInFolder', { path: '/etc/passwd' })).error?.code).toBe('forbidden');
    expect(shell.shownInFolder).toEqual([]);
  });
});

describe('writeExportFile', () => {
  it('replaces an existing file whole and names the reasons a person can act on', async () => {
    const file = path.join(downloads, 'export.csv');
    fs.writeFileSync(file, 'old content that is longer than the new one');
    await writeExportFile(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.readdirSync(downloads)).toEqual(['export.csv']);
    expect(saveFailureReason(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('no-permission');
    expect(saveFailureReason(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe('disk-full');
    expect(saveFailureReason(Object.assign(new Error('x'), { code: 'EROFS' }))).toBe('read-only');
    expect(saveFailureReason(new Error('x'))).toBe('other');
  });
});
