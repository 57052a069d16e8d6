/**
 * What the preload puts on `window`: `api` (typed from the IPC contract) and
 * `clientfitShell` (menu commands from the native menu).
 */
import type { Api } from '../../shared/ipc/contract';

declare global {
  /** Mirrors electron/main/menuCommands.ts (the web project cannot import from electron/). */
  type MenuCommand =
    | 'new-inquiry'
    | 'toggle-timer'
    | 'log-time'
    | 'find'
    | `go:${'home' | 'time' | 'clients' | 'inquiries' | 'pipeline' | 'review' | 'letters' | 'colleagues' | 'settings'}`;

  interface ClientfitShell {
    /** Calls `listener` for each menu command; returns the unsubscribe. */
    onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  }

  interface Window {
    api: Api;
    clientfitShell: ClientfitShell;
  }
}

export {};
