/** The checks several handlers share: applying an update, plausible dates, paid invoices, one internal client. */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Client, Invoice, Project } from '../../shared/model';
import { EARLIEST_DAY, LATEST_DAY, isPlausibleDay } from '../../shared/sanity';
import { BackendError } from './errors';
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
    const first = parsed.error.issues[0];
    throw new BackendError('invalid-input', first ? `${first.path.join('.') || 'input'}: ${first.message}` : 'The input is not valid.');
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
      throw new BackendError('invalid-input', 'An invoice cannot be paid before it was issued.');
    }
  }
  const ids = new Set(p.invoices.map((i) => i.id));
  if (ids.size !== p.invoices.length) throw new BackendError('invalid-input', 'Two invoices share the same id.');
}

/** A day outside 1970-2100 on a record is a typing slip (a 1900 deadline, hours in 2099), never work. */
export function checkDay(date: string | undefined, label: string): void {
  if (date !== undefined && !isPlausibleDay(date)) {
    throw new BackendError('invalid-input', `${label}: ${date} is not a plausible date; use a day between ${EARLIEST_DAY} and ${LATEST_DAY}.`);
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
    throw new BackendError('invalid-input', `deadline: ${p.deadline} is before the project began (${p.createdAt}); change one of the two.`);
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
    throw new BackendError('conflict', `There is already an internal client ("${existing.name}"); log the studio's own time there.`);
  }
}
