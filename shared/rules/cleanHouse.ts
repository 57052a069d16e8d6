/**
 * Clean-house review (DESIGN.md): rank current clients by what they cost, suggest
 * parting with the few that cost more than they bring, never at the cost of survival.
 */
import { addDays } from '../dates';
import { formatHours, formatMoney, formatRate } from '../format';
import type { Client, Dataset, RedSignal, Settings, TimeEntry } from '../model';
import { RED_SIGNALS } from '../model';
import { hourlyAmount } from '../money';
import { UNFINISHED_STATUSES, isInternal, projectEarned } from './money';
import { indexDataset } from '../index/dataset';
import { WORK_STATUSES, clientSignals, clientStats, isRedSignal } from './clientStats';
import { joinList, relationshipTexts } from '../texts/relationshipTexts';

/** Days in the trailing window used for "the last 12 months". */
export const TRAILING_DAYS = 365;

export interface CleanHouseReason {
  code: string;
  text: string;
}

export interface CleanHouseRank {
  clientId: string;
  effectiveHourlyRate: number | null;
  hours: number;
  /** All-time revenue, as in clientStats. */
  revenue: number;
  /** Revenue of the last 12 months, by the trailingRevenue rule. */
  revenueLast12Months: number;
  /** The client's red signals, recorded and derived, as clientStats and every screen count them. */
  redSignals: number;
  /** What weighs on the cost: the same red signals (kept for the cost score's readers). */
  redWeight: number;
  /** Unfinished fixed-price projects without an estimate left out of the rate (clientStats). */
  leftOut: number;
  /** 0-100, higher costs more; for sorting only. */
  costScore: number;
  reasons: CleanHouseReason[];
}

export interface CleanHouseSuggestion {
  clientId: string;
  action: 'let-go' | 'wait';
  reasons: CleanHouseReason[];
}

export interface CleanHouseResult {
  ranking: CleanHouseRank[];
  suggestions: CleanHouseSuggestion[];
}

const NEVER_REVIEWED: readonly Client['status'][] = ['prospect', 'declined', 'let-go'];

/** The first day of the 12 months up to `today`, once per `today` (rules ask for it once per entry). */
let trailingStart = { today: '', first: '' };
function firstTrailingDay(today: string): string {
  if (trailingStart.today !== today) trailingStart = { today, first: addDays(today, -(TRAILING_DAYS - 1)) };
  return trailingStart.first;
}

/** Whether `date` is one of the 365 days up to `today`: `YYYY-MM-DD` dates compare as strings, no parsing. */
function inTrailingYear(date: string, today: string): boolean {
  return date <= today && date >= firstTrailingDay(today);
}

/**
 * The time entries of the 365 days up to `today`, day by day from the index: at ten years that
 * is a tenth of the entries, and no pass over all of them.
 */
function* trailingEntries(data: Dataset, today: string): Generator<TimeEntry> {
  const { entriesByDay } = indexDataset(data);
  for (let day = firstTrailingDay(today); day <= today; day = addDays(day, 1)) {
    const list = entriesByDay.get(day);
    if (list) yield* list;
  }
}

/** Revenue of the last 12 months per client, once per dataset and day: a review asks for it again for each client it weighs. */
const trailingCache = new WeakMap<Dataset, { today: string; byClient: Map<string, number> }>();

/** Revenue of the last 12 months per client id. */
function trailingRevenueByClient(data: Dataset, today: string): Map<string, number> {
  const cached = trailingCache.get(data);
  if (cached?.today === today) return cached.byClient;
  const byClient = computeTrailingRevenueByClient(data, today);
  trailingCache.set(data, { today, byClient });
  return byClient;
}

function computeTrailingRevenueByClient(data: Dataset, today: string): Map<string, number> {
  const ix = indexDataset(data);
  const windowMinutes = new Map<string, number>();
  const windowBillable = new Map<string, number>();
  for (const e of trailingEntries(data, today)) {
    windowMinutes.set(e.projectId, (windowMinutes.get(e.projectId) ?? 0) + e.minutes);
    if (e.billable) windowBillable.set(e.projectId, (windowBillable.get(e.projectId) ?? 0) + e.minutes);
  }
  const out = new Map<string, number>();
  for (const p of data.projects) {
    let amount = 0;
    const total = ix.minutesByProject.get(p.id) ?? 0;
    const win = windowMinutes.get(p.id) ?? 0;
    if (p.pricing.mode === 'fixed' && UNFINISHED_STATUSES.includes(p.status)) {
      // Unfinished fixed work: what it has earned (projectEarned; a deposit changes nothing), by its time in the window.
      const earned = projectEarned(p, total, ix.billableMinutesByProject.get(p.id) ?? 0);
      if (earned !== null && total > 0) amount = Math.round((earned * win) / total);
    } else if (p.invoices.length > 0) {
      // Invoiced work counts its invoices: paid ones by paidAt, unpaid ones by issuedAt.
      for (const inv of p.invoices) {
        if (inv.paidAt) {
          if (inTrailingYear(inv.paidAt, today)) amount += inv.paidAmount ?? inv.amount;
        } else if (inTrailingYear(inv.issuedAt, today)) {
          amount += inv.amount;
        }
      }
    } else if (WORK_STATUSES.includes(p.status)) {
      // Work not invoiced yet counts by its time logged in the window.
      if (p.pricing.mode === 'fixed') {
        if (total > 0) amount = Math.round((p.pricing.amount * win) / total);
      } else {
        amount = hourlyAmount(p.pricing.rate, windowBillable.get(p.id) ?? 0);
      }
    }
    if (amount > 0) out.set(p.clientId, (out.get(p.clientId) ?? 0) + amount);
  }
  return out;
}

function sumExcept(byClient: Map<string, number>, excludeClientIds: readonly string[]): number {
  const excluded = new Set(excludeClientIds);
  let sum = 0;
  for (const [clientId, amount] of byClient) if (!excluded.has(clientId)) sum += amount;
  return sum;
}

/** Money received or earned in the 12 months up to `today`, leaving out the given clients. */
export function trailingRevenue(data: Dataset, today: string, excludeClientIds: readonly string[] = []): number {
  return sumExcept(trailingRevenueByClient(data, today), excludeClientIds);
}

/** Active clients, and any other with hours or an invoice in the last 12 months. */
function isReviewed(client: Client, data: Dataset, today: string, recentProjects: Set<string>): boolean {
  // The studio's own time is never judged as a client.
  if (NEVER_REVIEWED.includes(client.status) || isInternal(client)) return false;
  if (client.status === 'active') return true;
  const projects = indexDataset(data).projectsByClient.get(client.id) ?? [];
  return projects.some(
    (p) =>
      recentProjects.has(p.id) ||
      p.invoices.some((inv) => inTrailingYear(inv.issuedAt, today) || (inv.paidAt !== undefined && inTrailingYear(inv.paidAt, today))),
  );
}

/** Red signal kinds of a client with how often each appears (clientSignals: recorded and derived). */
function redKinds(clientId: string, data: Dataset, today: string): Map<RedSignal, number> {
  const counts = new Map<RedSignal, number>();
  for (const { signal } of clientSignals(clientId, data, today)) {
    if (isRedSignal(signal.kind)) counts.set(signal.kind as RedSignal, (counts.get(signal.kind as RedSignal) ?? 0) + 1);
  }
  return counts;
}

interface Candidate {
  rank: CleanHouseRank;
  kinds: Map<RedSignal, number>;
}

/** DESIGN.md's clean-house review: clients ranked by cost, worst first, and the few to part with. */
export function cleanHouse(data: Dataset, settings: Settings, today: string): CleanHouseResult {
  const t = relationshipTexts(settings.language);
  const lang = settings.language;
  const money = (n: number) => formatMoney(Math.round(n), settings.currency, lang, true);
  const rate = (n: number) => formatRate(n, settings.currency, lang);
  const target = settings.targetHourlyRate;
  const minimum = settings.minimumHourlyRate;

  const recentProjects = new Set<string>();
  for (const e of trailingEntries(data, today)) recentProjects.add(e.projectId);
  const byClient12 = trailingRevenueByClient(data, today);

  const candidates: Candidate[] = [];
  for (const client of data.clients) {
    if (!isReviewed(client, data, today, recentProjects)) continue;
    const s = clientStats(client.id, data, today);
    const kinds = redKinds(client.id, data, today);
    // Recorded red signals and the late or unpaid invoices behind them all weigh on the cost.
    const redWeight = [...kinds.values()].reduce((a, b) => a + b, 0);
    const reasons: CleanHouseReason[] = [];
    const ehr = s.effectiveHourlyRate;
    if (ehr === null) reasons.push({ code: 'rate-unknown', text: t.rateUnknown() });
    else if (ehr < minimum) reasons.push({ code: 'rate-under-minimum', text: t.rateUnderMinimum({ rate: rate(ehr), minimum: rate(minimum) }) });
    else if (ehr < target) reasons.push({ code: 'rate-under-target', text: t.rateUnderTarget({ rate: rate(ehr), target: rate(target) }) });
    else reasons.push({ code: 'rate-at-target', text: t.rateAtTarget({ rate: rate(ehr), target: rate(target) }) });
    if (s.hours > 0) {
      const atTarget = hourlyAmount(target, s.hours * 60);
      const hours = formatHours(s.hours, lang);
      if (ehr !== null && ehr < target) {
        reasons.push({
          code: 'hours-below-target',
          text: t.hoursBelowTarget({ hours, atTarget: money(atTarget), revenue: money(s.revenue), gap: money(atTarget - s.revenue) }),
        });
      } else {
        reasons.push({ code: 'hours', text: t.hoursSpent({ hours, revenue: money(s.revenue) }) });
      }
    }
    if (redWeight > 0) {
      const list = RED_SIGNALS.filter((k) => kinds.has(k)).map((k) => {
        const n = kinds.get(k) ?? 0;
        return n > 1 ? `${t.redKind[k]} (${n})` : t.redKind[k];
      });
      reasons.push({ code: 'red-signals', text: t.redSignals({ count: redWeight, list: joinList(list, lang) }) });
    } else {
      reasons.push({ code: 'no-red-signals', text: t.noRedSignals() });
    }
    candidates.push({
      rank: {
        clientId: client.id,
        effectiveHourlyRate: ehr,
        hours: s.hours,
        revenue: s.revenue,
        revenueLast12Months: byClient12.get(client.id) ?? 0,
        redSignals: s.redSignals,
        redWeight,
        leftOut: s.leftOut,
        costScore: 0,
        reasons,
      },
      kinds,
    });
  }

  // Cost: how far under target the rate is, weighted by the share of hours it takes, plus red signals.
  const maxHours = Math.max(0, ...candidates.map((c) => c.rank.hours));
  for (const c of candidates) {
    const ehr = c.rank.effectiveHourlyRate;
    const gap = ehr === null || target <= 0 ? 0 : Math.min(1, Math.max(0, (target - ehr) / target));
    const hoursShare = maxHours > 0 ? c.rank.hours / maxHours : 0;
    const red = Math.min(c.rank.redWeight, 4) / 4;
    c.rank.costScore = Math.round(100 * (0.6 * gap * (0.5 + 0.5 * hoursShare) + 0.4 * red));
  }
  candidates.sort(
    (a, b) =>
      b.rank.costScore - a.rank.costScore ||
      (a.rank.effectiveHourlyRate ?? Infinity) - (b.rank.effectiveHourlyRate ?? Infinity) ||
      b.rank.hours - a.rank.hours ||
      a.rank.clientId.localeCompare(b.rank.clientId),
  );

  // Costs more than it brings: under the minimum, red signals with a rate under target,
  // or (no hours to judge by) two or more different red traits.
  const qualifies = (c: Candidate): boolean => {
    const ehr = c.rank.effectiveHourlyRate;
    if (ehr === null) return c.kinds.size >= 2;
    // DESIGN.md: at or above the target with no red signals, never suggested.
    if (ehr >= target && c.rank.redSignals === 0) return false;
    return ehr < minimum || (c.rank.redWeight > 0 && ehr < target);
  };
  const cap = Math.max(1, Math.floor(settings.cleanHouseShare * candidates.length));
  const chosen = candidates.filter(qualifies).slice(0, cap);

  const floor = 12 * settings.monthlyFixedCosts;
  const lettingGo: string[] = [];
  const suggestions: CleanHouseSuggestion[] = chosen.map((c) => {
    const reasons = c.rank.reasons.filter((r) => r.code !== 'no-red-signals');
    const remaining = sumExcept(byClient12, [...lettingGo, c.rank.clientId]);
    // A client that brought nothing in 12 months cannot put survival at risk.
    if (c.rank.revenueLast12Months > 0 && remaining < floor) {
      reasons.push({
        code: 'cannot-afford',
        text: t.cannotAfford({ remaining: money(remaining), floor: money(floor), shortfall: money(floor - remaining) }),
      });
      return { clientId: c.rank.clientId, action: 'wait', reasons };
    }
    lettingGo.push(c.rank.clientId);
    reasons.push({ code: 'can-afford', text: t.canAfford({ remaining: money(remaining), floor: money(floor) }) });
    reasons.push({ code: 'farewell', text: t.farewellKindly() });
    return { clientId: c.rank.clientId, action: 'let-go', reasons };
  });

  return { ranking: candidates.map((c) => c.rank), suggestions };
}
