/** "At which price?": accepting a quoted project asks whether the quote or the first offer was agreed. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, Quote } from '#shared/model';
import { formatAmount } from '#shared/money';
import type { AcceptedPrice } from '#shared/rules/quotes';
import { Dialog } from '../../components/Dialog';
import { useFormat } from '../../lib/useFormat';
import { useQuoteSent } from './QuoteLine';

/** One choice: the radio beside its words, the whole line clickable. */
const OPTION = { display: 'flex', gap: 10, alignItems: 'baseline', padding: '10px 12px', border: '1px solid var(--line)', borderRadius: 'var(--radius)', cursor: 'pointer' } as const;

/** The question, with the quote chosen to start with; `onAccept` gets the chosen price. */
export function PriceChoice({
  project,
  onAccept,
  onClose,
}: {
  project: Project & { quote: Quote };
  onAccept: (choice: AcceptedPrice) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const sentText = useQuoteSent();
  const [choice, setChoice] = useState<AcceptedPrice>('quote');
  const offer =
    project.pricing.mode === 'fixed' ? formatAmount(project.pricing.amount, f.currency, f.language) : f.rate(project.pricing.rate);
  return (
    <Dialog title={t('quotes.choice.title', { title: project.title })} onClose={onClose}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          onAccept(choice);
        }}
      >
        <fieldset className="price-choice" style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: 10 }}>
          <legend className="visually-hidden">{t('quotes.choice.legend')}</legend>
          <label className="radio-option" style={OPTION}>
            <input type="radio" name="accepted-price" checked={choice === 'quote'} onChange={() => setChoice('quote')} />
            <span>
              <strong>{t('quotes.choice.quote', { amount: formatAmount(project.quote.amount, f.currency, f.language) })}</strong>
              <span className="small muted"> · {sentText(project.quote)}</span>
            </span>
          </label>
          <label className="radio-option" style={OPTION}>
            <input type="radio" name="accepted-price" checked={choice === 'offer'} onChange={() => setChoice('offer')} />
            <span>
              <strong>{t('quotes.choice.offer', { amount: offer })}</strong>
              <span className="small muted"> · {t('quotes.choice.offerNote')}</span>
            </span>
          </label>
        </fieldset>
        <p className="small muted">{t('quotes.choice.help')}</p>
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn primary">
            {t('quotes.choice.accept')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
