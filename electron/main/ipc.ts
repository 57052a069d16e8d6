/**
 * The only place main touches raw `ipcMain`: one handler per contract channel, all
 * through one wrapper that checks the sender, validates the payload and answers
 * with the contract's envelope.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, clipboard, dialog, ipcMain, shell, type WebContents } from 'electron';
import { CHANNELS, contract, parsePayload, type ChannelName, type IpcError, type Result } from '#shared/ipc/contract';
import { refusal } from '#shared/ipc/reasons';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '#shared/ipc/menu';
import { exportFilters, notSavedByApp, saveFailure, writeExportFile } from './saveExport';
import { externalUrl, isAllowedExternalUrl, isAppUrl } from './security';

export { isAllowedExternalUrl, isAppUrl };

/** What main needs of the backend: `openBackend(...)` returns it. */
export interface BackendLike {
  invoke(channel: string, payload?: unknown): Promise<Result<unknown>>;
  /** Where the data lives, for "open the data folder". */
  readonly dataDir?: string;
}

export interface ChannelHandlers {
  backend: BackendLike;
  /** Told after a call that may have changed the settings succeeds (main follows the language). */
  onSettingsChanged?: () => void | Promise<void>;
}

/** The channels that can change the settings: saving them, and restoring a backup or an export. */
export const SETTINGS_CHANNELS: ReadonlySet<ChannelName> = new Set<ChannelName>(['updateSettings', 'restoreBackup', 'restoreDataset']);

/** A frame as the wrapper sees it: `event.senderFrame` is one, or null once it is gone. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
  readonly processId: number;
  readonly frameToken: string;
}

export type AppFrameCheck = (frame: FrameLike | null | undefined) => boolean;

/**
 * The app's own page: the top frame of the app window (`appFrame()`), showing the
 * app's URL. A subframe, another window or a page that navigated away is refused.
 */
export function appFrameCheck(appFrame: () => FrameLike | null | undefined, appUrl: string): AppFrameCheck {
  return (frame) => {
    if (!frame || frame.parent !== null) return false;
    const top = appFrame();
    // A frame is identified by its process and token; the wrapper object may differ.
    const same = !!top && top.processId === frame.processId && top.frameToken === frame.frameToken;
    return same && isAppUrl(frame.url, appUrl);
  };
}

const fail = (error: IpcError): Result<never> => ({ ok: false, error });

// The exports written in this run: "Show in folder" reveals one of these, never a path the page makes up.
const savedExports = new Set<string>();

async function saveExport(payload: { name: string; content: string }): Promise<Result<unknown>> {
  const options = { defaultPath: path.join(app.getPath('downloads'), payload.name), filters: exportFilters(payload.name) };
  const owner = BrowserWindow.getFocusedWindow();
  const chosen = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return { ok: true, value: null };
  try {
    await writeExportFile(chosen.filePath, payload.content);
  } catch (error) {
    return fail(saveFailure(error, chosen.filePath));
  }
  savedExports.add(chosen.filePath);
  return { ok: true, value: { path: chosen.filePath, name: path.basename(chosen.filePath) } };
}

async function callShell(handlers: ChannelHandlers, channel: ChannelName, payload: Record<string, unknown>): Promise<Result<unknown>> {
  switch (channel) {
    case 'copyText':
      clipboard.writeText(String(payload.text));
      return { ok: true, value: null };
    case 'openExternal': {
      const url = externalUrl(String(payload.url));
      if (url === null) {
        return fail({
          ...refusal('external-link-refused', {}, ''),
          message: 'Only web addresses starting with https:// and email links to one address (mailto:, with a subject and a body at most) can be opened.',
          issues: [{ path: 'url', message: 'Use an https:// link, or a mailto: link to one address.' }],
        });
      }
      await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: url is what externalUrl returned just above (https as it came, or a mailto rebuilt from checked parts)
      return { ok: true, value: null };
    }
    case 'openDataFolder': {
      const dataDir = handlers.backend.dataDir;
      if (!dataDir) return fail(refusal('data-folder-unknown', {}, 'The data folder is not known.'));
      // Only the app's own folders: the payload picks one of two, never a path.
      const folder = payload.folder === 'backups' ? path.join(dataDir, 'backups') : dataDir;
      fs.mkdirSync(folder, { recursive: true });
      const error = await shell.openPath(folder);
      return error ? fail(refusal('folder-not-opened', { detail: error }, `The folder could not be opened: ${error}`)) : { ok: true, value: null };
    }
    case 'saveExport':
      return saveExport(payload as { name: string; content: string });
    case 'showInFolder': {
      const file = String(payload.path);
      if (!savedExports.has(file)) return fail(notSavedByApp());
      shell.showItemInFolder(file);
      return { ok: true, value: null };
    }
    default:
      return fail(refusal('unknown-channel', { channel }, `No shell handler for ${channel}.`));
  }
}

async function dispatch(handlers: ChannelHandlers, channel: ChannelName, payload: unknown): Promise<Result<unknown>> {
  const parsed = parsePayload(channel, payload);
  if (!parsed.ok) return fail(parsed.error);
  // The backend validates again against the same schema, so it gets the payload as sent.
  if (contract[channel].side === 'backend') {
    const result = await handlers.backend.invoke(channel, payload);
    if (result.ok && SETTINGS_CHANNELS.has(channel)) {
      // Awaited, so the menu already speaks the new language when the page hears "saved";
      // a failure here never turns a saved change into an error.
      try {
        await handlers.onSettingsChanged?.();
      } catch (error) {
        console.error('[ipc] following the settings failed', error);
      }
    }
    return result;
  }
  return callShell(handlers, channel, parsed.value as Record<string, unknown>);
}

/**
 * Registers one `ipcMain.handle` per channel of the contract. Returns a function that
 * removes them again.
 */
export function registerChannels(handlers: ChannelHandlers, isAppFrame: AppFrameCheck): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<Result<unknown>> => {
      const frame: FrameLike | null | undefined = event.senderFrame;
      if (!isAppFrame(frame)) {
        console.warn(`[ipc] refused ${channel} from ${frame ? frame.url || 'a blank frame' : 'a frame that is gone'}`);
        return fail(refusal('not-from-app-window', {}, 'This request did not come from the ClientFit window.'));
      }
      try {
        return await dispatch(handlers, channel, payload);
      } catch (error) {
        console.error(`[ipc] ${channel} failed`, error);
        return fail(refusal('unexpected', { detail: '' }, 'Something went wrong on our side. Please try again.'));
      }
    });
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** Sends a menu command to the page; the preload hands it to `clientfitShell.onMenuCommand`. */
export function sendMenuCommand(contents: WebContents, command: MenuCommand): void {
  if (!contents.isDestroyed()) contents.send(MENU_COMMAND_CHANNEL, command);
}
