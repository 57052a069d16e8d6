/**
 * "¿Seguro?": a form's question about an unusual value (hours dated in 2099, a payment
 * larger than its invoice), answered with Confirm or Fix before anything is saved.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SanityQuestion } from '#shared/sanity';
import { formatAmount } from '#shared/money';
import { useFormat } from '../lib/useFormat';

/** The question's sentence in the person's language, with its money, dates and hours written out. */
export function useSanityText() {
  const { t } = useTranslation();
  const f = useFormat();
  const money = (cents: number) => formatAmount(cents, f.currency, f.language);
  return (q: SanityQuestion): string => {
    switch (q.code) {
      case 'entry-in-future':
        return t('sanity.entry-in-future', { date: f.date(q.date), count: q.days });
      case 'entry-long-ago':
        return t('sanity.entry-long-ago', { date: f.date(q.date), count: q.years });
      case 'deadline-before-start':
        return t('sanity.deadline-before-start', { deadline: f.date(q.deadline), createdAt: f.date(q.createdAt) });
      case 'payment-over-invoice':
        return t('sanity.payment-over-invoice', { paid: money(q.paid), amount: money(q.amount) });
      case 'price-over-target':
        return q.estimated
          ? t('sanity.price-over-target', { amount: money(q.amount), hours: f.hours(q.hours), rate: f.rate(q.amount / q.hours), target: f.rate(q.target) })
          : t('sanity.price-over-target-no-estimate', { amount: money(q.amount), hours: f.hours(q.hours, 0), target: f.rate(q.target) });
      case 'rate-over-target':
        return t('sanity.rate-over-target', { rate: f.rate(q.rate), target: f.rate(q.target) });
    }
  };
}

/**
 * A form's sanity step. `check(questions, save)` saves at once when there is nothing to ask,
 * else holds the save until the person confirms; changing the form (a new `key`) drops the question.
 */
export function useSanity(key: string) {
  const [pending, setPending] = useState<{ key: string; questions: SanityQuestion[]; save: () => void } | null>(null);
  const open = pending && pending.key === key ? pending : null;
  return {
    pending: open,
    check(questions: SanityQuestion[], save: () => void) {
      if (questions.length === 0) {
        setPending(null);
        save();
      } else setPending({ key, questions, save });
    },
    confirm() {
      const p = open;
      setPending(null);
      p?.save();
    },
    dismiss() {
      setPending(null);
    },
  };
}

/** The question under a form: each sentence, then "Yes, save it" and "Fix it". */
export function SanityPrompt({ sanity, onFix, autoFocus = true }: { sanity: ReturnType<typeof useSanity>; onFix?: () => void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const text = useSanityText();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const open = sanity.pending;
  // The answer is one key away: focus goes to Confirm as the question appears.
  // Not where the question comes from a key still going down (a week cell's Enter would press Confirm).
  useEffect(() => {
    if (open && autoFocus) confirmRef.current?.focus();
  }, [open, autoFocus]);
  if (!open) return null;
  return (
    <div className="notice warning sanity" style={{ marginTop: 12 }} role="alertdialog" aria-labelledby="sanity-title" data-testid="sanity-question">
      <div className="stack" style={{ gap: 4 }}>
        <strong id="sanity-title">{t('sanity.title')}</strong>
        {open.questions.map((q) => (
          <p key={q.code} className="small">
            {text(q)}
          </p>
        ))}
        <div className="row" style={{ gap: 8, marginTop: 4 }}>
          <button ref={confirmRef} type="button" className="btn small primary" onClick={sanity.confirm}>
            {t('sanity.confirm')}
          </button>
          <button
            type="button"
            className="btn small"
            onClick={() => {
              sanity.dismiss();
              onFix?.();
            }}
          >
            {t('sanity.fix')}
          </button>
        </div>
      </div>
    </div>
  );
}
