import { describe, expect, it } from 'vitest';
import type { Client, Dataset } from '#shared/model';
import { clientHistory, redTraits } from '#shared/rules/inquiry/clientHistory';
import { inquiryContext } from '#shared/rules/inquiry/context';
import { TODAY, client, dataset, inquiry, invoice, project, settings, signal } from '../../../support/builders';
import { plain } from './findings';

/** The history step for a new inquiry q1 of client c1, with `parts` added. */
const historyOf = (parts: Partial<Dataset>, c1: Partial<Client> = {}) => {
  const data = dataset({ ...parts, clients: [client('c1', c1), ...(parts.clients ?? [])], projects: [...(parts.projects ?? []), inquiry('q1', 'c1', 100000, 10)] });
  return clientHistory(inquiryContext('q1', data, settings(), TODAY));
};
const codes = (h: ReturnType<typeof historyOf>) => h.reasons.map((r) => r.code);

describe('clientHistory', () => {
  it('a new client with no history has nothing to say', () => {
    expect(historyOf({})).toEqual({ latePayer: false, unpaidCount: 0, traits: [], nonClient: false, hardFlag: false, greenKinds: 0, vouches: 0, reasons: [] });
  });

  it('finds a late payer from the average delay (30 days terms, paid at day 90: 60 days late)', () => {
    const h = historyOf({ projects: [project('p1', 'c1', { invoices: [invoice('i1', { issuedAt: '2024-06-01', amount: 50000, paidAt: '2024-08-30' })] })] });
    expect(h.latePayer).toBe(true);
    expect(h.traits).toEqual(['late-history']);
    expect(h.reasons[0]).toMatchObject({ code: 'late-payer', severity: 'bad' });
    expect(plain(h.reasons[0]?.text)).toBe('They pay 60 days late on average, across 1 invoice.');
  });

  it('says a client paid on time', () => {
    const h = historyOf({ projects: [project('p1', 'c1', { invoices: [invoice('i1', { issuedAt: '2024-06-01', amount: 50000, paidAt: '2024-06-20' })] })] });
    expect(h.latePayer).toBe(false);
    expect(h.reasons).toEqual([{ code: 'pays-on-time', severity: 'good', text: 'They have paid on time (1 invoice).' }]);
  });

  it('counts overdue unpaid invoices with the amount owed, as the hard "unpaid" trait', () => {
    const h = historyOf({ projects: [project('p1', 'c1', { invoices: [invoice('i1', { issuedAt: '2025-01-10', amount: 120000 })] })] });
    expect(h.unpaidCount).toBe(1);
    expect(h.hardFlag).toBe(true);
    expect(h.traits).toContain('unpaid');
    expect(plain(h.reasons.find((r) => r.code === 'unpaid-invoices')?.text)).toBe('They still owe you €1,200 on 1 invoice past the due date.');
  });

  it('lists red signals once per kind with how often, green ones apart, and a promise', () => {
    const h = historyOf({
      signals: [
        signal('c1', 'asked-discount'),
        signal('c1', 'asked-discount', { date: '2025-01-05' }),
        signal('c1', 'praised'),
        signal('c1', 'accepted-price'),
        signal('c1', 'promised-to-buy'),
      ],
    });
    expect(codes(h)).toEqual(['red-signal', 'green-signal', 'green-signal', 'promise']);
    expect(h.reasons[0]).toMatchObject({ severity: 'warn', text: 'They asked for a discount (2 times).' });
    expect(h.greenKinds).toBe(2);
    // One mild red kind is a trait, not yet a non-client.
    expect(h).toMatchObject({ traits: ['asked-discount'], nonClient: false, hardFlag: false });
  });

  it('two different red traits make a non-client', () => {
    const h = historyOf({ signals: [signal('c1', 'asked-discount'), signal('c1', 'threatened-competitor')] });
    expect(h.nonClient).toBe(true);
    expect(h.hardFlag).toBe(true);
    expect(h.reasons.at(-1)).toMatchObject({ code: 'non-client', severity: 'bad' });
    expect(h.reasons.at(-1)?.text).toContain('2 different red flags (asked for a discount, used a competitor as leverage)');
  });

  it('a star client vouches once, and a referral from a star client once more', () => {
    const h = historyOf({ clients: [client('c9', { name: 'Bodega Norte', star: true })] }, { name: 'Quesos Ortega', star: true, source: 'referral', referredBy: 'c9' });
    expect(h.vouches).toBe(2);
    expect(h.reasons.map((r) => r.text)).toEqual(['Referred by Bodega Norte, one of your star clients.', 'Quesos Ortega is one of your star clients.']);
    expect(codes(h)).toEqual(['starred-referral', 'star-client']);
  });

  it('names who referred a client by colleague name, or as written', () => {
    const colleague = historyOf({ colleagues: [{ id: 'col1', name: 'Marta Ruiz', specialties: ['web'], languages: ['es'] }] }, { source: 'referral', referredBy: 'col1' });
    expect(colleague).toMatchObject({ vouches: 0, reasons: [{ code: 'referral', severity: 'info', text: 'Referred by Marta Ruiz.' }] });
    expect(historyOf({}, { source: 'referral', referredBy: 'my aunt' }).reasons[0]?.text).toBe('Referred by my aunt.');
  });
});

describe('redTraits', () => {
  it('keeps the red kinds recorded, adds unpaid and a late history, in a stable order', () => {
    expect(redTraits(new Set(['praised', 'scope-creep', 'asked-discount']), 0, false)).toEqual(['asked-discount', 'scope-creep']);
    expect(redTraits(new Set(['unpaid']), 2, true)).toEqual(['unpaid', 'late-history']);
    expect(redTraits(new Set(), 0, false)).toEqual([]);
  });
});
