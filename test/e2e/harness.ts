/**
 * End-to-end harness: the built renderer in a real Chromium, with `window.api` wired
 * through `exposeBinding` to a real backend on a temporary data folder. Only the
 * Electron transport is swapped; the handlers, validation and files are the app's.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openBackend, type Backend } from '../../electron/backend';
import { CHANNELS, contract, parsePayload, type ChannelName } from '#shared/ipc/contract';
import { tempDir } from '../support/backend';
import { localeOf } from '#shared/format';
import type { Language } from '#shared/model';
import { notSavedByApp, saveFailure, writeExportFile } from '../../electron/main/saveExport';
import { INSTALL_HINT, chromiumPath } from '../../scripts/chromium.mjs';

const RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');

/** Finds a Chromium: CHROMIUM_PATH, Debian's, or Playwright's own; else one clear line. */
export function findChromium(): string {
  const found = chromiumPath();
  if (!found) throw new Error(`No Chromium found for the end-to-end tests: ${INSTALL_HINT}.`);
  return found;
}

/** Serves the built renderer on 127.0.0.1 (module scripts do not load from file:// in Chromium). */
export async function serveRenderer(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` first.');
  }
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(RENDERER_DIR, urlPath === '/' ? 'index.html' : urlPath);
    if (!file.startsWith(RENDERER_DIR) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export interface AppOptions {
  dataDir?: string;
  /** The backend's and the page's clock, e.g. '2026-11-23T10:00:00'. */
  now?: string;
  colorScheme?: 'light' | 'dark';
  locale?: string;
  /** The app's language, saved before the page opens; the browser then speaks it too (es-ES, en-GB). */
  language?: Language;
  viewport?: { width: number; height: number };
}

export interface RunningApp {
  page: Page;
  context: BrowserContext;
  backend: Backend;
  dataDir: string;
  /** What the app put on the clipboard through `copyText`. */
  clipboard: string[];
  /** URLs the app asked the system browser to open (and `show:<path>` for "Show in folder"). */
  opened: string[];
  /** The stand-in for the person's Downloads folder, where the save dialog proposes to save. */
  downloads: string;
  /**
   * What the next save dialog answers: unset saves in `downloads` under the proposed name,
   * 'cancel' cancels, a path saves there (through main's own writing code).
   */
  saveDialog: { next?: 'cancel' | string };
  /** The files the app saved through the save dialog. */
  saved: string[];
  /** Closes the page and the backend (as quitting the app does). */
  close(): Promise<void>;
  /**
   * Moves time on by `ms` for both the backend and the page (with `now` set): the page's
   * clock fast-forwards (timers due in between fire) and the backend's clock jumps with it,
   * so a running timer logs the minutes that passed. Without `now`, it throws.
   */
  advance(ms: number): Promise<void>;
}

/** Opens the app: a real backend on `dataDir` and the built renderer talking to it. */
export async function openApp(browser: Browser, baseUrl: string, options: AppOptions = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? tempDir('clientfit-e2e-');
  const fixed = options.now ? new Date(options.now) : undefined;
  const started = Date.now();
  // The backend's clock moves on from the fixed start, as the page's does.
  let skipped = 0;
  const now = fixed ? () => new Date(fixed.getTime() + (Date.now() - started) + skipped) : undefined;
  const backend = await openBackend({ dataDir, dailyBackup: false, ...(now ? { now } : {}) });
  if (options.language) {
    const saved = await backend.invoke('updateSettings', { language: options.language });
    if (!saved.ok) throw new Error(`The language could not be saved: ${saved.error.message}`);
  }
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    locale: options.locale ?? localeOf(options.language ?? 'es'),
    viewport: options.viewport ?? { width: 1280, height: 820 },
  });
  const clipboard: string[] = [];
  const opened: string[] = [];
  const downloads = tempDir('clientfit-downloads-');
  const saveDialog: { next?: 'cancel' | string } = {};
  const saved: string[] = [];
  await context.exposeBinding('__clientfitInvoke', async (_source, channel: string, payload: unknown) => {
    if (channel in contract && contract[channel as ChannelName].side === 'shell') {
      const parsed = parsePayload(channel as ChannelName, payload);
      if (!parsed.ok) return parsed;
      if (channel === 'copyText') clipboard.push((parsed.value as { text: string }).text);
      if (channel === 'openExternal') opened.push((parsed.value as { url: string }).url);
      if (channel === 'openDataFolder') opened.push(`folder:${(parsed.value as { folder: string }).folder}`);
      if (channel === 'showInFolder') {
        const file = (parsed.value as { path: string }).path;
        if (!saved.includes(file)) return { ok: false, error: notSavedByApp() };
        opened.push(`show:${file}`);
      }
      if (channel === 'saveExport') {
        // The native dialog cannot open here: it answers as the test set, and the file is really written.
        const { name, content } = parsed.value as { name: string; content: string };
        const answer = saveDialog.next;
        delete saveDialog.next;
        if (answer === 'cancel') return { ok: true, value: null };
        const file = answer ?? path.join(downloads, name);
        try {
          await writeExportFile(file, content);
        } catch (error) {
          return { ok: false, error: saveFailure(error, file) };
        }
        saved.push(file);
        return { ok: true, value: { path: file, name: path.basename(file) } };
      }
      return { ok: true, value: null };
    }
    return backend.invoke(channel, payload);
  });
  await context.addInitScript((channels: string[]) => {
    const w = globalThis as unknown as { api: Record<string, (p?: unknown) => Promise<unknown>>; __clientfitInvoke: (c: string, p: unknown) => Promise<unknown> };
    w.api = Object.fromEntries(channels.map((c) => [c, (p?: unknown) => w.__clientfitInvoke(c, p)]));
  }, CHANNELS as string[]);
  const page = await context.newPage();
  if (fixed) await page.clock.install({ time: fixed });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(baseUrl);
  return {
    page,
    context,
    backend,
    dataDir,
    clipboard,
    opened,
    downloads,
    saveDialog,
    saved,
    async advance(ms: number) {
      if (!fixed) throw new Error('advance() needs openApp(..., { now }): the clocks are real otherwise.');
      skipped += ms;
      await page.clock.fastForward(ms);
    },
    async close() {
      await context.close();
      await backend.close();
      if (errors.length) throw new Error(`The page threw: ${errors.join('; ')}`);
    },
  };
}

/** Saves a screenshot under docs/screenshots or a test folder for a person to look at. */
export async function screenshot(page: Page, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: false });
}

/**
 * One Chromium and one renderer server for a test file, started before its tests and
 * closed after them; `open` starts the app on a fresh (or given) data folder.
 */
export function useChromium(): { open: (options?: AppOptions) => Promise<RunningApp>; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveRenderer>> | undefined;
  beforeAll(async () => {
    server = await serveRenderer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    open: (options = {}) => openApp(browser!, server!.url, options),
    get url() {
      return server!.url;
    },
  };
}
