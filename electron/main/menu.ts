/**
 * The native menu. App items do nothing in main: each sends a command to the page,
 * which owns the behaviour (the same as its own shortcuts and buttons). Every label
 * comes from the language tables, so the menu speaks the language the person chose.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '#shared/model';
import { PLACES, type MenuCommand } from '#shared/ipc/menu';
import { textsFor } from './texts';

export interface MenuOptions {
  /** Reload and developer tools only exist in an unpackaged build. */
  isPackaged: boolean;
  isMac: boolean;
  /** The language of the labels (the settings' language). */
  language: Language;
  send: (command: MenuCommand) => void;
}

/** The menu template: File, Edit, View, Go, Help (plus the app menu on macOS). */
export function menuTemplate({ isPackaged, isMac, language, send }: MenuOptions): MenuItemConstructorOptions[] {
  const t = textsFor(language);
  const item = (label: string, command: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  // Electron's own labels for roles are English on Windows and Linux: ours follow the setting.
  const role = (r: NonNullable<MenuItemConstructorOptions['role']>, label: string): MenuItemConstructorOptions => ({ role: r, label });

  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      item(t('menu.newInquiry'), 'new-inquiry', 'CmdOrCtrl+N'),
      item(t('menu.toggleTimer'), 'toggle-timer', 'CmdOrCtrl+T'),
      item(t('menu.logTime'), 'log-time', 'CmdOrCtrl+L'),
      sep,
      isMac ? role('close', t('menu.close')) : role('quit', t('menu.quit')),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      // The page decides: the typing in a field, else the last change it offered to undo.
      item(t('menu.undo'), 'undo', 'CmdOrCtrl+Z'),
      role('redo', t('menu.redo')),
      sep,
      role('cut', t('menu.cut')),
      role('copy', t('menu.copy')),
      role('paste', t('menu.paste')),
      role('selectAll', t('menu.selectAll')),
      sep,
      item(t('menu.find'), 'find', 'CmdOrCtrl+F'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      ...(isPackaged ? [] : [role('reload', t('menu.reload')), role('toggleDevTools', t('menu.devTools')), sep]),
      role('resetZoom', t('menu.resetZoom')),
      role('zoomIn', t('menu.zoomIn')),
      role('zoomOut', t('menu.zoomOut')),
      sep,
      role('togglefullscreen', t('menu.fullScreen')),
    ],
  };
  const go: MenuItemConstructorOptions = {
    label: t('menu.go'),
    // The sidebar's own words for the places.
    submenu: PLACES.map((place, i) => item(t(`nav.${place}`), `go:${place}`, `CmdOrCtrl+${i + 1}`)),
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t('menu.help'),
    submenu: [role('about', t('menu.about'))],
  };
  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      role('about', t('menu.about')),
      sep,
      role('services', t('menu.services')),
      sep,
      role('hide', t('menu.hide')),
      role('hideOthers', t('menu.hideOthers')),
      role('unhide', t('menu.unhide')),
      sep,
      role('quit', t('menu.quitApp')),
    ],
  };
  return [...(isMac ? [appMenu] : []), file, edit, view, go, help];
}
