import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Client, Project } from '#shared/model';
import { collectionDoc, isPlainClient, isPlainProject } from '../../electron/backend/collectionLoad';

/** Mostly whole projects, each field now and then off by one way or another. */
const nearly = <T>(good: fc.Arbitrary<T>, ...bad: unknown[]) => fc.oneof({ weight: 12, arbitrary: good as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: fc.constantFrom(...bad) });
const date = nearly(fc.constantFrom('2026-03-01', '2024-02-29'), '2026-02-30', '2026-3-01', 20260301, '');
const money = nearly(fc.integer({ min: 0, max: 10_000_000 }), -1, 1.5, 1e12, NaN, '100');
const text = (max: number) => nearly(fc.string({ minLength: 1, maxLength: 12 }), '', ' padded ', 'x'.repeat(max + 1), 7, null);
/** Now and then a key the schema does not know. */
const rarelyExtra = <T extends object>(arb: fc.Arbitrary<T>) =>
  fc.tuple(arb, fc.oneof({ weight: 15, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.anything() })).map(([x, extra]) => (extra === undefined ? x : { ...x, extra }));
const invoice = rarelyExtra(
  fc.record(
    { id: text(64), issuedAt: date, amount: money, termsDays: nearly(fc.integer({ min: 0, max: 365 }), 366, -1, 2.5), paidAt: date, paidAmount: money },
    { requiredKeys: ['id', 'issuedAt', 'amount', 'termsDays'] },
  ),
);
const project = rarelyExtra(fc.record(
  {
    id: text(64),
    clientId: text(64),
    title: text(200),
    kind: text(200),
    pricing: nearly(fc.oneof(fc.record({ mode: fc.constant('fixed'), amount: money }), fc.record({ mode: fc.constant('hourly'), rate: money })), { mode: 'fixed', rate: 5 }, { mode: 'flat', amount: 5 }, { mode: 'hourly', rate: 5, amount: 1 }, null),
    estimatedHours: nearly(fc.double({ min: 0, max: 10_000, noNaN: true }), -1, 10_001, Infinity, NaN, '3'),
    status: nearly(fc.constantFrom('inquiry', 'quoted', 'delivered', 'lost'), 'done', ''),
    deadline: date,
    createdAt: date,
    notes: nearly(fc.string({ maxLength: 20 }), 'x'.repeat(10_001), 3),
    invoices: nearly(fc.array(invoice, { maxLength: 3 }), {}, null, 'none'),
    quote: nearly(fc.record({ amount: money, sentAt: date }), { amount: 1 }, { amount: 1, sentAt: '2026-03-01', note: 'x' }),
    sample: nearly(fc.boolean(), 'yes', 1),
  },
  { requiredKeys: ['id', 'clientId', 'title', 'kind', 'pricing', 'status', 'createdAt', 'invoices'] },
));

describe('isPlainProject', () => {
  it('accepts only what zod accepts and gives back unchanged', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 6, arbitrary: project }, { weight: 1, arbitrary: fc.anything() }), (x) => {
        if (!isPlainProject(x)) return;
        const parsed = Project.safeParse(x);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(x);
      }),
      { numRuns: 4000 },
    );
  });

  it('accepts a whole project as written, invoices and quote included', () => {
    const p = {
      id: 'p1', clientId: 'c1', title: 'Identidad visual', kind: 'branding', pricing: { mode: 'fixed', amount: 240000 }, estimatedHours: 30.5,
      status: 'quoted', createdAt: '2026-03-01', invoices: [{ id: 'i1', issuedAt: '2026-03-02', amount: 1000, termsDays: 30, paidAt: '2026-03-20' }],
      quote: { amount: 200000, sentAt: '2026-03-03' },
    };
    expect(isPlainProject(p)).toBe(true);
    expect(isPlainProject({ ...p, title: ' Identidad visual' })).toBe(false);
  });
});

const client = rarelyExtra(fc.record(
  {
    id: text(64),
    name: text(200),
    company: nearly(fc.string({ maxLength: 20 }), 'x'.repeat(201), 3),
    contactName: nearly(fc.string({ maxLength: 20 }), 'x'.repeat(201), null),
    email: nearly(fc.string({ maxLength: 20 }), 'x'.repeat(201), false),
    source: nearly(fc.constantFrom('referral', 'web', 'social', 'event', 'repeat', 'other'), 'friend', ''),
    referredBy: nearly(fc.string({ maxLength: 20 }), 'x'.repeat(201), 1),
    status: nearly(fc.constantFrom('prospect', 'active', 'past', 'declined', 'let-go'), 'gone', null),
    star: nearly(fc.boolean(), 'yes', 0),
    notes: nearly(fc.string({ maxLength: 20 }), 'x'.repeat(10_001), 3),
    createdAt: date,
    lastContactAt: date,
    internal: nearly(fc.boolean(), 'no', 1),
    sample: nearly(fc.boolean(), 'yes', 1),
  },
  { requiredKeys: ['id', 'name', 'source', 'status', 'star', 'createdAt'] },
));

describe('isPlainClient', () => {
  it('accepts only what zod accepts and gives back unchanged', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 6, arbitrary: client }, { weight: 1, arbitrary: fc.anything() }), (x) => {
        if (!isPlainClient(x)) return;
        const parsed = Client.safeParse(x);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(x);
      }),
      { numRuns: 4000 },
    );
  });

  it('accepts a whole client as written, and leaves a name zod would trim to zod', () => {
    const c = { id: 'c1', name: 'Estudio Lumen', contactName: 'Marta', source: 'web', status: 'active', star: true, createdAt: '2026-03-01', lastContactAt: '2026-04-02', internal: false };
    expect(isPlainClient(c)).toBe(true);
    expect(isPlainClient({ ...c, name: 'Estudio Lumen ' })).toBe(false);
    expect(isPlainClient({ ...c, status: 'gone' })).toBe(false);
  });
});

describe('collectionDoc', () => {
  const strict = (item: z.ZodType) => z.object({ schemaVersion: z.number(), items: z.array(item) });
  const file = fc.record({ schemaVersion: nearly(fc.constant(1), '1', NaN), items: nearly(fc.array(project, { maxLength: 4 }), null, {}) }, { requiredKeys: ['items'] });

  it('reads a projects file exactly as the zod schema does: the same items, the same refusals', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 6, arbitrary: file }, { weight: 1, arbitrary: fc.anything() }), (doc) => {
        const fast = collectionDoc(Project).safeParse(doc);
        const slow = strict(Project).safeParse(doc);
        expect(fast.success).toBe(slow.success);
        if (slow.success) expect(fast.data!.items).toEqual(slow.data.items);
        else expect(fast.error!.issues[0]!.path).toEqual(slow.error.issues[0]!.path);
      }),
      { numRuns: 3000 },
    );
  });

  it('trims a name as zod does when a file holds one untrimmed', () => {
    const doc = { schemaVersion: 1, items: [{ id: 'p', clientId: 'c', title: ' Web ', kind: 'web', pricing: { mode: 'hourly', rate: 6000 }, status: 'inquiry', createdAt: '2026-03-01', invoices: [] }] };
    expect(collectionDoc(Project).parse(doc).items[0]!.title).toBe('Web');
  });

  it('leaves other collections to zod alone', () => {
    expect(collectionDoc(Client).safeParse({ schemaVersion: 1, items: [{ id: 'c' }] }).success).toBe(false);
  });
});
