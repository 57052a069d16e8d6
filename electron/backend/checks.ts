/** The checks several handlers share: applying an update, plausible dates, paid invoices, one internal client. */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Client, Invoice, Project } from '#shared/model';
import { EARLIEST_DAY, LATEST_DAY, isPlausibleDay } from '#shared/sanity';
import { refuse } from './errors';
import { describeIssues } from '#shared/ipc/contract';
import type { State } from './state';

/** Applies `{ id, ...changes }` to an object: `null` clears an optional field. */
export function applyChanges<T extends { id: string }>(current: T, changes: Record<string, unknown>, schema: z.ZodType<T>): T {
  const next: Record<string, unknown> = { ...current };
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) delete next[k];
    else if (v !== undefined) next[k] = v;
  }
  const parsed = schema.safeParse(next);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error);
    const first = issues[0];
    throw refuse('input-invalid', { field: first?.path ?? '' }, first ? `${first.path || 'input'}: ${first.message}` : 'The input is not valid.', issues);
  }
  return parsed.data;
}

/** Invoices as sent, each with an id (a new one when it has none). */
export function withInvoiceIds(invoices: (Omit<Invoice, 'id'> & { id?: string })[] | undefined): Invoice[] {
  return (invoices ?? []).map((inv) => ({ ...inv, id: inv.id ?? randomUUID() }));
}

/** Refuses an invoice paid before it was issued, and two invoices with one id. */
export function checkPaid(p: Project): void {
  for (const inv of p.invoices) {
    if (inv.paidAt && inv.paidAt < inv.issuedAt) {
      throw refuse('paid-before-issued', {}, 'An invoice cannot be paid before it was issued.');
    }
  }
  const ids = new Set(p.invoices.map((i) => i.id));
  if (ids.size !== p.invoices.length) throw refuse('invoice-id-twice', {}, 'Two invoices share the same id.');
}

/** A day outside 1970-2100 on a record is a typing slip (a 1900 deadline, hours in 2099), never work. */
export function checkDay(date: string | undefined, label: string): void {
  if (date !== undefined && !isPlausibleDay(date)) {
    throw refuse(
      'date-implausible',
      { field: label, date, earliest: EARLIEST_DAY, latest: LATEST_DAY },
      `${label}: ${date} is not a plausible date; use a day between ${EARLIEST_DAY} and ${LATEST_DAY}.`,
    );
  }
}

/**
 * What no project can be: dates outside 1970-2100, and a deadline before its start when the
 * same change gives both. A start left to default is the day it was recorded, and work
 * recorded after the fact has a past deadline, so that case is the form's question, not a refusal.
 */
export function checkProjectDates(p: Project, changed: { createdAt?: unknown; deadline?: unknown }): void {
  checkDay(p.createdAt, 'createdAt');
  checkDay(p.deadline, 'deadline');
  if (p.quote) checkDay(p.quote.sentAt, 'quote.sentAt');
  p.invoices.forEach((inv, i) => {
    checkDay(inv.issuedAt, `invoices.${i}.issuedAt`);
    checkDay(inv.paidAt, `invoices.${i}.paidAt`);
  });
  if (typeof changed.createdAt === 'string' && typeof changed.deadline === 'string' && p.deadline && p.deadline < p.createdAt) {
    throw refuse('deadline-before-start', { deadline: p.deadline, start: p.createdAt }, `deadline: ${p.deadline} is before the project began (${p.createdAt}); change one of the two.`);
  }
}

/** The one internal client (the studio's own time), when there is one. */
export function findInternalClient(clients: Map<string, Client>): Client | undefined {
  for (const c of clients.values()) if (c.internal) return c;
  return undefined;
}

/** A new internal client, named in the app's language. */
export function newInternalClient(st: State): Client {
  return {
    id: randomUUID(),
    name: st.settings.language === 'en' ? 'Studio' : 'Estudio',
    source: 'other',
    status: 'active',
    star: false,
    internal: true,
    createdAt: st.today(),
  };
}

/** Refuses a second internal client: its time would be split between two. */
export function checkOneInternal(st: State, client: Client): void {
  const existing = findInternalClient(st.items.clients);
  if (client.internal && existing && existing.id !== client.id) {
    throw refuse('internal-client-exists', { name: existing.name }, `There is already an internal client ("${existing.name}"); log the studio's own time there.`);
  }
}
