/**
 * Dates as a person types them in the app's language (04/12/2026), read back as `YYYY-MM-DD`.
 * The order of day, month and year is the one the app writes dates in for that language, so a
 * date field never reads in the system's order while the rest of the app speaks another.
 */
import { isoOf } from './dates';
import { localeOf } from './format';
import type { Language } from './model';

export type DatePart = 'day' | 'month' | 'year';

export interface DateInputOrder {
  /** The parts in the order they are typed. */
  parts: [DatePart, DatePart, DatePart];
  /** What goes between them ("/"). */
  separator: string;
}

const orders = new Map<Language, DateInputOrder>();

/** The order of day, month and year (and their separator) in which `language` writes a short date. */
export function dateInputOrder(language: Language): DateInputOrder {
  let order = orders.get(language);
  if (!order) {
    const shown = new Intl.DateTimeFormat(localeOf(language), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(
      new Date(Date.UTC(2026, 11, 4)),
    );
    const parts = shown.filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year').map((p) => p.type as DatePart);
    const separator = shown.find((p) => p.type === 'literal')?.value.trim() || '/';
    order = {
      parts: parts.length === 3 ? (parts as DateInputOrder['parts']) : ['day', 'month', 'year'],
      separator,
    };
    orders.set(language, order);
  }
  return order;
}

/** A `YYYY-MM-DD` date as typed in `language` ("04/12/2026"); '' for ''. */
export function formatDateInput(date: string, language: Language): string {
  if (!date) return '';
  const [year, month, day] = date.split('-') as [string, string, string];
  const { parts, separator } = dateInputOrder(language);
  const value: Record<DatePart, string> = { day, month, year };
  return parts.map((p) => value[p]).join(separator);
}

/** The pattern a field shows while empty, from the letters for day, month and year ("dd/mm/aaaa"). */
export function dateInputPattern(language: Language, letters: Record<DatePart, string>): string {
  const { parts, separator } = dateInputOrder(language);
  return parts.map((p) => letters[p]).join(separator);
}

export type DateInputResult =
  | { ok: true; value: string }
  /** incomplete: a part is missing or too short; impossible: the parts name no day (31/02, month 13). */
  | { ok: false; problem: 'incomplete' | 'impossible' };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a date typed in `language`'s order: "4/12/2026", "04.12.26", "04122026", "2026-12-04"
 * (the stored form, always accepted), or "4/12" (the year of `today`, when given). '' is no date.
 */
export function parseDateInput(text: string, language: Language, today?: string): DateInputResult {
  const typed = text.trim();
  if (!typed) return { ok: true, value: '' };
  let year: string | undefined;
  let month: string | undefined;
  let day: string | undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  if (iso) {
    [, year, month, day] = iso;
  } else {
    if (!/^[\d\s./-]+$/.test(typed)) return { ok: false, problem: 'incomplete' };
    let pieces = typed.split(/[\s./-]+/).filter(Boolean);
    // Digits alone, as some people type a date: 04122026 or 041226.
    if (pieces.length === 1 && (pieces[0]!.length === 8 || pieces[0]!.length === 6)) {
      const digits = pieces[0]!;
      const { parts } = dateInputOrder(language);
      const widths = parts.map((p) => (p === 'year' ? digits.length - 4 : 2));
      let at = 0;
      pieces = widths.map((w) => digits.slice(at, (at += w)));
    }
    const { parts } = dateInputOrder(language);
    if (pieces.length === 2 && today) {
      const withoutYear = parts.filter((p) => p !== 'year');
      const value = Object.fromEntries(withoutYear.map((p, i) => [p, pieces[i]]));
      [year, month, day] = [today.slice(0, 4), value.month, value.day];
    } else if (pieces.length === 3) {
      const value = Object.fromEntries(parts.map((p, i) => [p, pieces[i]]));
      [year, month, day] = [value.year, value.month, value.day];
    } else {
      return { ok: false, problem: 'incomplete' };
    }
  }
  if (!year || !month || !day || month.length > 2 || day.length > 2 || (year.length !== 2 && year.length !== 4)) return { ok: false, problem: 'incomplete' };
  // No such day (31/02, month 13), or outside the years a calendar date can hold here (1900-2200).
  const value = isoOf(year, Number(month), Number(day));
  return value ? { ok: true, value } : { ok: false, problem: 'impossible' };
}

/** A `YYYY-MM-DDTHH:mm` local date and time as typed in `language` ("04/12/2026 18:30"); '' for ''. */
export function formatDateTimeInput(value: string, language: Language): string {
  if (!value) return '';
  const [date, time] = value.split('T') as [string, string | undefined];
  return `${formatDateInput(date, language)} ${time ?? '00:00'}`;
}

export type DateTimeInputResult = { ok: true; value: string } | { ok: false; problem: 'incomplete' | 'impossible' | 'impossible-time' };

/**
 * Reads a date and a 24-hour time typed in `language`'s order ("6/12/2026 18:30", "6/12 18.30",
 * "2026-12-06T18:30") as `YYYY-MM-DDTHH:mm`. '' is no date.
 */
export function parseDateTimeInput(text: string, language: Language, today?: string): DateTimeInputResult {
  const typed = text.trim();
  if (!typed) return { ok: true, value: '' };
  // The date is everything before the last space (or the T of the stored form); the time, after it.
  const split = /^(.*?)(?:T|\s+|,\s*)(\d{1,2})(?:[:.h](\d{2}))?\s*h?$/.exec(typed);
  if (!split) return { ok: false, problem: 'incomplete' };
  const date = parseDateInput(split[1]!, language, today);
  if (!date.ok) return date;
  if (!date.value) return { ok: false, problem: 'incomplete' };
  const hours = Number(split[2]);
  const minutes = Number(split[3] ?? '0');
  if (hours > 23 || minutes > 59) return { ok: false, problem: 'impossible-time' };
  return { ok: true, value: `${date.value}T${pad(hours)}:${pad(minutes)}` };
}
