/**
 * Commands the native menu sends to the page. Main builds the menu from this list, the
 * preload checks every incoming command against it and the renderer runs them.
 */

/** The channel main sends menu commands on; the preload listens on it. */
export const MENU_COMMAND_CHANNEL = 'clientfit:menu-command';

/** The places of the sidebar, in menu order (CmdOrCtrl+1..9). */
export const PLACES = ['home', 'time', 'clients', 'inquiries', 'pipeline', 'review', 'letters', 'colleagues', 'settings'] as const;
export type Place = (typeof PLACES)[number];

export const MENU_COMMANDS = ['new-inquiry', 'toggle-timer', 'log-time', 'find', 'undo', ...PLACES.map((p) => `go:${p}` as const)] as const;
/** `undo` undoes the typing in a field, else the last change the app offered to undo. */
export type MenuCommand = 'new-inquiry' | 'toggle-timer' | 'log-time' | 'find' | 'undo' | `go:${Place}`;

const known = new Set<string>(MENU_COMMANDS);

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && known.has(value);
}
