import { describe, expect, it } from 'vitest';
import { cleanHouse, clientStats, paymentDelayDays, projectStats, signalCounts } from '#shared/rules';
import { DEFAULT_SETTINGS } from '#shared/model';
import type { Dataset, Invoice, Project, TimeEntry } from '#shared/model';
import { client, dataset, entry, invoice as kitInvoice, project as kitProject, signal } from '../../support/builders';

const TODAY = '2026-11-23';
/** Estudio Faro (c) and what each test adds. */
const base = (over: Partial<Dataset> = {}): Dataset => dataset({ clients: [client('c', { name: 'Estudio Faro', createdAt: '2026-01-01' })], ...over });
/** A 600 € fixed-price job of Estudio Faro, titled by its id. */
const project = (id: string, over: Partial<Project> = {}): Project =>
  kitProject(id, 'c', { title: id, pricing: { mode: 'fixed', amount: 60000 }, createdAt: '2026-01-02', ...over });
const hours = (projectId: string, h: number, billable = true): TimeEntry => entry(projectId, h * 60, '2026-02-01', billable);
let seq = 0;
const invoice = (over: Partial<Invoice>): Invoice => kitInvoice(`i${++seq}`, { issuedAt: '2026-01-01', amount: 60000, ...over });

describe('clientStats, with the essays’ own examples', () => {
  it('an 8-hour job that took 20 hours is an overrun of 2.5', () => {
    const data = base({ projects: [project('p', { estimatedHours: 8 })], timeEntries: [hours('p', 20)] });
    const s = clientStats('c', data, TODAY);
    expect(s.estimateOverrun).toBe(2.5);
    expect(s.hours).toBe(20);
    // 600 € over 20 h, billable or not: 30 €/h.
    expect(s.effectiveHourlyRate).toBe(3000);
  });

  it('an invoice on 30-day terms paid on day 90 is 60 days late', () => {
    const inv = invoice({ issuedAt: '2026-01-01', termsDays: 30, paidAt: '2026-04-01' });
    expect(paymentDelayDays(inv, TODAY)).toBe(60);
    const s = clientStats('c', base({ projects: [project('p', { invoices: [inv] })] }), TODAY);
    expect(s.averagePaymentDelayDays).toBe(60);
  });

  it('an unpaid overdue invoice counts its delay up to today; one not yet due does not count', () => {
    const overdue = invoice({ issuedAt: '2026-10-01', termsDays: 30 }); // due 31 Oct: 23 days late
    const notDue = invoice({ issuedAt: '2026-11-20', termsDays: 30 });
    expect(paymentDelayDays(overdue, TODAY)).toBe(23);
    expect(paymentDelayDays(notDue, TODAY)).toBeNull();
    const s = clientStats('c', base({ projects: [project('p', { invoices: [overdue, notDue] })] }), TODAY);
    expect(s.averagePaymentDelayDays).toBe(23);
  });

  it('takes a finished project’s revenue from the larger of its invoices and its price, hourly work from rate x billable hours', () => {
    const paid = project('paid', { invoices: [invoice({ amount: 100000, paidAt: '2026-01-20', paidAmount: 90000 })] });
    const invoiced = project('invoiced', { invoices: [invoice({ amount: 50000 })] });
    const fixed = project('fixed', { pricing: { mode: 'fixed', amount: 30000 } });
    const hourly = project('hourly', { pricing: { mode: 'hourly', rate: 5000 } });
    const entries = [hours('paid', 10), hours('invoiced', 5), hours('fixed', 5), hours('hourly', 4), hours('hourly', 2, false)];
    const data = base({ projects: [paid, invoiced, fixed, hourly], timeEntries: entries });
    expect(projectStats(paid, data).revenue).toBe(90000);
    // 500 € invoiced on a 600 € job: the agreed 600 € is earned.
    expect(projectStats(invoiced, data).revenue).toBe(60000);
    expect(projectStats(fixed, data).revenue).toBe(30000);
    // Billable hours only for the price; all hours for the rate.
    expect(projectStats(hourly, data).revenue).toBe(20000);
    expect(projectStats(hourly, data).effectiveHourlyRate).toBeCloseTo(20000 / 6);
    const s = clientStats('c', data, TODAY);
    expect(s.revenue).toBe(200000);
    expect(s.effectiveHourlyRate).toBeCloseTo(200000 / 26);
  });

  it('counts the client’s signals, recorded and derived: red and green, promises in neither', () => {
    const data = base({
      projects: [project('p', { invoices: [invoice({ paidAt: '2026-04-01' })] })],
      signals: [
        signal('c', 'asked-discount', { date: '2026-01-05' }),
        signal('c', 'scope-creep', { date: '2026-01-06' }),
        signal('c', 'praised', { date: '2026-01-07' }),
        signal('c', 'promised-to-buy', { date: '2026-01-08' }),
      ],
    });
    const s = clientStats('c', data, TODAY);
    // Two red records and the invoice paid 60 days late; one green record.
    expect(s).toMatchObject({ redSignals: 3, greenSignals: 1, averagePaymentDelayDays: 60 });
  });

  it('has nulls, not zeros, where there is nothing to measure', () => {
    expect(clientStats('c', base(), TODAY)).toEqual({
      hours: 0,
      revenue: 0,
      effectiveHourlyRate: null,
      estimateOverrun: null,
      averagePaymentDelayDays: null,
      redSignals: 0,
      greenSignals: 0,
      leftOut: 0,
    });
  });
});

describe('signalCounts: one count for every screen', () => {
  it('counts recorded and derived signals, and the ranking and clientStats give the same numbers', () => {
    const data = base({
      projects: [
        project('p', {
          invoices: [
            invoice({ issuedAt: '2026-01-01', termsDays: 30, paidAt: '2026-04-01' }), // paid 60 days late
            invoice({ issuedAt: '2026-09-01', termsDays: 30 }), // unpaid, overdue
            invoice({ issuedAt: '2026-03-01', termsDays: 30, paidAt: '2026-03-15' }), // on time
          ],
        }),
      ],
      signals: [
        signal('c', 'asked-discount', { date: '2026-01-05' }),
        signal('c', 'praised', { date: '2026-01-07' }),
        signal('c', 'promised-to-buy', { date: '2026-01-08' }),
      ],
    });
    expect(signalCounts('c', data, TODAY)).toEqual({ red: 3, green: 2, promise: 1 });
    expect(clientStats('c', data, TODAY)).toMatchObject({ redSignals: 3, greenSignals: 2 });
    const settings = { ...DEFAULT_SETTINGS, targetHourlyRate: 6000, minimumHourlyRate: 4000 };
    expect(cleanHouse(data, settings, TODAY).ranking[0]).toMatchObject({ clientId: 'c', redSignals: 3 });
  });

  it('gives the internal client no signals at all', () => {
    const data = base({
      clients: [client('c', { name: 'Studio', source: 'other', createdAt: '2026-01-01', internal: true })],
      signals: [signal('c', 'asked-discount', { date: '2026-01-05' })],
    });
    expect(signalCounts('c', data, TODAY)).toEqual({ red: 0, green: 0, promise: 0 });
  });
});
