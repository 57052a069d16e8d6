/**
 * Today's local date for what a screen shows, rolling over at midnight: one timer for the
 * whole app, armed to the next local midnight and re-armed after each, and a check when the
 * window comes back (focus, visibility) because a sleeping machine lets timers run late.
 */
import { useSyncExternalStore } from 'react';
import { localToday } from '../store';

/** Re-check at least this often, so a clock moved by hand is noticed within the hour. */
const MAX_WAIT_MS = 60 * 60 * 1000;

const listeners = new Set<() => void>();
let seen = '';
let timer: ReturnType<typeof setTimeout> | undefined;

/** Milliseconds from `now` to the next local midnight (a DST day is 23 or 25 hours long). */
export function msToNextMidnight(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return next.getTime() - now.getTime();
}

function check(): void {
  const today = localToday();
  if (today === seen) return;
  seen = today;
  for (const listener of listeners) listener();
}

function arm(): void {
  clearTimeout(timer);
  // A few ms past midnight, so the date read then is already the new one.
  timer = setTimeout(
    () => {
      check();
      arm();
    },
    Math.min(msToNextMidnight(new Date()) + 50, MAX_WAIT_MS),
  );
}

function onVisible(): void {
  if (document.visibilityState !== 'hidden') {
    check();
    arm();
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    seen = localToday();
    arm();
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearTimeout(timer);
      timer = undefined;
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    }
  };
}

/** Today's local date, `YYYY-MM-DD`, for render paths: the component renders again when the day changes. */
export function useToday(): string {
  // The snapshot is a string: equal days compare equal, so nothing re-renders in between.
  return useSyncExternalStore(subscribe, localToday);
}
