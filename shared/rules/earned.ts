/**
 * What a project has earned so far: the one definition behind every rate (DESIGN.md,
 * "Effective hourly rate"). Clients, home's recent rate, charts, the clean-house ranking,
 * twins and the evaluation's history all take their money from here.
 */
import type { Client, Project, ProjectStatus } from '../model';
import { hourlyAmount } from '../money';

/** Statuses of work not (or no longer) agreed: it earns its invoices, usually nothing. */
export const PITCH_STATUSES: readonly ProjectStatus[] = ['inquiry', 'quoted', 'declined', 'lost'];
/** Statuses of agreed work still being done. */
export const UNFINISHED_STATUSES: readonly ProjectStatus[] = ['accepted', 'in-progress'];
/** Statuses of finished work. */
export const FINISHED_STATUSES: readonly ProjectStatus[] = ['delivered', 'closed'];

/** Money invoiced on a project: the amount paid where paid, else the amount invoiced. */
export function invoicedAmount(project: Project): number {
  let sum = 0;
  for (const inv of project.invoices) sum += inv.paidAt ? (inv.paidAmount ?? inv.amount) : inv.amount;
  return sum;
}

/** A positive estimate, else null (an estimate of 0 h cannot measure progress). */
function estimateOf(project: Project): number | null {
  return project.estimatedHours !== undefined && project.estimatedHours > 0 ? project.estimatedHours : null;
}

/**
 * True for unfinished fixed-price work without an estimate: what it has earned is not known
 * yet, so its hours and money stay out of every rate until it is delivered.
 */
export function isEarnedUnknown(project: Project): boolean {
  return project.pricing.mode === 'fixed' && UNFINISHED_STATUSES.includes(project.status) && estimateOf(project) === null;
}

/**
 * What the project has earned (minor units) with `minutes` logged, `billableMinutes` of them
 * billable; null when it cannot be known yet (see isEarnedUnknown).
 */
export function projectEarned(project: Project, minutes: number, billableMinutes: number): number | null {
  const invoiced = invoicedAmount(project);
  if (PITCH_STATUSES.includes(project.status)) return invoiced;
  if (project.pricing.mode === 'hourly') {
    return Math.max(invoiced, hourlyAmount(project.pricing.rate, billableMinutes));
  }
  const price = project.pricing.amount;
  if (FINISHED_STATUSES.includes(project.status)) return Math.max(invoiced, price);
  // Unfinished fixed work earns its share of the price as the hours go in; invoices (a deposit) change nothing.
  const estimate = estimateOf(project);
  if (estimate === null) return null;
  return Math.round(price * Math.min(1, minutes / 60 / estimate));
}

/** True for the studio's own client, whose time is never judged as a client's. */
export function isInternal(client: Pick<Client, 'internal'> | undefined): boolean {
  return client?.internal === true;
}
