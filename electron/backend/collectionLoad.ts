/**
 * Loading the collection files quickly: ten years hold some 3,000 projects (a megabyte) and 300
 * clients, and
 * zod walking each of them is most of what a cold load spends beyond reading and parsing. A
 * plain check accepts what is certainly whole and unchanged by the schema; anything else
 * (a damaged file, a name zod would trim) goes through zod, which words the failure.
 */
import { z } from 'zod';
import { isIsoDate } from '#shared/dates';
import { CLIENT_SOURCES, CLIENT_STATUSES, Client, LIMITS, PROJECT_STATUSES, Project } from '#shared/model';

const PROJECT_KEYS = new Set(['id', 'clientId', 'title', 'kind', 'pricing', 'estimatedHours', 'status', 'deadline', 'createdAt', 'notes', 'invoices', 'quote', 'sample']);
const INVOICE_KEYS = new Set(['id', 'issuedAt', 'amount', 'termsDays', 'paidAt', 'paidAmount']);
const STATUSES = new Set<unknown>(PROJECT_STATUSES);
const CLIENT_KEYS = new Set(['id', 'name', 'company', 'contactName', 'email', 'source', 'referredBy', 'status', 'star', 'notes', 'createdAt', 'lastContactAt', 'internal', 'sample']);
const SOURCES = new Set<unknown>(CLIENT_SOURCES);
const CLIENT_STATUS = new Set<unknown>(CLIENT_STATUSES);

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
const onlyKeys = (x: Record<string, unknown>, keys: Set<string>) => {
  for (const k in x) if (!keys.has(k)) return false;
  return true;
};
const isId = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= LIMITS.id;
const isMoney = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= LIMITS.money;
const isDate = (v: unknown) => typeof v === 'string' && isIsoDate(v);
/** A name as zod keeps it: already trimmed (zod would change it otherwise), 1-200 characters. */
const isTrimmedName = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= LIMITS.name && v.trim().length === v.length;

function isPlainInvoice(x: unknown): boolean {
  if (!isPlainObject(x) || !onlyKeys(x, INVOICE_KEYS)) return false;
  return (
    isId(x.id) &&
    isDate(x.issuedAt) &&
    isMoney(x.amount) &&
    typeof x.termsDays === 'number' && Number.isInteger(x.termsDays) && x.termsDays >= 0 && x.termsDays <= 365 &&
    (x.paidAt === undefined || isDate(x.paidAt)) &&
    (x.paidAmount === undefined || isMoney(x.paidAmount))
  );
}

function isPlainPricing(x: unknown): boolean {
  if (!isPlainObject(x)) return false;
  let keys = 0;
  for (const _ in x) keys++;
  if (x.mode === 'fixed') return keys === 2 && isMoney(x.amount);
  if (x.mode === 'hourly') return keys === 2 && isMoney(x.rate);
  return false;
}

function isPlainQuote(x: unknown): boolean {
  if (!isPlainObject(x)) return false;
  let keys = 0;
  for (const _ in x) keys++;
  return keys === 2 && isMoney(x.amount) && isDate(x.sentAt);
}

/**
 * True only when zod's Project schema accepts `x` and gives back the same values: then the
 * parsed object can be kept as it is. False says nothing: zod decides.
 */
export function isPlainProject(x: unknown): x is Project {
  if (!isPlainObject(x) || !onlyKeys(x, PROJECT_KEYS)) return false;
  if (!(isId(x.id) && isId(x.clientId) && isTrimmedName(x.title) && isTrimmedName(x.kind) && isPlainPricing(x.pricing) && STATUSES.has(x.status) && isDate(x.createdAt))) return false;
  if (x.estimatedHours !== undefined && !(typeof x.estimatedHours === 'number' && x.estimatedHours >= 0 && x.estimatedHours <= 10_000)) return false;
  if (x.deadline !== undefined && !isDate(x.deadline)) return false;
  if (x.notes !== undefined && !(typeof x.notes === 'string' && x.notes.length <= LIMITS.note)) return false;
  if (x.quote !== undefined && !isPlainQuote(x.quote)) return false;
  if (x.sample !== undefined && typeof x.sample !== 'boolean') return false;
  const invoices = x.invoices;
  if (!Array.isArray(invoices) || invoices.length > 1000) return false;
  for (let i = 0; i < invoices.length; i++) if (!isPlainInvoice(invoices[i])) return false;
  return true;
}

const isShortText = (v: unknown) => v === undefined || (typeof v === 'string' && v.length <= LIMITS.name);
const isFlag = (v: unknown) => v === undefined || typeof v === 'boolean';

/**
 * True only when zod's Client schema accepts `x` and gives back the same values (a file of
 * some 300 clients went through zod at every start). False says nothing: zod decides.
 */
export function isPlainClient(x: unknown): x is Client {
  if (!isPlainObject(x) || !onlyKeys(x, CLIENT_KEYS)) return false;
  return (
    isId(x.id) && isTrimmedName(x.name) && SOURCES.has(x.source) && CLIENT_STATUS.has(x.status) && typeof x.star === 'boolean' && isDate(x.createdAt) &&
    isShortText(x.company) && isShortText(x.contactName) && isShortText(x.email) && isShortText(x.referredBy) &&
    (x.notes === undefined || (typeof x.notes === 'string' && x.notes.length <= LIMITS.note)) &&
    (x.lastContactAt === undefined || isDate(x.lastContactAt)) &&
    isFlag(x.internal) && isFlag(x.sample)
  );
}

/** The plain checks that can stand in for an item schema on load. */
const PLAIN_CHECKS = new Map<z.ZodType, (x: unknown) => boolean>([
  [Project, isPlainProject],
  [Client, isPlainClient],
]);

/** An empty list passes any item check: zod's first run of a schema costs more than the file. */
const noItem = () => false;

/**
 * The schema of a collection file (`schemaVersion` and `items`). A file whose items all pass
 * the item schema's plain check (none for an empty file) is kept as parsed; any other goes
 * through zod.
 */
export function collectionDoc<T extends z.ZodType>(item: T) {
  const strict = z.object({ schemaVersion: z.number(), items: z.array(item) });
  const plain = PLAIN_CHECKS.get(item) ?? noItem;
  return z.unknown().transform((doc, ctx): z.infer<typeof strict> => {
    if (isPlainObject(doc) && Number.isFinite(doc.schemaVersion) && Array.isArray(doc.items) && doc.items.every(plain)) {
      return doc as z.infer<typeof strict>;
    }
    const parsed = strict.safeParse(doc);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: 'custom', message: issue.message });
    return z.NEVER;
  });
}
