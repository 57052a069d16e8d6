import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatAmount, hourlyAmount, moneyInput, parseDecimal, parseMoney, parseMoneyInput } from '#shared/money';
import { LIMITS } from '#shared/model';

describe('parseMoneyInput', () => {
  it.each([
    ['1.500,50', 150050],
    ['1,500.50', 150050],
    ['1500,5', 150050],
    ['1500.5', 150050],
    ['1.500', 150000],
    ['1,500', 150000],
    ['€ 1.500,50', 150050],
    ['1.500,50 €', 150050],
    ['€1,500.50', 150050],
    ['1 500,50 €', 150050],
    ['82,50', 8250],
    ['82.5', 8250],
    ['2.700', 270000],
    ['1.234.567,89', 123456789],
    ['1,234,567.89', 123456789],
    ['0,99', 99],
    [',5', 50],
    ['45', 4500],
    ['1500,10', 150010],
    ['EUR 300', 30000],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseMoneyInput(text)).toEqual({ ok: true, cents });
    expect(parseMoney(text)).toBe(cents);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['€', 'empty'],
    ['abc', 'not-a-number'],
    ['12abc', 'not-a-number'],
    ['1,2,3', 'not-a-number'],
    ['1.50.0', 'not-a-number'],
    ['1,500.000,5', 'not-a-number'],
    ['1..5', 'not-a-number'],
    ['-5', 'negative'],
    ['1500,505', 'too-many-decimals'],
    ['0,500', 'too-many-decimals'],
    ['999.999.999.999', 'too-large'],
    ['99999999999999999999', 'too-large'],
  ])('refuses %j (%s)', (text, error) => {
    expect(parseMoneyInput(text)).toEqual({ ok: false, error });
    expect(parseMoney(text)).toBeNull();
  });
});

describe('parseDecimal', () => {
  it('reads hours and shares in both styles', () => {
    expect(parseDecimal('1,5')).toBe(1.5);
    expect(parseDecimal('1.5')).toBe(1.5);
    expect(parseDecimal('0,1')).toBe(0.1);
    expect(parseDecimal('40')).toBe(40);
    expect(parseDecimal('1.500')).toBe(1500);
    expect(parseDecimal('x')).toBeNull();
  });
});

describe('formatAmount', () => {
  it('shows cents only where there are cents', () => {
    const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(nb(formatAmount(150050, 'EUR', 'es'))).toBe('1500,50 €');
    expect(nb(formatAmount(1500050, 'EUR', 'es'))).toBe('15.000,50 €');
    expect(nb(formatAmount(150000, 'EUR', 'es'))).toBe('1500 €');
    expect(nb(formatAmount(8250, 'EUR', 'es'))).toBe('82,50 €');
    expect(formatAmount(150050, 'EUR', 'en')).toBe('€1,500.50');
    expect(formatAmount(150000, 'EUR', 'en')).toBe('€1,500');
  });

  it('reads back what it wrote, to the cent, in both languages (and what an input shows)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: LIMITS.money }), fc.constantFrom('es' as const, 'en' as const), fc.constantFrom('EUR', 'USD', 'GBP', 'CHF', 'SEK', 'PLN', 'BRL', 'MXN'), (cents, language, currency) => {
        expect(parseMoney(formatAmount(cents, currency, language))).toBe(cents);
        expect(parseMoney(moneyInput(cents, language))).toBe(cents);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('hourlyAmount', () => {
  it.each([
    // rate in cents per hour, minutes, cents
    [6000, 60, 6000],
    [6000, 90, 9000],
    [6000, 0, 0],
    [0, 600, 0],
    [7500, 1, 125], // 1.25 €
    [5000, 7, 583], // 583.33… -> 583
    [5000, 11, 917], // 916.66… -> 917
    // Half a cent goes up: 1 cent an hour for 30 minutes is half a cent.
    [1, 30, 1],
    [3, 30, 2], // 1.5 -> 2
    [101, 30, 51], // 50.5 -> 51
    [4999, 30, 2500], // 2499.5 -> 2500
    [1, 90, 2], // 1.5 -> 2
    [1, 29, 0], // 0.48… -> 0
  ])('%i cents an hour for %i minutes is %i cents', (rate, minutes, cents) => {
    expect(hourlyAmount(rate, minutes)).toBe(cents);
  });

  it('rounds a negative amount as the positive one it undoes, and never gives -0', () => {
    expect(hourlyAmount(-3, 30)).toBe(-2);
    expect(hourlyAmount(3, -30)).toBe(-2);
    expect(Object.is(hourlyAmount(-1, 29), 0)).toBe(true);
  });

  it('takes fractional minutes (hours as estimated, 1.15 h)', () => {
    expect(hourlyAmount(5000, 1.15 * 60)).toBe(5750);
    expect(hourlyAmount(8000, 0.1 * 60)).toBe(800);
  });

  it('is whole cents, within half a cent of the exact amount, and adds up like hours do', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100_000 }), (rate, minutes) => {
        const cents = hourlyAmount(rate, minutes);
        expect(Number.isInteger(cents)).toBe(true);
        const exact = (rate * minutes) / 60;
        expect(Math.abs(cents - exact)).toBeLessThanOrEqual(0.5);
        // Exactly half: up, never down (integer arithmetic, no float doubt).
        if ((rate * minutes) % 60 === 30) expect(cents).toBe((rate * minutes + 30) / 60);
        // A whole number of hours is exact.
        if (minutes % 60 === 0) expect(cents).toBe((rate * minutes) / 60);
      }),
    );
  });
});
