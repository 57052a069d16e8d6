/**
 * The data model: one zod schema per entity, types by `z.infer`.
 * Field names are the contract (see DESIGN.md): add fields, never rename.
 * Money is an integer in minor units of `settings.currency`; dates are `YYYY-MM-DD`;
 * time is whole minutes.
 */
import { z } from 'zod';
import { isIsoDate } from './dates';
import { LIST_MAX_ITEMS } from './limits';

/** Upper bounds on text, so a pasted novel is refused with a clear message. */
export const LIMITS = {
  id: 64,
  name: 200,
  shortText: 500,
  note: 10_000,
  letterBody: 50_000,
  listItems: 100,
  money: 1_000_000_000_00, // one billion in major units
  minutesPerEntry: 24 * 60,
} as const;

export const IsoDate = z
  .string()
  .refine(isIsoDate, { message: 'must be a real date written YYYY-MM-DD' });

export const Id = z.string().min(1).max(LIMITS.id);
export const Money = z.number().int().min(0).max(LIMITS.money);
export const Name = z.string().trim().min(1, 'must not be empty').max(LIMITS.name);
export const Note = z.string().max(LIMITS.note);
export const Language = z.enum(['es', 'en']);
export type Language = z.infer<typeof Language>;

/** Currencies with cents (money is stored in hundredths: zero-decimal ones such as JPY would need another scale). */
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'MXN', 'ARS', 'COP', 'PEN', 'UYU', 'CAD', 'AUD', 'CHF', 'BRL', 'SEK', 'NOK', 'DKK', 'PLN'] as const;

/** How the columns of a CSV no tracker wrote are read (column indexes, -1: none); see shared/csv/mapping.ts. */
export const ColumnMapping = z.strictObject({
  date: z.number().int().min(-1).max(999),
  duration: z.number().int().min(-1).max(999),
  durationUnit: z.enum(['hours', 'minutes']),
  start: z.number().int().min(-1).max(999),
  end: z.number().int().min(-1).max(999),
  client: z.number().int().min(-1).max(999),
  project: z.number().int().min(-1).max(999),
  note: z.number().int().min(-1).max(999),
  billable: z.number().int().min(-1).max(999),
  /** The billable column's values that mean yes; any other value means no. */
  billableYes: z.array(z.string().max(LIMITS.name)).max(20),
  dateOrder: z.enum(['dmy', 'mdy', 'ymd']),
  decimalMark: z.enum(['.', ',']),
  /** The day it was last confirmed, for Settings' list; absent in mappings remembered before it was kept. */
  usedAt: IsoDate.optional(),
  /** The mapped columns' names as the file wrote them, so Settings can name them; absent in older mappings. */
  columnNames: z.partialRecord(z.enum(['date', 'duration', 'start', 'end', 'client', 'project', 'note', 'billable']), z.string().max(LIMITS.name)).optional(),
});
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** At most this many remembered column mappings are kept (the newest). */
export const MAX_IMPORT_MAPPINGS = 50;

export const Settings = z.strictObject({
  language: Language,
  formality: z.enum(['usted', 'tu']),
  currency: z.enum(CURRENCIES, { message: `must be one of ${CURRENCIES.join(', ')}` }),
  targetHourlyRate: Money,
  minimumHourlyRate: Money,
  weeklyCapacityHours: z.number().min(0).max(100),
  monthlyFixedCosts: Money,
  yourName: z.string().max(LIMITS.name),
  businessName: z.string().max(LIMITS.name),
  signature: z.string().max(LIMITS.shortText),
  specialties: z.array(z.string().trim().min(1).max(LIMITS.name)).max(LIMITS.listItems),
  followUpDays: z.number().int().min(1).max(3650),
  checkInDays: z.number().int().min(1).max(3650),
  cleanHouseShare: z.number().min(0).max(1),
  /** A daily desktop notification when check-ins or follow-ups are due. */
  notifications: z.boolean(),
  /** A timer running longer than this is not stopped without asking when the work really ended. */
  longTimerHours: z.number().int().min(1).max(168),
  /** Whether the prices you quote already include sales tax; counter-offers say so once. */
  pricesIncludeTax: z.boolean(),
  /** The tax's name as letters write it: IVA, VAT, GST… (empty: "tax"). */
  taxName: z.string().trim().max(40),
  /** Column mappings confirmed for CSV files, keyed by their normalised header line; newest last. */
  importMappings: z
    .record(z.string().max(4000), ColumnMapping)
    .refine((r) => Object.keys(r).length <= MAX_IMPORT_MAPPINGS, { message: `must hold at most ${MAX_IMPORT_MAPPINGS} mappings` })
    .optional(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'es',
  formality: 'tu',
  currency: 'EUR',
  targetHourlyRate: 6000,
  minimumHourlyRate: 4000,
  weeklyCapacityHours: 30,
  monthlyFixedCosts: 150000,
  yourName: '',
  businessName: '',
  signature: '',
  specialties: ['branding', 'packaging', 'illustration'],
  followUpDays: 60,
  checkInDays: 14,
  cleanHouseShare: 0.1,
  notifications: true,
  longTimerHours: 10,
  pricesIncludeTax: false,
  taxName: 'IVA',
  importMappings: {},
};

export const CLIENT_SOURCES = ['referral', 'web', 'social', 'event', 'repeat', 'other'] as const;
export const CLIENT_STATUSES = ['prospect', 'active', 'past', 'declined', 'let-go'] as const;

export const Client = z.strictObject({
  id: Id,
  name: Name,
  company: z.string().max(LIMITS.name).optional(),
  /** The person letters greet (their first name is used). */
  contactName: z.string().max(LIMITS.name).optional(),
  email: z.string().max(LIMITS.name).optional(),
  source: z.enum(CLIENT_SOURCES),
  referredBy: z.string().max(LIMITS.name).optional(),
  status: z.enum(CLIENT_STATUSES),
  star: z.boolean(),
  notes: Note.optional(),
  createdAt: IsoDate,
  lastContactAt: IsoDate.optional(),
  /** The studio's own time (admin, portfolio, marketing): counted in hours and capacity, never judged as a client. */
  internal: z.boolean().optional(),
  /** Marks records that came from "Explore with sample data". */
  sample: z.boolean().optional(),
});
export type Client = z.infer<typeof Client>;

export const Invoice = z.strictObject({
  id: Id,
  issuedAt: IsoDate,
  amount: Money,
  termsDays: z.number().int().min(0).max(365),
  paidAt: IsoDate.optional(),
  paidAmount: Money.optional(),
});
export type Invoice = z.infer<typeof Invoice>;

export const Pricing = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('fixed'), amount: Money }),
  z.strictObject({ mode: z.literal('hourly'), rate: Money }),
]);
export type Pricing = z.infer<typeof Pricing>;

/** The price last proposed in a counter-offer, and the day it was sent. */
export const Quote = z.strictObject({ amount: Money, sentAt: IsoDate });
export type Quote = z.infer<typeof Quote>;

export const PROJECT_STATUSES = [
  'inquiry',
  'quoted',
  'accepted',
  'in-progress',
  'delivered',
  'closed',
  'declined',
  'lost',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const Project = z.strictObject({
  id: Id,
  clientId: Id,
  title: Name,
  kind: z.string().trim().min(1).max(LIMITS.name),
  pricing: Pricing,
  estimatedHours: z.number().min(0).max(10_000).optional(),
  status: z.enum(PROJECT_STATUSES),
  deadline: IsoDate.optional(),
  createdAt: IsoDate,
  notes: Note.optional(),
  invoices: z.array(Invoice).max(1000),
  quote: Quote.optional(),
  sample: z.boolean().optional(),
});
export type Project = z.infer<typeof Project>;

export const TimeEntry = z.strictObject({
  id: Id,
  projectId: Id,
  date: IsoDate,
  minutes: z.number().int().min(1, 'must be at least one minute').max(LIMITS.minutesPerEntry, 'must be at most 24 hours'),
  note: z.string().max(LIMITS.shortText).optional(),
  billable: z.boolean(),
  sample: z.boolean().optional(),
});
export type TimeEntry = z.infer<typeof TimeEntry>;

export const RED_SIGNALS = [
  'asked-discount',
  'late-information',
  'scope-creep',
  'missed-commitment',
  'broke-agreement',
  'threatened-competitor',
  'paid-late',
  'unpaid',
] as const;
export const GREEN_SIGNALS = ['referred-someone', 'paid-on-time', 'accepted-price', 'praised'] as const;
export const PROMISE_SIGNALS = ['promised-to-buy'] as const;
export const SIGNAL_KINDS = [...RED_SIGNALS, ...GREEN_SIGNALS, ...PROMISE_SIGNALS] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];
export type RedSignal = (typeof RED_SIGNALS)[number];

export const Signal = z.strictObject({
  id: Id,
  clientId: Id,
  projectId: Id.optional(),
  date: IsoDate,
  kind: z.enum(SIGNAL_KINDS),
  note: z.string().max(LIMITS.shortText).optional(),
  sample: z.boolean().optional(),
});
export type Signal = z.infer<typeof Signal>;

export const Colleague = z.strictObject({
  id: Id,
  name: Name,
  specialties: z.array(z.string().trim().min(1).max(LIMITS.name)).max(LIMITS.listItems),
  languages: z.array(Language).max(2),
  email: z.string().max(LIMITS.name).optional(),
  website: z.string().max(LIMITS.shortText).optional(),
  notes: Note.optional(),
  sample: z.boolean().optional(),
});
export type Colleague = z.infer<typeof Colleague>;

/** Why an inquiry is declined: each has its own wording in the letters. */
export const DECLINE_REASONS = ['capacity', 'budget', 'specialty', 'fit'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** How a rate compares with the settings: at/above target, between minimum and target, under minimum. */
export type RateBand = 'good' | 'caution' | 'bad';

export const LETTER_KINDS = ['decline', 'counter-offer', 'farewell', 'check-in', 'follow-up'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const Letter = z.strictObject({
  id: Id,
  kind: z.enum(LETTER_KINDS),
  clientId: Id,
  projectId: Id.optional(),
  language: Language,
  subject: z.string().max(LIMITS.shortText),
  body: z.string().max(LIMITS.letterBody),
  createdAt: IsoDate,
  sample: z.boolean().optional(),
});
export type Letter = z.infer<typeof Letter>;

// Each list capped as an import is, so a hostile export is refused before it is looked at further.
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIST_MAX_ITEMS, `must hold at most ${LIST_MAX_ITEMS} items`);
export const Dataset = z.strictObject({
  clients: list(Client),
  projects: list(Project),
  timeEntries: list(TimeEntry),
  signals: list(Signal),
  colleagues: list(Colleague),
  letters: list(Letter),
});
export type Dataset = z.infer<typeof Dataset>;

export const EMPTY_DATASET: Dataset = {
  clients: [],
  projects: [],
  timeEntries: [],
  signals: [],
  colleagues: [],
  letters: [],
};

/** The running timer, persisted so that it survives a restart. */
export const Timer = z.strictObject({
  projectId: Id,
  /** ISO instant when it started. */
  startedAt: z.iso.datetime({ offset: true }),
  note: z.string().max(LIMITS.shortText).optional(),
  billable: z.boolean(),
});
export type Timer = z.infer<typeof Timer>;

/** A message for the person about something the app did on its own (a restored file...). */
export const Notice = z.strictObject({
  id: Id,
  level: z.enum(['info', 'warning', 'error']),
  code: z.string(),
  message: z.string(),
  /** Where a moved-aside file now lives, when there is one. */
  path: z.string().optional(),
  /** What the renderer's sentence for `code` needs (the file, the backup's day); `message` is the English one. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  at: z.string(),
});
export type Notice = z.infer<typeof Notice>;

/**
 * Whether every key of a parsed time entry is one of its fields. A switch, not a Set: parsed
 * keys are interned strings, compared by address, at half the cost of a lookup per key.
 */
export function hasOnlyTimeEntryKeys(e: object): boolean {
  for (const k in e) {
    switch (k) {
      case 'id':
      case 'projectId':
      case 'date':
      case 'minutes':
      case 'note':
      case 'billable':
      case 'sample':
        break;
      default:
        return false;
    }
  }
  return true;
}

/**
 * The same check as `TimeEntry.safeParse(x).success`, without allocating: a restore of ten
 * years runs it 100,000 times. A property test keeps the two equal.
 */
export function isValidTimeEntry(x: unknown): x is TimeEntry {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const e = x as Record<string, unknown>;
  if (!hasOnlyTimeEntryKeys(e)) return false;
  return (
    typeof e.id === 'string' && e.id.length >= 1 && e.id.length <= LIMITS.id &&
    typeof e.projectId === 'string' && e.projectId.length >= 1 && e.projectId.length <= LIMITS.id &&
    typeof e.date === 'string' && isIsoDate(e.date) &&
    typeof e.minutes === 'number' && Number.isInteger(e.minutes) && e.minutes >= 1 && e.minutes <= LIMITS.minutesPerEntry &&
    typeof e.billable === 'boolean' &&
    (e.note === undefined || (typeof e.note === 'string' && e.note.length <= LIMITS.shortText)) &&
    (e.sample === undefined || typeof e.sample === 'boolean')
  );
}
