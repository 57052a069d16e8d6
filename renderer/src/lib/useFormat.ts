/** Formatting in the user's language and currency, for components. */
import { useMemo } from 'react';
import { formatMinutes, formatMoney, formatRate, localeOf } from '#shared/format';
import { useApp } from '../store';
import { rateBand } from '#shared/rules';
import { formatAmount } from '#shared/money';
import type { Language, RateBand } from '#shared/model';

/**
 * The Intl formatters of one language, made once: building one costs far more than using it,
 * and a list of 300 clients formats over a thousand numbers and dates. The output is that of
 * shared/format's formatHours, formatNumber and formatDate.
 */
function formattersOf(language: Language) {
  const locale = localeOf(language);
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let f = numbers.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      numbers.set(digits, f);
    }
    return f;
  };
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    hours: (h: number, digits = 1) => `${numberFormat(digits).format(h)} h`,
    number: (n: number, digits = 1) => numberFormat(digits).format(n),
    date: (d: string) => {
      const [y, m, day] = d.split('-').map(Number) as [number, number, number];
      return dates.format(new Date(Date.UTC(y, m - 1, day)));
    },
  };
}

const byLanguage = new Map<Language, ReturnType<typeof formattersOf>>();
function formatters(language: Language) {
  let f = byLanguage.get(language);
  if (!f) {
    f = formattersOf(language);
    byLanguage.set(language, f);
  }
  return f;
}

export function useFormat() {
  const language = useApp((s) => s.settings.language);
  const currency = useApp((s) => s.settings.currency);
  return useMemo(() => {
    const f = formatters(language);
    return {
      language,
      currency,
      money: (cents: number, whole = false) => formatMoney(cents, currency, language, whole),
      /** An amount someone typed or agreed: cents where there are cents, none where there are none. */
      amount: (cents: number) => formatAmount(cents, currency, language),
      rate: (centsPerHour: number | null) => (centsPerHour === null ? '—' : formatRate(centsPerHour, currency, language)),
      minutes: (m: number) => formatMinutes(m, language),
      hours: f.hours,
      number: f.number,
      date: (d: string | undefined) => (d ? f.date(d) : '—'),
    };
  }, [language, currency]);
}

/** The colour band of a rate: good at or above target, caution above minimum, bad under it. */
export function rateTone(rate: number | null, target: number, minimum: number): RateBand | 'neutral' {
  return rate === null ? 'neutral' : rateBand(rate, { targetHourlyRate: target, minimumHourlyRate: minimum });
}
