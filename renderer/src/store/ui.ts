/**
 * The UI slice: the place the person is at (remembered across restarts), the toasts, and
 * the shell's services a screen asks for (clipboard, browser, file manager).
 */
import type { StateCreator } from 'zustand';
import type { PayloadOf, ResultOf } from '#shared/ipc/contract';
import { call } from '../api';
import { confirmDiscard } from './unsaved';
import type { AppState, Route, Toast } from './types';

export interface UiSlice {
  route: Route;
  navigate(route: Route): void;
  toasts: Toast[];
  toast(message: string, options?: Partial<Omit<Toast, 'id' | 'message'>>): void;
  dismissToast(id: number): void;
  /** Puts text on the system clipboard (Electron's clipboard, through IPC). */
  copyText(text: string): Promise<void>;
  /** Opens a link (a mailto:, a colleague's site) in the system's own app. */
  openExternal(url: string): Promise<void>;
  /** Opens the data folder or its backups in the system's file manager. */
  openDataFolder(folder: 'data' | 'backups'): Promise<void>;
  /** Saves an export through the native save dialog; null when the person cancels. */
  saveExport(file: PayloadOf<'saveExport'>): Promise<ResultOf<'saveExport'>>;
  /** Shows a file `saveExport` wrote in the system's file manager. */
  showInFolder(path: string): Promise<void>;
}

let toastSeq = 0;
const LAST_ROUTE_KEY = 'clientfit:last-route';

function initialRoute(): Route {
  try {
    const saved = JSON.parse(localStorage.getItem(LAST_ROUTE_KEY) ?? 'null') as Route | null;
    if (saved && typeof saved.name === 'string' && saved.name !== 'client' && saved.name !== 'letter') return saved;
  } catch {
    // A damaged saved place is not worth a word: start at home.
  }
  return { name: 'home' };
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  route: initialRoute(),
  navigate(route) {
    // A form with typed changes asks first; nothing typed is thrown away without a word.
    confirmDiscard(() => {
      set({ route });
      try {
        localStorage.setItem(LAST_ROUTE_KEY, JSON.stringify(route));
      } catch {
        // Remembering the place is a nicety; a full storage must not break navigation.
      }
    });
  },
  toasts: [],
  toast(message, options = {}) {
    const id = ++toastSeq;
    set((s) => ({ toasts: [...s.toasts, { id, message, tone: options.tone ?? 'info', ...options }] }));
    setTimeout(() => get().dismissToast(id), options.action ? 8000 : 4500);
  },
  dismissToast(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },

  async copyText(text) {
    await call('copyText', { text });
  },
  async openExternal(url) {
    await call('openExternal', { url });
  },
  async openDataFolder(folder) {
    await call('openDataFolder', { folder });
  },
  saveExport(file) {
    return call('saveExport', file);
  },
  async showInFolder(path) {
    await call('showInFolder', { path });
  },
});
