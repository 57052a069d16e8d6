/**
 * Money and decimals typed by people, in Spanish or English style (`1.500,50`, `1,500.50`,
 * `1500,5`, `€ 1.500,50`), read exactly into integer cents; and amounts written back with
 * cents only where there are cents. Pure: no I/O, no clock.
 */
import { formatMoney } from './format';
import { LIMITS, type Language } from './model';

/** Why a typed amount could not be read; the renderer words each code. */
export type MoneyInputError = 'empty' | 'not-a-number' | 'negative' | 'too-many-decimals' | 'too-large';

export type MoneyParse = { ok: true; cents: number } | { ok: false; error: MoneyInputError };

/** Currency marks people type around an amount: symbols and ISO codes, either side. */
const CURRENCY_MARKS = /(?:US|A|CA|MX|R)?[€$£]|\b(?:EUR|USD|GBP|MXN|ARS|COP|PEN|UYU|CAD|AUD|CHF|BRL|SEK|NOK|DKK|PLN|kr|euros?)\b|zł/gi;
const SPACES = /[\s\u00a0\u202f']/g;

/**
 * Splits a number as typed into its whole and decimal digits, or null when it is not a
 * number. Both marks: the later one is the decimal point. One mark: groups of exactly
 * three digits after it (`1.500`, `1,500,000`) are thousands, anything else is decimals.
 */
function splitNumber(text: string): { whole: string; decimals: string } | null {
  const s = text;
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  const grouped = (part: string, mark: string) => new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(part) || /^\d+$/.test(part);
  if (lastComma > -1 && lastDot > -1) {
    const decimalMark = lastComma > lastDot ? ',' : '.';
    const groupMark = decimalMark === ',' ? '.' : ',';
    const at = Math.max(lastComma, lastDot);
    const whole = s.slice(0, at);
    const decimals = s.slice(at + 1);
    if (!grouped(whole, groupMark) || !/^\d+$/.test(decimals)) return null;
    return { whole: whole.split(groupMark).join(''), decimals };
  }
  const mark = lastComma > -1 ? ',' : lastDot > -1 ? '.' : '';
  if (!mark) return { whole: s, decimals: '' };
  const parts = s.split(mark);
  if (parts.length > 2 || (/^[1-9]\d{0,2}$/.test(parts[0]!) && parts[1]!.length === 3)) {
    // `1.500` and `1,500,000` are thousands in both languages: nobody types three decimals of a euro.
    return grouped(s, mark) ? { whole: parts.join(''), decimals: '' } : null;
  }
  const [whole = '', decimals = ''] = parts;
  if (!/^\d*$/.test(whole) || !/^\d+$/.test(decimals)) return null;
  return { whole: whole || '0', decimals };
}

/** Reads an amount typed in major units (`1.500,50`, `€1,500.50`) into integer cents, or says why not. */
export function parseMoneyInput(text: string): MoneyParse {
  let s = text.replace(CURRENCY_MARKS, '').replace(SPACES, '');
  if (!s) return { ok: false, error: 'empty' };
  if (s.startsWith('-') || s.startsWith('−')) return { ok: false, error: 'negative' };
  if (s.startsWith('+')) s = s.slice(1);
  const n = splitNumber(s);
  if (!n) return { ok: false, error: 'not-a-number' };
  if (n.decimals.length > 2) return { ok: false, error: 'too-many-decimals' };
  const whole = n.whole.replace(/^0+(?=\d)/, '');
  // Digit by digit, not through a float: 1.500,10 must be 150010 cents, never 150009.
  if (whole.length > 12) return { ok: false, error: 'too-large' };
  const cents = Number(whole) * 100 + Number(n.decimals.padEnd(2, '0'));
  if (cents > LIMITS.money) return { ok: false, error: 'too-large' };
  return { ok: true, cents };
}

/** Money typed in major units -> integer cents, or null when it cannot be read. */
export function parseMoney(text: string): number | null {
  const r = parseMoneyInput(text);
  return r.ok ? r.cents : null;
}

/** A decimal typed in either style (`1,5`, `1.5`, `1.500`) -> a number, or null. */
export function parseDecimal(text: string): number | null {
  let s = text.replace(SPACES, '');
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1);
  const n = splitNumber(s);
  if (!n) return null;
  const value = Number(`${n.whole}.${n.decimals || '0'}`);
  return negative ? -value : value;
}

/** Cents -> what a money input shows while editing: `1500,5` -> `1500,50` (es), `1500.50` (en), `1500` without cents. */
export function moneyInput(cents: number | undefined, language: Language): string {
  if (cents === undefined) return '';
  const s = (cents / 100).toFixed(cents % 100 === 0 ? 0 : 2);
  return language === 'es' ? s.replace('.', ',') : s;
}

/** An amount as people read it: cents where there are cents (`1.500,50 €`), none where there are none (`1.500 €`). */
export function formatAmount(cents: number, currency: string, language: Language): string {
  const whole = Math.round(cents);
  return formatMoney(whole, currency, language, whole % 100 === 0);
}

/**
 * An hourly rate (cents per hour) times minutes, in whole cents: the one rule for rate x
 * time. The nearest cent; a half cent goes up (away from zero), as a person rounds a bill.
 */
export function hourlyAmount(rateCents: number, minutes: number): number {
  const exact = (rateCents * minutes) / 60;
  const cents = Math.round(Math.abs(exact));
  // Symmetric, and never -0: a credit rounds as the charge it undoes.
  return exact < 0 && cents > 0 ? -cents : cents;
}
