/** Formatting in the user's language and currency, for components. */
import { useMemo } from 'react';
import { formatDate, formatHours, formatMinutes, formatMoney, formatNumber, formatRate } from '../../../shared/format';
import { useApp } from '../store';
import { rateBand } from '../../../shared/rules';
import type { RateBand } from '../../../shared/model';

export function useFormat() {
  const language = useApp((s) => s.settings.language);
  const currency = useApp((s) => s.settings.currency);
  return useMemo(
    () => ({
      language,
      currency,
      money: (cents: number, whole = false) => formatMoney(cents, currency, language, whole),
      rate: (centsPerHour: number | null) => (centsPerHour === null ? '—' : formatRate(centsPerHour, currency, language)),
      minutes: (m: number) => formatMinutes(m),
      hours: (h: number, digits = 1) => formatHours(h, language, digits),
      number: (n: number, digits = 1) => formatNumber(n, language, digits),
      date: (d: string | undefined) => (d ? formatDate(d, language) : '—'),
    }),
    [language, currency],
  );
}

/** The colour band of a rate: good at or above target, caution above minimum, bad under it. */
export function rateTone(rate: number | null, target: number, minimum: number): RateBand | 'neutral' {
  return rate === null ? 'neutral' : rateBand(rate, { targetHourlyRate: target, minimumHourlyRate: minimum });
}
