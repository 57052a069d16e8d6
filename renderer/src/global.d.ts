/**
 * `window.clientfitShell`, put there by the preload: commands from the native menu.
 * (`window.api` is declared in api.ts.)
 */

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
    /** Absent outside Electron (the browser e2e harness). */
    clientfitShell?: ClientfitShell;
  }
}

export {};
