import { describe, it, expect } from 'vitest';
import { followUps, thisWeek, touchGround } from '#shared/rules';
import { client, dataset, entry, invoice, project, settings } from '../../support/builders';

const TODAY = '2025-06-18'; // a Wednesday

// TODAY is Wednesday 2025-06-18: its week runs from Monday 16 to Sunday 22.
function week() {
  return dataset({
    clients: [
      client('a', { createdAt: '2024-01-01', lastContactAt: '2025-01-01' }),
      client('p', { status: 'prospect', createdAt: '2025-05-01' }),
    ],
    projects: [
      project('fixed', 'a', { pricing: { mode: 'fixed', amount: 100000 } }),
      project('hourly', 'a', { status: 'in-progress', pricing: { mode: 'hourly', rate: 6000 } }),
      project('inq', 'p', { status: 'inquiry', createdAt: '2025-06-01' }),
      project('quo', 'a', { status: 'quoted', createdAt: '2025-06-15' }),
      project('billed', 'a', {
        status: 'closed',
        invoices: [
          invoice('late', { issuedAt: '2025-04-01', termsDays: 30, amount: 80000 }),
          invoice('notDue', { issuedAt: '2025-06-10', termsDays: 30, amount: 5000 }),
          invoice('paid', { issuedAt: '2025-03-01', termsDays: 30, amount: 7000, paidAt: '2025-05-01' }),
        ],
      }),
    ],
    timeEntries: [
      entry('fixed', 300, '2025-06-16'),
      entry('fixed', 300, '2025-01-10'),
      entry('hourly', 120, '2025-06-22', true),
      entry('hourly', 45, '2025-06-15', false),
    ],
  });
}

describe('thisWeek', () => {
  it('sums the minutes of the Monday-based week holding today', () => {
    const w = thisWeek(week(), settings({ weeklyCapacityHours: 30, minimumHourlyRate: 4000 }), TODAY);
    expect(w.minutesThisWeek).toBe(300 + 120);
    expect(w.capacityMinutes).toBe(1800);
    expect(w.targetRate).toBe(6000);
    expect(w.minimumRate).toBe(4000);
  });

  it('works out the rate of the last 90 days pro rata to the minutes in them', () => {
    // fixed: half its minutes in the window -> 50000; hourly: 2 billable hours -> 12000, over 465 minutes.
    // The entry dated Sunday 22 is still to come, so it is outside the window.
    const w = thisWeek(week(), settings(), TODAY);
    const hourlyRevenue = 12000;
    const hourlyMinutes = 165;
    const expected = ((50000 + (hourlyRevenue * 45) / hourlyMinutes) * 60) / (300 + 45);
    expect(w.rateLast90Days).toBeCloseTo(expected, 6);
    expect(thisWeek(dataset(), settings(), TODAY).rateLast90Days).toBeNull();
  });

  it('lists inquiries waiting, overdue invoices, check-ins and follow-ups', () => {
    const data = week();
    const s = settings({ checkInDays: 14, followUpDays: 60 });
    const w = thisWeek(data, s, TODAY);
    expect(w.inquiriesWaiting.map((i) => [i.projectId, i.status, i.daysWaiting])).toEqual([
      ['inq', 'inquiry', 17],
      ['quo', 'quoted', 3],
    ]);
    expect(w.overdueInvoices).toEqual([{ projectId: 'billed', clientId: 'a', invoiceId: 'late', amount: 80000, daysLate: 48 }]);
    expect(w.checkIns).toEqual(touchGround(data, s, TODAY));
    expect(w.checkIns.map((c) => c.clientId)).toEqual(['p']);
    expect(w.followUps).toEqual(followUps(data, s, TODAY));
    // a's work ended this week (time on Monday 16): too soon for a follow-up.
    expect(w.followUps).toEqual([]);
    const later = thisWeek(data, s, '2025-09-01');
    expect(later.followUps.map((f) => [f.clientId, f.daysSinceContact])).toEqual([['a', 77]]);
  });
});
