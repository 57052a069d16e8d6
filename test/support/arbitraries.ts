/**
 * The fixture kit's random data for property tests (fast-check): small datasets in which every
 * reference points at something that exists, and settings to judge them with.
 */
import fc from 'fast-check';
import { addDays } from '#shared/dates';
import {
  CLIENT_SOURCES,
  CLIENT_STATUSES,
  PROJECT_STATUSES,
  SIGNAL_KINDS,
  type Client,
  type Dataset,
  type Invoice,
  type Project,
  type Settings,
  type Signal,
  type TimeEntry,
} from '#shared/model';
import { TODAY, dataset, settings } from './builders';

/** A time entry with id `id` on one of `projectIds`, in January to March 2025, sometimes marked as sample data. */
export const timeEntryArb = (id: string, projectIds: readonly string[]): fc.Arbitrary<TimeEntry> =>
  fc
    .record({
      id: fc.constant(id),
      projectId: fc.constantFrom(...projectIds),
      date: fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `2025-0${m}-${String(d).padStart(2, '0')}`),
      minutes: fc.integer({ min: 1, max: 600 }),
      billable: fc.boolean(),
      sample: fc.option(fc.boolean(), { nil: undefined }),
    })
    // Drops an unset `sample`, as the model's optional field is absent rather than undefined.
    .map(({ sample, ...e }) => (sample === undefined ? e : { ...e, sample }));

/** Random small datasets around `today` (dates up to two years before, a little after): every reference points at something that exists. */
export const datasetArb = (today: string): fc.Arbitrary<Dataset> => {
  /** A date within about two years before today (and a little after). */
  const dateArb = fc.integer({ min: -720, max: 60 }).map((d) => addDays(today, d));
  return fc
    .integer({ min: 1, max: 8 })
    .chain((nClients) =>
      fc.record({
        clients: fc.tuple(
          ...Array.from({ length: nClients }, (_, i) =>
            fc.record({
              source: fc.constantFrom(...CLIENT_SOURCES),
              status: fc.constantFrom(...CLIENT_STATUSES),
              star: fc.boolean(),
              createdAt: dateArb,
            }).map((c): Client => ({ id: `c${i}`, name: `Client ${i}`, ...c })),
          ),
        ),
        projects: fc.array(
          fc.record({
            clientIndex: fc.integer({ min: 0, max: nClients - 1 }),
            pricing: fc.oneof(
              fc.record({ mode: fc.constant('fixed' as const), amount: fc.integer({ min: 0, max: 1_000_000 }) }),
              fc.record({ mode: fc.constant('hourly' as const), rate: fc.integer({ min: 0, max: 20_000 }) }),
            ),
            estimatedHours: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
            status: fc.constantFrom(...PROJECT_STATUSES),
            deadline: fc.option(dateArb, { nil: undefined }),
            createdAt: dateArb,
            invoices: fc.array(
              fc.record({
                issuedAt: dateArb,
                amount: fc.integer({ min: 0, max: 500_000 }),
                termsDays: fc.integer({ min: 0, max: 90 }),
                paidAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
              }),
              { maxLength: 3 },
            ),
            entries: fc.array(
              fc.record({ date: dateArb, minutes: fc.integer({ min: 1, max: 600 }), billable: fc.boolean() }),
              { maxLength: 5 },
            ),
          }),
          { maxLength: 12 },
        ),
        signals: fc.array(
          fc.record({ clientIndex: fc.integer({ min: 0, max: nClients - 1 }), kind: fc.constantFrom(...SIGNAL_KINDS), date: dateArb }),
          { maxLength: 8 },
        ),
      }),
    )
    .map(({ clients, projects, signals }) => {
      const ps: Project[] = [];
      const es: TimeEntry[] = [];
      projects.forEach((p, i) => {
        const id = `p${i}`;
        ps.push({
          id,
          clientId: `c${p.clientIndex}`,
          title: `Project ${i}`,
          kind: ['branding', 'web', 'packaging'][i % 3] ?? 'branding',
          pricing: p.pricing,
          ...(p.estimatedHours !== undefined ? { estimatedHours: p.estimatedHours } : {}),
          status: p.status,
          ...(p.deadline !== undefined ? { deadline: p.deadline } : {}),
          createdAt: p.createdAt,
          invoices: p.invoices.map((inv, j) => ({
            id: `${id}-i${j}`,
            issuedAt: inv.issuedAt,
            amount: inv.amount,
            termsDays: inv.termsDays,
            ...(inv.paidAfter !== undefined && addDays(inv.issuedAt, inv.paidAfter) <= today
              ? { paidAt: addDays(inv.issuedAt, inv.paidAfter) }
              : {}),
          })),
        });
        p.entries.forEach((e, j) => es.push({ id: `${id}-e${j}`, projectId: id, ...e }));
      });
      return dataset({
        clients: [...clients],
        projects: ps,
        timeEntries: es,
        signals: signals.map((s, i) => ({ id: `sig${i}`, clientId: `c${s.clientIndex}`, kind: s.kind, date: s.date })),
      });
    });
};

/** Random rates, fixed costs and clean-house share on top of the kit's settings. */
export const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    targetHourlyRate: fc.integer({ min: 1000, max: 15_000 }),
    minimumFraction: fc.double({ min: 0.2, max: 1, noNaN: true }),
    monthlyFixedCosts: fc.integer({ min: 0, max: 300_000 }),
    cleanHouseShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ targetHourlyRate, minimumFraction, monthlyFixedCosts, cleanHouseShare }) =>
    settings({
      targetHourlyRate,
      minimumHourlyRate: Math.round(targetHourlyRate * minimumFraction),
      monthlyFixedCosts,
      cleanHouseShare,
    }),
  );

// ---------------------------------------------------------------------------------------------
// Random small datasets with one project picked as an inquiry to evaluate, on the kit's TODAY.

const KINDS = ['branding', 'Packaging', 'web', 'illustration', 'editorial'] as const;
const NAMES = ['Ana', 'Bruno', 'Carla', 'Dario', 'Eva', 'Félix'] as const;

const inquiryDateArb = fc.integer({ min: -500, max: 200 }).map((d) => addDays(TODAY, d));

const inquiryInvoiceArb = fc.record({
  issuedAt: inquiryDateArb,
  amount: fc.integer({ min: 0, max: 500000 }),
  termsDays: fc.constantFrom(0, 15, 30, 60),
  paidAfter: fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined }),
});

const inquiryProjectArb = fc.record({
  clientIx: fc.nat(),
  kind: fc.constantFrom(...KINDS),
  status: fc.constantFrom(...PROJECT_STATUSES),
  fixed: fc.boolean(),
  amount: fc.integer({ min: 0, max: 1_000_000 }),
  rate: fc.integer({ min: 0, max: 15000 }),
  estimatedHours: fc.option(fc.oneof(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0.1, max: 80, noNaN: true })), { nil: undefined }),
  deadline: fc.option(inquiryDateArb, { nil: undefined }),
  invoices: fc.array(inquiryInvoiceArb, { maxLength: 2 }),
  loggedMinutes: fc.array(fc.integer({ min: 1, max: 600 }), { maxLength: 4 }),
});

const inquiryClientArb = fc.record({
  name: fc.constantFrom(...NAMES),
  source: fc.constantFrom(...CLIENT_SOURCES),
  referredBy: fc.option(fc.oneof(fc.constantFrom('c0', 'c1', 'c2', 'col0'), fc.constantFrom('my aunt', 'a friend')), { nil: undefined }),
  star: fc.boolean(),
});

export interface InquiryCase {
  data: Dataset;
  projectId: string;
  settings: Settings;
  today: string;
}

/** A random dataset of up to 4 clients and 7 projects, one of which is evaluated. */
export const inquiryCaseArb: fc.Arbitrary<InquiryCase> = fc
  .record({
    clients: fc.array(inquiryClientArb, { minLength: 1, maxLength: 4 }),
    projects: fc.array(inquiryProjectArb, { minLength: 1, maxLength: 7 }),
    signals: fc.array(fc.record({ clientIx: fc.nat(), kind: fc.constantFrom(...SIGNAL_KINDS), day: fc.integer({ min: -400, max: 0 }) }), {
      maxLength: 6,
    }),
    pick: fc.nat(),
    inquiryAsInquiry: fc.boolean(),
    language: fc.constantFrom('es' as const, 'en' as const),
    currency: fc.constantFrom('EUR', 'USD', 'GBP'),
    minimum: fc.integer({ min: 0, max: 9000 }),
    extraTarget: fc.integer({ min: 0, max: 6000 }),
    weekly: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })),
    specialties: fc.subarray(['branding', 'packaging', 'illustration', 'web']),
  })
  .map((r) => {
    const clients: Client[] = r.clients.map((c, i) => ({
      id: `c${i}`,
      name: c.name,
      source: c.source,
      status: 'active',
      star: c.star,
      createdAt: '2023-05-01',
      ...(c.referredBy === undefined ? {} : { referredBy: c.referredBy }),
    }));
    const timeEntries: TimeEntry[] = [];
    const projects: Project[] = r.projects.map((p, i) => {
      const id = `p${i}`;
      p.loggedMinutes.forEach((minutes, j) =>
        timeEntries.push({ id: `${id}-t${j}`, projectId: id, date: addDays(TODAY, -30 - j), minutes, billable: j % 2 === 0 }),
      );
      const invoices: Invoice[] = p.invoices.map((inv, j) => ({
        id: `${id}-i${j}`,
        issuedAt: inv.issuedAt,
        amount: inv.amount,
        termsDays: inv.termsDays,
        ...(inv.paidAfter === undefined ? {} : { paidAt: addDays(inv.issuedAt, inv.paidAfter) }),
      }));
      return {
        id,
        clientId: `c${p.clientIx % clients.length}`,
        title: `Project ${i}`,
        kind: p.kind,
        pricing: p.fixed ? { mode: 'fixed', amount: p.amount } : { mode: 'hourly', rate: p.rate },
        status: p.status,
        createdAt: '2024-01-01',
        invoices,
        ...(p.estimatedHours === undefined ? {} : { estimatedHours: p.estimatedHours }),
        ...(p.deadline === undefined ? {} : { deadline: p.deadline }),
      };
    });
    const pickIx = r.pick % projects.length;
    const picked = projects[pickIx];
    if (picked && r.inquiryAsInquiry) projects[pickIx] = { ...picked, status: 'inquiry', invoices: [] };
    const signals: Signal[] = r.signals.map((s, i) => ({
      id: `s${i}`,
      clientId: `c${s.clientIx % clients.length}`,
      kind: s.kind,
      date: addDays(TODAY, s.day),
    }));
    const data = dataset({
      clients,
      projects,
      timeEntries,
      signals,
      colleagues: [{ id: 'col0', name: 'Marta Ruiz', specialties: ['web'], languages: ['es', 'en'] }],
    });
    return {
      data,
      projectId: `p${pickIx}`,
      today: TODAY,
      settings: settings({
        language: r.language,
        currency: r.currency,
        minimumHourlyRate: r.minimum,
        targetHourlyRate: r.minimum + r.extraTarget,
        weeklyCapacityHours: r.weekly,
        specialties: r.specialties,
      }),
    };
  });
