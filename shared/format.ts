/** Formatting of money, hours and dates for people, by language (Intl only: pure). */
import type { Language } from './model';

const LOCALES: Record<Language, string> = { es: 'es-ES', en: 'en-GB' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** `123456` cents in EUR -> `1.234,56 €` (es) or `€1,234.56` (en); whole units when `whole`. */
export function formatMoney(cents: number, currency: string, language: Language, whole = false): string {
  const key = `${currency}|${language}|${whole}`;
  let f = moneyFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[language], {
      style: 'currency',
      currency,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    });
    moneyFormats.set(key, f);
  }
  return f.format(cents / 100);
}

/** A rate: money per hour, as `45 €/h`. */
export function formatRate(centsPerHour: number, currency: string, language: Language): string {
  return `${formatMoney(Math.round(centsPerHour), currency, language, true)}/h`;
}

/**
 * `90` -> `1 h 30 min`; `60` -> `1 h`; `45` -> `45 min`; the hours grouped in the language
 * (`617.483 h 30 min` in es, `617,483 h 30 min` in en), as a large import's total needs.
 */
export function formatMinutes(minutes: number, language: Language): string {
  const m = Math.round(minutes);
  const sign = m < 0 ? '-' : '';
  const abs = Math.abs(m);
  const h = Math.floor(abs / 60);
  const rest = abs % 60;
  if (h === 0) return `${sign}${rest} min`;
  const hours = numberFormat(language, 0).format(h);
  if (rest === 0) return `${sign}${hours} h`;
  return `${sign}${hours} h ${rest} min`;
}

/*
 * Intl formatters cost far more to make than to use, and rules format hundreds of figures for a
 * review of ten years: each is made once per language and option, then kept.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, digits: number): Intl.NumberFormat {
  const key = `${language}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f;
}

/** Hours as a decimal number in the language: `1,5 h` (es) or `1.5 h` (en). */
export function formatHours(hours: number, language: Language, digits = 1): string {
  return `${numberFormat(language, digits).format(hours)} h`;
}

/** A plain number in the language's style. */
export function formatNumber(n: number, language: Language, digits = 1): string {
  return numberFormat(language, digits).format(n);
}

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** `2025-03-04` -> `4/3/25` (es) or `04/03/2025` (en): the locale's short form. */
export function formatDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let f = dateFormats.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(language, f);
  }
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}
