/**
 * The last step of an inquiry's evaluation: from the other steps' findings to the verdict, the
 * decline reason for the letter, the price to ask for, what to change, and a score for sorting.
 */
import { formatDate } from '../../format';
import { hourlyAmount } from '../../money';
import { laterDeadline, type CapacityFinding } from './capacity';
import type { HistoryFinding } from './clientHistory';
import { reasonList, type InquiryContext } from './context';
import type { HoursFinding } from './projectedHours';
import type { RateFinding } from './rate';
import type { SpecialtyFinding } from './specialty';
import type { DeclineReason, InquiryReason, Verdict } from './types';

/** Which decline reason the letter uses when several apply: the most fundamental first. */
const DECLINE_ORDER: readonly DeclineReason[] = ['fit', 'specialty', 'budget', 'capacity'];

/** What the earlier steps found. */
export interface InquiryFindings {
  hours: HoursFinding;
  rate: RateFinding;
  capacity: CapacityFinding;
  specialty: SpecialtyFinding;
  history: HistoryFinding;
}

export interface Decision {
  verdict: Verdict;
  declineReason?: DeclineReason;
}

/**
 * Declines and negotiations collected from the findings; the strongest wins. A vouched-for client
 * (a star, or referred by one) turns a hard red flag or a foreign kind into a negotiation.
 */
export function decideVerdict(f: InquiryFindings): Decision {
  const vouchedFor = f.history.vouches > 0;
  const declines = new Set<DeclineReason>();
  let negotiate = false;
  if (f.history.nonClient) declines.add('fit');
  if (f.history.hardFlag) {
    if (vouchedFor) negotiate = true;
    else declines.add('fit');
  }
  if (f.specialty.outsideSpecialty) {
    if (vouchedFor) negotiate = true;
    else declines.add('specialty');
  }
  if (f.rate.farBelowMinimum) declines.add('budget');
  else if (f.rate.belowMinimum) negotiate = true;
  else if (f.rate.belowTarget && !vouchedFor) negotiate = true;
  if (f.capacity.fit === 'clearly-short') declines.add('capacity');
  else if (f.capacity.fit === 'short') negotiate = true;
  if (f.history.latePayer) negotiate = true;
  if (!f.hours.hoursKnown) negotiate = true;

  const declineReason = DECLINE_ORDER.find((r) => declines.has(r));
  if (declineReason) return { verdict: 'decline', declineReason };
  return { verdict: negotiate ? 'negotiate' : 'accept' };
}

/**
 * DESIGN.md: a negotiation carries the price that would pay the target rate for the projected
 * hours; so does a decline for budget, in case the person prefers to counter-offer.
 */
export function suggestedPrice(decision: Decision, hours: HoursFinding, targetHourlyRate: number): number | undefined {
  const wanted = decision.verdict === 'negotiate' || decision.declineReason === 'budget';
  return hours.hoursKnown && wanted ? hourlyAmount(targetHourlyRate, hours.projectedHours * 60) : undefined;
}

/** What to change, when there is something to talk about: price or scope, deadline, deposit, settling. */
export function suggestions(ctx: InquiryContext, f: InquiryFindings, decision: Decision, suggested: number | undefined): InquiryReason[] {
  const { reasons, add } = reasonList();
  if (decision.verdict !== 'negotiate') return reasons;
  const { project, settings, words } = ctx;
  const { t } = words;
  const target = settings.targetHourlyRate;
  const { projectedHours } = f.hours;
  if (suggested !== undefined && f.rate.belowTarget) {
    const values = { target: words.rate(target), suggested: words.money(suggested), hours: words.hours(projectedHours) };
    if (project.pricing.mode === 'fixed') {
      add('suggest-price', 'info', t('suggestPrice', values));
      if (target > 0) {
        add('suggest-scope', 'info', t('suggestScope', { scopeHours: words.hours(project.pricing.amount / target), price: words.money(project.pricing.amount) }));
      }
    } else {
      add('suggest-price', 'info', t('suggestRate', values));
    }
  }
  const short = f.capacity.fit === 'short' || f.capacity.fit === 'clearly-short';
  if (short && project.deadline) {
    const later = laterDeadline(project, projectedHours, ctx.data, settings, ctx.today);
    if (later) add('suggest-deadline', 'info', t('suggestDeadline', { date: formatDate(later, settings.language) }));
  }
  if (f.history.latePayer) add('suggest-deposit', 'info', t('suggestDeposit'));
  if (f.history.unpaidCount > 0) add('suggest-settle', 'info', t('suggestSettle'));
  return reasons;
}

/** A 0-100 score inside the verdict's band, so sorting by score keeps verdicts together. */
export function scoreOf(verdict: Verdict, f: InquiryFindings, targetHourlyRate: number): number {
  const rateRatio = f.rate.rateKnown && targetHourlyRate > 0 ? f.rate.projectedHourlyRate / targetHourlyRate : null;
  let raw = 50;
  if (rateRatio !== null) raw += 40 * (Math.min(rateRatio, 1.5) - 1);
  raw += { ok: 10, short: -10, 'clearly-short': -25, unknown: 0 }[f.capacity.fit];
  raw += f.specialty.outsideSpecialty ? -20 : 5;
  raw += 10 * f.history.vouches + 3 * Math.min(3, f.history.greenKinds) - 10 * f.history.traits.length - (f.history.hardFlag ? 10 : 0);
  const clamped = Math.min(100, Math.max(0, raw));
  const [lo, hi] = verdict === 'accept' ? [67, 100] : verdict === 'negotiate' ? [34, 66] : [0, 33];
  return lo + Math.round((clamped / 100) * (hi - lo));
}
