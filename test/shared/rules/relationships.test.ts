import { describe, it, expect } from 'vitest';
import { addDays } from '#shared/dates';
import { followUpLists, followUps, pipeline, referralShareByYear, topReferrers, touchGround } from '#shared/rules';
import type { Dataset } from '#shared/model';
import { client, dataset, entry, invoice, project, settings, signal } from '../../support/builders';

const TODAY = '2025-06-18'; // a Wednesday

const ago = (days: number) => addDays(TODAY, -days);

describe('touchGround', () => {
  const data = dataset({
    clients: [
      client('silent', { status: 'prospect', createdAt: ago(30) }),
      client('recent', { status: 'prospect', createdAt: ago(10) }),
      client('edge', { status: 'prospect', createdAt: ago(14) }),
      client('asking', { status: 'active', createdAt: ago(400), lastContactAt: ago(40) }),
      client('busy', { status: 'active', createdAt: ago(400) }),
    ],
    projects: [
      project('inq', 'asking', { status: 'quoted', createdAt: ago(20) }),
      project('work', 'busy', { status: 'in-progress', createdAt: ago(100) }),
    ],
  });

  it('lists prospects and open inquiries silent for more than checkInDays, most silent first', () => {
    const items = touchGround(data, settings({ checkInDays: 14 }), TODAY);
    expect(items.map((i) => [i.clientId, i.daysSilent, i.projectId])).toEqual([
      ['silent', 30, undefined],
      ['asking', 20, 'inq'],
    ]);
    expect(items[0]!.text).toContain('30 days');
  });

  it('drops a prospect once lastContactAt is set to today', () => {
    const touched: Dataset = {
      ...data,
      clients: data.clients.map((c) => (c.id === 'silent' ? { ...c, lastContactAt: TODAY } : c)),
    };
    expect(touchGround(touched, settings(), TODAY).map((i) => i.clientId)).toEqual(['asking']);
  });
});

describe('followUps', () => {
  const make = (lastContactAt: string | undefined, status: 'active' | 'past' | 'let-go' = 'past') =>
    dataset({
      clients: [client('c', { status, createdAt: ago(300), ...(lastContactAt ? { lastContactAt } : {}) })],
      projects: [project('old', 'c', { createdAt: ago(200) }), project('last', 'c', { status: 'closed', createdAt: ago(100) })],
    });

  it('reminds after more than followUpDays without contact, naming the latest finished project', () => {
    const s = settings({ followUpDays: 60 });
    expect(followUps(make(ago(61)), s, TODAY)).toEqual([
      expect.objectContaining({ clientId: 'c', daysSinceContact: 61, projectId: 'last' }),
    ]);
    expect(followUps(make(ago(60)), s, TODAY)).toEqual([]);
    // Never contacted: silence counts from the end of the last work (created 100 days ago, nothing logged).
    expect(followUps(make(undefined), s, TODAY)[0]?.daysSinceContact).toBe(100);
  });

  it('leaves alone clients let go, and clients without finished work', () => {
    expect(followUps(make(ago(200), 'let-go'), settings(), TODAY)).toEqual([]);
    const unfinished = dataset({ clients: [client('c', { createdAt: ago(300) })], projects: [project('p', 'c', { status: 'in-progress' })] });
    expect(followUps(unfinished, settings(), TODAY)).toEqual([]);
  });

  it('writes the reminder in the settings language', () => {
    const [item] = followUps(make(ago(90)), settings({ language: 'es' }), TODAY);
    expect(item?.text).toContain('90 días');
    expect(item?.text).toContain('Project last');
  });
});

describe('referralShareByYear', () => {
  it('gives per year the share of new clients that came by referral, ignoring prospects and declined', () => {
    const data = dataset({
      clients: [
        client('a', { createdAt: '2023-02-01', source: 'referral' }),
        client('b', { createdAt: '2023-05-01', source: 'referral', status: 'past' }),
        client('c', { createdAt: '2023-09-01', source: 'web' }),
        client('d', { createdAt: '2024-01-01', source: 'referral', status: 'let-go' }),
        client('e', { createdAt: '2024-02-01', source: 'web' }),
        client('f', { createdAt: '2024-03-01', source: 'event' }),
        client('g', { createdAt: '2024-04-01', source: 'social' }),
        client('h', { createdAt: '2024-05-01', source: 'referral', status: 'prospect' }),
        client('i', { createdAt: '2024-06-01', source: 'referral', status: 'declined' }),
      ],
    });
    expect(referralShareByYear(data)).toEqual([
      { year: 2023, newClients: 3, referred: 2, share: 2 / 3 },
      { year: 2024, newClients: 4, referred: 1, share: 0.25 },
    ]);
  });
});

describe('topReferrers', () => {
  it('groups referred clients by who sent them and sorts by the revenue they brought', () => {
    const data = dataset({
      clients: [
        client('A', { name: 'Alba' }),
        client('B', { source: 'referral', referredBy: 'A' }),
        client('C', { source: 'referral', referredBy: 'A' }),
        client('D', { source: 'referral', referredBy: 'col1' }),
        client('E', { source: 'referral', referredBy: 'Ana' }),
        client('F', { source: 'referral', referredBy: ' ana ' }),
      ],
      colleagues: [{ id: 'col1', name: 'Bruno', specialties: ['web'], languages: ['es'] }],
      projects: [
        project('pB', 'B', { pricing: { mode: 'fixed', amount: 100000 } }),
        project('pC', 'C', { pricing: { mode: 'fixed', amount: 50000 } }),
        project('pD', 'D', { pricing: { mode: 'fixed', amount: 300000 } }),
        project('pE', 'E', { pricing: { mode: 'fixed', amount: 1000 } }),
      ],
    });
    expect(topReferrers(data, TODAY)).toEqual([
      { referrerId: 'col1', referrerKind: 'colleague', name: 'Bruno', referredClientIds: ['D'], revenue: 300000 },
      { referrerId: 'A', referrerKind: 'client', name: 'Alba', referredClientIds: ['B', 'C'], revenue: 150000 },
      { referrerId: 'Ana', referrerKind: 'text', name: 'Ana', referredClientIds: ['E', 'F'], revenue: 1000 },
    ]);
  });
});

describe('pipeline', () => {
  it('groups prospects and open work by stage with known amounts, promises apart', () => {
    const data = dataset({
      clients: [
        client('p1', { status: 'prospect', createdAt: '2025-05-01' }),
        client('p2', { status: 'prospect' }),
        client('a'),
      ],
      projects: [
        project('inq', 'p2', { status: 'inquiry', pricing: { mode: 'hourly', rate: 5000 }, createdAt: '2025-06-01' }),
        project('quo', 'a', { status: 'quoted', pricing: { mode: 'fixed', amount: 200000 }, createdAt: '2025-06-02' }),
        project('acc', 'a', { status: 'accepted', pricing: { mode: 'hourly', rate: 5000 }, estimatedHours: 10, createdAt: '2025-06-03' }),
        project('wip', 'a', { status: 'in-progress' }),
      ],
      timeEntries: [entry('wip', 60)],
      signals: [signal('p1', 'promised-to-buy', { date: '2025-06-10' })],
    });
    const { stages, promised } = pipeline(data);
    expect(stages.map((s) => [s.stage, s.entries.map((e) => e.projectId ?? e.clientId), s.knownAmount, s.unknownCount])).toEqual([
      ['prospect', ['p1'], 0, 1],
      ['inquiry', ['inq'], 0, 1],
      ['quoted', ['quo'], 200000, 0],
      ['accepted', ['acc'], 50000, 0],
    ]);
    expect(promised).toEqual([expect.objectContaining({ clientId: 'p1', date: '2025-06-10' })]);
  });

  it('shows invoices only through the forecast, not the pipeline', () => {
    const data = dataset({
      clients: [client('a')],
      projects: [project('d', 'a', { status: 'delivered', invoices: [invoice('i')] })],
    });
    expect(pipeline(data).stages.every((s) => s.entries.length === 0)).toBe(true);
  });
});

describe('followUpLists: follow-ups that matter', () => {
  // Ten years of clients, each with one closed project that ended `endedDaysAgo` days ago (its last time entry).
  const make = (ends: Record<string, number>, extra: Partial<Dataset> = {}) =>
    dataset({
      clients: Object.keys(ends).map((id) => client(id, { status: 'past', createdAt: '2015-01-01' })),
      projects: Object.keys(ends).map((id) => project(`p-${id}`, id, { status: 'closed', createdAt: '2015-01-05' })),
      timeEntries: Object.entries(ends).map(([id, days]) => entry(`p-${id}`, 60, ago(days))),
      ...extra,
    });

  it('lists work that ended in the last 24 months, most recently due first; older relationships are dormant', () => {
    const data = make({ nineYears: 9 * 365, lastYear: 300, recent: 70, justNow: 10, twoYearsAgo: 729, justOver: 732 });
    const lists = followUpLists(data, settings({ followUpDays: 60 }), TODAY);
    expect(lists.due.map((f) => [f.clientId, f.daysSinceContact])).toEqual([
      ['recent', 70],
      ['lastYear', 300],
      ['twoYearsAgo', 729],
    ]);
    expect(lists.dormant.map((f) => f.clientId)).toEqual(['justOver', 'nineYears']);
    expect(lists.dormant[0]!.text).toContain('check-in');
    expect(followUps(data, settings({ followUpDays: 60 }), TODAY)).toEqual(lists.due);
  });

  it('counts silence from the end of the work or the last contact, whichever is later', () => {
    const data = make({ a: 200 });
    const contacted = { ...data, clients: data.clients.map((c) => ({ ...c, lastContactAt: ago(20) })) };
    expect(followUps(data, settings(), TODAY).map((f) => f.daysSinceContact)).toEqual([200]);
    expect(followUpLists(contacted, settings(), TODAY)).toEqual({ due: [], dormant: [] });
  });

  it('never lists the internal client', () => {
    const data = make({ studio: 100, real: 100 });
    const withStudio = { ...data, clients: data.clients.map((c) => (c.id === 'studio' ? { ...c, internal: true } : c)) };
    expect(followUps(withStudio, settings(), TODAY).map((f) => f.clientId)).toEqual(['real']);
    expect(touchGround({ ...withStudio, clients: withStudio.clients.map((c) => ({ ...c, status: 'prospect' as const })) }, settings(), TODAY).map((c) => c.clientId)).toEqual(['real']);
  });
});
