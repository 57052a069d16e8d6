/**
 * The one duration reader. People type durations (`1:30`, `1,5 h`, `2h 15m`, `90 min`) and time
 * trackers export them (`01:30:00`, `1.5`, `1,5`, `18:25 min`, `1 h 30 min`, `25 sec`,
 * `01:30:00 AM`): every screen and the import read them here, into minutes.
 */
import { LIMITS } from './model';

/** What a number written alone means: hours in a duration field, minutes in a "minutes" column. */
export type DurationUnit = 'hours' | 'minutes';

/**
 * A read duration in exact minutes (seconds kept as a fraction), or why it could not be read.
 * `timeOfDay` marks a value written as a clock time (`01:30:00 AM`): a spreadsheet showing a
 * duration as a time, so start and end times, where a file has them, say more.
 */
export type DurationReading =
  | { minutes: number; timeOfDay?: true }
  | { problem: 'empty' | 'bad' | 'negative' };

export interface ReadDurationOptions {
  /** What a number without a unit means; hours unless said otherwise. */
  bare?: DurationUnit;
}

// Unit words as the trackers and people write them (English, Spanish, German, French,
// Portuguese, Italian, Dutch), compared without dots and accents.
const HOUR_WORDS = new Set(['h', 'hs', 'hr', 'hrs', 'hour', 'hours', 'hora', 'horas', 'std', 'stunde', 'stunden', 'heure', 'heures', 'ora', 'ore', 'uur', 'u']);
const MINUTE_WORDS = new Set(['m', 'mn', 'min', 'mins', 'minute', 'minutes', 'minuto', 'minutos', 'minuten', 'minuti', 'minuut']);
const SECOND_WORDS = new Set(['s', 'sec', 'secs', 'second', 'seconds', 'seg', 'segs', 'segundo', 'segundos', 'sek', 'sekunde', 'sekunden', 'seconde', 'secondes', 'secondo', 'secondi', 'seconden']);

type UnitRank = 3600 | 60 | 1;

function unitOf(word: string): UnitRank | null {
  const w = word.replace(/\./g, '');
  if (HOUR_WORDS.has(w)) return 3600;
  if (MINUTE_WORDS.has(w)) return 60;
  if (SECOND_WORDS.has(w)) return 1;
  return null;
}

/** Digits in groups of three, such as 1.234.567 for the group separator `.`. */
function groupedDigits(group: string): RegExp {
  return group === '.' ? /^\d{1,3}(\.\d{3})+$|^\d{1,3}$/ : /^\d{1,3}(,\d{3})+$|^\d{1,3}$/;
}

/**
 * A decimal number written in either convention: `1.5`, `1,5`, `2.000,0`, `1,234.5`.
 * A single separator is the decimal one (these are hours: 1,500 h is not a time entry).
 */
export function readDecimal(raw: string): number | null {
  const m = /^([+-]?)([\d.,]+)$/.exec(raw.replace(/[\s\u00a0\u202f']/g, ''));
  if (!m) return null;
  const sign = m[1] ?? '';
  const body = m[2] ?? '';
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const at = Math.max(lastDot, lastComma);
    const group = lastDot > lastComma ? ',' : '.';
    const whole = body.slice(0, at);
    const fraction = body.slice(at + 1);
    if (!groupedDigits(group).test(whole) || !/^\d+$/.test(fraction)) return null;
    normal = `${whole.split(group).join('')}.${fraction}`;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = body.split(sep);
    if (parts.length === 2) {
      if (!/^\d*$/.test(parts[0] ?? '') || !/^\d+$/.test(parts[1] ?? '')) return null;
      normal = `${parts[0]}.${parts[1]}`;
    } else {
      if (!groupedDigits(sep).test(body)) return null;
      normal = parts.join('');
    }
  } else {
    normal = body;
  }
  if (!/\d/.test(normal)) return null;
  const value = Number(`${sign}${normal}`);
  return Number.isFinite(value) ? value : null;
}

// 1:30, 01:30:00, 1:30:00.5, optionally followed by a unit: "18:25 min" is minutes and seconds.
const CLOCK_RE = /^(\d+):([0-5]\d)(?::([0-5]\d(?:[.,]\d+)?))?(?:\s*([a-z.]+))?$/;
// A duration a spreadsheet formatted as a time of day: 01:30:00 AM.
const TIME_OF_DAY_RE = /^(\d{1,2}):([0-5]\d)(?::([0-5]\d))?\s*([ap])\.?\s*m\.?$/;
// One number and its unit, as in "1 h 30 min" or "2h15".
const PART_RE = /^([\d.,]+)\s*([a-z.]*)\s*/;

function readClock(m: RegExpExecArray): number | null {
  const a = Number(m[1]);
  const b = Number(m[2]);
  const c = m[3] ? Number(m[3].replace(',', '.')) : 0;
  const unit = m[4] ? unitOf(m[4]) : 3600;
  // "18:25 min" is 18 minutes 25 seconds; a three-part clock is always hours first.
  if (unit === 60 && m[3] === undefined) return a + b / 60;
  if (unit === 3600) return a * 60 + b + c / 60;
  return null;
}

function readParts(s: string, bare: DurationUnit): number | null {
  let rest = s;
  let seconds = 0;
  let last: UnitRank | null = null;
  let parts = 0;
  while (rest !== '') {
    const m = PART_RE.exec(rest);
    if (!m || m[0] === '') return null;
    const value = readDecimal(m[1] ?? '');
    if (value === null) return null;
    let unit: UnitRank | null;
    if (m[2]) {
      unit = unitOf(m[2]);
      if (unit === null) return null;
    } else if (parts === 0 && m[0].length === rest.length) {
      unit = bare === 'hours' ? 3600 : 60;
    } else if (last === 3600 && m[0].length === rest.length) {
      // "2h15": the number after hours is minutes.
      unit = 60;
    } else {
      return null;
    }
    // Units go from large to small, each at most once: "30 min 1 h" is not a duration.
    if (last !== null && unit >= last) return null;
    seconds += value * unit;
    last = unit;
    parts++;
    rest = rest.slice(m[0].length);
  }
  return parts > 0 ? seconds / 60 : null;
}

/** Reads a duration in any style people or trackers write, into exact minutes; never throws. */
export function readDuration(text: string, options: ReadDurationOptions = {}): DurationReading {
  // Lower-case, accents gone, single spaces; "-" and dashes alone are how trackers write "none".
  const s = (typeof text === 'string' ? text : '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
  if (s === '' || /^[-\u2013\u2014]$/.test(s)) return { problem: 'empty' };
  let body = s;
  let negative = false;
  if (body.startsWith('-')) {
    negative = true;
    body = body.slice(1).trim();
  }
  let minutes: number | null = null;
  let timeOfDay = false;
  let m: RegExpExecArray | null;
  if ((m = TIME_OF_DAY_RE.exec(body))) {
    const hour = Number(m[1]) % 12 + (m[4] === 'p' ? 12 : 0);
    minutes = hour * 60 + Number(m[2]) + (m[3] ? Number(m[3]) / 60 : 0);
    timeOfDay = true;
  } else if ((m = CLOCK_RE.exec(body))) {
    minutes = readClock(m);
  } else {
    minutes = readParts(body, options.bare ?? 'hours');
  }
  if (minutes === null || !Number.isFinite(minutes)) return { problem: 'bad' };
  if (negative && minutes > 0) return { problem: 'negative' };
  if (minutes < 0) return { problem: 'negative' };
  return timeOfDay ? { minutes, timeOfDay: true } : { minutes };
}

/** Whole minutes (1..24 h) from what a person typed, or null when it is empty, zero, negative, over 24 h or unreadable. */
export function parseDuration(text: string): number | null {
  const read = readDuration(text);
  if (!('minutes' in read) || read.timeOfDay) return null;
  const whole = Math.round(read.minutes);
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
