/**
 * Money in an inquiry: a budget or an hourly rate in the forms people write it
 * (`3.000 €`, `3000 euros`, `€3k`, `unos 2.500`, `$4,000`, `60 €/h`, "entre 2.000 y 3.000").
 */
import { fold } from './inquiryWords';

export interface FoundMoney {
  /** Minor units (cents) of `currency`. */
  amount: number;
  /** ISO 4217 code, or null when the text names none (then it is the settings' currency). */
  currency: string | null;
  hourly: boolean;
  /** True when the text gave a range and this is its low end. */
  range: boolean;
  /** The words it came from, as written, and where they start in the sentence. */
  text: string;
  index: number;
}

const SYMBOL: Record<string, string> = { '€': 'EUR', $: 'USD', 'us$': 'USD', '£': 'GBP', eur: 'EUR', usd: 'USD', gbp: 'GBP', mxn: 'MXN' };
const WORD: readonly [RegExp, string][] = [
  [/^(euros?|eur)$/, 'EUR'],
  [/^(dolares|dollars?|usd|bucks)$/, 'USD'],
  [/^(libras|pounds?|gbp|quid)$/, 'GBP'],
  [/^(pesos( mexicanos)?|mxn)$/, 'MXN'],
];

// A number as people write money: 3.000 / 3,000 / 3000 / 1.500,00 / 2,500.50 / 3k / 4,5k.
const NUM = String.raw`\d{1,3}(?:[.,\u00a0 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const CUR_BEFORE = String.raw`(?:€|\$|us\$|£|eur|usd|gbp|mxn)\s?`;
const CUR_AFTER = String.raw`\s?(?:€|\$|(?:eur|usd|gbp|mxn|euros?|dolares|dollars?|libras|pounds?|pesos(?: mexicanos)?|bucks|quid)\b)`;
const K = String.raw`\s?k\b`;
const HOURLY = String.raw`\s?(?:\/\s?h(?:ora|our|r)?\b|(?:a|la|por|per|an|a|each|\/)\s(?:hora|hour|hr)\b|\s?p\/h\b|hourly)`;

const AMOUNT = new RegExp(String.raw`(${CUR_BEFORE})?(${NUM})(${K})?(${CUR_AFTER})?(${HOURLY})?`, 'g');
const RANGE_JOIN = /^\s*(?:-|–|—|a|y|and|to|or|o)\s*$/;
const RANGE_START = /\b(entre|between|from|de|desde)\s*$/;
/** Words that put a bare number in a budget (folded). */
const BUDGET = /\b(presupuesto|budget|disponemos de|contamos con|podemos pagar|puedo pagar|pagariamos|pagamos|pago|ofrezco|can pay|can do|could pay|afford|set aside|pay|paying|rate|tarifa)\b/;
/** Softer words: they make money only of a number written like one ("unos 2.500"). */
const ABOUT = /\b(tenemos|tengo|unos|unas|como|alrededor de|aprox\w*|around|about|roughly|hasta|up to|within)\s*$/;
/** Units that make a number something else: pages, hours, grams, a year (folded). */
const NOT_MONEY = /^\s?(%|paginas|pages|horas|hours|hrs?|h\b|g\b|kg|ml|cl|l\b|cm|mm|m2|x|semanas|weeks|dias|days|meses|months|anos|years|personas|people|person|secciones|sections|productos|products|unidades|units|ilustraciones|illustrations|spreads|seconds|segundos|minutos|minutes)/;

function parseNumber(raw: string): number | null {
  const s = raw.replace(/[\u00a0 ]/g, '');
  if (/^\d{1,3}([.,]\d{3})+([.,]\d{1,2})?$/.test(s)) {
    // Groups of three are thousands; a last separator with one or two digits holds the cents.
    const cents = /[.,](\d{1,2})$/.exec(s);
    const whole = (cents ? s.slice(0, cents.index) : s).replace(/[.,]/g, '');
    return Number(whole) + (cents ? Number((cents[1] ?? '').padEnd(2, '0')) / 100 : 0);
  }
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

function currencyOf(before: string | undefined, after: string | undefined): string | null {
  if (before) return SYMBOL[before.trim().toLowerCase()] ?? null;
  if (after) {
    const w = fold(after.trim());
    if (SYMBOL[w]) return SYMBOL[w];
    for (const [re, code] of WORD) if (re.test(w)) return code;
  }
  return null;
}

/**
 * Every amount of money a sentence names, in order. A bare number counts only where the
 * words around it make it money ("presupuesto de unos 2.500", "a budget of 10k").
 */
export function findMoney(sentence: string): FoundMoney[] {
  const folded = fold(sentence);
  const raw: (FoundMoney & { end: number; explicit: boolean })[] = [];
  for (const m of folded.matchAll(AMOUNT)) {
    const [all, cb, num, k, ca, hourly] = m;
    const index = m.index;
    const end = index + all.length;
    // Part of a longer token (a date 15/01, a phone, a time 20:41): not money.
    const prev = folded[index - 1] ?? ' ';
    const next = folded[end] ?? ' ';
    if (/[\d/:]/.test(prev) || /[\d/:]/.test(next) || /[a-z]/.test(prev)) continue;
    const value = parseNumber(num ?? '');
    if (value === null) continue;
    const explicit = Boolean(cb || ca || k);
    if (!explicit && NOT_MONEY.test(folded.slice(end))) continue;
    const amount = Math.round(value * (k ? 1000 : 1) * 100);
    raw.push({ amount, currency: currencyOf(cb, ca), hourly: Boolean(hourly), range: false, text: sentence.slice(index, end).trim(), index, end, explicit });
  }
  const out: FoundMoney[] = [];
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i]!;
    const b = raw[i + 1];
    // "entre 2.000 y 3.000 €", "£2,000 - £2,500", "2-3k": the low end, carrying the currency and k of the pair.
    if (b && RANGE_JOIN.test(folded.slice(a.end, b.index)) && (a.explicit || b.explicit) && (RANGE_START.test(folded.slice(0, a.index)) || a.explicit || /[-–]/.test(folded.slice(a.end, b.index)))) {
      const kFactor = !/k\b/.test(fold(a.text)) && /k\b/.test(fold(b.text)) && a.amount < b.amount / 100 ? 1000 : 1;
      const startWord = RANGE_START.exec(folded.slice(0, a.index));
      const start = startWord ? startWord.index : a.index;
      out.push({
        amount: a.amount * kFactor,
        currency: a.currency ?? b.currency,
        hourly: a.hourly || b.hourly,
        range: true,
        text: sentence.slice(start, b.end).trim(),
        index: start,
      });
      i++;
      continue;
    }
    if (!a.explicit) {
      const strong = BUDGET.test(folded.slice(Math.max(0, a.index - 30), a.index));
      const soft = ABOUT.test(folded.slice(Math.max(0, a.index - 20), a.index)) && (/[.,\s]\d{3}/.test(a.text) || a.amount >= 100_000);
      // A bare small number is a count ("unas 10 secciones"), not a budget.
      if (!(strong || soft) || a.amount < 5000) continue;
    }
    out.push({ amount: a.amount, currency: a.currency, hourly: a.hourly, range: false, text: a.text, index: a.index });
  }
  return out;
}
