/**
 * A counter-offer's price and its age ("Propuesto 2.700 € hace 3 días"), the same words on
 * every screen that shows a quote, and the home card's list of quotes waiting for an answer.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '#shared/model';
import { formatAmount } from '#shared/money';
import { awaitingQuotes, quoteAge } from '#shared/rules/quotes';
import { useFormat } from '../../lib/useFormat';
import { useApp } from '../../store';
import { useToday } from '../../lib/useToday';

/** The words for a quote: its price, with cents only where there are cents, and how long ago it went. */
export function useQuoteText() {
  const { t } = useTranslation();
  const f = useFormat();
  const current = useToday();
  return (quote: Quote, today = current) => {
    const days = quoteAge(quote, today);
    return t('quotes.line', { amount: formatAmount(quote.amount, f.currency, f.language), when: days === 0 ? t('quotes.today') : t('quotes.ago', { count: days }) });
  };
}

/** When a quote went: "enviada hace 3 días". */
export function useQuoteSent() {
  const { t } = useTranslation();
  const current = useToday();
  return (quote: Quote, today = current) => {
    const days = quoteAge(quote, today);
    return t('quotes.sent', { when: days === 0 ? t('quotes.today') : t('quotes.ago', { count: days }) });
  };
}

/** Where the amount already shows (the pipeline's card): only when the proposal went. */
export function QuoteSent({ quote, className }: { quote: Quote; className?: string }) {
  const { t } = useTranslation();
  const days = quoteAge(quote, useToday());
  return (
    <span className={className} data-testid="quote-sent">
      {t('quotes.sentLine', { when: days === 0 ? t('quotes.today') : t('quotes.ago', { count: days }) })}
    </span>
  );
}

/** One quote as a line of text. */
export function QuoteLine({ quote, className }: { quote: Quote; className?: string }) {
  const text = useQuoteText();
  return (
    <span className={className} data-testid="quote-line">
      {text(quote)}
    </span>
  );
}

/** Home's quotes waiting for the client's answer: they left "answer before saying yes" and wait here. */
export function AwaitingAnswer() {
  const { t } = useTranslation();
  const data = useApp((s) => s.data);
  const settings = useApp((s) => s.settings);
  const navigate = useApp((s) => s.navigate);
  const text = useQuoteText();
  const today = useToday();
  const items = useMemo(() => awaitingQuotes(data, settings, today), [data, settings, today]);
  if (items.length === 0) return null;
  const clientName = (id: string) => data.clients.find((c) => c.id === id)?.name ?? '—';
  return (
    <div className="awaiting-answer" style={{ marginTop: 16 }} data-testid="awaiting-answer">
      <h3 className="side-title">{t('quotes.awaitingTitle', { count: items.length })}</h3>
      <ul className="todo-list">
        {items.map((q) => (
          <li key={q.projectId}>
            <span className="todo-what">
              <strong>{q.title}</strong>
              <span className="muted small">
                {clientName(q.clientId)} · <span className={q.checkIn ? 'tone-caution' : undefined}>{text(q.quote)}</span>
              </span>
            </span>
            <button className="btn small" onClick={() => navigate({ name: 'inquiries', projectId: q.projectId })} aria-label={`${t('quotes.open')}: ${q.title}`}>
              {t('quotes.open')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
