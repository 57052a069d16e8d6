import { describe, expect, it } from 'vitest';
import { pipeline, thisWeek, touchGround } from '#shared/rules';
import { acceptedPricing, awaitingQuotes, counterOfferPrice, hasPriceChoice, quoteAge, withQuotedPrices } from '#shared/rules/quotes';
import { client, dataset, project, settings } from '../../support/builders';

const TODAY = '2025-06-18'; // a Wednesday

// TODAY is 2025-06-18. The week of issue 12: a 2,000 € inquiry answered with a 2,700 € counter-offer.
function quoted(sentAt = '2025-06-15', extra: Parameters<typeof client>[1] = {}) {
  return dataset({
    clients: [client('hotel', { status: 'prospect', createdAt: '2025-06-01', lastContactAt: sentAt, ...extra })],
    projects: [
      project('brand', 'hotel', { status: 'quoted', createdAt: '2025-06-01', pricing: { mode: 'fixed', amount: 200000 }, quote: { amount: 270000, sentAt } }),
    ],
  });
}

describe('quotes', () => {
  it('says how long a quote has waited', () => {
    expect(quoteAge({ amount: 1, sentAt: '2025-06-15' }, TODAY)).toBe(3);
    expect(quoteAge({ amount: 1, sentAt: TODAY }, TODAY)).toBe(0);
  });

  it('lists quotes waiting for an answer, and asks for a check-in once checkInDays have passed', () => {
    const s = settings({ checkInDays: 14 });
    expect(awaitingQuotes(quoted('2025-06-15'), s, TODAY)).toEqual([
      { projectId: 'brand', clientId: 'hotel', title: expect.any(String), quote: { amount: 270000, sentAt: '2025-06-15' }, days: 3, checkIn: false },
    ]);
    expect(awaitingQuotes(quoted('2025-06-04'), s, TODAY)[0]?.checkIn).toBe(false); // 14 days: not yet
    expect(awaitingQuotes(quoted('2025-06-03'), s, TODAY)[0]?.checkIn).toBe(true); // 15 days
    // A call after the quote counts as contact.
    expect(awaitingQuotes(quoted('2025-05-01', { lastContactAt: '2025-06-10' }), s, TODAY)[0]?.checkIn).toBe(false);
    // The pipeline's touch-ground list asks for the same check-in, on the same day.
    expect(touchGround(quoted('2025-06-04'), s, TODAY)).toEqual([]);
    expect(touchGround(quoted('2025-06-03'), s, TODAY).map((x) => [x.clientId, x.projectId, x.daysSilent])).toEqual([['hotel', 'brand', 15]]);
  });

  it('takes the quoted project out of "answer before saying yes"', () => {
    const data = quoted();
    expect(thisWeek(data, settings(), TODAY).inquiriesWaiting).toEqual([]);
    const { quote: _, ...unanswered } = data.projects[0]!;
    expect(thisWeek({ ...data, projects: [{ ...unanswered, status: 'inquiry' }] }, settings(), TODAY).inquiriesWaiting.map((q) => q.projectId)).toEqual(['brand']);
  });

  it('accepts at the quote (a fixed price) or at the first offer, and asks only when they differ', () => {
    const p = quoted().projects[0]!;
    expect(hasPriceChoice(p)).toBe(true);
    expect(acceptedPricing(p, 'quote')).toEqual({ mode: 'fixed', amount: 270000 });
    expect(acceptedPricing(p, 'offer')).toEqual({ mode: 'fixed', amount: 200000 });
    expect(hasPriceChoice({ ...p, pricing: { mode: 'fixed', amount: 270000 } })).toBe(false);
    const { quote: _, ...plain } = p;
    expect(hasPriceChoice(plain)).toBe(false);
    expect(acceptedPricing(plain, 'quote')).toEqual(plain.pricing);
    const hourly = { ...p, pricing: { mode: 'hourly' as const, rate: 4500 } };
    expect(hasPriceChoice(hourly)).toBe(true);
    expect(acceptedPricing(hourly, 'offer')).toEqual({ mode: 'hourly', rate: 4500 });
  });

  it('puts quoted projects on the pipeline board at their quoted price', () => {
    const data = quoted();
    const col = withQuotedPrices(pipeline(data), data).stages.find((s) => s.stage === 'quoted')!;
    expect(col.entries.map((e) => e.amount)).toEqual([270000]);
    expect(col.knownAmount).toBe(270000);
  });

  it('proposes projected hours x target rate, in whole units', () => {
    const data = dataset({
      clients: [client('hotel', { status: 'prospect', createdAt: '2025-06-01' })],
      projects: [project('brand', 'hotel', { status: 'inquiry', createdAt: '2025-06-01', estimatedHours: 45, pricing: { mode: 'fixed', amount: 200000 }, kind: 'branding' })],
    });
    // 45 h x 60 €/h = 2,700 €, against an offer of 2,000 €.
    expect(counterOfferPrice('brand', data, settings({ targetHourlyRate: 6000 }), TODAY)).toBe(270000);
    expect(counterOfferPrice('nope', data, settings(), TODAY)).toBeUndefined();
  });
});
