/**
 * How letters write dates, money and names: in full, as a person writes them in a letter,
 * not the short forms of the screens ("13 de enero de 2027", not "13 ene 2027").
 */
import { localeOf } from '../../format';
import type { Language } from '../../model';

const longDates = new Map<Language, Intl.DateTimeFormat>();

/** `2027-01-13` -> "13 de enero de 2027" (es) or "13 January 2027" (en). */
export function letterDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let f = longDates.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    longDates.set(language, f);
  }
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}

const letterMoneys = new Map<string, Intl.NumberFormat>();

/**
 * Money as a letter writes it, in the currency's own form for the language ("3.600 €", "£3,600"):
 * whole units when there are no cents, and thousands always grouped (Intl leaves "3600 €"
 * ungrouped in Spanish, which reads as a code in a sentence).
 */
export function letterMoney(cents: number, currency: string, language: Language): string {
  const whole = Math.round(cents) % 100 === 0;
  const key = `${currency}|${language}|${whole}`;
  let f = letterMoneys.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(language), {
      style: 'currency',
      currency,
      useGrouping: 'always',
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    });
    letterMoneys.set(key, f);
  }
  return f.format(Math.round(cents) / 100);
}

/** The name a letter greets: the first word of the contact's name ("Marta Gil" -> "Marta"), or null. */
export function firstName(contactName: string | undefined): string | null {
  const first = (contactName ?? '').trim().split(/\s+/)[0] ?? '';
  return first === '' ? null : first;
}
