/**
 * Step 2 of an inquiry's evaluation: the hourly rate the offer really pays over the projected hours,
 * against the minimum and the target rate.
 */
import { NOTABLE_OVERRUN, type HoursFinding } from './projectedHours';
import { reasonList, type InquiryContext } from './context';
import type { InquiryReason } from './types';

export interface RateFinding {
  /** Money (minor units) per projected hour; 0 for a fixed price with no hours to divide by. */
  projectedHourlyRate: number;
  /** False only for a fixed price with no hours to divide it by. */
  rateKnown: boolean;
  belowMinimum: boolean;
  /** Under half the minimum: a budget this far off is declined, not negotiated. */
  farBelowMinimum: boolean;
  belowTarget: boolean;
  reasons: InquiryReason[];
}

/** The offer's rate (a fixed budget spread over the projected hours; an hourly rate is what it is) and its reasons. */
export function projectRate(ctx: InquiryContext, hours: HoursFinding): RateFinding {
  const { project, settings, words } = ctx;
  const { t } = words;
  const { reasons, add } = reasonList();
  const { projectedHours, hoursKnown, clientOverrun } = hours;
  const pricing = project.pricing;
  const rateKnown = pricing.mode === 'hourly' || hoursKnown;
  const projectedHourlyRate =
    pricing.mode === 'hourly' ? pricing.rate : hoursKnown ? Math.round(pricing.amount / projectedHours) : 0;
  const min = settings.minimumHourlyRate;
  const target = settings.targetHourlyRate;
  const belowMinimum = rateKnown && projectedHourlyRate < min;
  const farBelowMinimum = belowMinimum && projectedHourlyRate < min / 2;
  const belowTarget = rateKnown && projectedHourlyRate < target;
  if (rateKnown) {
    const values = {
      price: pricing.mode === 'fixed' ? words.money(pricing.amount) : '',
      hours: words.hours(projectedHours),
      rate: words.rate(projectedHourlyRate),
      minimum: words.rate(min),
      target: words.rate(target),
    };
    const fixed = pricing.mode === 'fixed';
    if (belowMinimum) add('rate-below-minimum', 'bad', t(fixed ? 'rateBelowMinimumFixed' : 'rateBelowMinimumHourly', values));
    else if (belowTarget) add('rate-below-target', 'warn', t(fixed ? 'rateBelowTargetFixed' : 'rateBelowTargetHourly', values));
    else add('rate-at-target', 'good', t(fixed ? 'rateAtTargetFixed' : 'rateAtTargetHourly', values));
  }
  if (pricing.mode === 'hourly') {
    add('hourly-pricing', 'info', hoursKnown ? t('hourlyPricing', { projected: words.hours(projectedHours) }) : t('hourlyPricingNoHours'));
  } else if (clientOverrun !== null && clientOverrun > NOTABLE_OVERRUN) {
    add('hourly-pricing', 'info', t('hourlyAdvice', { factor: words.factor(clientOverrun) }));
  }
  return { projectedHourlyRate, rateKnown, belowMinimum, farBelowMinimum, belowTarget, reasons };
}
