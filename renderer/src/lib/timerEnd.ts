/**
 * The choices offered when a forgotten timer is stopped: the end of its start day at the
 * person's usual hour, the moment they last used the app before walking away, and now.
 */
import type { TimeEntry } from '#shared/model';

/** The usual end of a working day when the history says nothing: 18:00. */
export const DEFAULT_END_MINUTE = 18 * 60;
/** A pause longer than this between two uses of the app means the person was away. */
export const AWAY_GAP_MS = 15 * 60_000;
const LAST_ACTIVE_KEY = 'clientfit:last-active';
const AWAY_FROM_KEY = 'clientfit:away-from';

/**
 * The usual end (minutes after local midnight) of a working day on `weekday` (0 = Sunday):
 * the latest end of the timer runs that started on that weekday, else 18:00. A timer's
 * entry knows its start (its id) and its length, so its end.
 */
export function usualEndMinute(entries: readonly TimeEntry[], weekday: number): number {
  let latest = -1;
  for (const e of entries) {
    const m = /^timer-(.+?)(?:-\d+)?$/.exec(e.id);
    if (!m) continue;
    const start = new Date(m[1]!);
    if (Number.isNaN(start.getTime()) || start.getDay() !== weekday) continue;
    const end = new Date(start.getTime() + e.minutes * 60_000);
    if (end.getDate() !== start.getDate()) continue; // ran past midnight: says nothing about the usual end
    latest = Math.max(latest, end.getHours() * 60 + end.getMinutes());
  }
  return latest >= 0 ? latest : DEFAULT_END_MINUTE;
}

/** The end of the start's day at the usual hour, or undefined when the timer started after it. */
export function endOfStartDay(startedAt: string, entries: readonly TimeEntry[]): Date | undefined {
  const start = new Date(startedAt);
  const minute = usualEndMinute(entries, start.getDay());
  const end = new Date(start.getFullYear(), start.getMonth(), start.getDate(), Math.floor(minute / 60), minute % 60);
  return end.getTime() > start.getTime() ? end : undefined;
}

/** Notes a use of the app (a key, a click): when it follows a long pause, the pause's start is kept. */
export function noteActivity(at = Date.now()): void {
  try {
    const last = Number(localStorage.getItem(LAST_ACTIVE_KEY));
    if (last > 0 && at - last > AWAY_GAP_MS) localStorage.setItem(AWAY_FROM_KEY, String(last));
    localStorage.setItem(LAST_ACTIVE_KEY, String(at));
  } catch {
    // Storage full or off: this choice is a convenience, the others remain.
  }
}

/** When the person last used the app before their latest pause, if that is known. */
export function lastTouched(): Date | undefined {
  try {
    const away = Number(localStorage.getItem(AWAY_FROM_KEY));
    return away > 0 ? new Date(away) : undefined;
  } catch {
    return undefined;
  }
}

/** An instant as the value of a `datetime-local` input (local time, to the minute). */
export function toLocalInput(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A `datetime-local` value back to an instant; undefined when it is not a whole one. */
export function fromLocalInput(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  return date.getMonth() === mo - 1 && date.getDate() === d ? date : undefined;
}
