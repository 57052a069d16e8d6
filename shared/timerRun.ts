/**
 * What a timer's run becomes when it stops: one entry on the start's day, or one entry per
 * local day when asked (or when the run is longer than an entry may be). Pure: the instants
 * come in as arguments; days are the local calendar's, as everywhere else in the app.
 */
import { LIMITS } from './model';

/** One entry a run becomes. */
export interface RunPart {
  date: string;
  minutes: number;
}

const MINUTE = 60_000;

/** Local calendar date of an instant, `YYYY-MM-DD`. */
function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Whole minutes between two instants (rounded to the nearest minute, never negative). */
export function runMinutes(startMs: number, endMs: number): number {
  return Math.max(0, Math.round((endMs - startMs) / MINUTE));
}

/** True when a run from `startMs` to `endMs` crosses a local midnight. */
export function crossesMidnight(startMs: number, endMs: number): boolean {
  return localDay(new Date(startMs)) !== localDay(new Date(Math.max(startMs, endMs - 1)));
}

/**
 * The entries a run from `startMs` to `endMs` becomes. Without `byDay` it is one entry on
 * the start's local day, unless it is longer than one entry may hold (24 h): then, as with
 * `byDay`, one entry per local day. The parts always add up to the whole run's minutes:
 * nothing is cut. A run under half a minute is nothing.
 */
export function splitRun(startMs: number, endMs: number, byDay = false): RunPart[] {
  const total = runMinutes(startMs, endMs);
  if (total < 1) return [];
  const start = new Date(startMs);
  if (!byDay && total <= LIMITS.minutesPerEntry) return [{ date: localDay(start), minutes: total }];
  const parts: RunPart[] = [];
  let done = 0;
  let day = new Date(start.getFullYear(), start.getMonth(), start.getDate());
  while (done < total) {
    const next = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
    // Boundaries are rounded from the start, so the parts add up to exactly the total.
    const upTo = Math.min(total, runMinutes(startMs, next.getTime()));
    let minutes = upTo - done;
    const date = localDay(day);
    // A 25-hour day (the clocks go back) still fits no entry over 24 h: the rest is a second entry.
    while (minutes > LIMITS.minutesPerEntry) {
      parts.push({ date, minutes: LIMITS.minutesPerEntry });
      minutes -= LIMITS.minutesPerEntry;
    }
    if (minutes > 0) parts.push({ date, minutes });
    done = Math.max(done, upTo);
    day = next;
  }
  return parts;
}

/** True when a run that started at `startMs` has, at `nowMs`, gone past `longTimerHours`: it is not stopped without asking when it ended. */
export function isLongRun(startMs: number, nowMs: number, longTimerHours: number): boolean {
  return nowMs - startMs > longTimerHours * 3_600_000;
}
