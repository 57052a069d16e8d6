/** Small hand-made datasets for the inquiry and chart rules, and random ones for property tests. */
import fc from 'fast-check';
import { addDays } from '../../../shared/dates';
import {
  CLIENT_SOURCES,
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

export const TODAY = '2025-03-03'; // a Monday

/** English, EUR, target 60 €/h, minimum 45 €/h, 30 h a week, branding/packaging/illustration. */
export const settings = (over: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  language: 'en',
  currency: 'EUR',
  targetHourlyRate: 6000,
  minimumHourlyRate: 4500,
  weeklyCapacityHours: 30,
  specialties: ['branding', 'packaging', 'illustration'],
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
  createdAt: '2024-06-01',
  invoices: [],
  ...over,
});

/** A fixed-price inquiry: `amount` in cents, `hours` estimated, due in `dueInDays` days (none when null). */
export const inquiry = (
  id: string,
  clientId: string,
  amount: number,
  hours: number | undefined,
  dueInDays: number | null = 60,
  over: Partial<Project> = {},
): Project =>
  project(id, clientId, {
    status: 'inquiry',
    createdAt: TODAY,
    pricing: { mode: 'fixed', amount },
    ...(hours === undefined ? {} : { estimatedHours: hours }),
    ...(dueInDays === null ? {} : { deadline: addDays(TODAY, dueInDays) }),
    ...over,
  });

export const invoice = (id: string, issuedAt: string, amount: number, over: Partial<Invoice> = {}): Invoice => ({
  id,
  issuedAt,
  amount,
  termsDays: 30,
  ...over,
});

let entrySeq = 0;
/** `hours` of logged time on a project, as whole-hour entries of at most 8 h from `date` on. */
export function logged(projectId: string, hours: number, date = '2024-07-01', billable = true): TimeEntry[] {
  const out: TimeEntry[] = [];
  let left = Math.round(hours * 60);
  let day = 0;
  while (left > 0) {
    const minutes = Math.min(480, left);
    out.push({ id: `t${++entrySeq}`, projectId, date: addDays(date, day++), minutes, billable });
    left -= minutes;
  }
  return out;
}

export const signal = (id: string, clientId: string, kind: Signal['kind'], date = '2025-02-20'): Signal => ({
  id,
  clientId,
  kind,
  date,
});

export const dataset = (parts: Partial<Dataset>): Dataset => ({
  clients: [],
  projects: [],
  timeEntries: [],
  signals: [],
  colleagues: [],
  letters: [],
  ...parts,
});

// ---------------------------------------------------------------------------------------------
// Random small datasets with one project picked as the inquiry to evaluate.

const KINDS = ['branding', 'Packaging', 'web', 'illustration', 'editorial'] as const;
const NAMES = ['Ana', 'Bruno', 'Carla', 'Dario', 'Eva', 'Félix'] as const;

const dateArb = fc.integer({ min: -500, max: 200 }).map((d) => addDays(TODAY, d));

const invoiceArb = fc.record({
  issuedAt: dateArb,
  amount: fc.integer({ min: 0, max: 500000 }),
  termsDays: fc.constantFrom(0, 15, 30, 60),
  paidAfter: fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined }),
});

const projectArb = fc.record({
  clientIx: fc.nat(),
  kind: fc.constantFrom(...KINDS),
  status: fc.constantFrom(...PROJECT_STATUSES),
  fixed: fc.boolean(),
  amount: fc.integer({ min: 0, max: 1_000_000 }),
  rate: fc.integer({ min: 0, max: 15000 }),
  estimatedHours: fc.option(fc.oneof(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0.1, max: 80, noNaN: true })), { nil: undefined }),
  deadline: fc.option(dateArb, { nil: undefined }),
  invoices: fc.array(invoiceArb, { maxLength: 2 }),
  loggedMinutes: fc.array(fc.integer({ min: 1, max: 600 }), { maxLength: 4 }),
});

const clientArb = fc.record({
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
    clients: fc.array(clientArb, { minLength: 1, maxLength: 4 }),
    projects: fc.array(projectArb, { minLength: 1, maxLength: 7 }),
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
