/**
 * The native menu. App items do nothing in main: each sends a command to the page,
 * which owns the behaviour (the same as its own shortcuts and buttons).
 */
import type { MenuItemConstructorOptions } from 'electron';
import { PLACES, type MenuCommand, type Place } from '../../shared/ipc/menu';

const PLACE_LABELS: Record<Place, string> = {
  home: 'This Week',
  time: 'Time',
  clients: 'Clients',
  inquiries: 'Inquiries',
  pipeline: 'Pipeline',
  review: 'Review',
  letters: 'Letters',
  colleagues: 'Colleagues',
  settings: 'Settings',
};

export interface MenuOptions {
  /** Reload and developer tools only exist in an unpackaged build. */
  isPackaged: boolean;
  isMac: boolean;
  send: (command: MenuCommand) => void;
}

/** The menu template: File, Edit, View, Go, Help (plus the app menu on macOS). */
export function menuTemplate({ isPackaged, isMac, send }: MenuOptions): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      item('New Inquiry…', 'new-inquiry', 'CmdOrCtrl+N'),
      item('Start or Stop Timer', 'toggle-timer', 'CmdOrCtrl+T'),
      item('Log Time…', 'log-time', 'CmdOrCtrl+L'),
      ...(isMac ? [sep, { role: 'close' } as const] : [sep, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      // The page decides: the typing in a field, else the last change it offered to undo.
      item('Undo', 'undo', 'CmdOrCtrl+Z'),
      { role: 'redo' },
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      sep,
      item('Find…', 'find', 'CmdOrCtrl+F'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(isPackaged ? [] : [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, sep]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' },
    ],
  };
  const go: MenuItemConstructorOptions = {
    label: 'Go',
    submenu: PLACES.map((place, i) => item(PLACE_LABELS[place], `go:${place}`, `CmdOrCtrl+${i + 1}`)),
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ role: 'about', label: 'About ClientFit' }],
  };
  return [...(isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view, go, help];
}
