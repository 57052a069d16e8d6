import { describe, expect, it } from 'vitest';
import type { Project } from '#shared/model';
import { inquiryContext } from '#shared/rules/inquiry/context';
import type { HoursFinding } from '#shared/rules/inquiry/projectedHours';
import { projectRate } from '#shared/rules/inquiry/rate';
import { TODAY, client, dataset, inquiry, settings } from '../../../support/builders';
import { hoursFinding, plain } from './findings';

const hours = hoursFinding;
/** The rate step for inquiry q1 with `pricing`, against a minimum of 45 €/h and a target of 60 €/h. */
const rateFor = (pricing: Project['pricing'], h: HoursFinding) => {
  const data = dataset({ clients: [client('c1')], projects: [inquiry('q1', 'c1', 0, 8, 60, { pricing })] });
  return projectRate(inquiryContext('q1', data, settings(), TODAY), h);
};

describe('projectRate', () => {
  it('spreads a fixed price over the projected hours and compares it with the minimum', () => {
    const r = rateFor({ mode: 'fixed', amount: 60000 }, hours(20));
    expect(r).toMatchObject({ projectedHourlyRate: 3000, rateKnown: true, belowMinimum: true, farBelowMinimum: false, belowTarget: true });
    expect(r.reasons.map((x) => [x.code, x.severity])).toEqual([['rate-below-minimum', 'bad']]);
    expect(plain(r.reasons[0]?.text)).toBe('€600 / 20 h = €30/h, under your minimum of €45/h.');
  });

  it('marks a rate under half the minimum as far below it', () => {
    const r = rateFor({ mode: 'fixed', amount: 40000 }, hours(20));
    expect(r.projectedHourlyRate).toBe(2000);
    expect(r.farBelowMinimum).toBe(true);
  });

  it('between minimum and target warns; at the target it is good', () => {
    const between = rateFor({ mode: 'fixed', amount: 100000 }, hours(20));
    expect(between).toMatchObject({ projectedHourlyRate: 5000, belowMinimum: false, belowTarget: true });
    expect(between.reasons.map((x) => x.code)).toEqual(['rate-below-target']);
    const at = rateFor({ mode: 'fixed', amount: 120000 }, hours(20));
    expect(at).toMatchObject({ projectedHourlyRate: 6000, belowTarget: false });
    expect(plain(at.reasons[0]?.text)).toBe('€1,200 / 20 h = €60/h, at or above your target of €60/h.');
  });

  it('cannot rate a fixed price without hours, and says nothing about it', () => {
    const r = rateFor({ mode: 'fixed', amount: 120000 }, hours(0));
    expect(r).toMatchObject({ projectedHourlyRate: 0, rateKnown: false, belowMinimum: false, belowTarget: false, reasons: [] });
  });

  it('takes an hourly rate as it is, and says billing by the hour protects from overruns', () => {
    const r = rateFor({ mode: 'hourly', rate: 5000 }, hours(0));
    expect(r).toMatchObject({ projectedHourlyRate: 5000, rateKnown: true, belowTarget: true });
    expect(r.reasons.map((x) => x.code)).toEqual(['rate-below-target', 'hourly-pricing']);
    expect(r.reasons[1]?.text).toBe('Billed by the hour: every hour it takes is paid. Hourly pricing protects you from overruns.');
  });

  it("advises hourly billing on a fixed price only when the client's overrun is notable", () => {
    const notable = rateFor({ mode: 'fixed', amount: 120000 }, hours(20, 2.5));
    expect(notable.reasons.map((x) => x.code)).toEqual(['rate-at-target', 'hourly-pricing']);
    expect(notable.reasons[1]?.text).toBe('Billing by the hour would protect you: with this client, work runs 2.5x the estimate.');
    expect(rateFor({ mode: 'fixed', amount: 120000 }, hours(20, 1.1)).reasons.map((x) => x.code)).toEqual(['rate-at-target']);
  });
});
