/**
 * The forgotten timer: once a timer has run past `settings.longTimerHours`, one desktop
 * notification says so (once per timer run), so the person can stop it and say when the
 * work really ended. Clicking it brings the window back. Kept apart from the daily
 * reminder in notifications.ts: different rhythm, different question.
 */
import { Notification, type BrowserWindow } from 'electron';
import type { Backend } from '../backend/index';
import type { Language, Settings, Timer } from '#shared/model';
import { isLongRun } from '#shared/timerRun';
import { bringWindowBack, showHeld } from './notifications';
import { textsFor } from './texts';

/** How often to look at the running timer. */
export const LONG_TIMER_CHECK_MS = 10 * 60 * 1000;

/** True when `timer` has run longer than `settings.longTimerHours` at `now`. */
export function isLongTimer(timer: Timer | null, settings: Pick<Settings, 'longTimerHours'>, now: Date): boolean {
  return timer !== null && isLongRun(new Date(timer.startedAt).getTime(), now.getTime(), settings.longTimerHours);
}

/** The notification's words: how long it has run as the title, what to do as the body. */
export function longTimerText(project: string, hours: number, language: Language): { title: string; body: string } {
  const t = textsFor(language);
  return {
    title: t('notify.longTimer.title', { count: hours }),
    body: project ? t('notify.longTimer.body', { project }) : t('notify.longTimer.bodyNoProject'),
  };
}

export interface LongTimerNotifierOptions {
  backend: Pick<Backend, 'call'>;
  getWindow: () => BrowserWindow | null;
  now?: () => Date;
}

export interface LongTimerNotifier {
  /** Looks once; resolves true when it showed a notification. */
  check(): Promise<boolean>;
  start(): void;
  stop(): void;
}

/** Watches the running timer and speaks once per run that goes past the long-timer hours. */
export function createLongTimerNotifier(options: LongTimerNotifierOptions): LongTimerNotifier {
  const now = options.now ?? (() => new Date());
  let spokenFor: string | null = null;
  let interval: NodeJS.Timeout | null = null;
  const live = new Set<Notification>();

  const check = async (): Promise<boolean> => {
    if (!Notification.isSupported()) return false;
    const [timerR, settingsR] = await Promise.all([options.backend.call('getTimer'), options.backend.call('getSettings')]);
    if (!timerR.ok || !settingsR.ok) return false;
    const timer = timerR.value;
    const settings = settingsR.value;
    if (!settings.notifications || !timer || spokenFor === timer.startedAt || !isLongTimer(timer, settings, now())) return false;
    const data = await options.backend.call('getDataset');
    const project = data.ok ? data.value.projects.find((p) => p.id === timer.projectId)?.title ?? '' : '';
    showHeld(live, longTimerText(project, settings.longTimerHours, settings.language), () => bringWindowBack(options.getWindow));
    spokenFor = timer.startedAt;
    return true;
  };

  return {
    check,
    start() {
      // Unref'd: it never keeps the app from quitting.
      interval = setInterval(() => {
        check().catch((error: unknown) => console.warn('[notifications] long-timer check failed', error));
      }, LONG_TIMER_CHECK_MS).unref();
    },
    stop() {
      if (interval) clearInterval(interval);
      interval = null;
      live.clear();
    },
  };
}
