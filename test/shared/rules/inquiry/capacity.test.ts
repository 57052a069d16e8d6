import { describe, expect, it } from 'vitest';
import { addDays } from '#shared/dates';
import { capacityUntil, fitCapacity, laterDeadline } from '#shared/rules/inquiry/capacity';
import { inquiryContext } from '#shared/rules/inquiry/context';
import { TODAY, client, dataset, inquiry, logged, project, settings } from '../../../support/builders';
import { hoursFinding, plain } from './findings';

const hours = (projectedHours: number) => hoursFinding(projectedHours);
/** Accepted work: `estimated` hours due in `dueInDays` days (none: spread over four weeks). */
const committed = (id: string, estimated: number, dueInDays?: number) =>
  project(id, 'c1', { status: 'accepted', estimatedHours: estimated, ...(dueInDays === undefined ? {} : { deadline: addDays(TODAY, dueInDays) }) });

describe('capacityUntil', () => {
  it('counts the weekly capacity up to the deadline, less the share of committed work due before it', () => {
    // 30 h a week for 14 days = 60 h; a 40 h job due in 28 days puts half its hours before day 14.
    const data = dataset({ clients: [client('c1')], projects: [committed('a1', 40, 28)] });
    const cap = capacityUntil(addDays(TODAY, 14), 'none', data, settings(), TODAY);
    expect(cap.capacity).toBe(60);
    expect(cap.committed).toBe(20);
    expect(cap.free).toBe(40);
    expect(cap.behind).toEqual([{ projectId: 'a1', title: 'Project a1', hours: 20 }]);
  });

  it('counts what is left of the estimate, and leaves out the inquiry itself, unestimated and finished work', () => {
    const data = dataset({
      clients: [client('c1')],
      projects: [
        committed('a1', 10, 7), // 4 h logged: 6 h left, all before day 14
        committed('a2', 5, 7), // fully logged
        project('a3', 'c1', { status: 'in-progress', deadline: addDays(TODAY, 7) }), // no estimate
        project('a4', 'c1', { estimatedHours: 50, deadline: addDays(TODAY, 7) }), // delivered
        committed('q1', 30, 7), // the project being evaluated
      ],
      timeEntries: [...logged('a1', 4), ...logged('a2', 6)],
    });
    const cap = capacityUntil(addDays(TODAY, 14), 'q1', data, settings(), TODAY);
    expect(cap.behind.map((b) => [b.projectId, b.hours])).toEqual([['a1', 6]]);
  });

  it('spreads work without a deadline over four weeks, counts overdue work in full, and never goes below zero free', () => {
    const data = dataset({ clients: [client('c1')], projects: [committed('a1', 28), committed('a2', 100, -3)] });
    const cap = capacityUntil(addDays(TODAY, 7), 'none', data, settings(), TODAY);
    expect(cap.behind.map((b) => [b.projectId, b.hours])).toEqual([['a2', 100], ['a1', 7]]);
    expect(cap.free).toBe(0);
  });
});

describe('fitCapacity', () => {
  const ctx = (dueInDays: number | null, extra = [committed('a1', 40, 28)], weekly = 30) =>
    inquiryContext('q1', dataset({ clients: [client('c1')], projects: [...extra, inquiry('q1', 'c1', 100000, 10, dueInDays)] }), settings({ weeklyCapacityHours: weekly }), TODAY);

  it('asks for a deadline when there is none', () => {
    const f = fitCapacity(ctx(null), hours(10));
    expect(f.fit).toBe('unknown');
    expect(f.reasons.map((r) => r.code)).toEqual(['no-deadline']);
  });

  it('has nothing to fit without projected hours', () => {
    expect(fitCapacity(ctx(14), hours(0))).toEqual({ fit: 'unknown', reasons: [] });
  });

  it('fits the hours in what is free, naming the committed work', () => {
    const f = fitCapacity(ctx(14), hours(40));
    expect(f.fit).toBe('ok');
    expect(f.reasons[0]?.severity).toBe('good');
    expect(plain(f.reasons[0]?.text)).toBe('It fits: 40 h of the 40 h you have free until 17 Mar 2025, after 20 h committed before 17 Mar 2025 to “Project a1”.');
  });

  it('is short when what is free covers at least half, and clearly short below that', () => {
    expect(fitCapacity(ctx(14), hours(60))).toMatchObject({ fit: 'short', reasons: [{ code: 'capacity-short', severity: 'warn' }] });
    expect(fitCapacity(ctx(14), hours(81))).toMatchObject({ fit: 'clearly-short', reasons: [{ code: 'capacity-short', severity: 'bad' }] });
  });

  it('names three projects and counts the rest', () => {
    const many = ['a1', 'a2', 'a3', 'a4', 'a5'].map((id, i) => committed(id, 10 + i, 7));
    const f = fitCapacity(ctx(14, many), hours(100));
    expect(f.reasons[0]?.text).toContain('“Project a5”, “Project a4”, “Project a3” and 2 more');
  });

  it('says a deadline of today leaves no working days', () => {
    const f = fitCapacity(ctx(0, []), hours(5));
    expect(f.fit).toBe('clearly-short');
    expect(plain(f.reasons[0]?.text)).toBe('The deadline (3 Mar 2025) leaves no working days for 5 h of work.');
  });
});

describe('laterDeadline', () => {
  it('finds the first day after the deadline where the hours fit', () => {
    const c = inquiryContext('q1', dataset({ clients: [client('c1')], projects: [inquiry('q1', 'c1', 100000, 60, 7)] }), settings(), TODAY);
    // 30 h a week: 60 h fit in 14 days.
    expect(laterDeadline(c.project, 60, c.data, c.settings, TODAY)).toBe(addDays(TODAY, 14));
  });

  it('finds none without capacity or without a deadline', () => {
    const data = dataset({ clients: [client('c1')], projects: [inquiry('q1', 'c1', 100000, 60, 7), inquiry('q2', 'c1', 100000, 60, null)] });
    const [q1, q2] = data.projects;
    expect(laterDeadline(q1!, 60, data, settings({ weeklyCapacityHours: 0 }), TODAY)).toBeNull();
    expect(laterDeadline(q2!, 60, data, settings(), TODAY)).toBeNull();
  });
});
