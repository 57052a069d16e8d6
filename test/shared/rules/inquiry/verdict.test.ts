import { describe, expect, it } from 'vitest';
import { inquiryContext } from '#shared/rules/inquiry/context';
import { decideVerdict, scoreOf, suggestedPrice, suggestions, type InquiryFindings } from '#shared/rules/inquiry/verdict';
import { TODAY, client, dataset, inquiry, settings } from '../../../support/builders';

/** Findings of a good inquiry (20 h at the target rate, fits, in specialty, clean client), with changes. */
const findings = (over: {
  hours?: Partial<InquiryFindings['hours']>;
  rate?: Partial<InquiryFindings['rate']>;
  capacity?: Partial<InquiryFindings['capacity']>;
  specialty?: Partial<InquiryFindings['specialty']>;
  history?: Partial<InquiryFindings['history']>;
} = {}): InquiryFindings => ({
  hours: { projectedHours: 20, hoursKnown: true, clientOverrun: null, reasons: [], ...over.hours },
  rate: { projectedHourlyRate: 6000, rateKnown: true, belowMinimum: false, farBelowMinimum: false, belowTarget: false, reasons: [], ...over.rate },
  capacity: { fit: 'ok', reasons: [], ...over.capacity },
  specialty: { outsideSpecialty: false, reasons: [], ...over.specialty },
  history: { latePayer: false, unpaidCount: 0, traits: [], nonClient: false, hardFlag: false, greenKinds: 0, vouches: 0, reasons: [], ...over.history },
});
const star = { vouches: 1 };

describe('decideVerdict', () => {
  it('accepts when nothing stands in the way', () => {
    expect(decideVerdict(findings())).toEqual({ verdict: 'accept' });
  });

  it('negotiates what can be talked about', () => {
    expect(decideVerdict(findings({ rate: { belowMinimum: true, belowTarget: true } })).verdict).toBe('negotiate');
    expect(decideVerdict(findings({ rate: { belowTarget: true } })).verdict).toBe('negotiate');
    expect(decideVerdict(findings({ capacity: { fit: 'short' } })).verdict).toBe('negotiate');
    expect(decideVerdict(findings({ history: { latePayer: true } })).verdict).toBe('negotiate');
    expect(decideVerdict(findings({ hours: { projectedHours: 0, hoursKnown: false } })).verdict).toBe('negotiate');
  });

  it('declines with the reason the letter gives', () => {
    expect(decideVerdict(findings({ history: { nonClient: true } }))).toEqual({ verdict: 'decline', declineReason: 'fit' });
    expect(decideVerdict(findings({ history: { hardFlag: true } }))).toEqual({ verdict: 'decline', declineReason: 'fit' });
    expect(decideVerdict(findings({ specialty: { outsideSpecialty: true } }))).toEqual({ verdict: 'decline', declineReason: 'specialty' });
    expect(decideVerdict(findings({ rate: { farBelowMinimum: true, belowMinimum: true, belowTarget: true } }))).toEqual({ verdict: 'decline', declineReason: 'budget' });
    expect(decideVerdict(findings({ capacity: { fit: 'clearly-short' } }))).toEqual({ verdict: 'decline', declineReason: 'capacity' });
  });

  it('gives the most fundamental decline reason when several apply', () => {
    const all = findings({
      history: { nonClient: true },
      specialty: { outsideSpecialty: true },
      rate: { farBelowMinimum: true, belowMinimum: true, belowTarget: true },
      capacity: { fit: 'clearly-short' },
    });
    expect(decideVerdict(all).declineReason).toBe('fit');
    expect(decideVerdict({ ...all, history: findings().history }).declineReason).toBe('specialty');
  });

  it('lets a vouched-for client turn a hard flag or a foreign kind into a negotiation, and waive the target', () => {
    expect(decideVerdict(findings({ history: { hardFlag: true, ...star } })).verdict).toBe('negotiate');
    expect(decideVerdict(findings({ history: star, specialty: { outsideSpecialty: true } })).verdict).toBe('negotiate');
    expect(decideVerdict(findings({ history: star, rate: { belowTarget: true } })).verdict).toBe('accept');
    // ... but not the minimum, nor a non-client.
    expect(decideVerdict(findings({ history: star, rate: { belowMinimum: true, belowTarget: true } })).verdict).toBe('negotiate');
    expect(decideVerdict(findings({ history: { nonClient: true, ...star } })).declineReason).toBe('fit');
  });
});

describe('suggestedPrice', () => {
  it('is the projected hours at the target rate for a negotiation or a budget decline only', () => {
    const h = findings({ hours: { projectedHours: 12.5 } }).hours;
    expect(suggestedPrice({ verdict: 'negotiate' }, h, 6000)).toBe(75000);
    expect(suggestedPrice({ verdict: 'decline', declineReason: 'budget' }, h, 6000)).toBe(75000);
    expect(suggestedPrice({ verdict: 'decline', declineReason: 'capacity' }, h, 6000)).toBeUndefined();
    expect(suggestedPrice({ verdict: 'accept' }, h, 6000)).toBeUndefined();
    expect(suggestedPrice({ verdict: 'negotiate' }, findings({ hours: { projectedHours: 0, hoursKnown: false } }).hours, 6000)).toBeUndefined();
  });
});

describe('suggestions', () => {
  const ctx = (pricing: 'fixed' | 'hourly') =>
    inquiryContext(
      'q1',
      dataset({ clients: [client('c1')], projects: [inquiry('q1', 'c1', 100000, 20, 60, pricing === 'hourly' ? { pricing: { mode: 'hourly', rate: 5000 } } : {})] }),
      settings(),
      TODAY,
    );

  it('asks for the target price, or a smaller scope, when a fixed price is under the target', () => {
    const f = findings({ rate: { belowTarget: true } });
    const out = suggestions(ctx('fixed'), f, { verdict: 'negotiate' }, 120000);
    expect(out.map((r) => r.code)).toEqual(['suggest-price', 'suggest-scope']);
    expect(out[0]?.text.replace(/[\u00a0\u202f]/g, ' ')).toBe('To reach your target of €60/h, ask for €1,200 (20 h x €60/h).');
  });

  it('asks for the target rate on an hourly offer, a deposit from a late payer, settling from a debtor', () => {
    const f = findings({ rate: { belowTarget: true }, history: { latePayer: true, unpaidCount: 1 } });
    expect(suggestions(ctx('hourly'), f, { verdict: 'negotiate' }, 120000).map((r) => r.code)).toEqual(['suggest-price', 'suggest-deposit', 'suggest-settle']);
  });

  it('suggests a later deadline when the calendar is short', () => {
    const out = suggestions(ctx('fixed'), findings({ capacity: { fit: 'short' } }), { verdict: 'negotiate' }, undefined);
    expect(out.map((r) => r.code)).toEqual(['suggest-deadline']);
  });

  it('suggests nothing unless negotiating', () => {
    const f = findings({ rate: { belowTarget: true }, history: { latePayer: true } });
    expect(suggestions(ctx('fixed'), f, { verdict: 'accept' }, undefined)).toEqual([]);
    expect(suggestions(ctx('fixed'), f, { verdict: 'decline', declineReason: 'budget' }, 120000)).toEqual([]);
  });
});

describe('scoreOf', () => {
  it('keeps each verdict in its band whatever the findings', () => {
    const best = findings({ rate: { projectedHourlyRate: 20000 }, history: { vouches: 2, greenKinds: 4 } });
    const worst = findings({
      rate: { projectedHourlyRate: 0 },
      capacity: { fit: 'clearly-short' },
      specialty: { outsideSpecialty: true },
      history: { traits: ['unpaid', 'late-history'], hardFlag: true },
    });
    for (const [verdict, lo, hi] of [['accept', 67, 100], ['negotiate', 34, 66], ['decline', 0, 33]] as const) {
      expect(scoreOf(verdict, best, 6000)).toBe(hi);
      expect(scoreOf(verdict, worst, 6000)).toBe(lo);
    }
  });

  it('rises with the rate and falls with red traits', () => {
    const at = scoreOf('negotiate', findings(), 6000);
    expect(scoreOf('negotiate', findings({ rate: { projectedHourlyRate: 3000 } }), 6000)).toBeLessThan(at);
    expect(scoreOf('negotiate', findings({ history: { traits: ['scope-creep'] } }), 6000)).toBeLessThan(at);
  });
});
