/** Pure calendar helpers on `YYYY-MM-DD` strings: no clock, no time zone. */

/** The value of the ASCII digit at `s[i]`, or -1 when it is not one. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  // Character by character, without a regex or substrings: it runs once per loaded entry.
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const d0 = digitAt(s, 0), d1 = digitAt(s, 1), d2 = digitAt(s, 2), d3 = digitAt(s, 3);
  const m0 = digitAt(s, 5), m1 = digitAt(s, 6), a0 = digitAt(s, 8), a1 = digitAt(s, 9);
  if ((d0 | d1 | d2 | d3 | m0 | m1 | a0 | a1) < 0) return false;
  const y = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
  const mo = m0 * 10 + m1;
  const d = a0 * 10 + a1;
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The date a file's year, month and day cells name (a two-digit year is this century's), or null when there is no such day. */
export function isoOf(year: string, month: number, day: number): string | null {
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  const iso = `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Days in a month (1-12) of a year; arithmetic only, as it runs once per loaded entry. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` date (UTC calendar arithmetic). */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** The `YYYY-MM-DD` date of a day number. */
export function fromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** `YYYY-MM` of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** `YYYY-MM` moved by `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) + delta;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}`;
}

/** Monday of the ISO week holding `date`. */
export function startOfWeek(date: string): string {
  const n = dayNumber(date);
  // 1970-01-01 was a Thursday: (n + 3) % 7 is 0 on Mondays.
  const weekday = (((n + 3) % 7) + 7) % 7;
  return fromDayNumber(n - weekday);
}
