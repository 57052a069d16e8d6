import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { estimateVsActual, hoursVsPrice, monthlyHoursRevenue, rateBand, rateByClient } from '#shared/rules';
import { inquiryCaseArb } from '../../support/arbitraries';
import { TODAY, client, dataset, invoice, logged, project, settings } from '../../support/builders';

describe('rateBand', () => {
  it('is good from the target, caution from the minimum, bad below', () => {
    const s = settings(); // target 60 €/h, minimum 45 €/h
    expect(rateBand(6000, s)).toBe('good');
    expect(rateBand(9000, s)).toBe('good');
    expect(rateBand(5999, s)).toBe('caution');
    expect(rateBand(4500, s)).toBe('caution');
    expect(rateBand(4499, s)).toBe('bad');
    expect(rateBand(0, s)).toBe('bad');
  });
});

describe('hoursVsPrice', () => {
  const data = dataset({
    clients: [client('c1'), client('c2')],
    projects: [
      project('fixed', 'c1', { pricing: { mode: 'fixed', amount: 100000 }, createdAt: '2024-01-01' }),
      project('hourly', 'c1', { pricing: { mode: 'hourly', rate: 5000 }, createdAt: '2024-02-01' }),
      project('paid', 'c1', {
        createdAt: '2024-03-01',
        invoices: [invoice('i1', { issuedAt: '2024-04-01', amount: 90000, paidAt: '2024-04-20', paidAmount: 80000 })],
      }),
      project('lost', 'c1', { status: 'lost', pricing: { mode: 'fixed', amount: 30000 }, createdAt: '2024-04-01' }),
      project('ask', 'c1', { status: 'inquiry', createdAt: '2024-05-01' }),
      project('other', 'c2', {}),
    ],
    timeEntries: [
      ...logged('fixed', 20),
      ...logged('hourly', 10),
      ...logged('hourly', 5, '2024-08-01', false),
      ...logged('paid', 10),
      ...logged('lost', 2),
      ...logged('other', 3),
    ],
  });

  it('gives one point per project with hours, priced by what it earned', () => {
    const chart = hoursVsPrice('c1', data, settings(), TODAY);
    expect(chart.targetSlope).toBe(6000);
    expect(chart.minimumSlope).toBe(4500);
    const byId = Object.fromEntries(chart.points.map((p) => [p.projectId, p]));
    expect(chart.points.map((p) => p.projectId)).toEqual(['fixed', 'hourly', 'paid', 'lost']);
    expect(byId.fixed).toMatchObject({ hours: 20, price: 100000, rate: 5000, underMinimum: false });
    // 10 billable hours at 50 €/h over 15 hours of work.
    expect(byId.hourly).toMatchObject({ hours: 15, price: 50000, underMinimum: true });
    expect(byId.hourly?.rate).toBeCloseTo(3333.33, 1);
    // Delivered: the larger of its invoices (80,000 paid) and the agreed 100,000.
    expect(byId.paid).toMatchObject({ hours: 10, price: 100000, rate: 10000, underMinimum: false });
    // Lost work earns its invoices, here none: the time spent pitching lowers the rate.
    expect(byId.lost).toMatchObject({ hours: 2, price: 0, rate: 0, underMinimum: true });
  });

  it('is empty for a client without hours', () => {
    expect(hoursVsPrice('nobody', data, settings(), TODAY).points).toEqual([]);
  });
});

describe('rateByClient', () => {
  it('ranks clients with hours by effective hourly rate, with their band', () => {
    const data = dataset({
      clients: [client('low', { name: 'Low' }), client('high', { name: 'High' }), client('mid', { name: 'Mid' }), client('idle', { name: 'Idle' })],
      projects: [
        project('l', 'low', { pricing: { mode: 'fixed', amount: 30000 } }),
        project('h', 'high', { pricing: { mode: 'fixed', amount: 80000 } }),
        project('m1', 'mid', { pricing: { mode: 'fixed', amount: 25000 } }),
        project('m2', 'mid', { pricing: { mode: 'fixed', amount: 25000 } }),
        project('i', 'idle', { pricing: { mode: 'fixed', amount: 99000 } }),
      ],
      timeEntries: [...logged('l', 10), ...logged('h', 10), ...logged('m1', 5), ...logged('m2', 5)],
    });
    expect(rateByClient(data, settings(), TODAY)).toEqual([
      { clientId: 'high', name: 'High', rate: 8000, hours: 10, revenue: 80000, band: 'good' },
      { clientId: 'mid', name: 'Mid', rate: 5000, hours: 10, revenue: 50000, band: 'caution' },
      { clientId: 'low', name: 'Low', rate: 3000, hours: 10, revenue: 30000, band: 'bad' },
    ]);
  });

  it('gives the revenue earned, not rate x hours, when some hours have no price yet', () => {
    const data = dataset({
      clients: [client('c', { name: 'Client' })],
      projects: [
        project('done', 'c', { pricing: { mode: 'fixed', amount: 30000 } }),
        // Fixed price in progress without an estimate: its hours count, its money cannot yet.
        project('open', 'c', { status: 'in-progress', pricing: { mode: 'fixed', amount: 90000 } }),
      ],
      timeEntries: [...logged('done', 10), ...logged('open', 10)],
    });
    const [row] = rateByClient(data, settings(), TODAY);
    expect(row).toMatchObject({ rate: 3000, hours: 20, revenue: 30000 });
  });
});

describe('estimateVsActual', () => {
  it('lists the projects with an estimate that are real work or have hours', () => {
    const data = dataset({
      clients: [client('c1')],
      projects: [
        project('done', 'c1', { estimatedHours: 8, createdAt: '2024-01-01' }),
        project('running', 'c1', { status: 'in-progress', estimatedHours: 30, createdAt: '2024-02-01' }),
        project('ask', 'c1', { status: 'inquiry', estimatedHours: 12, createdAt: '2024-03-01' }),
        project('blind', 'c1', { createdAt: '2024-04-01' }),
      ],
      timeEntries: [...logged('done', 20), ...logged('running', 4.5), ...logged('blind', 3)],
    });
    expect(estimateVsActual('c1', data)).toEqual([
      { projectId: 'done', title: 'Project done', status: 'delivered', estimatedHours: 8, actualHours: 20 },
      { projectId: 'running', title: 'Project running', status: 'in-progress', estimatedHours: 30, actualHours: 4.5 },
    ]);
  });
});

describe('monthlyHoursRevenue', () => {
  const data = dataset({
    clients: [client('c1')],
    projects: [
      // Paid in February (95 € of a 100 € invoice issued in January).
      project('paid', 'c1', { invoices: [invoice('i1', { issuedAt: '2025-01-20', amount: 10000, paidAt: '2025-02-10', paidAmount: 9500 })] }),
      // Unpaid: counts in its issue month.
      project('owed', 'c1', { invoices: [invoice('i2', { issuedAt: '2025-01-15', amount: 2000 })] }),
      // No invoice: the month of its last time entry.
      project('work', 'c1', { pricing: { mode: 'fixed', amount: 50000 } }),
      // Finished without entries or invoices: its deadline month.
      project('quiet', 'c1', { pricing: { mode: 'fixed', amount: 7000 }, deadline: '2025-01-31' }),
      // Accepted, not started: nothing earned yet.
      project('next', 'c1', { status: 'accepted', pricing: { mode: 'fixed', amount: 40000 } }),
      // An inquiry brings nothing even with hours.
      project('ask', 'c1', { status: 'inquiry' }),
    ],
    timeEntries: [
      ...logged('paid', 4, '2024-12-30'),
      ...logged('work', 10, '2025-01-05'),
      ...logged('work', 5, '2025-02-10'),
      ...logged('work', 2, '2025-03-01'),
      ...logged('ask', 1, '2025-03-02'),
    ],
  });

  it('sums hours by entry month and revenue by the documented month, oldest first', () => {
    expect(monthlyHoursRevenue(data, TODAY, 3)).toEqual([
      { month: '2025-01', hours: 10, ratedHours: 10, revenue: 2000 + 7000 },
      { month: '2025-02', hours: 5, ratedHours: 5, revenue: 9500 },
      { month: '2025-03', hours: 3, ratedHours: 3, revenue: 50000 },
    ]);
  });

  it('covers twelve months by default, across the turn of the year', () => {
    const months = monthlyHoursRevenue(data, TODAY);
    expect(months).toHaveLength(12);
    expect(months[0]?.month).toBe('2024-04');
    expect(months.at(-1)?.month).toBe('2025-03');
    expect(months.find((m) => m.month === '2024-12')?.hours).toBe(4);
  });
});

describe('charts: properties', () => {
  it('aggregate without losing or inventing hours, and keep their order', () => {
    fc.assert(
      fc.property(inquiryCaseArb, ({ data, settings: s, today }) => {
        const months = monthlyHoursRevenue(data, today, 36);
        const first = months[0]?.month ?? '';
        const last = today.slice(0, 7);
        const inWindow = data.timeEntries.filter((e) => e.date.slice(0, 7) >= first && e.date.slice(0, 7) <= last);
        const minutes = inWindow.reduce((sum, e) => sum + e.minutes, 0);
        expect(months.reduce((sum, m) => sum + m.hours, 0)).toBeCloseTo(minutes / 60, 6);

        const ranking = rateByClient(data, s, today);
        for (let i = 1; i < ranking.length; i++) expect(ranking[i - 1]!.rate).toBeGreaterThanOrEqual(ranking[i]!.rate);
        for (const r of ranking) expect(r.band).toBe(rateBand(r.rate, s));

        for (const c of data.clients) {
          for (const p of hoursVsPrice(c.id, data, s, today).points) {
            expect(p.hours).toBeGreaterThan(0);
            expect(p.rate).toBeCloseTo(p.price / p.hours, 6);
            expect(p.underMinimum).toBe(p.rate < s.minimumHourlyRate);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
