import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays } from '#shared/dates';
import { forecast, forecastWindow } from '#shared/rules';
import type { Signal } from '#shared/model';
import { datasetArb } from '../../support/arbitraries';
import { client, dataset, entry, invoice, project, signal } from '../../support/builders';

const TODAY = '2025-06-18'; // a Wednesday

const amounts = (data: Parameters<typeof forecast>[0], months?: number) =>
  Object.fromEntries(forecastWindow(data, TODAY, months).confirmedByMonth.map((m) => [m.month, m.amount]));

describe('forecastWindow (the pipeline chart)', () => {
  it('lists every month from the current one, six by default, even with nothing in them', () => {
    const result = forecastWindow(dataset(), TODAY);
    expect(result.confirmedByMonth).toEqual([
      { month: '2025-06', amount: 0 },
      { month: '2025-07', amount: 0 },
      { month: '2025-08', amount: 0 },
      { month: '2025-09', amount: 0 },
      { month: '2025-10', amount: 0 },
      { month: '2025-11', amount: 0 },
    ]);
    expect(forecastWindow(dataset(), TODAY, 3).confirmedByMonth.map((m) => m.month)).toEqual(['2025-06', '2025-07', '2025-08']);
  });

  it('puts un-invoiced confirmed work in its deadline month, and past or missing deadlines in this month', () => {
    const data = dataset({
      clients: [client('a')],
      projects: [
        project('accepted', 'a', { status: 'accepted', pricing: { mode: 'fixed', amount: 300000 }, deadline: '2025-08-10' }),
        project('noDeadline', 'a', { status: 'accepted', pricing: { mode: 'hourly', rate: 5000 }, estimatedHours: 10 }),
        project('late', 'a', { status: 'in-progress', pricing: { mode: 'fixed', amount: 70000 }, deadline: '2025-05-01' }),
        project('far', 'a', { status: 'accepted', pricing: { mode: 'fixed', amount: 999 }, deadline: '2026-02-01' }),
        project('inquiry', 'a', { status: 'inquiry', deadline: '2025-07-01' }),
        project('quoted', 'a', { status: 'quoted', deadline: '2025-07-01' }),
        project('closed', 'a', { status: 'closed', deadline: '2025-07-01' }),
        project('lost', 'a', { status: 'lost', deadline: '2025-07-01' }),
      ],
    });
    expect(amounts(data)).toEqual({
      '2025-06': 50000 + 70000,
      '2025-07': 0,
      '2025-08': 300000,
      '2025-09': 0,
      '2025-10': 0,
      '2025-11': 0,
    });
  });

  it('puts unpaid invoices in their due month, overdue ones in this month, and never counts money twice', () => {
    const data = dataset({
      clients: [client('a')],
      projects: [
        // Fully invoiced fixed price: only the unpaid invoice counts, not the price again.
        project('invoiced', 'a', {
          status: 'delivered',
          pricing: { mode: 'fixed', amount: 100000 },
          deadline: '2025-06-30',
          invoices: [invoice('i1', { issuedAt: '2025-06-10', termsDays: 30, amount: 100000 })],
        }),
        // Deposit paid: only the remainder is still to come.
        project('deposit', 'a', {
          status: 'in-progress',
          pricing: { mode: 'fixed', amount: 500000 },
          deadline: '2025-09-15',
          invoices: [invoice('i2', { issuedAt: '2025-05-01', amount: 200000, paidAt: '2025-05-20' })],
        }),
        // Overdue and closed: still money owed, in this month.
        project('owed', 'a', { status: 'closed', invoices: [invoice('i3', { issuedAt: '2025-03-01', amount: 40000 })] }),
        // Hourly without estimate: rate x billable hours logged, minus what was invoiced.
        project('hourly', 'a', {
          status: 'in-progress',
          pricing: { mode: 'hourly', rate: 5000 },
          invoices: [invoice('i4', { issuedAt: '2025-06-01', amount: 4000, paidAt: '2025-06-05' })],
        }),
      ],
      timeEntries: [entry('hourly', 120, '2025-06-02', true), entry('hourly', 60, '2025-06-02', false)],
    });
    expect(amounts(data)).toEqual({
      '2025-06': 40000 + 6000,
      '2025-07': 100000,
      '2025-08': 0,
      '2025-09': 300000,
      '2025-10': 0,
      '2025-11': 0,
    });
  });

  it('lists promises to buy apart and adds them to nothing', () => {
    const base = dataset({
      clients: [client('a'), client('b', { status: 'prospect' })],
      projects: [project('x', 'a', { status: 'accepted', pricing: { mode: 'fixed', amount: 1000 } })],
    });
    const withPromise = { ...base, signals: [signal('b', 'promised-to-buy', { date: '2025-06-01', note: 'next quarter' })] };
    const result = forecastWindow(withPromise, TODAY);
    expect(result.promised).toEqual([expect.objectContaining({ clientId: 'b', date: '2025-06-01', note: 'next quarter' })]);
    expect(result.confirmedByMonth).toEqual(forecastWindow(base, TODAY).confirmedByMonth);
  });

  it('leaves confirmed money unchanged whatever promises are added (property)', () => {
    const promiseArb = fc.array(
      fc.record({ clientIndex: fc.nat(20), withProject: fc.boolean(), offset: fc.integer({ min: -400, max: 200 }) }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(datasetArb(TODAY), promiseArb, (data, extra) => {
        const promises: Signal[] = extra.map((p, i) => {
          const c = data.clients[p.clientIndex % data.clients.length]!;
          const pr = data.projects.find((x) => x.clientId === c.id);
          return {
            id: `promise${i}`,
            clientId: c.id,
            ...(p.withProject && pr ? { projectId: pr.id } : {}),
            date: addDays(TODAY, p.offset),
            kind: 'promised-to-buy',
          };
        });
        const before = forecastWindow(data, TODAY);
        const after = forecastWindow({ ...data, signals: [...data.signals, ...promises] }, TODAY);
        expect(after.confirmedByMonth).toEqual(before.confirmedByMonth);
        expect(after.promised.length).toBe(before.promised.length + promises.length);
      }),
      { numRuns: 200 },
    );
  });

  it('gives whole, non-negative amounts (property)', () => {
    fc.assert(
      fc.property(datasetArb(TODAY), (data) => {
        for (const m of forecastWindow(data, TODAY).confirmedByMonth) {
          expect(Number.isInteger(m.amount)).toBe(true);
          expect(m.amount).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('forecast (DESIGN.md)', () => {
  it('keys confirmed money by its real month, past or far, and lists promises as clientId, projectId, date', () => {
    const data = dataset({
      clients: [client('a')],
      projects: [
        project('far', 'a', { status: 'accepted', pricing: { mode: 'fixed', amount: 500000 }, deadline: '2026-03-10' }),
        project('late', 'a', {
          status: 'delivered',
          pricing: { mode: 'fixed', amount: 100000 },
          deadline: '2025-05-10',
          invoices: [invoice('i1', { issuedAt: '2025-04-01', amount: 40000, termsDays: 30 })],
        }),
        project('noDeadline', 'a', { status: 'in-progress', pricing: { mode: 'fixed', amount: 20000 } }),
      ],
      signals: [signal('a', 'promised-to-buy', { date: '2025-06-01', note: 'in autumn' })],
    });
    const result = forecast(data, TODAY);
    expect(result.confirmedByMonth).toEqual([
      { month: '2025-05', amount: 40000 + 60000 },
      { month: '2025-06', amount: 20000 },
      { month: '2026-03', amount: 500000 },
    ]);
    expect(result.promised).toEqual([{ clientId: 'a', date: '2025-06-01' }]);
  });

  it('adds up to the same money as the window when everything falls inside it (property)', () => {
    fc.assert(
      fc.property(datasetArb(TODAY), (data) => {
        const all = forecast(data, TODAY).confirmedByMonth.reduce((s, m) => s + m.amount, 0);
        const wide = forecastWindow(data, TODAY, 600).confirmedByMonth.reduce((s, m) => s + m.amount, 0);
        expect(wide).toBe(all);
      }),
      { numRuns: 100 },
    );
  });
});
