import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays } from '#shared/dates';
import { evaluateInquiry, type InquiryEvaluation } from '#shared/rules';
import { REASON_TEXTS, interpolate } from '#shared/texts/reasonTexts';
import { generateDataset } from '../../support/generate';
import { inquiryCaseArb } from '../../support/arbitraries';
import { TODAY, client, dataset, inquiry, invoice, logged, project, settings, signal } from '../../support/builders';

const codes = (e: InquiryEvaluation) => e.reasons.map((r) => r.code);
/** The text of the first reason with `code`, with the locale's no-break spaces as plain spaces. */
const textOf = (e: InquiryEvaluation, code: string) => e.reasons.find((r) => r.code === code)?.text.replace(/[\u00a0\u202f]/g, ' ');

/** A client whose delivered branding project was estimated at 8 h and took 20 h. */
function overrunningClient() {
  return {
    clients: [client('c1', { name: 'Bodega Norte' })],
    projects: [project('p1', 'c1', { estimatedHours: 8, pricing: { mode: 'fixed', amount: 80000 } })],
    timeEntries: logged('p1', 20),
  };
}

describe('evaluateInquiry: the essays, case by case', () => {
  it('(a) an offer fine on the estimate but under the minimum on projected hours is not accepted', () => {
    const base = overrunningClient();
    // 600 € for 8 h looks like 75 €/h; with this client it will be 20 h, so 30 €/h.
    const data = dataset({ ...base, projects: [...base.projects, inquiry('q1', 'c1', 60000, 8)] });
    const e = evaluateInquiry('q1', data, settings(), TODAY);

    expect(e.verdict).toBe('negotiate');
    expect(e.projectedHours).toBe(20);
    expect(e.projectedHourlyRate).toBe(3000);
    expect(e.suggestedPrice).toBe(20 * 6000);
    expect(textOf(e, 'projected-hours')).toBe('Their last projects took 2.5x the estimate: 8 h becomes 20 h.');
    expect(textOf(e, 'rate-below-minimum')).toBe('€600 / 20 h = €30/h, under your minimum of €45/h.');
    expect(textOf(e, 'suggest-price')).toBe('To reach your target of €60/h, ask for €1,200 (20 h x €60/h).');
    expect(textOf(e, 'suggest-scope')).toContain('10 h');
    expect(codes(e)).toContain('hourly-pricing');
  });

  it('(a) in Spanish, speaking as tú', () => {
    const base = overrunningClient();
    const data = dataset({ ...base, projects: [...base.projects, inquiry('q1', 'c1', 60000, 8)] });
    const e = evaluateInquiry('q1', data, settings({ language: 'es' }), TODAY);
    expect(textOf(e, 'projected-hours')).toBe('Sus últimos proyectos llevaron 2,5 veces lo estimado: 8 h se convierten en 20 h.');
    expect(textOf(e, 'rate-below-minimum')).toBe('600 € / 20 h = 30 €/h: esta consulta no cubre tu tarifa mínima de 45 €/h.');
    const all = e.reasons.map((r) => r.text).join(' ');
    expect(all).not.toMatch(/\busted\b|\bsu tarifa\b/i);
  });

  it('(b) a referral from a starred client with a good budget is accepted', () => {
    const data = dataset({
      clients: [
        client('star', { name: 'Lucía Gómez', star: true }),
        client('new', { name: 'Café Aurora', source: 'referral', referredBy: 'star', status: 'prospect', createdAt: TODAY }),
      ],
      projects: [inquiry('q1', 'new', 150000, 20)],
    });
    const e = evaluateInquiry('q1', data, settings(), TODAY);
    expect(e.verdict).toBe('accept');
    expect(e.projectedHourlyRate).toBe(7500);
    expect(e.declineReason).toBeUndefined();
    expect(e.suggestedPrice).toBeUndefined();
    expect(e.reasons.find((r) => r.code === 'starred-referral')).toMatchObject({
      severity: 'good',
      text: 'Referred by Lucía Gómez, one of your star clients.',
    });
  });

  it('(c) a client who paid 60 days late and asked for a discount is declined for fit', () => {
    const data = dataset({
      clients: [client('c1')],
      projects: [
        project('p1', 'c1', {
          estimatedHours: 10,
          invoices: [invoice('i1', { issuedAt: '2024-10-01', amount: 100000, termsDays: 30, paidAt: '2024-12-30' })],
        }),
        inquiry('q1', 'c1', 120000, 10),
      ],
      timeEntries: logged('p1', 10),
      signals: [signal('c1', 'asked-discount')],
    });
    const e = evaluateInquiry('q1', data, settings(), TODAY);
    expect(e.verdict).toBe('decline');
    expect(e.declineReason).toBe('fit');
    expect(textOf(e, 'late-payer')).toBe('They pay 60 days late on average, across 1 invoice.');
    expect(textOf(e, 'non-client')).toContain('2 different red flags (asked for a discount, a history of paying late)');
  });

  it('(d) a full calendar before the deadline is never accepted', () => {
    const data = dataset({
      clients: [client('c1'), client('busy')],
      projects: [
        project('big', 'busy', { status: 'accepted', estimatedHours: 200, deadline: addDays(TODAY, 10) }),
        inquiry('q1', 'c1', 100000, 10, 14),
      ],
    });
    const e = evaluateInquiry('q1', data, settings(), TODAY);
    expect(e.verdict).toBe('decline');
    expect(e.declineReason).toBe('capacity');
    // 30 h a week for 14 days = 60 h, all taken by the 200 h already committed.
    expect(textOf(e, 'capacity-short')).toBe(
      'It does not fit: 0 h free until 17 Mar 2025 (60 h of capacity, 200 h committed before 17 Mar 2025 to “Project big”) for 10 h of work.',
    );
  });

  it('(d) a calendar that is almost full negotiates a later deadline', () => {
    const data = dataset({
      clients: [client('c1'), client('busy')],
      projects: [
        project('run', 'busy', { status: 'in-progress', estimatedHours: 50, deadline: addDays(TODAY, 7) }),
        inquiry('q1', 'c1', 300000, 30, 14),
      ],
      timeEntries: logged('run', 10),
    });
    // 60 h of capacity, 40 h still to do on the running project: 20 h free for 30 h of work.
    const e = evaluateInquiry('q1', data, settings(), TODAY);
    expect(e.verdict).toBe('negotiate');
    // A negotiation always carries projected hours x target rate: 30 h x 60 €/h.
    expect(e.suggestedPrice).toBe(180000);
    // The offer already pays the target, so no price change is proposed in the reasons.
    expect(e.reasons.some((r) => r.code === 'suggest-price')).toBe(false);
    expect(e.reasons.find((r) => r.code === 'capacity-short')?.severity).toBe('warn');
    // 30 h a week covers 40 + 30 h by day 17.
    expect(textOf(e, 'suggest-deadline')).toBe('A deadline around 20 Mar 2025 would fit.');
  });

  it('(d) accepted work competes only with the share of its hours that falls before this deadline', () => {
    const committed = project('later', 'busy', { status: 'accepted', estimatedHours: 30, deadline: addDays(TODAY, 28) });
    const base = { clients: [client('c1'), client('busy')] };
    // 60 h of capacity until day 14; the 30 h due on day 28 are spread evenly, so 15 h fall before it: 45 h free.
    const fits = evaluateInquiry('q1', dataset({ ...base, projects: [committed, inquiry('q1', 'c1', 300000, 30, 14)] }), settings(), TODAY);
    expect(fits.verdict).toBe('accept');
    expect(textOf(fits, 'capacity-ok')).toBe(
      'It fits: 30 h of the 45 h you have free until 17 Mar 2025, after 15 h committed before 17 Mar 2025 to “Project later”.',
    );
    const short = evaluateInquiry('q1', dataset({ ...base, projects: [committed, inquiry('q1', 'c1', 460000, 46, 14)] }), settings(), TODAY);
    expect(short.verdict).toBe('negotiate');
  });

  it('(d) a 110 h job due in three months leaves room for a 10 h inquiry due in two weeks', () => {
    const data = dataset({
      clients: [client('c1'), client('big')],
      projects: [
        project('job', 'big', { title: 'Identidad Museo', status: 'in-progress', estimatedHours: 110, deadline: addDays(TODAY, 91) }),
        inquiry('q1', 'c1', 80000, 10, 14),
      ],
      timeEntries: logged('job', 5, addDays(TODAY, -3)),
    });
    const e = evaluateInquiry('q1', data, settings({ language: 'es' }), TODAY);
    expect(e.verdict).toBe('accept');
    // 105 h still to do over 91 days: 16 h 9 min of them before the inquiry's deadline, of 60 h of capacity.
    expect(textOf(e, 'capacity-ok')).toMatch(/^Cabe: 10 h de las 43,8 h libres que tienes hasta el 17 mar 2025, tras 16,2 h comprometidas antes del 17 mar 2025 en «Identidad Museo»\.$/);
  });

  it('(d) the studio’s own planned time competes for capacity like any committed work', () => {
    const data = dataset({
      clients: [client('c1'), client('studio', { name: 'Studio', internal: true })],
      projects: [
        project('site', 'studio', { title: 'Own website', status: 'in-progress', estimatedHours: 40, deadline: addDays(TODAY, 14), pricing: { mode: 'hourly', rate: 0 } }),
        inquiry('q1', 'c1', 300000, 30, 14),
      ],
    });
    // 60 h until day 14, 40 h of them for the studio's own website: 20 h free for 30 h.
    const e = evaluateInquiry('q1', data, settings(), TODAY);
    expect(e.verdict).toBe('negotiate');
    expect(textOf(e, 'capacity-short')).toContain('40 h committed before 17 Mar 2025 to “Own website”');
  });

  it('(d) work with no deadline is spread over four weeks, and overdue work competes in full', () => {
    const data = dataset({
      clients: [client('c1'), client('busy')],
      projects: [
        project('open', 'busy', { status: 'in-progress', estimatedHours: 56 }),
        project('overdue', 'busy', { status: 'accepted', estimatedHours: 10, deadline: addDays(TODAY, -2) }),
        inquiry('q1', 'c1', 300000, 30, 7),
      ],
    });
    // 30 h of capacity in 7 days; 56 h over 28 days puts 14 h in them, the overdue 10 h all: 6 h free.
    const e = evaluateInquiry('q1', data, settings(), TODAY);
    expect(textOf(e, 'capacity-short')).toBe(
      'It does not fit: 6 h free until 10 Mar 2025 (30 h of capacity, 24 h committed before 10 Mar 2025 to “Project open” and “Project overdue”) for 30 h of work.',
    );
  });

  it('(e) a kind outside your specialties leans to decline', () => {
    const data = dataset({ clients: [client('c1')], projects: [inquiry('q1', 'c1', 200000, 20, 60, { kind: 'web' })] });
    const e = evaluateInquiry('q1', data, settings(), TODAY);
    expect(e.verdict).toBe('decline');
    expect(e.declineReason).toBe('specialty');
    expect(textOf(e, 'outside-specialty')).toContain('web');
    expect(textOf(e, 'outside-specialty')).toContain('branding, packaging, illustration');
  });
});

describe('evaluateInquiry: rates and pricing', () => {
  const newClient = { clients: [client('c1')] };

  it('accepts a rate at the target with no problems', () => {
    const e = evaluateInquiry('q1', dataset({ ...newClient, projects: [inquiry('q1', 'c1', 120000, 20)] }), settings(), TODAY);
    expect(e.verdict).toBe('accept');
    expect(textOf(e, 'rate-at-target')).toBe('€1,200 / 20 h = €60/h, at or above your target of €60/h.');
    expect(textOf(e, 'projected-hours')).toContain('20 h you estimated');
  });

  it('negotiates between minimum and target, unless a star client asks', () => {
    const data = dataset({ ...newClient, projects: [inquiry('q1', 'c1', 100000, 20)] });
    const e = evaluateInquiry('q1', data, settings(), TODAY);
    expect(e.verdict).toBe('negotiate');
    expect(e.projectedHourlyRate).toBe(5000);
    expect(e.suggestedPrice).toBe(120000);
    const starred = dataset({ ...data, clients: [client('c1', { star: true })] });
    expect(evaluateInquiry('q1', starred, settings(), TODAY).verdict).toBe('accept');
  });

  it('declines for budget far under the minimum', () => {
    // 400 € / 20 h = 20 €/h, under half of 45 €/h.
    const e = evaluateInquiry('q1', dataset({ ...newClient, projects: [inquiry('q1', 'c1', 40000, 20)] }), settings(), TODAY);
    expect(e.verdict).toBe('decline');
    expect(e.declineReason).toBe('budget');
    expect(e.suggestedPrice).toBe(120000);
  });

  it('takes an hourly rate as the projected rate and says hourly pricing protects against overruns', () => {
    const base = overrunningClient();
    const q = inquiry('q1', 'c1', 0, 8, 60, { pricing: { mode: 'hourly', rate: 7000 } });
    const e = evaluateInquiry('q1', dataset({ ...base, projects: [...base.projects, q] }), settings(), TODAY);
    expect(e.verdict).toBe('accept');
    expect(e.projectedHours).toBe(20);
    expect(e.projectedHourlyRate).toBe(7000);
    expect(textOf(e, 'hourly-pricing')).toBe(
      'Billed by the hour: if it runs to 20 h, you are paid for 20 h. Hourly pricing protects you from overruns.',
    );
  });

  it('asks for the target rate when an hourly offer is under the minimum', () => {
    const q = inquiry('q1', 'c1', 0, 10, 60, { pricing: { mode: 'hourly', rate: 3500 } });
    const e = evaluateInquiry('q1', dataset({ ...newClient, projects: [q] }), settings(), TODAY);
    expect(e.verdict).toBe('negotiate');
    expect(e.suggestedPrice).toBe(60000);
    expect(textOf(e, 'rate-below-minimum')).toBe('They offer €35/h, under your minimum of €45/h.');
    expect(textOf(e, 'suggest-price')).toBe('Ask for your target rate of €60/h (about €600 for 10 h).');
  });

  it("uses the overall overrun for the kind when the client has no history", () => {
    const data = dataset({
      clients: [client('old'), client('c1')],
      projects: [
        project('o1', 'old', { estimatedHours: 10, kind: 'Branding' }),
        project('o2', 'old', { estimatedHours: 10, kind: 'web' }),
        inquiry('q1', 'c1', 150000, 10),
      ],
      timeEntries: [...logged('o1', 15), ...logged('o2', 40)],
    });
    const e = evaluateInquiry('q1', data, settings(), TODAY);
    expect(e.projectedHours).toBe(15);
    expect(textOf(e, 'projected-hours')).toBe('Your past branding projects took 1.5x the estimate: 10 h becomes 15 h.');
  });

  it('without an estimate or any history, asks for an estimate and does not accept', () => {
    const e = evaluateInquiry('q1', dataset({ ...newClient, projects: [inquiry('q1', 'c1', 500000, undefined)] }), settings(), TODAY);
    expect(e.verdict).toBe('negotiate');
    expect(e.projectedHours).toBe(0);
    expect(e.projectedHourlyRate).toBe(0);
    expect(codes(e)).toContain('no-estimate');
  });

  it('notes a missing deadline without blocking the answer', () => {
    const e = evaluateInquiry('q1', dataset({ ...newClient, projects: [inquiry('q1', 'c1', 150000, 20, null)] }), settings(), TODAY);
    expect(e.verdict).toBe('accept');
    expect(e.reasons.find((r) => r.code === 'no-deadline')?.severity).toBe('info');
  });

  it('matches specialties without regard to case or spaces', () => {
    const e = evaluateInquiry('q1', dataset({ ...newClient, projects: [inquiry('q1', 'c1', 150000, 20, 60, { kind: ' Packaging ' })] }), settings(), TODAY);
    expect(codes(e)).toContain('in-specialty');
    expect(e.verdict).toBe('accept');
  });
});

describe('evaluateInquiry: the client behind it', () => {
  it('leans to decline on a hard red flag, and negotiates when the client is a star', () => {
    const projects = [inquiry('q1', 'c1', 150000, 20)];
    const signals = [signal('c1', 'threatened-competitor')];
    const e = evaluateInquiry('q1', dataset({ clients: [client('c1')], projects, signals }), settings(), TODAY);
    expect(e.verdict).toBe('decline');
    expect(e.declineReason).toBe('fit');
    expect(textOf(e, 'red-signal')).toBe('They used another provider as leverage.');
    const star = evaluateInquiry('q1', dataset({ clients: [client('c1', { star: true })], projects, signals }), settings(), TODAY);
    expect(star.verdict).toBe('negotiate');
  });

  it('counts unpaid overdue invoices, with the amount owed', () => {
    const data = dataset({
      clients: [client('c1')],
      projects: [
        project('p1', 'c1', { invoices: [invoice('i1', { issuedAt: '2025-01-01', amount: 90000 })] }),
        inquiry('q1', 'c1', 150000, 20),
      ],
    });
    const e = evaluateInquiry('q1', data, settings(), TODAY);
    expect(e.verdict).toBe('decline');
    expect(e.declineReason).toBe('fit');
    expect(textOf(e, 'unpaid-invoices')).toBe('They still owe you €900 on 1 invoice past the due date.');
  });

  it('one mild red flag does not turn a good offer down, but it shows', () => {
    const data = dataset({
      clients: [client('c1')],
      projects: [inquiry('q1', 'c1', 150000, 20)],
      signals: [signal('c1', 'asked-discount'), signal('c1', 'asked-discount'), signal('c1', 'praised')],
    });
    const e = evaluateInquiry('q1', data, settings(), TODAY);
    expect(e.verdict).toBe('accept');
    expect(textOf(e, 'red-signal')).toBe('They asked for a discount (2 times).');
    expect(textOf(e, 'green-signal')).toBe('They praised your work.');
  });

  it('still evaluates a project that is not an inquiry, and throws only for an unknown id', () => {
    const base = overrunningClient();
    const data = dataset(base);
    expect(evaluateInquiry('p1', data, settings(), TODAY).reasons.length).toBeGreaterThan(0);
    expect(() => evaluateInquiry('nope', data, settings(), TODAY)).toThrow(/nope/);
  });

  it('sorts: every accept scores above every negotiate, above every decline', () => {
    const c = { clients: [client('c1')] };
    const acc = evaluateInquiry('q1', dataset({ ...c, projects: [inquiry('q1', 'c1', 150000, 20)] }), settings(), TODAY);
    const neg = evaluateInquiry('q1', dataset({ ...c, projects: [inquiry('q1', 'c1', 100000, 20)] }), settings(), TODAY);
    const dec = evaluateInquiry('q1', dataset({ ...c, projects: [inquiry('q1', 'c1', 10000, 20)] }), settings(), TODAY);
    expect([acc.verdict, neg.verdict, dec.verdict]).toEqual(['accept', 'negotiate', 'decline']);
    expect(acc.score).toBeGreaterThan(neg.score);
    expect(neg.score).toBeGreaterThan(dec.score);
  });
});

describe('evaluateInquiry: large datasets', () => {
  it('evaluates a draft added to 100,000 time entries quickly', () => {
    const data = generateDataset({ entries: 100_000, endDate: TODAY });
    const clientId = data.clients[0]!.id;
    const draft = inquiry('draft', clientId, 150000, 20);
    const start = performance.now();
    const withDraft = { ...data, projects: [...data.projects, draft] };
    const first = evaluateInquiry('draft', withDraft, settings(), TODAY);
    for (let i = 0; i < 50; i++) evaluateInquiry('draft', withDraft, settings(), TODAY);
    const elapsed = performance.now() - start;
    expect(first.reasons.length).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(3000);
  });
});

describe('reason texts', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

  it('have the same keys and placeholders in both languages', () => {
    expect(Object.keys(REASON_TEXTS.es).sort()).toEqual(Object.keys(REASON_TEXTS.en).sort());
    for (const key of Object.keys(REASON_TEXTS.en) as (keyof typeof REASON_TEXTS.en)[]) {
      expect(new Set(placeholders(REASON_TEXTS.es[key])), key).toEqual(new Set(placeholders(REASON_TEXTS.en[key])));
    }
  });

  it('never leave a placeholder or an "undefined" behind', () => {
    expect(interpolate('{{a}} and {{b}}', { a: 'one' })).toBe('one and ');
    expect(interpolate('{{a}}', { a: Number.NaN })).toBe('');
    expect(interpolate('{{a}}', { a: '{{b}}' })).toBe('{{b}}');
  });
});

describe('evaluateInquiry: properties', () => {
  it('always gives a verdict and at least one reason, with clean texts', () => {
    fc.assert(
      fc.property(inquiryCaseArb, ({ data, projectId, settings: s, today }) => {
        const e = evaluateInquiry(projectId, data, s, today);
        expect(['accept', 'negotiate', 'decline']).toContain(e.verdict);
        expect(e.reasons.length).toBeGreaterThan(0);
        expect(e.score).toBeGreaterThanOrEqual(0);
        expect(e.score).toBeLessThanOrEqual(100);
        expect(Number.isFinite(e.projectedHours)).toBe(true);
        expect(Number.isFinite(e.projectedHourlyRate)).toBe(true);
        expect(e.verdict === 'decline').toBe(e.declineReason !== undefined);
        for (const r of e.reasons) {
          expect(r.text.length).toBeGreaterThan(0);
          expect(r.text).not.toMatch(/undefined|null|NaN|\{\{|\}\}/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never accepts a projected rate under the minimum, nor work that does not fit', () => {
    fc.assert(
      fc.property(inquiryCaseArb, ({ data, projectId, settings: s, today }) => {
        const e = evaluateInquiry(projectId, data, s, today);
        if (e.projectedHourlyRate < s.minimumHourlyRate) expect(e.verdict).not.toBe('accept');
        if (e.reasons.some((r) => r.code === 'capacity-short')) expect(e.verdict).not.toBe('accept');
        if (e.suggestedPrice !== undefined) expect(Number.isInteger(e.suggestedPrice)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(inquiryCaseArb, ({ data, projectId, settings: s, today }) => {
        const a = evaluateInquiry(projectId, data, s, today);
        const b = evaluateInquiry(projectId, structuredClone(data), structuredClone(s), today);
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });
});
