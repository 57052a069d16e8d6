import { describe, expect, it } from 'vitest';
import { isPlausibleDay, paymentQuestions, projectQuestions, timeEntryQuestions } from '#shared/sanity';

const TODAY = '2026-12-04';

describe('sanity questions', () => {
  it('asks about time more than a day ahead or more than five years back', () => {
    expect(timeEntryQuestions('2026-12-05', TODAY)).toEqual([]);
    expect(timeEntryQuestions('2026-12-06', TODAY)).toEqual([{ code: 'entry-in-future', date: '2026-12-06', days: 2 }]);
    expect(timeEntryQuestions('2099-12-31', TODAY)[0]?.code).toBe('entry-in-future');
    expect(timeEntryQuestions('2021-12-06', TODAY)).toEqual([]);
    expect(timeEntryQuestions('2020-01-10', TODAY)).toEqual([{ code: 'entry-long-ago', date: '2020-01-10', years: 6 }]);
  });

  it('asks about a deadline before the project began (a new one begins today)', () => {
    const pricing = { mode: 'fixed' as const, amount: 100000 };
    expect(projectQuestions({ pricing, createdAt: '2026-10-01', deadline: '2026-09-30' }, { targetHourlyRate: 6000 }, TODAY)).toEqual([
      { code: 'deadline-before-start', deadline: '2026-09-30', createdAt: '2026-10-01' },
    ]);
    expect(projectQuestions({ pricing, deadline: '1980-01-01' }, { targetHourlyRate: 6000 }, TODAY)[0]?.code).toBe('deadline-before-start');
    expect(projectQuestions({ pricing, deadline: '2027-01-01' }, { targetHourlyRate: 6000 }, TODAY)).toEqual([]);
  });

  it('asks about a price or rate a hundred times the target rate', () => {
    const s = { targetHourlyRate: 6000 };
    // 600,000 € for 100 h is 6,000 €/h: a hundred times 60 €/h, not over it.
    expect(projectQuestions({ pricing: { mode: 'fixed', amount: 60_000_000 }, estimatedHours: 100 }, s, TODAY)).toEqual([]);
    expect(projectQuestions({ pricing: { mode: 'fixed', amount: 60_000_100 }, estimatedHours: 100 }, s, TODAY)[0]).toMatchObject({ code: 'price-over-target', hours: 100, estimated: true });
    // Without an estimate: judged as 20 h, so 120,000 € passes and a billion does not.
    expect(projectQuestions({ pricing: { mode: 'fixed', amount: 12_000_000 } }, s, TODAY)).toEqual([]);
    expect(projectQuestions({ pricing: { mode: 'fixed', amount: 99_999_999_900 } }, s, TODAY)[0]).toMatchObject({ code: 'price-over-target', estimated: false, hours: 20 });
    expect(projectQuestions({ pricing: { mode: 'hourly', rate: 600_100 } }, s, TODAY)).toEqual([{ code: 'rate-over-target', rate: 600_100, target: 6000 }]);
    expect(projectQuestions({ pricing: { mode: 'hourly', rate: 600_000 } }, s, TODAY)).toEqual([]);
  });

  it('asks about a payment larger than its invoice', () => {
    expect(paymentQuestions({ amount: 8250, paidAmount: 50000 })).toEqual([{ code: 'payment-over-invoice', paid: 50000, amount: 8250 }]);
    expect(paymentQuestions({ amount: 8250, paidAmount: 8250 })).toEqual([]);
    expect(paymentQuestions({ amount: 8250 })).toEqual([]);
  });

  it('knows the span of plausible days', () => {
    expect(isPlausibleDay('1970-01-01')).toBe(true);
    expect(isPlausibleDay('2100-12-31')).toBe(true);
    expect(isPlausibleDay('1969-12-31')).toBe(false);
    expect(isPlausibleDay('2101-01-01')).toBe(false);
  });
});
