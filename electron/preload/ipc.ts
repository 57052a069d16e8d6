/**
 * The only place the preload touches raw `ipcRenderer`. The page never sees it: it gets
 * one function per contract channel, and a way to hear menu commands.
 */
import { ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ChannelName, Result } from '#shared/ipc/contract';
import { isMenuCommand, MENU_COMMAND_CHANNEL, type MenuCommand } from '#shared/ipc/menu';

/** Sends one call to main; main checks the sender and the payload and answers with an envelope. */
export function invoke(channel: ChannelName, payload: unknown): Promise<Result<unknown>> {
  return ipcRenderer.invoke(channel, payload) as Promise<Result<unknown>>;
}

/**
 * Calls `listener` with each menu command main sends; returns the unsubscribe. The
 * Electron event object stays here: the page gets only the command.
 */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const relay = (_event: IpcRendererEvent, command: unknown) => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(MENU_COMMAND_CHANNEL, relay);
  return () => {
    ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, relay);
  };
}
