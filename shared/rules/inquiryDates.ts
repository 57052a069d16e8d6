/**
 * Deadlines in an inquiry: absolute and relative dates found by chrono-node, read only where
 * the words around them make them a deadline, with the refiners chrono lacks ("finales de
 * marzo", "mid-January", "antes de Navidad", "el próximo mes", "by the 20th").
 */
import * as chrono from 'chrono-node';
import { addDays, daysInMonth } from '../dates';
import { fold } from './inquiryWords';

export interface FoundDate {
  date: string;
  /** The words it came from, as written. */
  text: string;
  /** Where those words start in the sentence. */
  index: number;
}

/** Words that make a date a deadline when they come shortly before it (folded). */
const CUE =
  /\b(antes|para|hasta|limite|entrega\w*|necesit\w*|tener(lo|la|los|las)?|listo|lista|como (muy )?tarde|by|before|until|due|deadline|no later than|need\w*|have it|ready|finished|live|delivered)\b/;
/** A relative span is a deadline by itself: "en dos semanas", "in three weeks". */
const RELATIVE = /^(en|in|dentro de|within) /;
const REFINER_ES = /\b(a |para )?(principios|mediados|finales|fin(al)?es?) de(l mes de)?\s*$/;
const REFINER_EN = /\b(early|mid|late|the end of|end of)[- ]?\s*$/;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Easter Sunday of a year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** The first date on or after `today` that `make(year)` gives, this year or next. */
function upcoming(today: string, make: (year: number) => string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = make(year);
  return thisYear >= today ? thisYear : make(year + 1);
}

/** The last day of the month after today's. */
function endOfNextMonth(today: string): string {
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7)) + 1;
  if (m > 12) {
    m = 1;
    y += 1;
  }
  return iso(y, m, daysInMonth(y, m));
}

/** Named days chrono does not know, with the date each gives (folded patterns). */
const HOLIDAYS: readonly { words: RegExp; date: (today: string) => string }[] = [
  { words: /\b(antes de|para|by|before) (navidad|nochebuena|christmas( eve)?)\b/, date: (t) => upcoming(t, (y) => iso(y, 12, 24)) },
  { words: /\b(antes de|para|by|before) (semana santa)\b/, date: (t) => upcoming(t, (y) => addDays(easterSunday(y), -7)) },
  { words: /\b(antes de|para|by|before) (pascua|easter)\b/, date: (t) => upcoming(t, easterSunday) },
  { words: /\b(antes de|para|by|before) (fin de ano|final de ano|ano nuevo|new year('s)?( eve)?|the end of the year)\b/, date: (t) => upcoming(t, (y) => iso(y, 12, 31)) },
  { words: /\b(el|del|para el) (proximo mes|mes que viene)\b|\bnext month\b/, date: endOfNextMonth },
];

/** "by the 20th", "para el 20": a day of the month, the next one to come. */
const DAY_ONLY = /\b(by|before|on|para|antes del?|hasta) (the |el )?(\d{1,2})(?:(st|nd|rd|th)\b|\b(?!\s*(\/|-|\.\d|de |of |[a-z])))/;

/**
 * The deadline a sentence gives, if its words make one: "antes del 15 de enero" gives that
 * day, "para finales de marzo" the month's last day; a date without such words is not one.
 */
export function findDeadline(sentence: string, today: string, language: 'es' | 'en'): FoundDate | null {
  const folded = fold(sentence);
  for (const h of HOLIDAYS) {
    const m = h.words.exec(folded);
    if (m) return { date: h.date(today), text: sentence.slice(m.index, m.index + m[0].length), index: m.index };
  }
  const y = Number(today.slice(0, 4));
  const mo = Number(today.slice(5, 7));
  const d = Number(today.slice(8, 10));
  const ref = new Date(Date.UTC(y, mo - 1, d, 12));
  const parser = language === 'es' ? chrono.es : chrono.en;
  for (const r of parser.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: true })) {
    const certain = (c: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second') => r.start.isCertain(c);
    const relative = RELATIVE.test(fold(r.text));
    // Hours, weekdays and bare numbers are not deadlines; "para ayer" is urgency, not a date.
    if (!relative && !certain('month')) continue;
    // "10-15 seconds", "a las 20:41": a time of day or a span of seconds is never a deadline.
    if (certain('hour') || certain('minute') || certain('second')) continue;
    if (/^(ayer|yesterday)$/.test(fold(r.text))) continue;
    let start = r.index;
    let before = folded.slice(0, start);
    let refine: 'early' | 'mid' | 'end' | null = null;
    const refiner = (language === 'es' ? REFINER_ES : REFINER_EN).exec(before) ?? REFINER_ES.exec(before) ?? REFINER_EN.exec(before);
    if (refiner && !certain('day')) {
      const w = refiner[0];
      refine = /principios|early/.test(w) ? 'early' : /mediados|mid/.test(w) ? 'mid' : 'end';
      start = refiner.index + (refiner[1] ? refiner[1].length : 0);
      before = folded.slice(0, start);
    }
    if (!relative && !CUE.test(before.slice(-40))) continue;
    const date = r.start.date();
    let yy = date.getUTCFullYear();
    const mm = date.getUTCMonth() + 1;
    let dd = date.getUTCDate();
    if (!certain('day') && !relative) {
      // A month alone: early is its first third, mid its 15th, the end (or the month alone) its last day.
      if (!certain('year') && iso(yy, mm, daysInMonth(yy, mm)) < today) yy += 1;
      dd = refine === 'early' ? 10 : refine === 'mid' ? 15 : daysInMonth(yy, mm);
    }
    const out = iso(yy, mm, dd);
    if (out < today) continue;
    return { date: out, text: sentence.slice(start, r.index + r.text.length), index: start };
  }
  const day = DAY_ONLY.exec(folded);
  if (day) {
    const n = Number(day[3]);
    if (n >= 1 && n <= 31) {
      let yy = y;
      let mm = n >= d ? mo : mo + 1;
      if (mm > 12) {
        mm = 1;
        yy += 1;
      }
      if (n <= daysInMonth(yy, mm)) return { date: iso(yy, mm, n), text: sentence.slice(day.index, day.index + day[0].length), index: day.index };
    }
  }
  return null;
}
