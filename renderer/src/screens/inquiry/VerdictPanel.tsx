import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InquiryEvaluation, InquiryReason, Verdict } from '#shared/rules';
import { rateTone, useFormat } from '../../lib/useFormat';
import { useApp } from '../../store';
import type { DraftField } from './draft';

/** The colour of each verdict: the same everywhere it shows. */
export const VERDICT_TONE: Record<Verdict, 'good' | 'caution' | 'bad'> = { accept: 'good', negotiate: 'caution', decline: 'bad' };
const SEVERITY_TONE: Record<InquiryReason['severity'], string> = { good: 'good', info: 'neutral', warn: 'caution', bad: 'bad' };

/** What to change, shown apart from the reasons. */
const SUGGESTIONS: ReadonlySet<string> = new Set(['suggest-price', 'suggest-scope', 'suggest-deadline', 'suggest-deposit', 'suggest-settle']);

export function VerdictPill({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return <span className={`pill ${VERDICT_TONE[verdict]}`}>{t(`inquiries.verdict.${verdict}`)}</span>;
}

/** The verdict beside the form: the word, the numbers behind it, each reason, and what to change. */
export function VerdictPanel({
  evaluation,
  missing,
  estimate,
  actions,
  status,
  settled = false,
}: {
  evaluation: InquiryEvaluation | null;
  missing: DraftField[];
  estimate: number | undefined;
  actions?: ReactNode;
  /** A line about where the inquiry stands, when it is no longer open. */
  status?: ReactNode;
  /** The inquiry was answered (accepted, declined...): nothing left to ask for, so no price or changes to suggest. */
  settled?: boolean;
}) {
  const { t } = useTranslation();
  if (!evaluation) {
    return (
      <section className="verdict verdict-waiting" aria-labelledby="verdict-title" aria-live="polite">
        <h2 id="verdict-title" className="verdict-label">{t('inquiries.verdict.title')}</h2>
        <p className="verdict-hint">{t('inquiries.verdict.waiting')}</p>
        <ul className="verdict-todo">
          {missing.map((f) => (
            <li key={f}>{t(`inquiries.verdict.needs.${f}`)}</li>
          ))}
        </ul>
      </section>
    );
  }
  const tone = VERDICT_TONE[evaluation.verdict];
  const reasons = evaluation.reasons.filter((r) => !SUGGESTIONS.has(r.code));
  const suggestions = settled ? [] : evaluation.reasons.filter((r) => SUGGESTIONS.has(r.code));
  return (
    <section className={`verdict verdict-${tone}`} aria-labelledby="verdict-title">
      <div className="verdict-head" aria-live="polite" aria-atomic="true">
        <h2 id="verdict-title" className="verdict-label">{t('inquiries.verdict.title')}</h2>
        <p className={`verdict-word tone-${tone}`} data-testid="verdict">{t(`inquiries.verdict.${evaluation.verdict}`)}</p>
        <p className="muted">
          {evaluation.verdict === 'decline' && evaluation.declineReason
            ? t(`inquiries.verdict.declineBecause.${evaluation.declineReason}`)
            : t(`inquiries.verdict.summary.${evaluation.verdict}`)}
        </p>
      </div>

      <Figures evaluation={evaluation} estimate={estimate} />

      {/* The price to ask for, when the offer does not already pay the target rate. */}
      {!settled && evaluation.suggestedPrice !== undefined && evaluation.verdict === 'negotiate' && evaluation.reasons.some((r) => r.code === 'suggest-price') && (
        <SuggestedPrice amount={evaluation.suggestedPrice} />
      )}

      <div className="verdict-section">
        <h3>{t('inquiries.verdict.why')}</h3>
        <ul className="verdict-reasons" aria-label={t('inquiries.verdict.why')}>
          {reasons.map((r, i) => (
            <ReasonItem key={`${r.code}-${i}`} reason={r} />
          ))}
        </ul>
      </div>
      {suggestions.length > 0 && (
        <div className="verdict-section">
          <h3>{t('inquiries.verdict.change')}</h3>
          <ul className="verdict-reasons" aria-label={t('inquiries.verdict.change')}>
            {suggestions.map((r, i) => (
              <ReasonItem key={`${r.code}-${i}`} reason={r} />
            ))}
          </ul>
        </div>
      )}
      {status}
      {actions && <div className="verdict-actions">{actions}</div>}
    </section>
  );
}

function ReasonItem({ reason }: { reason: InquiryReason }) {
  const { t } = useTranslation();
  const tone = SEVERITY_TONE[reason.severity];
  return (
    <li className={`verdict-reason sev-${tone}`}>
      <span className={`sev-mark ${tone}`} aria-hidden />
      <span className="visually-hidden">{t(`inquiries.severity.${reason.severity}`)}: </span>
      <span>{reason.text}</span>
    </li>
  );
}

function SuggestedPrice({ amount }: { amount: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="suggested" data-testid="suggested-price">
      <span className="small muted">{t('inquiries.verdict.suggested')}</span>
      <strong className="num">{f.amount(amount)}</strong>
    </div>
  );
}

/** Hours: your estimate against the projection (dashed). Rate: the projected rate on the min/target scale. */
function Figures({ evaluation, estimate }: { evaluation: InquiryEvaluation; estimate: number | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { target, minimum } = useTargets();
  const projected = evaluation.projectedHours;
  const rate = evaluation.projectedHourlyRate;
  const rateKnown = rate > 0;
  const maxHours = Math.max(projected, estimate ?? 0, 1);
  const scaleMax = Math.max(target * 1.5, rate * 1.1, 1);
  const pct = (n: number) => `${Math.min(100, (n / scaleMax) * 100).toFixed(2)}%`;
  const tone = rateKnown ? rateTone(rate, target, minimum) : 'neutral';
  return (
    <div className="figures">
      <div className="figure">
        <span className="figure-label">{t('inquiries.verdict.hours')}</span>
        <span className="figure-value num projection-value">{projected > 0 ? f.hours(projected) : '—'}</span>
        <div className="bars">
          <div className="bar-row">
            <span className="bar-name">{t('inquiries.verdict.estimate')}</span>
            <span className="bar-track">
              {estimate !== undefined && <span className="bar solid" style={{ width: `${(estimate / maxHours) * 100}%` }} />}
            </span>
            <span className="num bar-value">{estimate !== undefined ? f.hours(estimate) : '—'}</span>
          </div>
          <div className="bar-row">
            <span className="bar-name">{t('inquiries.verdict.projected')}</span>
            <span className="bar-track">
              {projected > 0 && <span className="bar projection" style={{ width: `${(projected / maxHours) * 100}%` }} />}
            </span>
            <span className="num bar-value" data-testid="projected-hours">{projected > 0 ? f.hours(projected) : '—'}</span>
          </div>
        </div>
      </div>
      <div className="figure">
        <span className="figure-label">{t('inquiries.verdict.rate')}</span>
        <span className={`figure-value num tone-${tone}`} data-testid="projected-rate">{rateKnown ? f.rate(rate) : '—'}</span>
        <div className="scale" aria-hidden>
          <span className="zone bad" style={{ width: pct(minimum) }} />
          <span className="zone caution" style={{ left: pct(minimum), width: `calc(${pct(target)} - ${pct(minimum)})` }} />
          <span className="zone good" style={{ left: pct(target), right: 0 }} />
          <span className="tick" style={{ left: pct(minimum) }} />
          <span className="tick strong" style={{ left: pct(target) }} />
          {rateKnown && <span className={`marker ${tone}`} style={{ left: pct(rate) }} />}
        </div>
        <div className="scale-legend">
          <span><span className="legend-mark strong" aria-hidden />{t('inquiries.verdict.target', { rate: f.rate(target) })}</span>
          <span><span className="legend-mark" aria-hidden />{t('inquiries.verdict.minimum', { rate: f.rate(minimum) })}</span>
        </div>
      </div>
    </div>
  );
}

function useTargets() {
  const target = useApp((s) => s.settings.targetHourlyRate);
  const minimum = useApp((s) => s.settings.minimumHourlyRate);
  return { target, minimum };
}
