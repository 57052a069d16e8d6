import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays } from '#shared/dates';
import { formatMoney } from '#shared/format';
import { cleanHouse, clientStats, trailingRevenue } from '#shared/rules';
import { RELATIONSHIP_TEXTS } from '#shared/texts/relationshipTexts';
import { datasetArb, settingsArb } from '../../support/arbitraries';
import { client, dataset, entry, invoice, project, settings, signal } from '../../support/builders';

const TODAY = '2025-06-18'; // a Wednesday

/**
 * Five reviewed clients (fixed price, all hours in the window): good 10000/h, cheap 2000/h,
 * redUnder 5000/h with a discount request, redAbove 8000/h with one, recentPast 20000/h.
 * Trailing revenue: 600000 + 100000 + 250000 + 400000 + 400000 = 1750000.
 */
function office() {
  return dataset({
    clients: [
      client('good'),
      client('cheap'),
      client('redUnder'),
      client('redAbove'),
      client('prospect', { status: 'prospect' }),
      client('gone', { status: 'let-go' }),
      client('oldPast', { status: 'past' }),
      client('recentPast', { status: 'past' }),
    ],
    projects: [
      project('pGood', 'good', { pricing: { mode: 'fixed', amount: 600000 } }),
      project('pCheap', 'cheap', { pricing: { mode: 'fixed', amount: 100000 } }),
      project('pRedUnder', 'redUnder', { pricing: { mode: 'fixed', amount: 250000 } }),
      project('pRedAbove', 'redAbove', { pricing: { mode: 'fixed', amount: 400000 } }),
      project('pProspect', 'prospect', { status: 'inquiry' }),
      project('pGone', 'gone', { pricing: { mode: 'fixed', amount: 0 } }),
      project('pOld', 'oldPast', { pricing: { mode: 'fixed', amount: 1000 } }),
      project('pRecent', 'recentPast', {
        status: 'closed',
        invoices: [invoice('iRecent', { issuedAt: '2025-02-01', amount: 400000, paidAt: '2025-02-20' })],
      }),
    ],
    timeEntries: [
      entry('pGood', 60 * 60),
      entry('pCheap', 50 * 60),
      entry('pRedUnder', 50 * 60),
      entry('pRedAbove', 50 * 60),
      entry('pProspect', 600),
      entry('pGone', 6000),
      entry('pOld', 6000, '2023-01-10'),
      entry('pRecent', 20 * 60, '2025-01-20'),
    ],
    signals: [signal('redUnder', 'asked-discount'), signal('redAbove', 'asked-discount')],
  });
}

describe('trailingRevenue', () => {
  it('counts paid invoices by paidAt, unpaid ones by issuedAt and un-invoiced work by its hours in the window', () => {
    const data = dataset({
      clients: [client('a'), client('b')],
      projects: [
        project('paidIn', 'a', { invoices: [invoice('i1', { issuedAt: '2024-05-01', paidAt: '2024-07-01', amount: 1000 })] }),
        project('paidOut', 'a', { invoices: [invoice('i2', { issuedAt: '2024-06-01', paidAt: '2024-06-10', amount: 2000 })] }),
        project('unpaidIn', 'a', { invoices: [invoice('i3', { issuedAt: '2025-01-01', amount: 4000 })] }),
        project('fixedHalf', 'b', { pricing: { mode: 'fixed', amount: 10000 } }),
        project('hourly', 'b', { pricing: { mode: 'hourly', rate: 6000 }, status: 'in-progress' }),
        project('inquiry', 'b', { status: 'inquiry' }),
      ],
      timeEntries: [
        entry('fixedHalf', 60, '2025-05-01'),
        entry('fixedHalf', 60, '2024-01-01'),
        entry('hourly', 120, '2025-05-01', true),
        entry('hourly', 60, '2025-05-01', false),
        entry('hourly', 60, '2024-01-01', true),
        entry('inquiry', 600, '2025-05-01'),
      ],
    });
    // 1000 (paid in window) + 4000 (unpaid, issued in window) + 5000 (half the hours) + 12000 (2 billable hours)
    expect(trailingRevenue(data, TODAY)).toBe(22000);
    expect(trailingRevenue(data, TODAY, ['a'])).toBe(17000);
    expect(trailingRevenue(data, TODAY, ['a', 'b'])).toBe(0);
  });

  it('counts the 365 days up to today: today and 364 days before it in, 365 days before out', () => {
    const paidOn = (id: string, paidAt: string, amount: number) =>
      project(id, 'a', { invoices: [invoice(`i-${id}`, { issuedAt: addDays(paidAt, -10), paidAt, amount })] });
    const data = dataset({
      clients: [client('a')],
      projects: [paidOn('today', TODAY, 1), paidOn('first', addDays(TODAY, -364), 10), paidOn('before', addDays(TODAY, -365), 100), paidOn('later', addDays(TODAY, 1), 1000)],
    });
    expect(trailingRevenue(data, TODAY)).toBe(11);
    // The next day, the window moves on (the figures are kept per dataset and day): the first day is out, tomorrow in.
    expect(trailingRevenue(data, addDays(TODAY, 1))).toBe(1001);
    expect(trailingRevenue(data, TODAY)).toBe(11);
  });
});

describe('cleanHouse', () => {
  it('ranks only active and recent clients, worst first', () => {
    const { ranking } = cleanHouse(office(), settings(), TODAY);
    expect(ranking.map((r) => r.clientId)).toEqual(['cheap', 'redUnder', 'redAbove', 'good', 'recentPast']);
    const cheap = ranking[0]!;
    expect(cheap.effectiveHourlyRate).toBe(2000);
    expect(cheap.hours).toBe(50);
    expect(cheap.revenue).toBe(100000);
    expect(cheap.costScore).toBeGreaterThan(ranking[1]!.costScore);
    expect(cheap.reasons.map((r) => r.code)).toContain('rate-under-minimum');
    expect(cheap.reasons.find((r) => r.code === 'rate-under-minimum')?.text).toContain('€20/h');
  });

  it('suggests the clients that cost more than they bring, never the one at target without red signals', () => {
    const { suggestions } = cleanHouse(office(), settings({ monthlyFixedCosts: 0 }), TODAY);
    expect(suggestions.map((s) => [s.clientId, s.action])).toEqual([
      ['cheap', 'let-go'],
      ['redUnder', 'let-go'],
    ]);
    const codes = suggestions[1]!.reasons.map((r) => r.code);
    expect(codes).toContain('red-signals');
    expect(codes).toContain('can-afford');
  });

  it('caps suggestions at the share of ranked clients, with at least one', () => {
    const data = office();
    expect(cleanHouse(data, settings({ cleanHouseShare: 0.1, monthlyFixedCosts: 0 }), TODAY).suggestions.map((s) => s.clientId)).toEqual([
      'cheap',
    ]);
    expect(cleanHouse(data, settings({ cleanHouseShare: 1, monthlyFixedCosts: 0 }), TODAY).suggestions).toHaveLength(2);
  });

  it('says wait, with the shortfall, when the business cannot afford to lose the income yet', () => {
    // Trailing revenue 1750000; floor 12 x 150000 = 1800000; without cheap: 1650000, 150000 short.
    const data = office();
    expect(trailingRevenue(data, TODAY)).toBe(1750000);
    const { suggestions } = cleanHouse(data, settings({ monthlyFixedCosts: 150000 }), TODAY);
    const cheap = suggestions.find((s) => s.clientId === 'cheap')!;
    expect(cheap.action).toBe('wait');
    const reason = cheap.reasons.find((r) => r.code === 'cannot-afford')!;
    expect(reason.text).toContain('cannot afford this yet');
    expect(reason.text).toContain(formatMoney(150000, 'EUR', 'en', true));
  });

  it('applies the survival guard cumulatively', () => {
    // Floor 1440000: losing cheap leaves 1650000 (fine), losing redUnder too leaves 1400000 (not fine).
    const { suggestions } = cleanHouse(office(), settings({ monthlyFixedCosts: 120000 }), TODAY);
    expect(suggestions.map((s) => [s.clientId, s.action])).toEqual([
      ['cheap', 'let-go'],
      ['redUnder', 'wait'],
    ]);
  });

  it('speaks Spanish from the Spanish table', () => {
    const { suggestions } = cleanHouse(office(), settings({ language: 'es', monthlyFixedCosts: 150000 }), TODAY);
    const text = suggestions[0]!.reasons.find((r) => r.code === 'cannot-afford')!.text;
    expect(text).toContain('Todavía no te lo puedes permitir');
    expect(text).toContain(formatMoney(150000, 'EUR', 'es', true));
  });

  it('has the same keys in every language table', () => {
    expect(Object.keys(RELATIONSHIP_TEXTS.es).sort()).toEqual(Object.keys(RELATIONSHIP_TEXTS.en).sort());
  });

  it('never suggests a client at or above target with no red signals (property)', () => {
    fc.assert(
      fc.property(datasetArb(TODAY), settingsArb, (data, s) => {
        for (const sug of cleanHouse(data, s, TODAY).suggestions) {
          const st = clientStats(sug.clientId, data, TODAY);
          const atOrAboveTarget = st.effectiveHourlyRate !== null && st.effectiveHourlyRate >= s.targetHourlyRate;
          expect(atOrAboveTarget && st.redSignals === 0).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('holds the cap, reviews no prospect, declined or let-go client, and keeps survival (property)', () => {
    fc.assert(
      fc.property(datasetArb(TODAY), settingsArb, (data, s) => {
        const { ranking, suggestions } = cleanHouse(data, s, TODAY);
        const ranked = new Set(ranking.map((r) => r.clientId));
        const cap = ranking.length === 0 ? 0 : Math.max(1, Math.floor(s.cleanHouseShare * ranking.length));
        expect(suggestions.length).toBeLessThanOrEqual(cap);
        expect(new Set(suggestions.map((x) => x.clientId)).size).toBe(suggestions.length);
        for (const x of suggestions) expect(ranked.has(x.clientId)).toBe(true);
        for (const r of ranking) {
          const status = data.clients.find((c) => c.id === r.clientId)?.status;
          expect(['prospect', 'declined', 'let-go']).not.toContain(status);
        }
        const letGo = suggestions.filter((x) => x.action === 'let-go').map((x) => x.clientId);
        const earning = letGo.filter((id) => (ranking.find((r) => r.clientId === id)?.revenueLast12Months ?? 0) > 0);
        if (earning.length > 0) expect(trailingRevenue(data, TODAY, letGo)).toBeGreaterThanOrEqual(12 * s.monthlyFixedCosts);
      }),
      { numRuns: 200 },
    );
  });

  it('treats a client whose only activity is older than 12 months as not recent', () => {
    const data = dataset({
      clients: [client('p', { status: 'past' })],
      projects: [project('x', 'p')],
      timeEntries: [entry('x', 60, addDays(TODAY, -365))],
    });
    expect(cleanHouse(data, settings(), TODAY).ranking).toEqual([]);
  });
});
