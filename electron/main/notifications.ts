/**
 * The daily reminder: once a day, when someone is waiting to hear from the person
 * (check-ins on silent prospects, follow-ups after delivered work) and reminders are on,
 * one desktop notification; clicking it brings the window back on This week. The last day
 * it spoke is kept in its own small file (`notifications-state.json`), so a restart on
 * the same day stays quiet.
 */
import { Notification, type BrowserWindow } from 'electron';
import ElectronStore from 'electron-store';
import type { Backend } from '../backend/index';
import type { Dataset, Language, Settings } from '#shared/model';
import type { MenuCommand } from '#shared/ipc/menu';
import { followUps, touchGround } from '#shared/rules';
import { textsFor } from './texts';

/** How often to look again after the first look at start. */
export const CHECK_EVERY_MS = 3 * 60 * 60 * 1000;
/** The first look waits for the window to settle. */
export const FIRST_CHECK_AFTER_MS = 15 * 1000;

export interface DueCounts {
  checkIns: number;
  followUps: number;
  /** Different people behind them (one client can be due both). */
  people: number;
}

/** Who is waiting today, by the same rules as This week and the review (dormant relationships never remind). */
export function dueCounts(data: Dataset, settings: Settings, today: string): DueCounts {
  const checkIns = touchGround(data, settings, today);
  const follow = followUps(data, settings, today);
  const people = new Set([...checkIns.map((c) => c.clientId), ...follow.map((f) => f.clientId)]).size;
  return { checkIns: checkIns.length, followUps: follow.length, people };
}

/** True when reminders are on, someone is due, and it has not spoken yet today. */
export function shouldNotify(lastDay: string | null, today: string, counts: DueCounts, enabled: boolean): boolean {
  return enabled && lastDay !== today && counts.checkIns + counts.followUps > 0;
}

/** The notification's words: who is waiting as the title, what is due as the body. */
export function notificationText(counts: DueCounts, language: Language): { title: string; body: string } {
  const t = textsFor(language);
  const parts = [
    counts.checkIns > 0 ? t('notify.daily.checkIns', { count: counts.checkIns }) : '',
    counts.followUps > 0 ? t('notify.daily.followUps', { count: counts.followUps }) : '',
  ].filter(Boolean);
  const body = parts.length === 2 ? t('notify.daily.both', { first: parts[0]!, second: parts[1]! }) : t('notify.daily.one', { first: parts[0] ?? '' });
  return { title: t('notify.daily.title', { count: counts.people }), body: body.charAt(0).toUpperCase() + body.slice(1) };
}

/** Local calendar date of an instant, `YYYY-MM-DD`. */
function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Where the last day it spoke is kept. */
export interface NotificationState {
  lastDay(): string | null;
  setLastDay(day: string): void;
}

/** The state file; a damaged one only costs a second reminder on the same day, so it is reset. */
export function openNotificationState(): NotificationState {
  let store: ElectronStore<{ lastDay?: string }> | null = null;
  try {
    store = new ElectronStore<{ lastDay?: string }>({
      name: 'notifications-state',
      clearInvalidConfig: true,
      accessPropertiesByDotNotation: false,
      watch: false,
    });
  } catch (error) {
    console.warn('[notifications] cannot open the state file; reminders may repeat today', error);
  }
  return {
    lastDay() {
      const day = store?.get('lastDay');
      return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
    },
    setLastDay(day) {
      try {
        store?.set('lastDay', day);
      } catch (error) {
        console.warn('[notifications] cannot save the state file', error);
      }
    },
  };
}

/** Brings the app's window back in front (restored, shown, focused); the window, or null when there is none. */
export function bringWindowBack(getWindow: () => BrowserWindow | null): BrowserWindow | null {
  const win = getWindow();
  if (!win || win.isDestroyed()) return null;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  return win;
}

/**
 * Shows a notification, held in `live` until it is closed: a notification nobody references
 * can be collected, and its click lost.
 */
export function showHeld(live: Set<Notification>, text: { title: string; body: string }, onClick: () => void): void {
  const notification = new Notification(text);
  notification.on('click', onClick);
  notification.on('close', () => live.delete(notification));
  live.add(notification);
  notification.show();
}

export interface DailyNotifierOptions {
  backend: Pick<Backend, 'call'>;
  getWindow: () => BrowserWindow | null;
  /** Sends a menu command to the page (main's `sendMenuCommand`). */
  send: (window: BrowserWindow, command: MenuCommand) => void;
  state?: NotificationState;
  now?: () => Date;
}

export interface DailyNotifier {
  /** Looks once; resolves true when it showed a notification. */
  check(): Promise<boolean>;
  /** The first look soon, then one every few hours. */
  start(): void;
  stop(): void;
}

export function createDailyNotifier(options: DailyNotifierOptions): DailyNotifier {
  const now = options.now ?? (() => new Date());
  const state = options.state ?? openNotificationState();
  const timers: NodeJS.Timeout[] = [];
  // Held here until closed: a notification nobody references can be collected, and its click lost.
  const live = new Set<Notification>();

  const bringBack = () => {
    const win = bringWindowBack(options.getWindow);
    if (win) options.send(win, 'go:home');
  };

  const check = async (): Promise<boolean> => {
    if (!Notification.isSupported()) return false;
    const [settings, data] = await Promise.all([options.backend.call('getSettings'), options.backend.call('getDataset')]);
    if (!settings.ok || !data.ok) return false; // closing, or nothing to read: try again later
    const s = settings.value;
    const today = localDate(now());
    const counts = dueCounts(data.value, s, today);
    if (!shouldNotify(state.lastDay(), today, counts, s.notifications)) return false;
    showHeld(live, notificationText(counts, s.language), bringBack);
    state.setLastDay(today);
    return true;
  };

  const safeCheck = () => {
    check().catch((error: unknown) => console.warn('[notifications] check failed', error));
  };

  return {
    check,
    start() {
      // Unref'd: a pending reminder never keeps the app from quitting.
      timers.push(setTimeout(safeCheck, FIRST_CHECK_AFTER_MS).unref(), setInterval(safeCheck, CHECK_EVERY_MS).unref());
    },
    stop() {
      for (const t of timers.splice(0)) clearTimeout(t);
      live.clear();
    },
  };
}
