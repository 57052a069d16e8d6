import { describe, expect, it } from 'vitest';
import { inquiryContext } from '#shared/rules/inquiry/context';
import { kindHistories, projectHours } from '#shared/rules/inquiry/projectedHours';
import { TODAY, client, dataset, inquiry, logged, project, settings } from '../../../support/builders';
import { plain } from './findings';


describe('projectHours', () => {
  it("multiplies the estimate by the client's own overrun first", () => {
    const data = dataset({
      clients: [client('c1'), client('c2')],
      // The client's 8 h job took 20 h (2.5x); another client's branding job ran on time.
      projects: [project('p1', 'c1', { estimatedHours: 8 }), project('p2', 'c2', { estimatedHours: 10 }), inquiry('q1', 'c1', 60000, 8)],
      timeEntries: [...logged('p1', 20), ...logged('p2', 10)],
    });
    const h = projectHours(inquiryContext('q1', data, settings(), TODAY));
    expect(h.projectedHours).toBe(20);
    expect(h.clientOverrun).toBe(2.5);
    expect(h.hoursKnown).toBe(true);
    expect(h.reasons).toHaveLength(1);
    expect(h.reasons[0]).toMatchObject({ code: 'projected-hours', severity: 'warn' });
    expect(plain(h.reasons[0]?.text)).toBe('Their last projects took 2.5x the estimate: 8 h becomes 20 h.');
  });

  it("falls back on the kind's overrun across clients, matching kinds without regard to case or spaces", () => {
    const data = dataset({
      clients: [client('c1'), client('c2')],
      projects: [project('p2', 'c2', { kind: ' Branding ', estimatedHours: 10 }), inquiry('q1', 'c1', 60000, 4)],
      timeEntries: logged('p2', 11),
    });
    const h = projectHours(inquiryContext('q1', data, settings(), TODAY));
    expect(h.projectedHours).toBeCloseTo(4.4);
    expect(h.clientOverrun).toBeNull();
    // 1.1x is within the usual slack: information, not a warning.
    expect(h.reasons[0]).toMatchObject({ code: 'projected-hours', severity: 'info' });
    expect(h.reasons[0]?.text).toContain('Your past branding projects took 1.1x');
  });

  it('takes the estimate as it is when nothing finished can correct it', () => {
    const data = dataset({
      clients: [client('c1')],
      // In progress: not finished, so it says nothing about overruns yet.
      projects: [project('p1', 'c1', { status: 'in-progress', estimatedHours: 5 }), inquiry('q1', 'c1', 60000, 12)],
      timeEntries: logged('p1', 30),
    });
    const h = projectHours(inquiryContext('q1', data, settings(), TODAY));
    expect(h.projectedHours).toBe(12);
    expect(plain(h.reasons[0]?.text)).toBe('No history to correct the estimate yet, so this counts the 12 h you estimated.');
  });

  it("without an estimate, counts the kind's average over finished projects", () => {
    const data = dataset({
      clients: [client('c1')],
      projects: [project('p1', 'c1'), project('p2', 'c1', { status: 'closed', estimatedHours: 30 }), inquiry('q1', 'c1', 60000, undefined)],
      timeEntries: [...logged('p1', 10), ...logged('p2', 20)],
    });
    const h = projectHours(inquiryContext('q1', data, settings(), TODAY));
    expect(h.projectedHours).toBe(15);
    expect(h.clientOverrun).toBeNull();
    expect(plain(h.reasons[0]?.text)).toBe('No estimate given: your past branding projects took 15 h on average, so this counts that.');
  });

  it('without an estimate or history, knows no hours and asks for an estimate', () => {
    const data = dataset({ clients: [client('c1')], projects: [inquiry('q1', 'c1', 60000, undefined)] });
    const h = projectHours(inquiryContext('q1', data, settings(), TODAY));
    expect(h).toMatchObject({ projectedHours: 0, hoursKnown: false, clientOverrun: null });
    expect(h.reasons.map((r) => [r.code, r.severity])).toEqual([['no-estimate', 'warn']]);
    expect(h.reasons[0]?.text).toBe('No estimate and no past branding projects to go by: estimate the hours before you answer.');
  });
});

describe('kindHistories', () => {
  it('sums finished projects with logged hours per kind, estimates only where given', () => {
    const data = dataset({
      clients: [client('c1')],
      projects: [
        project('p1', 'c1', { estimatedHours: 10 }),
        project('p2', 'c1', { kind: 'BRANDING' }),
        project('p3', 'c1', { estimatedHours: 50 }), // no hours logged: left out
        project('p4', 'c1', { status: 'accepted', estimatedHours: 5 }),
        project('p5', 'c1', { kind: 'web', estimatedHours: 2 }),
      ],
      timeEntries: [...logged('p1', 12), ...logged('p2', 6), ...logged('p4', 9), ...logged('p5', 3)],
    });
    const h = kindHistories(data);
    expect(h.get('branding')).toEqual({ estimated: 10, actual: 12, doneHours: 18, doneCount: 2 });
    expect(h.get('web')).toEqual({ estimated: 2, actual: 3, doneHours: 3, doneCount: 1 });
    expect(kindHistories(data)).toBe(h);
  });
});
