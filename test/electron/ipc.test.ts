import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '#shared/ipc/contract';
import {
  appFrameCheck,
  isAllowedExternalUrl,
  isAppUrl,
  registerChannels,
  sendMenuCommand,
  type BackendLike,
} from '../../electron/main/ipc';
import { MENU_COMMAND_CHANNEL } from '#shared/ipc/menu';
import { clipboard, fakeFrame, FakeWebContents, ipcMainDouble, resetElectronDouble, shell, type FakeFrame } from '../support/electron-double';
import type { WebContents } from 'electron';

const APP_URL = 'file:///opt/ClientFit/resources/app.asar/out/renderer/index.html';
const entry = { projectId: 'p1', date: '2025-03-04', minutes: 90, billable: true };

let appFrame: FakeFrame;
let backend: { invoke: ReturnType<typeof vi.fn<BackendLike['invoke']>> };
let unregister: () => void;

function call(channel: string, payload: unknown, frame: FakeFrame | null = appFrame) {
  const handler = ipcMainDouble.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ senderFrame: frame }, payload);
}

beforeEach(() => {
  resetElectronDouble();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  appFrame = fakeFrame(APP_URL);
  backend = { invoke: vi.fn<BackendLike['invoke']>(async () => ({ ok: true, value: 'from the backend' })) };
  unregister = registerChannels({ backend }, appFrameCheck(() => appFrame, APP_URL));
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('registerChannels', () => {
  it('registers exactly one handler per contract channel, and removes them again', () => {
    expect([...ipcMainDouble.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    unregister();
    expect(ipcMainDouble.handlers.size).toBe(0);
  });

  it('routes a backend channel from the app page to the backend, payload as sent', async () => {
    await expect(call('logTime', entry)).resolves.toEqual({ ok: true, value: 'from the backend' });
    expect(backend.invoke).toHaveBeenCalledWith('logTime', entry);
    await call('getDataset', undefined);
    expect(backend.invoke).toHaveBeenLastCalledWith('getDataset', undefined);
  });

  it.each([
    ['another page in the top frame', () => ({ ...fakeFrame('https://evil.example/'), frameToken: appFrame.frameToken })],
    ['the app window after it navigated away', () => ({ ...appFrame, url: 'https://evil.example/phish' })],
    ['a subframe showing the app URL', () => fakeFrame(APP_URL, appFrame)],
    ['another window showing the app URL', () => fakeFrame(APP_URL)],
    ['a frame that is gone', () => null],
  ])('drops a call from %s, and logs it', async (_name, frame) => {
    const result = await call('logTime', entry, frame());
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(backend.invoke).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('refused logTime'));
  });

  it('drops a foreign call on a shell channel before it reaches the clipboard', async () => {
    const result = await call('copyText', { text: 'secret' }, fakeFrame('https://evil.example/'));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(clipboard.text).toBe('');
  });

  it.each([
    ['a missing field', 'logTime', { projectId: 'p1', date: '2025-03-04', billable: true }],
    ['zero minutes', 'logTime', { ...entry, minutes: 0 }],
    ['an impossible date', 'logTime', { ...entry, date: '2025-13-45' }],
    ['an unknown key', 'logTime', { ...entry, hacked: true }],
    ['a payload on a read', 'getDataset', { all: true }],
    ['a non-string text', 'copyText', { text: 42 }],
  ])('answers invalid-input for %s, and nothing reaches a handler', async (_name, channel, payload) => {
    const result = await call(channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((result as { error: { issues: unknown[] } }).error.issues.length).toBeGreaterThan(0);
    expect(backend.invoke).not.toHaveBeenCalled();
    expect(clipboard.text).toBe('');
  });

  it('copies text through the clipboard, not the backend', async () => {
    await expect(call('copyText', { text: 'Dear Ana,' })).resolves.toEqual({ ok: true, value: null });
    expect(clipboard.text).toBe('Dear Ana,');
    expect(backend.invoke).not.toHaveBeenCalled();
  });

  it('opens https and mailto links with the system, and refuses anything else with a clear message', async () => {
    await expect(call('openExternal', { url: 'https://colleague.example/portfolio' })).resolves.toEqual({ ok: true, value: null });
    await expect(call('openExternal', { url: 'mailto:ana@example.com' })).resolves.toEqual({ ok: true, value: null });
    const refused = await call('openExternal', { url: 'file:///etc/passwd' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/https:\/\/.*mailto:/) } });
    expect(shell.opened).toEqual(['https://colleague.example/portfolio', 'mailto:ana@example.com']);
    expect(backend.invoke).not.toHaveBeenCalled();
  });

  it('answers internal when a handler throws, instead of rejecting', async () => {
    backend.invoke.mockRejectedValueOnce(new Error('disk on fire'));
    await expect(call('getSettings', undefined)).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('following the settings', () => {
  it('tells main after a call that changed the settings succeeds, before answering, and only then', async () => {
    unregister();
    const order: string[] = [];
    const onSettingsChanged = vi.fn(async () => void order.push('main follows'));
    registerChannels({ backend, onSettingsChanged }, appFrameCheck(() => appFrame, APP_URL));
    await Promise.resolve(call('updateSettings', { language: 'en' })).then(() => order.push('page hears'));
    expect(order).toEqual(['main follows', 'page hears']);
    await call('restoreBackup', { id: '2026-12-04T10-00-00-000Z' });
    expect(onSettingsChanged).toHaveBeenCalledTimes(2);

    // A refused change, an invalid payload or another channel: nothing to follow.
    backend.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'invalid-input', reason: 'input-invalid', params: { field: 'language' }, message: 'no' } });
    await call('updateSettings', { language: 'es' });
    await call('updateSettings', { language: 'fr' });
    await call('logTime', entry);
    await call('getSettings', undefined);
    expect(onSettingsChanged).toHaveBeenCalledTimes(2);
  });

  it('never turns a saved change into an error when following it fails', async () => {
    unregister();
    registerChannels(
      {
        backend,
        onSettingsChanged: () => {
          throw new Error('menu broke');
        },
      },
      appFrameCheck(() => appFrame, APP_URL),
    );
    await expect(call('updateSettings', { language: 'en' })).resolves.toEqual({ ok: true, value: 'from the backend' });
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('following the settings failed'), expect.any(Error));
  });
});

describe('isAllowedExternalUrl', () => {
  it.each(['https://example.com', 'https://example.com/a?b=c#d', 'mailto:ana@example.com', 'mailto:ana@example.com?subject=Hola'])('accepts %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });
  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'http://example.com',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'https://user:pass@evil.example',
    'mailto:',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('accepts the app file with any hash or query, and nothing else on disk', () => {
    expect(isAppUrl(APP_URL, APP_URL)).toBe(true);
    expect(isAppUrl(`${APP_URL}#/clients/c1`, APP_URL)).toBe(true);
    expect(isAppUrl(APP_URL.replace('index.html', 'other.html'), APP_URL)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', APP_URL)).toBe(false);
    expect(isAppUrl('https://example.com/out/renderer/index.html', APP_URL)).toBe(false);
  });

  it('accepts the dev server origin in dev, and no other port or host', () => {
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppUrl('not a url', dev)).toBe(false);
  });
});

describe('sendMenuCommand', () => {
  it('sends the command on the menu channel', () => {
    const contents = new FakeWebContents();
    sendMenuCommand(contents as unknown as WebContents, 'go:clients');
    expect(contents.sent).toEqual([{ channel: MENU_COMMAND_CHANNEL, args: ['go:clients'] }]);
  });
});

describe('openDataFolder', () => {
  it("opens only the app's own data or backups folder, whatever the page asks", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clientfit-open-'));
    unregister();
    registerChannels({ backend: { ...backend, dataDir } }, appFrameCheck(() => appFrame, APP_URL));
    await expect(call('openDataFolder', { folder: 'backups' })).resolves.toEqual({ ok: true, value: null });
    await expect(call('openDataFolder', { folder: 'data' })).resolves.toEqual({ ok: true, value: null });
    expect(shell.openedPaths).toEqual([path.join(dataDir, 'backups'), dataDir]);
    const refused = (await call('openDataFolder', { folder: '/etc' })) as { ok: boolean; error?: { code: string } };
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('invalid-input');
    expect(shell.openedPaths).toHaveLength(2);
  });
});
