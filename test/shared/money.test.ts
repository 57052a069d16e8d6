import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatAmount, moneyInput, parseDecimal, parseMoney, parseMoneyInput } from '../../shared/money';
import { LIMITS } from '../../shared/model';

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
