/** Durations as people type them (`1:30`, `1,5 h`, `2h 15m`, `90 min`) <-> whole minutes. */
import { LIMITS } from './model';

const HOURS = '(?:h|hs|hr|hrs|hour|hours|hora|horas)';
const MINUTES = '(?:m|mn|min|mins|minute|minutes|minuto|minutos)';
const NUMBER = '(\\d+(?:[.,]\\d+)?|[.,]\\d+)';

const CLOCK_RE = /^(\d{1,2}):([0-5]\d)(?:\s*h)?$/;
const HOURS_RE = new RegExp(`^${NUMBER}\\s*${HOURS}?$`);
const MINUTES_RE = new RegExp(`^${NUMBER}\\s*${MINUTES}$`);
const HOURS_MINUTES_RE = new RegExp(`^(\\d+)\\s*${HOURS}\\s*(\\d+)\\s*${MINUTES}?$`);

function decimal(s: string): number {
  return Number(s.replace(',', '.'));
}

/** Whole minutes (1..24 h) from what a person typed, or null when it is empty, zero, negative, over 24 h or unreadable. */
export function parseDuration(text: string): number | null {
  // Lower-case, single spaces, and a trailing abbreviation dot ("min.") dropped.
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  if (s === '') return null;
  let minutes: number | null = null;
  let m: RegExpExecArray | null;
  if ((m = CLOCK_RE.exec(s))) minutes = Number(m[1]) * 60 + Number(m[2]);
  else if ((m = HOURS_RE.exec(s))) minutes = decimal(m[1] ?? '') * 60;
  else if ((m = MINUTES_RE.exec(s))) minutes = decimal(m[1] ?? '');
  else if ((m = HOURS_MINUTES_RE.exec(s))) minutes = Number(m[1]) * 60 + Number(m[2]);
  if (minutes === null || !Number.isFinite(minutes)) return null;
  const whole = Math.round(minutes);
  return whole > 0 && whole <= LIMITS.minutesPerEntry ? whole : null;
}

/** `90` -> `1:30`, `45` -> `0:45`: how the duration field shows a value being edited. */
export function formatDurationInput(minutes: number): string {
  if (!Number.isFinite(minutes)) return '';
  const whole = Math.round(minutes);
  const sign = whole < 0 ? '-' : '';
  const abs = Math.abs(whole);
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}
