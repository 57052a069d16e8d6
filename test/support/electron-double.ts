/**
 * A stand-in for the `electron` module in Node tests (Vitest aliases `electron` here).
 * The real module tries to download a binary when imported outside Electron.
 * Each piece records what the code under test did with it; `resetElectronDouble()`
 * clears the records between tests. electron-store reads `app`, `ipcMain` and
 * `shell` from the default export.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Listener = (...args: never[]) => unknown;
type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

const paths = new Map<string, string>();

/** `app`: an event emitter (tests emit its events) that records quits and focus. */
export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  name: 'ClientFit',
  quits: 0,
  exitCodes: [] as number[],
  sandboxEnabled: false,
  getName: () => 'ClientFit',
  getVersion: () => '0.0.0-test',
  /** The system's languages, as `app.getPreferredSystemLanguages()` gives them; tests set them. */
  systemLanguages: ['en-US'] as string[],
  getPreferredSystemLanguages: (): string[] => [...app.systemLanguages],
  getLocale: (): string => app.systemLanguages[0] ?? 'en-US',
  getPath(name: string): string {
    return paths.get(name) ?? path.join(os.tmpdir(), `clientfit-electron-double-${process.pid}`, name);
  },
  setPath(name: string, value: string): void {
    paths.set(name, value);
  },
  whenReady: () => Promise.resolve(),
  requestSingleInstanceLock: () => true,
  enableSandbox(): void {
    app.sandboxEnabled = true;
  },
  quit(): void {
    app.quits += 1;
  },
  exit(code = 0): void {
    app.exitCodes.push(code);
  },
  focus: () => undefined,
  setAboutPanelOptions: () => undefined,
  /** `app.commandLine`: records the switches main appends before the app is ready. */
  commandLine: {
    switches: new Map<string, string>(),
    appendSwitch(name: string, value = ''): void {
      app.commandLine.switches.set(name, value);
    },
  },
});

/** `ipcMain`: keeps the handlers main registers, so tests can call them. */
export const ipcMainDouble = {
  handlers: new Map<string, InvokeHandler>(),
  listeners: new Map<string, Listener[]>(),
  handle(channel: string, handler: InvokeHandler): void {
    // Electron throws on a second handler for the same channel; so does the double.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
  on(channel: string, listener: Listener) {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
    return this;
  },
  removeAllListeners(channel?: string) {
    if (channel === undefined) this.listeners.clear();
    else this.listeners.delete(channel);
    return this;
  },
};

export const shell = {
  opened: [] as string[],
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  },
  openedPaths: [] as string[],
  async openPath(p: string): Promise<string> {
    this.openedPaths.push(p);
    return '';
  },
  shownInFolder: [] as string[],
  showItemInFolder(p: string): void {
    this.shownInFolder.push(p);
  },
};

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** `protocol`: records the privileged schemes and keeps the handlers, so tests can request URLs. */
export const protocol = {
  privileged: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: ProtocolHandler): void {
    if (this.handlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
    this.handlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  },
  /** What the page would get for `url`, as Chromium asks the handler. */
  async request(url: string, method = 'GET'): Promise<Response> {
    const scheme = url.slice(0, url.indexOf(':'));
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`No handler for ${scheme}:`);
    return handler(new Request(url, { method }));
  },
};

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** `net`: `fetch` of file URLs reads the disk like Electron's, records every URL it was asked for. */
export const net = {
  fetched: [] as string[],
  async fetch(url: string): Promise<Response> {
    this.fetched.push(url);
    if (!url.startsWith('file:')) throw new Error(`net.fetch in tests reads file: URLs only, not ${url}`);
    const file = fileURLToPath(url);
    const bytes = await fs.promises.readFile(file); // rejects like net::ERR_FILE_NOT_FOUND
    return new Response(bytes, { status: 200, headers: { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' } });
  },
};

export const clipboard = {
  text: '',
  writeText(text: string): void {
    this.text = text;
  },
  readText(): string {
    return this.text;
  },
};

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details?: unknown) => boolean;
type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]>; cancel?: boolean }) => void,
) => void;

/** A session that keeps the handlers it is given, so tests can call them. */
export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  headersListener: HeadersListener | null = null;
  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener | null) => {
      this.headersListener = listener;
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
}

export const session = { defaultSession: new FakeSession() };

type WindowOpenHandler = (details: { url: string; frameName?: string; disposition?: string }) => { action: 'allow' | 'deny' };

/** A frame as main sees it: its URL, its parent (null for the top frame) and its identity. */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  frameToken: string;
}

let frameCount = 0;
/** A new frame; a subframe when given a parent. */
export function fakeFrame(url: string, parent: FakeFrame | null = null): FakeFrame {
  frameCount += 1;
  return { url, parent, processId: 1, frameToken: `frame-${frameCount}` };
}

/** Web contents that emit events like Electron's and record what main sends. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  mainFrame: FakeFrame;
  constructor(url = 'file:///app/out/renderer/index.html') {
    super();
    this.mainFrame = fakeFrame(url);
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  isDestroyed(): boolean {
    return false;
  }
  /** Emits `will-navigate` as Electron does and says whether a listener prevented it. */
  navigate(url: string, eventName = 'will-navigate'): { prevented: boolean } {
    let prevented = false;
    const event = {
      url,
      preventDefault: () => {
        prevented = true;
      },
    };
    this.emit(eventName, event, url);
    return { prevented };
  }
}

export class BrowserWindow extends EventEmitter {
  static windows: BrowserWindow[] = [];
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.windows[0] ?? null;
  }
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.windows;
  }
  readonly webContents = new FakeWebContents();
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    BrowserWindow.windows.push(this);
  }
  focused = 0;
  isDestroyed = () => false;
  isMinimized = () => false;
  isMaximized = () => false;
  restore = () => undefined;
  focus = () => {
    this.focused += 1;
  };
  show = () => undefined;
  maximize = () => undefined;
  getNormalBounds = () => ({ x: 0, y: 0, width: 1200, height: 800 });
  /** Loading a page gives the window's top frame that page's URL. */
  loadFile = async (file: string) => {
    this.webContents.mainFrame.url = pathToFileURL(file).href;
  };
  loadURL = async (url: string) => {
    this.webContents.mainFrame.url = url;
  };
}

export const Menu = {
  applicationMenu: null as unknown,
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu(menu: unknown): void {
    this.applicationMenu = menu;
  },
};

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
const defaultDisplay = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };

export const screen = {
  displays: [defaultDisplay] as { id: number; bounds: Rect; workArea: Rect }[],
  getAllDisplays() {
    return this.displays;
  },
  getPrimaryDisplay() {
    return this.displays[0] ?? defaultDisplay;
  },
};

type SaveDialogOptions = { defaultPath?: string; filters?: { name: string; extensions: string[] }[] };

export const dialog = {
  errors: [] as { title: string; content: string }[],
  showErrorBox(title: string, content: string): void {
    this.errors.push({ title, content });
  },
  /** The save dialogs asked for, with their options. */
  saveDialogs: [] as SaveDialogOptions[],
  /** What the next save dialogs answer, in order: a path, or null for Cancel (the default). */
  saveAnswers: [] as (string | null)[],
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    this.saveDialogs.push(args[args.length - 1] as SaveDialogOptions);
    const answer = this.saveAnswers.shift() ?? null;
    return answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer };
  },
};

/** `Notification`: records what was shown; tests click it with `click()`. */
export class Notification extends EventEmitter {
  static supported = true;
  static shown: Notification[] = [];
  static isSupported(): boolean {
    return Notification.supported;
  }
  constructor(readonly options: { title?: string; body?: string; silent?: boolean } = {}) {
    super();
  }
  show(): void {
    Notification.shown.push(this);
  }
  close(): void {
    this.emit('close');
  }
  /** What the person does by clicking it. */
  click(): void {
    this.emit('click', {});
  }
}

/** The preload side: what was exposed to the page. */
export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, value: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    this.exposed.set(key, value);
  },
};

const rendererEvents = new EventEmitter();

/** `ipcRenderer`: records invocations and delivers messages from main. */
export const ipcRendererDouble = {
  invoked: [] as { channel: string; args: unknown[] }[],
  /** What `invoke` answers; tests replace it. */
  respond: (_channel: string, ..._args: unknown[]): unknown => ({ ok: true, value: null }),
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return this.respond(channel, ...args);
  },
  on(channel: string, listener: (...args: unknown[]) => void) {
    rendererEvents.on(channel, listener);
    return this;
  },
  removeListener(channel: string, listener: (...args: unknown[]) => void) {
    rendererEvents.off(channel, listener);
    return this;
  },
  listenerCount: (channel: string) => rendererEvents.listenerCount(channel),
  /** Delivers a message from main, with an event object as Electron passes it. */
  deliver(channel: string, ...args: unknown[]): void {
    rendererEvents.emit(channel, { sender: 'main-event-object' }, ...args);
  },
};

/** Forgets everything recorded, so each test starts clean. */
export function resetElectronDouble(): void {
  app.isPackaged = false;
  app.quits = 0;
  app.exitCodes.length = 0;
  app.sandboxEnabled = false;
  app.systemLanguages = ['en-US'];
  app.commandLine.switches.clear();
  app.removeAllListeners();
  paths.clear();
  ipcMainDouble.handlers.clear();
  ipcMainDouble.listeners.clear();
  shell.opened.length = 0;
  shell.openedPaths.length = 0;
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  net.fetched.length = 0;
  clipboard.text = '';
  session.defaultSession = new FakeSession();
  BrowserWindow.windows = [];
  Menu.applicationMenu = null;
  screen.displays = [defaultDisplay];
  dialog.errors.length = 0;
  dialog.saveDialogs.length = 0;
  dialog.saveAnswers.length = 0;
  shell.shownInFolder.length = 0;
  contextBridge.exposed.clear();
  ipcRendererDouble.invoked.length = 0;
  ipcRendererDouble.respond = () => ({ ok: true, value: null });
  rendererEvents.removeAllListeners();
  Notification.supported = true;
  Notification.shown = [];
}

export const ipcMain = ipcMainDouble;
export const ipcRenderer = ipcRendererDouble;

const electron = {
  app,
  ipcMain,
  shell,
  clipboard,
  session,
  BrowserWindow,
  Menu,
  screen,
  dialog,
  contextBridge,
  ipcRenderer,
  Notification,
  protocol,
  net,
};

export default electron;
