/** Small hand-made datasets and random ones for the relationship rules' tests. */
import fc from 'fast-check';
import { addDays } from '../../../shared/dates';
import {
  CLIENT_SOURCES,
  CLIENT_STATUSES,
  DEFAULT_SETTINGS,
  PROJECT_STATUSES,
  SIGNAL_KINDS,
  type Client,
  type Dataset,
  type Invoice,
  type Project,
  type Settings,
  type Signal,
  type TimeEntry,
} from '../../../shared/model';

export const TODAY = '2025-06-18'; // a Wednesday

export const settings = (over: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  language: 'en',
  targetHourlyRate: 6000,
  minimumHourlyRate: 4000,
  monthlyFixedCosts: 100000,
  cleanHouseShare: 0.5,
  checkInDays: 14,
  followUpDays: 60,
  ...over,
});

export const client = (id: string, over: Partial<Client> = {}): Client => ({
  id,
  name: `Client ${id}`,
  source: 'web',
  status: 'active',
  star: false,
  createdAt: '2024-01-10',
  ...over,
});

export const project = (id: string, clientId: string, over: Partial<Project> = {}): Project => ({
  id,
  clientId,
  title: `Project ${id}`,
  kind: 'branding',
  pricing: { mode: 'fixed', amount: 100000 },
  status: 'delivered',
  createdAt: '2025-01-05',
  invoices: [],
  ...over,
});

export const invoice = (id: string, over: Partial<Invoice> = {}): Invoice => ({
  id,
  issuedAt: '2025-03-01',
  amount: 100000,
  termsDays: 30,
  ...over,
});

let entrySeq = 0;
export const entry = (projectId: string, minutes: number, date = '2025-03-01', billable = true): TimeEntry => ({
  id: `e${++entrySeq}`,
  projectId,
  date,
  minutes,
  billable,
});

let signalSeq = 0;
export const signal = (clientId: string, kind: Signal['kind'], over: Partial<Signal> = {}): Signal => ({
  id: `s${++signalSeq}`,
  clientId,
  kind,
  date: '2025-03-01',
  ...over,
});

export const dataset = (over: Partial<Dataset> = {}): Dataset => ({
  clients: [],
  projects: [],
  timeEntries: [],
  signals: [],
  colleagues: [],
  letters: [],
  ...over,
});

/** A date within about two years before TODAY (and a little after). */
const dateArb = fc.integer({ min: -720, max: 60 }).map((d) => addDays(TODAY, d));

/** Random small datasets: every reference points at something that exists. */
export const datasetArb: fc.Arbitrary<Dataset> = fc
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
          ...(inv.paidAfter !== undefined && addDays(inv.issuedAt, inv.paidAfter) <= TODAY
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
