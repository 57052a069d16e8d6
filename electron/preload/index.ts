/**
 * Exposes exactly two objects to the page: `window.api` (one method per IPC contract
 * channel) and `window.clientfitShell` (menu commands). Nothing else crosses the bridge.
 */
import { contextBridge } from 'electron';
import { CHANNELS, type Api, type ChannelName, type PayloadOf, type Result, type ResultOf } from '#shared/ipc/contract';
import type { MenuCommand } from '#shared/ipc/menu';
import { invoke, onMenuCommand } from './ipc';

export type { Api } from '#shared/ipc/contract';
export type { MenuCommand } from '#shared/ipc/menu';

/** One invoker per channel, typed by the contract; `satisfies Api` checks they line up. */
type Invokers = { [C in ChannelName]: (payload?: PayloadOf<C>) => Promise<Result<ResultOf<C>>> };

/** `window.api`: built from the contract's channel list, so a new channel needs no code here. */
export const api = Object.freeze(
  // fromEntries cannot keep per-key types; the mapped type above restores them.
  Object.fromEntries(CHANNELS.map((channel) => [channel, (payload?: unknown) => invoke(channel, payload)])) as Invokers,
) satisfies Api;

/** `window.clientfitShell`: what the native shell tells the page. */
export interface ClientfitShell {
  /** Calls `listener` for each menu command (New Inquiry, Go > Clients...); returns the unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export const clientfitShell: ClientfitShell = Object.freeze({ onMenuCommand });

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('clientfitShell', clientfitShell);
