/**
 * `window.clientfitShell`, put there by the preload: commands from the native menu.
 * (`window.api` is declared in api.ts.)
 */
import type { MenuCommand } from '#shared/ipc/menu';

declare global {
  interface ClientfitShell {
    /** Calls `listener` for each menu command; returns the unsubscribe. */
    onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  }

  interface Window {
    /** Absent outside Electron (the browser e2e harness). */
    clientfitShell?: ClientfitShell;
  }
}

export {};
