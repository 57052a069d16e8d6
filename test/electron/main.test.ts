/**
 * The shell's wiring, with the Electron double: what main creates at start, how it
 * connects the IPC channels to the real backend, and how it quits.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '#shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { MENU_COMMAND_CHANNEL, PLACES } from '#shared/ipc/menu';
import { app, BrowserWindow, fakeFrame, ipcMainDouble, Menu, net, protocol, resetElectronDouble, session } from '../support/electron-double';
import en from '../../renderer/src/i18n/en.json';
import es from '../../renderer/src/i18n/es.json';

type MenuTemplate = { label?: string; submenu?: { label?: string; accelerator?: string; click?: () => void }[] }[];
const appMenu = () => (Menu.applicationMenu as { template: MenuTemplate }).template;

let userData: string;
let win: BrowserWindow;

const call = (channel: string, payload: unknown, frame: unknown = win.webContents.mainFrame) =>
  ipcMainDouble.handlers.get(channel)!({ senderFrame: frame }, payload) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

beforeAll(async () => {
  resetElectronDouble();
  userData = fs.mkdtempSync(path.join(os.tmpdir(), 'clientfit-main-'));
  vi.stubEnv('CLIENTFIT_USER_DATA_DIR', userData);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await import('../../electron/main/index');
  await vi.waitFor(() => expect(BrowserWindow.windows).toHaveLength(1));
  win = BrowserWindow.windows[0]!;
  await vi.waitFor(() => expect(win.webContents.mainFrame.url).toMatch(/^app:/));
});

afterAll(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  fs.rmSync(userData, { recursive: true, force: true });
});

describe('main at start', () => {
  it('opens one sandboxed, isolated window with the CommonJS preload, on the built page', () => {
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(win.webContents.mainFrame.url).toBe('app://clientfit/index.html');
    expect(app.sandboxEnabled).toBe(true);
  });

  it('serves the page from app://, a standard and secure scheme, and nothing outside the renderer folder', async () => {
    expect(protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(protocol.handlers.has('app')).toBe(true);
    for (const url of ['app://x/../../etc/passwd', 'app://clientfit/..%2F..%2F..%2Fetc%2Fpasswd', 'app://clientfit/%2e%2e/%2e%2e/package.json']) {
      expect((await protocol.request(url)).status, url).toBe(404);
    }
    // Whatever was fetched from disk lies inside the built renderer folder.
    const rendererDir = path.resolve(import.meta.dirname, '../../electron/renderer');
    for (const url of net.fetched) expect(decodeURIComponent(new URL(url).pathname).startsWith(rendererDir + path.sep)).toBe(true);
  });

  it('locks the session: permissions denied, the strict policy in every response', () => {
    const ses = session.defaultSession;
    let granted: boolean | undefined;
    ses.permissionRequestHandler?.({}, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    let headers: Record<string, string[]> | undefined;
    ses.headersListener?.({ url: 'file:///x', responseHeaders: {} }, (r) => (headers = r.responseHeaders));
    expect(headers?.['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('sets the native menu, whose items reach the page through the menu channel', () => {
    const go = appMenu().find((m) => m.label === es.menu.go);
    go?.submenu?.find((i) => i.accelerator === 'CmdOrCtrl+3')?.click?.();
    expect(win.webContents.sent).toContainEqual({ channel: MENU_COMMAND_CHANNEL, args: ['go:clients'] });
  });

  it('wires every contract channel to the real backend, writing in <userData>/data', async () => {
    expect([...ipcMainDouble.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const created = await call('createClient', { name: 'Estudio Norte', source: 'web', status: 'prospect' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Estudio Norte' } });
    const onDisk = JSON.parse(fs.readFileSync(path.join(userData, 'data', 'clients.json'), 'utf8'));
    expect(onDisk.items).toHaveLength(1);
  });

  it("refuses calls that do not come from the window's own page", async () => {
    await expect(call('getDataset', undefined, fakeFrame('https://evil.example/'))).resolves.toMatchObject({ error: { code: 'forbidden' } });
    await expect(call('getDataset', undefined, fakeFrame(win.webContents.mainFrame.url, win.webContents.mainFrame))).resolves.toMatchObject({
      error: { code: 'forbidden' },
    });
  });

  it('keeps every new web contents on the app page', () => {
    app.emit('web-contents-created', {}, win.webContents);
    expect(win.webContents.navigate('https://evil.example/').prevented).toBe(true);
    expect(win.webContents.navigate(win.webContents.mainFrame.url).prevented).toBe(false);
    // A frame inside the page is held the same way: no file:// page, no other app:// host.
    expect(win.webContents.navigate('file:///etc/passwd', 'will-frame-navigate').prevented).toBe(true);
    expect(win.webContents.navigate('app://other/index.html', 'will-frame-navigate').prevented).toBe(true);
  });

  it('focuses the existing window when a second instance starts', () => {
    const before = win.focused;
    app.emit('second-instance');
    expect(win.focused).toBe(before + 1);
  });

  it('remembers the window in its own window-state file', () => {
    win.emit('close');
    const saved = JSON.parse(fs.readFileSync(path.join(userData, 'window-state.json'), 'utf8'));
    expect(saved.state).toEqual({ bounds: { x: 0, y: 0, width: 1200, height: 800 }, maximized: false });
  });
});

describe('main in the person\'s language', () => {
  it('builds the menu in the settings\' language from the start (Spanish by default, on an English system)', () => {
    expect(app.getPreferredSystemLanguages()).toEqual(['en-US']);
    expect(appMenu().map((m) => m.label)).toEqual([es.menu.file, es.menu.edit, es.menu.view, es.menu.go, es.menu.help]);
    expect(appMenu().find((m) => m.label === es.menu.go)?.submenu?.map((i) => i.label)).toContain(es.nav.home);
  });

  it('rebuilds the menu in the new language as soon as the page saves it, and back', async () => {
    await expect(call('updateSettings', { language: 'en' })).resolves.toMatchObject({ ok: true, value: { language: 'en' } });
    expect(appMenu().map((m) => m.label)).toEqual([en.menu.file, en.menu.edit, en.menu.view, en.menu.go, en.menu.help]);
    const go = appMenu().find((m) => m.label === en.menu.go);
    expect(go?.submenu?.map((i) => i.label)).toEqual(PLACES.map((p) => en.nav[p]));
    // The rebuilt menu still reaches the page.
    go?.submenu?.find((i) => i.accelerator === 'CmdOrCtrl+5')?.click?.();
    expect(win.webContents.sent).toContainEqual({ channel: MENU_COMMAND_CHANNEL, args: ['go:pipeline'] });

    // Other changes leave the menu as it is; a refused change changes nothing.
    const before = Menu.applicationMenu;
    await call('updateSettings', { weeklyCapacityHours: 30 });
    expect(Menu.applicationMenu).toBe(before);
    await expect(call('updateSettings', { language: 'fr' })).resolves.toMatchObject({ ok: false });
    expect(Menu.applicationMenu).toBe(before);

    await call('updateSettings', { language: 'es' });
    expect(appMenu()[0]?.label).toBe(es.menu.file);
  });

  it('follows the language a restored export brings', async () => {
    const data = (await call('getDataset', undefined)).value;
    await expect(call('restoreDataset', { dataset: data, settings: { language: 'en' } })).resolves.toMatchObject({ ok: true });
    expect(appMenu()[0]?.label).toBe(en.menu.file);
    await call('updateSettings', { language: 'es' });
  });
});

describe('main at quit', () => {
  it('holds the quit until the backend is closed, then quits once', async () => {
    const quits = app.quits;
    let prevented = 0;
    const event = { preventDefault: () => (prevented += 1) };
    app.emit('will-quit', event);
    app.emit('will-quit', event);
    expect(prevented).toBe(2);
    await vi.waitFor(() => expect(app.quits).toBe(quits + 1));
    // With the backend closed, the next will-quit lets the app go.
    app.emit('will-quit', event);
    expect(prevented).toBe(2);
  });
});
