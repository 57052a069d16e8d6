/**
 * The Electron shell: one locked-down window, the native menu, and the IPC channels
 * wired to the backend. Everything that can run without Electron lives elsewhere.
 */
import { app, BrowserWindow, dialog, Menu, net, protocol, screen, session, shell } from 'electron';
import ElectronStore from 'electron-store';
import path from 'node:path';
import { openBackend, type Backend } from '../backend/index';
import { confStoreFactory } from '../backend/store';
import { appFrameCheck, registerChannels, sendMenuCommand } from './ipc';
import { menuTemplate } from './menu';
import { languageFromLocales, textsFor } from './texts';
import type { Language, Settings } from '#shared/model';
import { createDailyNotifier } from './notifications';
import { APP_URL, registerAppScheme, serveApp } from './protocol';
import { createLongTimerNotifier } from './timerNotifications';
import { contentSecurityPolicy, lockNavigation, lockSession } from './security';
import { MIN_SIZE, openWindowStateStore, placeWindow, trackWindowState } from './windowState';
import { langSwitch } from './startLanguage';

// Tests and side-by-side profiles point the app at another folder; must precede the lock.
if (process.env.CLIENTFIT_USER_DATA_DIR) app.setPath('userData', process.env.CLIENTFIT_USER_DATA_DIR);

// Chromium's own controls (a date field's calendar) speak the saved language; only a switch before ready does it.
const startLang = langSwitch(path.join(app.getPath('userData'), 'data'));
if (startLang) app.commandLine.appendSwitch('lang', startLang);

// The page comes from app://, where the CSP's 'self' is the app alone (file:// would be the
// whole disk); the scheme must be registered before the app is ready.
registerAppScheme(protocol);

// A packaged app never loads a URL from the environment: only the dev build follows it.
const devServerUrl = (!app.isPackaged && process.env.ELECTRON_RENDERER_URL) || undefined;
const rendererDir = path.join(import.meta.dirname, '../renderer');
const appUrl = devServerUrl ?? APP_URL;

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;
let closing: Promise<void> | null = null;
/** The settings' language once read; until then main speaks the system's. */
let language: Language | null = null;

/** The language main speaks: the settings' once read, before that the system's. */
function currentLanguage(): Language {
  return language ?? languageFromLocales([...app.getPreferredSystemLanguages(), app.getLocale()]);
}

/** Builds the native menu in `spoken` (again, whenever the setting changes). */
function applyMenu(spoken: Language): void {
  const template = menuTemplate({
    isPackaged: app.isPackaged,
    isMac: process.platform === 'darwin',
    language: spoken,
    send: (command) => {
      if (mainWindow && !mainWindow.isDestroyed()) sendMenuCommand(mainWindow.webContents, command);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(windowState: ReturnType<typeof openWindowStateStore>): BrowserWindow {
  const placement = placeWindow(
    windowState.load(),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'ClientFit',
    show: false,
    webPreferences: {
      preload: path.join(import.meta.dirname, '../preload/index.cjs'), // eng-disable PRELOAD_JS_CHECK: sandboxed, it exposes only the contract's invokers through contextBridge
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      // Middle-click would otherwise open links in a new window (denied anyway by lockNavigation).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (placement.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  trackWindowState(win, windowState.save);
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(appUrl);
  return win;
}

async function start(): Promise<void> {
  const policy = contentSecurityPolicy(devServerUrl);
  lockSession(session.defaultSession, policy);
  if (!devServerUrl) serveApp(protocol, net, rendererDir, policy);
  const dataDir = path.join(app.getPath('userData'), 'data');
  try {
    backend = await openBackend({ dataDir, createStore: confStoreFactory(ElectronStore, 'electron-store') });
  } catch (error) {
    const t = textsFor(currentLanguage());
    dialog.showErrorBox(
      t('mainDialogs.openFailedTitle'),
      t('mainDialogs.openFailedBody', { folder: dataDir, detail: error instanceof Error ? error.message : String(error) }),
    );
    app.exit(1);
    return;
  }
  const activeBackend = backend;
  // The menu speaks the settings' language from the start, and follows it when it changes.
  const readLanguage = async (): Promise<Language> => {
    const settings = await activeBackend.invoke('getSettings');
    return settings.ok ? (settings.value as Settings).language : currentLanguage();
  };
  language = await readLanguage();
  applyMenu(language);
  registerChannels(
    {
      backend: activeBackend,
      onSettingsChanged: async () => {
        const next = await readLanguage();
        if (next === language) return;
        language = next;
        applyMenu(next);
      },
    },
    appFrameCheck(() => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.mainFrame : null), appUrl),
  );

  const windowState = openWindowStateStore();
  mainWindow = createWindow(windowState);

  // Once a day, a reminder when someone is waiting to hear from the person.
  const notifier = createDailyNotifier({
    backend: activeBackend,
    getWindow: () => mainWindow,
    send: (win, command) => sendMenuCommand(win.webContents, command),
  });
  notifier.start();
  app.on('will-quit', () => notifier.stop());
  // And once per run, when a timer has been left running past the long-timer hours.
  const longTimer = createLongTimerNotifier({ backend: activeBackend, getWindow: () => mainWindow });
  longTimer.start();
  app.on('will-quit', () => longTimer.stop());

  app.on('activate', () => {
    // macOS keeps the app alive without windows; the dock icon brings one back.
    if (!mainWindow) mainWindow = createWindow(windowState);
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  app.setAboutPanelOptions({ applicationName: 'ClientFit', applicationVersion: app.getVersion() });

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  // Every web contents, present or future, stays on the app's page.
  app.on('web-contents-created', (_event, contents) => {
    lockNavigation(contents, appUrl, (url) => shell.openExternal(url)); // eng-disable OPEN_EXTERNAL_JS_CHECK: lockNavigation hands over only what externalUrl returns (https, or a mailto rebuilt from checked parts)
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Quitting waits for the backend to finish its writes and release its files.
  app.on('will-quit', (event) => {
    if (!backend) return;
    event.preventDefault();
    closing ??= backend
      .close()
      .catch((error: unknown) => console.error('[backend] close failed', error))
      .finally(() => {
        backend = null;
        app.quit();
      });
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[main] start failed', error);
      const t = textsFor(currentLanguage());
      dialog.showErrorBox(t('mainDialogs.startFailedTitle'), t('mainDialogs.startFailedBody', { detail: error instanceof Error ? error.message : String(error) }));
      app.exit(1);
    });
}
