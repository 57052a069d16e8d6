/**
 * Relationships over time (DESIGN.md "Pipeline and forecast", "Follow-up and referrals"):
 * touch-ground check-ins, post-sale follow-ups, referral shares and the pipeline.
 */
import { daysBetween } from '../dates';
import type { Client, Dataset, Project, ProjectStatus, Settings } from '../model';
import { promisedPurchases, type PromisedPurchase } from './forecast';
import { FINISHED_STATUSES, isInternal, projectPrice } from './money';
import { indexDataset } from '../index/dataset';
import { clientStats } from './clientStats';
import { relationshipTexts } from '../texts/relationshipTexts';

/** Project statuses of an inquiry still waiting for an answer. */
export const OPEN_INQUIRY_STATUSES: readonly ProjectStatus[] = ['inquiry', 'quoted'];

export interface TouchGroundItem {
  clientId: string;
  daysSilent: number;
  /** The most recent open inquiry or quote, when there is one. */
  projectId?: string;
  text: string;
}

export interface FollowUpItem {
  clientId: string;
  daysSinceContact: number;
  /** The delivered or closed project that ended last. */
  projectId: string;
  /** When that work ended, as far as the data says: its last time entry or invoice. */
  endedOn: string;
  text: string;
}

export interface FollowUpLists {
  /** Work that ended in the last FOLLOW_UP_MONTHS months, most recently due first. */
  due: FollowUpItem[];
  /** Quiet for longer: listed apart, each with a check-in letter to wake the relationship. */
  dormant: FollowUpItem[];
}

/** How far back finished work still calls for a follow-up; older relationships are dormant. */
export const FOLLOW_UP_MONTHS = 24;

const maxDate = (a: string, b: string): string => (a > b ? a : b);

/** Newest project first: by creation date, then id so the choice is stable. */
function newest(projects: readonly Project[]): Project | undefined {
  let best: Project | undefined;
  for (const p of projects) {
    if (!best || p.createdAt > best.createdAt || (p.createdAt === best.createdAt && p.id > best.id)) best = p;
  }
  return best;
}

/**
 * Prospects and clients with an open inquiry not heard from in more than `checkInDays`,
 * most silent first. Silence counts from the latest of lastContactAt (else createdAt)
 * and the open inquiry's creation, since asking is a contact.
 */
export function touchGround(data: Dataset, settings: Settings, today: string): TouchGroundItem[] {
  const ix = indexDataset(data);
  const t = relationshipTexts(settings.language);
  const out: TouchGroundItem[] = [];
  for (const c of data.clients) {
    if (isInternal(c)) continue;
    const open = (ix.projectsByClient.get(c.id) ?? []).filter((p) => OPEN_INQUIRY_STATUSES.includes(p.status));
    if (c.status !== 'prospect' && open.length === 0) continue;
    const project = newest(open);
    let since = c.lastContactAt ?? c.createdAt;
    if (project) since = maxDate(since, project.createdAt);
    const daysSilent = daysBetween(since, today);
    if (daysSilent <= settings.checkInDays) continue;
    out.push({
      clientId: c.id,
      daysSilent,
      ...(project ? { projectId: project.id } : {}),
      text: t.checkIn({ days: daysSilent, ...(project ? { project: project.title } : {}) }),
    });
  }
  return out.sort((a, b) => b.daysSilent - a.daysSilent || a.clientId.localeCompare(b.clientId));
}

/** The day work ended as far as the data says: its last time entry or invoice, else its deadline once past, else its creation. */
function endedOn(project: Project, lastEntry: string | undefined, today: string): string {
  let last = lastEntry;
  for (const inv of project.invoices) if (!last || inv.issuedAt > last) last = inv.issuedAt;
  if (!last) last = project.deadline && project.deadline <= today ? project.deadline : project.createdAt;
  return last > today ? today : last;
}

/**
 * DESIGN.md's follow-ups: clients whose delivered or closed work ended in the last 24 months and
 * who have not been contacted within `followUpDays` (contact counts from the latest of lastContactAt,
 * createdAt and the end of that work), the most recently due first; older ones are dormant.
 * Clients let go or declined, and the internal client, are left alone.
 */
export function followUpLists(data: Dataset, settings: Settings, today: string): FollowUpLists {
  const ix = indexDataset(data);
  const t = relationshipTexts(settings.language);
  // YYYY-MM-DD strings compare as dates: the same day two years back.
  const cutoff = `${String(Number(today.slice(0, 4)) - FOLLOW_UP_MONTHS / 12).padStart(4, '0')}${today.slice(4)}`;
  const due: FollowUpItem[] = [];
  const dormant: FollowUpItem[] = [];
  for (const c of data.clients) {
    if (c.status === 'let-go' || c.status === 'declined' || isInternal(c)) continue;
    let project: Project | undefined;
    let ended = '';
    for (const p of ix.projectsByClient.get(c.id) ?? []) {
      if (!FINISHED_STATUSES.includes(p.status)) continue;
      const end = endedOn(p, ix.lastEntryByProject.get(p.id), today);
      if (!project || end > ended || (end === ended && p.id > project.id)) {
        project = p;
        ended = end;
      }
    }
    if (!project) continue;
    const since = maxDate(maxDate(c.lastContactAt ?? c.createdAt, c.createdAt), ended);
    const days = daysBetween(since, today);
    if (days <= settings.followUpDays) continue;
    const recent = ended >= cutoff;
    const text = recent ? t.followUp({ days, project: project.title }) : t.dormant({ days, project: project.title });
    (recent ? due : dormant).push({ clientId: c.id, daysSinceContact: days, projectId: project.id, endedOn: ended, text });
  }
  // Most recently due first: a follow-up matters most soon after the work.
  const order = (a: FollowUpItem, b: FollowUpItem) => a.daysSinceContact - b.daysSinceContact || a.clientId.localeCompare(b.clientId);
  return { due: due.sort(order), dormant: dormant.sort(order) };
}

/** The follow-ups due now (followUpLists' `due`): what home, the review and the daily reminder count. */
export function followUps(data: Dataset, settings: Settings, today: string): FollowUpItem[] {
  return followUpLists(data, settings, today).due;
}

export interface ReferralYear {
  year: number;
  newClients: number;
  referred: number;
  /** referred / newClients, 0..1. */
  share: number;
}

/** Clients that became real clients: prospects still asking and declined ones do not count. */
function isRealClient(c: Client): boolean {
  return c.status !== 'prospect' && c.status !== 'declined' && !isInternal(c);
}

/** Per year of client.createdAt, how many new clients came by referral (source 'referral'). */
export function referralShareByYear(data: Dataset): ReferralYear[] {
  const years = new Map<number, { newClients: number; referred: number }>();
  for (const c of data.clients) {
    if (!isRealClient(c)) continue;
    const year = Number(c.createdAt.slice(0, 4));
    const y = years.get(year) ?? { newClients: 0, referred: 0 };
    y.newClients++;
    if (c.source === 'referral') y.referred++;
    years.set(year, y);
  }
  return [...years.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, y]) => ({ year, ...y, share: y.referred / y.newClients }));
}

export interface Referrer {
  /** A client id, a colleague id, or the free text as written. */
  referrerId: string;
  referrerKind: 'client' | 'colleague' | 'text';
  name: string;
  referredClientIds: string[];
  /** All-time revenue of the referred clients (clientStats). */
  revenue: number;
}

/** Who sent clients your way, by the revenue those clients brought, highest first. */
export function topReferrers(data: Dataset, today: string): Referrer[] {
  const ix = indexDataset(data);
  const colleagues = new Map(data.colleagues.map((c) => [c.id, c]));
  const byKey = new Map<string, Referrer>();
  for (const c of data.clients) {
    const ref = c.referredBy?.trim();
    if (!ref || ref === c.id) continue;
    const client = ix.clientsById.get(ref);
    const colleague = colleagues.get(ref);
    // Free text is grouped without regard to case, so "Ana" and "ana" are one person.
    const key = client ? `client:${ref}` : colleague ? `colleague:${ref}` : `text:${ref.toLowerCase()}`;
    let r = byKey.get(key);
    if (!r) {
      r = client
        ? { referrerId: ref, referrerKind: 'client', name: client.name, referredClientIds: [], revenue: 0 }
        : colleague
          ? { referrerId: ref, referrerKind: 'colleague', name: colleague.name, referredClientIds: [], revenue: 0 }
          : { referrerId: ref, referrerKind: 'text', name: ref, referredClientIds: [], revenue: 0 };
      byKey.set(key, r);
    }
    r.referredClientIds.push(c.id);
    r.revenue += clientStats(c.id, data, today).revenue;
  }
  return [...byKey.values()].sort(
    (a, b) => b.revenue - a.revenue || b.referredClientIds.length - a.referredClientIds.length || a.name.localeCompare(b.name),
  );
}

export const PIPELINE_STAGES = ['prospect', 'inquiry', 'quoted', 'accepted'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export interface PipelineEntry {
  clientId: string;
  projectId?: string;
  /** Fixed price, or hourly rate x estimate; null when not known yet. */
  amount: number | null;
  /** When the entry reached its stage as far as the data says: project or client creation. */
  since: string;
}

export interface PipelineColumn {
  stage: PipelineStage;
  entries: PipelineEntry[];
  /** Sum of the known amounts. */
  knownAmount: number;
  /** Entries whose amount is not known yet. */
  unknownCount: number;
}

export interface Pipeline {
  stages: PipelineColumn[];
  /** Promises to buy, apart: never added to any amount. */
  promised: PromisedPurchase[];
}

/**
 * Prospects without a project, inquiries, quotes and accepted work not started yet,
 * by stage, oldest first, with their amounts where known.
 */
export function pipeline(data: Dataset): Pipeline {
  const ix = indexDataset(data);
  const columns = new Map<PipelineStage, PipelineColumn>(
    PIPELINE_STAGES.map((stage) => [stage, { stage, entries: [], knownAmount: 0, unknownCount: 0 }]),
  );
  const push = (stage: PipelineStage, entry: PipelineEntry) => {
    const col = columns.get(stage);
    if (!col) return;
    col.entries.push(entry);
    if (entry.amount === null) col.unknownCount++;
    else col.knownAmount += entry.amount;
  };
  for (const p of data.projects) {
    const stage = PIPELINE_STAGES.find((s) => s === p.status);
    if (stage) push(stage, { clientId: p.clientId, projectId: p.id, amount: projectPrice(p), since: p.createdAt });
  }
  for (const c of data.clients) {
    if (c.status !== 'prospect') continue;
    const inPipeline = (ix.projectsByClient.get(c.id) ?? []).some((p) => PIPELINE_STAGES.some((s) => s === p.status));
    if (!inPipeline) push('prospect', { clientId: c.id, amount: null, since: c.createdAt });
  }
  const stages = [...columns.values()];
  for (const col of stages) {
    col.entries.sort((a, b) => a.since.localeCompare(b.since) || (a.projectId ?? a.clientId).localeCompare(b.projectId ?? b.clientId));
  }
  return { stages, promised: promisedPurchases(data) };
}
