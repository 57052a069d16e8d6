import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cleanHouse,
  clientStats,
  hoursVsPrice,
  monthlyHoursRevenue,
  projectEarned,
  projectStats,
  rateByClient,
  recentRate,
  thisWeek,
} from '#shared/rules';
import type { Dataset, Invoice, Project, ProjectStatus } from '#shared/model';
import { PROJECT_STATUSES } from '#shared/model';
import { TODAY, client, dataset, entry, invoice, logged, project, settings } from '../../support/builders';

/** The week the issue replays: a 3,000 € fixed job estimated at 40 h, 2 h logged in the last days. */
const job = (over: Partial<Project> = {}): Project =>
  project('job', 'c', { status: 'in-progress', pricing: { mode: 'fixed', amount: 300000 }, estimatedHours: 40, createdAt: '2025-02-20', ...over });
const week = (over: Partial<Project> = {}, more: Partial<Dataset> = {}): Dataset =>
  dataset({ clients: [client('c')], projects: [job(over)], timeEntries: logged('job', 2, '2025-03-01'), ...more });
const deposit: Invoice = invoice('dep', { issuedAt: '2025-02-25', amount: 150000 });

describe('projectEarned, DESIGN.md’s definition', () => {
  it('2 h on a 3,000 € / 40 h fixed job has earned 150 €: 75 €/h, on the client and on home', () => {
    const data = week();
    expect(projectStats(data.projects[0]!, data)).toMatchObject({ revenue: 15000, counted: true, effectiveHourlyRate: 7500 });
    expect(clientStats('c', data, TODAY)).toMatchObject({ revenue: 15000, effectiveHourlyRate: 7500, leftOut: 0 });
    expect(thisWeek(data, settings(), TODAY).rateLast90Days).toBe(7500);
    expect(rateByClient(data, settings(), TODAY).map((r) => r.rate)).toEqual([7500]);
    expect(hoursVsPrice('c', data, settings(), TODAY).points[0]).toMatchObject({ price: 15000, rate: 7500 });
    expect(monthlyHoursRevenue(data, TODAY, 1)).toEqual([{ month: '2025-03', hours: 2, ratedHours: 2, revenue: 15000 }]);
  });

  it('a 1,500 € deposit invoice changes nothing', () => {
    const without = week();
    const withDeposit = week({ invoices: [deposit] });
    expect(clientStats('c', withDeposit, TODAY)).toEqual(clientStats('c', without, TODAY));
    expect(recentRate(withDeposit, TODAY)).toEqual(recentRate(without, TODAY));
    expect(monthlyHoursRevenue(withDeposit, TODAY, 2)).toEqual(monthlyHoursRevenue(without, TODAY, 2));
  });

  it('never earns more than the price while unfinished, even past the estimate', () => {
    const data = week({ estimatedHours: 1 });
    expect(projectStats(data.projects[0]!, data).revenue).toBe(300000);
  });

  it('leaves unfinished fixed work without an estimate out of hours and money, and says how many', () => {
    const data = dataset({
      clients: [client('c')],
      projects: [
        job({ estimatedHours: undefined }),
        job({ id: 'other', estimatedHours: 0 }),
        project('done', 'c', { pricing: { mode: 'fixed', amount: 60000 }, status: 'delivered' }),
      ],
      timeEntries: [...logged('job', 5, '2025-03-01'), ...logged('other', 1, '2025-03-01'), ...logged('done', 10, '2025-02-10')],
    });
    const s = clientStats('c', data, TODAY);
    expect(s).toMatchObject({ hours: 16, revenue: 60000, effectiveHourlyRate: 6000, leftOut: 2 });
    expect(recentRate(data, TODAY)).toEqual({ rate: 6000, leftOut: 2 });
    expect(thisWeek(data, settings(), TODAY).rateLeftOut).toBe(2);
    expect(hoursVsPrice('c', data, settings(), TODAY).points.map((p) => p.projectId)).toEqual(['done']);
    // Delivered, the same work counts in full.
    const delivered = { ...data, projects: data.projects.map((p) => ({ ...p, status: 'delivered' as const })) };
    expect(clientStats('c', delivered, TODAY).leftOut).toBe(0);
  });

  it('finished work earns the larger of its invoices and its price', () => {
    const done = (invoices: Invoice[]) => project('p', 'c', { pricing: { mode: 'fixed', amount: 100000 }, status: 'closed', invoices });
    expect(projectEarned(done([]), 600, 600)).toBe(100000);
    expect(projectEarned(done([invoice('a', { issuedAt: '2025-01-01', amount: 40000 })]), 600, 600)).toBe(100000);
    expect(projectEarned(done([invoice('a', { issuedAt: '2025-01-01', amount: 120000 })]), 600, 600)).toBe(120000);
  });

  it('hourly work earns rate x billable hours, or its invoices when they are more', () => {
    const hourly = (invoices: Invoice[]) => project('p', 'c', { pricing: { mode: 'hourly', rate: 6000 }, status: 'in-progress', invoices });
    expect(projectEarned(hourly([]), 300, 180)).toBe(18000);
    expect(projectEarned(hourly([invoice('a', { issuedAt: '2025-01-01', amount: 30000 })]), 300, 180)).toBe(30000);
  });

  it('inquiries, quotes, declined and lost work earn their invoices only: pitching lowers the rate', () => {
    for (const status of ['inquiry', 'quoted', 'declined', 'lost'] as const) {
      const p = project('p', 'c', { status, pricing: { mode: 'fixed', amount: 100000 }, estimatedHours: 10 });
      expect(projectEarned(p, 600, 600)).toBe(0);
      expect(projectEarned({ ...p, invoices: [invoice('a', { issuedAt: '2025-01-01', amount: 20000 })] }, 600, 600)).toBe(20000);
    }
  });

  it('never counts the internal client in a rate, the ranking or the charts, but counts its hours', () => {
    const data = dataset({
      clients: [client('c'), client('studio', { name: 'Studio', internal: true })],
      projects: [job(), project('admin', 'studio', { status: 'in-progress', pricing: { mode: 'hourly', rate: 0 } })],
      timeEntries: [...logged('job', 2, '2025-03-01'), ...logged('admin', 6, TODAY)],
    });
    expect(clientStats('studio', data, TODAY)).toMatchObject({ hours: 6, revenue: 0, effectiveHourlyRate: null });
    expect(recentRate(data, TODAY).rate).toBe(7500);
    expect(thisWeek(data, settings(), TODAY).minutesThisWeek).toBe(6 * 60);
    expect(rateByClient(data, settings(), TODAY).map((r) => r.clientId)).toEqual(['c']);
    expect(cleanHouse(data, settings(), TODAY).ranking.map((r) => r.clientId)).toEqual(['c']);
    // The month's hours hold the studio's 6 h; the hours a rate divides by do not.
    expect(monthlyHoursRevenue(data, TODAY, 1)).toEqual([{ month: '2025-03', hours: 8, ratedHours: 2, revenue: 15000 }]);
  });
});

// Random projects of every status and pricing, with invoices, estimates and hours.
const UNFINISHED: readonly ProjectStatus[] = ['accepted', 'in-progress'];
const projectArb = fc.record({
  status: fc.constantFrom(...PROJECT_STATUSES),
  fixed: fc.boolean(),
  amount: fc.integer({ min: 0, max: 2_000_000 }),
  rate: fc.integer({ min: 0, max: 20000 }),
  estimatedHours: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
  invoices: fc.array(fc.record({ amount: fc.integer({ min: 0, max: 2_000_000 }), paid: fc.boolean() }), { maxLength: 3 }),
  minutes: fc.array(fc.integer({ min: 1, max: 600 }), { maxLength: 5 }),
});
type Arb = typeof projectArb extends fc.Arbitrary<infer T> ? T : never;
const build = (r: Arb, withInvoices = true): Dataset => {
  const p = project('p', 'c', {
    status: r.status,
    pricing: r.fixed ? { mode: 'fixed', amount: r.amount } : { mode: 'hourly', rate: r.rate },
    ...(r.estimatedHours === undefined ? {} : { estimatedHours: r.estimatedHours }),
    invoices: withInvoices ? r.invoices.map((inv, i) => invoice(`i${i}`, { issuedAt: '2025-01-10', amount: inv.amount, ...(inv.paid ? { paidAt: '2025-02-01' } : {}) })) : [],
  });
  const timeEntries = r.minutes.map((minutes, i) => entry('p', minutes, `2025-02-${String(10 + i).padStart(2, '0')}`, i % 2 === 0));
  return dataset({ clients: [client('c')], projects: [p], timeEntries });
};

describe('earned revenue, properties', () => {
  it('never exceeds the agreed price of unfinished fixed work', () => {
    fc.assert(
      fc.property(projectArb, (r) => {
        const data = build(r);
        const s = clientStats('c', data, TODAY);
        if (r.fixed && UNFINISHED.includes(r.status)) expect(s.revenue).toBeLessThanOrEqual(r.amount);
        if (s.effectiveHourlyRate !== null && r.fixed && UNFINISHED.includes(r.status)) {
          expect(s.effectiveHourlyRate * s.hours).toBeLessThanOrEqual(r.amount + 1e-6);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a deposit invoice on unfinished fixed work never changes a rate', () => {
    fc.assert(
      fc.property(projectArb, (r) => {
        const fixedUnfinished = { ...r, fixed: true, status: r.status === 'accepted' ? ('accepted' as const) : ('in-progress' as const) };
        const a = build(fixedUnfinished, false);
        const b = build(fixedUnfinished, true);
        const money = (d: Dataset) => {
          const { hours, revenue, effectiveHourlyRate, leftOut } = clientStats('c', d, TODAY);
          return { hours, revenue, effectiveHourlyRate, leftOut };
        };
        expect(money(b)).toEqual(money(a));
        expect(recentRate(b, '2025-02-20')).toEqual(recentRate(a, '2025-02-20'));
        expect(rateByClient(b, settings(), TODAY)).toEqual(rateByClient(a, settings(), TODAY));
        expect(hoursVsPrice('c', b, settings(), TODAY)).toEqual(hoursVsPrice('c', a, settings(), TODAY));
      }),
      { numRuns: 300 },
    );
  });

  it('monthly revenue adds up to the earned revenue of the work that counts', () => {
    fc.assert(
      fc.property(projectArb, (r) => {
        const data = build(r);
        const months = monthlyHoursRevenue(data, TODAY, 24);
        const total = months.reduce((sum, m) => sum + m.revenue, 0);
        const s = projectStats(data.projects[0]!, data);
        // Finished work without entries lands in its creation month (2024-06), inside the 24 months.
        expect(total).toBe(s.counted ? s.revenue : 0);
      }),
      { numRuns: 300 },
    );
  });
});
