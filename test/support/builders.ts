/**
 * The fixture kit: one builder per record, with sensible defaults and overrides by object, so a
 * test says only what matters to it. Random data for property tests lives in `arbitraries.ts`;
 * a believable history of any size in `generate.ts`.
 */
import { addDays } from '#shared/dates';
import {
  DEFAULT_SETTINGS,
  EMPTY_DATASET,
  type Client,
  type Colleague,
  type Dataset,
  type Invoice,
  type Letter,
  type Project,
  type Settings,
  type Signal,
  type TimeEntry,
} from '#shared/model';

/** The day the rule tests stand on, a Monday; `inquiry()` dates its deadline from it. */
export const TODAY = '2025-03-03';

/**
 * The default settings in English, with a 45 €/h minimum under the 60 €/h target (so "under the
 * minimum" and "under the target" differ), 1,000 € of fixed costs a month, and a clean-house review
 * that may look at half the clients.
 */
export const settings = (over: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  language: 'en',
  minimumHourlyRate: 4500,
  monthlyFixedCosts: 100000,
  cleanHouseShare: 0.5,
  ...over,
});

/** An active web client named "Client <id>", no star. */
export const client = (id: string, over: Partial<Client> = {}): Client => ({
  id,
  name: `Client ${id}`,
  source: 'web',
  status: 'active',
  star: false,
  createdAt: '2024-01-10',
  ...over,
});

/** A delivered 1,000 € fixed-price branding project named "Project <id>", without invoices. */
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

/** A fixed-price inquiry made on TODAY: `amount` in cents, `hours` estimated, due in `dueInDays` days (none when null). */
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

/** A 1,000 € invoice issued on 1 March 2025 with 30 days' terms, unpaid. */
export const invoice = (id: string, over: Partial<Invoice> = {}): Invoice => ({
  id,
  issuedAt: '2025-03-01',
  amount: 100000,
  termsDays: 30,
  ...over,
});

let entrySeq = 0;
/** A billable time entry of `minutes` on a project, with a fresh id. */
export const entry = (projectId: string, minutes: number, date = '2025-03-01', billable = true, over: Partial<TimeEntry> = {}): TimeEntry => ({
  id: `t${++entrySeq}`,
  projectId,
  date,
  minutes,
  billable,
  ...over,
});

/** `hours` of logged time on a project, as entries of at most `perDay` hours on consecutive days from `date`. */
export function logged(projectId: string, hours: number, date = '2024-07-01', billable = true, perDay = 8): TimeEntry[] {
  const out: TimeEntry[] = [];
  let left = Math.round(hours * 60);
  let day = 0;
  while (left > 0) {
    const minutes = Math.min(perDay * 60, left);
    out.push(entry(projectId, minutes, addDays(date, day++), billable));
    left -= minutes;
  }
  return out;
}

let signalSeq = 0;
/** A signal of `kind` about a client on 1 March 2025, with a fresh id. */
export const signal = (clientId: string, kind: Signal['kind'], over: Partial<Signal> = {}): Signal => ({
  id: `s${++signalSeq}`,
  clientId,
  kind,
  date: '2025-03-01',
  ...over,
});

/** A colleague named "Colleague <id>" who does web work in Spanish and English. */
export const colleague = (id: string, over: Partial<Colleague> = {}): Colleague => ({
  id,
  name: `Colleague ${id}`,
  specialties: ['web'],
  languages: ['es', 'en'],
  ...over,
});

/** A decline letter in English, written on 1 March 2025. */
export const letter = (id: string, clientId: string, over: Partial<Letter> = {}): Letter => ({
  id,
  kind: 'decline',
  clientId,
  language: 'en',
  subject: 'About your project',
  body: 'Thank you for thinking of me.',
  createdAt: '2025-03-01',
  ...over,
});

/** A dataset with only the given lists filled. */
export const dataset = (parts: Partial<Dataset> = {}): Dataset => ({ ...EMPTY_DATASET, ...parts });
