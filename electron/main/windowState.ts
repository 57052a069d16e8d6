/**
 * Remembers the window's size, position and maximised state in its own small file
 * (`window-state.json` in the user data folder), and brings a saved window back onto
 * a display that is still there.
 */
import type { BrowserWindow, Rectangle } from 'electron';
import ElectronStore from 'electron-store';
import { z } from 'zod';

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 900, height: 600 };

const SavedState = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof SavedState>;

/** Where to open the window: no x/y means "let the system centre it". */
export interface WindowPlacement {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * Puts a saved window back where it was, inside the work area of the display it
 * overlaps most; a window whose display is gone, or nothing saved, opens centred at
 * the default size.
 */
export function placeWindow(saved: unknown, workAreas: Rectangle[]): WindowPlacement {
  const parsed = SavedState.safeParse(saved);
  const fallback = (maximized: boolean): WindowPlacement => ({ bounds: { ...DEFAULT_SIZE }, maximized });
  if (!parsed.success) return fallback(false);
  const { bounds, maximized } = parsed.data;
  let best: Rectangle | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const o = overlap(bounds, area);
    if (o > bestOverlap) [best, bestOverlap] = [area, o];
  }
  if (!best) return fallback(maximized);
  const width = clamp(bounds.width, Math.min(MIN_SIZE.width, best.width), best.width);
  const height = clamp(bounds.height, Math.min(MIN_SIZE.height, best.height), best.height);
  return {
    bounds: {
      x: clamp(bounds.x, best.x, best.x + best.width - width),
      y: clamp(bounds.y, best.y, best.y + best.height - height),
      width,
      height,
    },
    maximized,
  };
}

/** The window's state file. A damaged file only costs the last position, so it is reset. */
export function openWindowStateStore(): { load(): unknown; save(state: WindowState): void } {
  let store: ElectronStore<{ state?: WindowState }> | null = null;
  try {
    store = new ElectronStore<{ state?: WindowState }>({
      name: 'window-state',
      clearInvalidConfig: true,
      accessPropertiesByDotNotation: false,
      watch: false,
    });
  } catch (error) {
    console.warn('[window-state] cannot open the window state file; using defaults', error);
  }
  return {
    load: () => store?.get('state'),
    save(state) {
      try {
        store?.set('state', state);
      } catch (error) {
        console.warn('[window-state] cannot save the window state', error);
      }
    },
  };
}

/** Saves the window's normal (unmaximised) bounds and whether it is maximised when it closes. */
export function trackWindowState(window: BrowserWindow, save: (state: WindowState) => void): void {
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds();
    save({ bounds: { x, y, width, height }, maximized: window.isMaximized() });
  });
}
