/**
 * What a project has earned so far: the one definition behind every rate (DESIGN.md,
 * "Effective hourly rate"), the rate it makes and how a rate compares with the targets.
 * Clients, home's recent rate, charts, the clean-house ranking, twins and the evaluation's
 * history all take their money from here.
 */
import { indexDataset } from '../index/dataset';
import type { Client, Dataset, Project, ProjectStatus, RateBand, Settings } from '../model';
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

/** 'good' at or above the target rate, 'caution' at or above the minimum, else 'bad'. */
export function rateBand(rate: number, settings: Pick<Settings, 'targetHourlyRate' | 'minimumHourlyRate'>): RateBand {
  if (rate >= settings.targetHourlyRate) return 'good';
  if (rate >= settings.minimumHourlyRate) return 'caution';
  return 'bad';
}

/** The price agreed or offered, whatever the status: fixed amount, or rate x estimate. */
export function projectPrice(project: Project): number | null {
  if (project.pricing.mode === 'fixed') return project.pricing.amount;
  if (project.estimatedHours === undefined) return null;
  return hourlyAmount(project.pricing.rate, project.estimatedHours * 60);
}

export interface ProjectStats {
  projectId: string;
  minutes: number;
  billableMinutes: number;
  hours: number;
  /** What the work has earned (projectEarned); 0 while that is not known yet. */
  revenue: number;
  /** False for unfinished fixed work without an estimate: left out of every rate until delivered. */
  counted: boolean;
  /** Earned money per hour over all logged hours; null with no hours or while not counted. */
  effectiveHourlyRate: number | null;
}

/** A project's hours, earned revenue and effective hourly rate. */
export function projectStats(project: Project, data: Dataset): ProjectStats {
  const ix = indexDataset(data);
  const minutes = ix.minutesByProject.get(project.id) ?? 0;
  const billableMinutes = ix.billableMinutesByProject.get(project.id) ?? 0;
  const earned = projectEarned(project, minutes, billableMinutes);
  return {
    projectId: project.id,
    minutes,
    billableMinutes,
    hours: minutes / 60,
    revenue: earned ?? 0,
    counted: earned !== null,
    effectiveHourlyRate: earned !== null && minutes > 0 ? (earned * 60) / minutes : null,
  };
}
