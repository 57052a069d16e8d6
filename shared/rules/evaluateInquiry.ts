/**
 * Inquiry evaluation (DESIGN.md): project the real hours, the real hourly rate, the load on
 * the calendar and the client's history, and turn them into accept / negotiate / decline with
 * the reasons behind it, each a sentence with its numbers.
 */
import { addDays, daysBetween } from '../dates';
import { formatDate, formatHours, formatNumber, formatRate } from '../format';
import { formatAmount } from '../money';
import { GREEN_SIGNALS, RED_SIGNALS, type Dataset, type Project, type RedSignal, type Settings } from '../model';
import { reasonText, type ReasonTextKey } from './reasonTexts';
import { joinList } from './relationshipTexts';
import { DONE_STATUSES, clientSignals, clientStats, indexDataset, paymentDelayDays } from './stats';

export type Verdict = 'accept' | 'negotiate' | 'decline';
export type { DeclineReason } from '../model';
import type { DeclineReason } from '../model';
export type ReasonSeverity = 'good' | 'info' | 'warn' | 'bad';

/** Stable identifiers of the reasons, for the UI and the letters. */
export type InquiryReasonCode =
  | 'projected-hours'
  | 'no-estimate'
  | 'rate-below-minimum'
  | 'rate-below-target'
  | 'rate-at-target'
  | 'hourly-pricing'
  | 'capacity-ok'
  | 'capacity-short'
  | 'no-deadline'
  | 'outside-specialty'
  | 'in-specialty'
  | 'late-payer'
  | 'pays-on-time'
  | 'unpaid-invoices'
  | 'red-signal'
  | 'green-signal'
  | 'promise'
  | 'non-client'
  | 'starred-referral'
  | 'referral'
  | 'star-client'
  | 'suggest-price'
  | 'suggest-scope'
  | 'suggest-deadline'
  | 'suggest-deposit'
  | 'suggest-settle';

export interface InquiryReason {
  code: InquiryReasonCode;
  severity: ReasonSeverity;
  text: string;
}

export interface InquiryEvaluation {
  verdict: Verdict;
  /** 0-100, for sorting only: every accept scores above every negotiate, above every decline. */
  score: number;
  /** Estimate corrected by past overruns; 0 when there is nothing to project from. */
  projectedHours: number;
  /** Money (minor units) per projected hour; 0 for a fixed price with no hours to divide by. */
  projectedHourlyRate: number;
  /** Projected hours x target rate, when the offer yields less than the target and it is not an accept. */
  suggestedPrice?: number;
  declineReason?: DeclineReason;
  reasons: InquiryReason[];
}

/** Signals that on their own lean to decline. */
const HARD_RED: ReadonlySet<string> = new Set<RedSignal>(['unpaid', 'threatened-competitor', 'broke-agreement']);
/** What makes a non-client: each red signal kind, and a history of paying late. */
type RedTrait = RedSignal | 'late-history';
const RED_TRAITS: readonly RedTrait[] = [...RED_SIGNALS, 'late-history'];
/** Which decline reason the letter uses when several apply: the most fundamental first. */
const DECLINE_ORDER: readonly DeclineReason[] = ['fit', 'specialty', 'budget', 'capacity'];
/** An average payment delay above this many days is the "pays late" trait. */
const LATE_PAYER_DAYS = 30;
/** An overrun factor above this is worth a warning and hourly-billing advice. */
const NOTABLE_OVERRUN = 1.2;
/** How far ahead a later deadline is searched for, in days. */
const DEADLINE_SEARCH_DAYS = 730;

function normKind(kind: string): string {
  return kind.trim().toLowerCase();
}


interface KindHistory {
  /** Estimated and actual hours over finished projects with an estimate and logged hours. */
  estimated: number;
  actual: number;
  /** Hours and count of finished projects with logged hours (estimate or not). */
  doneHours: number;
  doneCount: number;
}

const kindCache = new WeakMap<Dataset, Map<string, KindHistory>>();
const activeCache = new WeakMap<Dataset, Project[]>();

/** Overrun history per project kind across all clients, built once per dataset. */
function kindHistories(data: Dataset): Map<string, KindHistory> {
  const cached = kindCache.get(data);
  if (cached) return cached;
  const ix = indexDataset(data);
  const out = new Map<string, KindHistory>();
  for (const p of data.projects) {
    if (!DONE_STATUSES.includes(p.status)) continue;
    const minutes = ix.minutesByProject.get(p.id) ?? 0;
    if (minutes <= 0) continue;
    const key = normKind(p.kind);
    let h = out.get(key);
    if (!h) {
      h = { estimated: 0, actual: 0, doneHours: 0, doneCount: 0 };
      out.set(key, h);
    }
    h.doneHours += minutes / 60;
    h.doneCount++;
    if (p.estimatedHours && p.estimatedHours > 0) {
      h.estimated += p.estimatedHours;
      h.actual += minutes / 60;
    }
  }
  kindCache.set(data, out);
  return out;
}

/** Accepted and in-progress projects: the work already committed. */
function activeProjects(data: Dataset): Project[] {
  const cached = activeCache.get(data);
  if (cached) return cached;
  const out = data.projects.filter((p) => p.status === 'accepted' || p.status === 'in-progress');
  activeCache.set(data, out);
  return out;
}

/** Days over which work without a deadline of its own is spread. */
const NO_DEADLINE_SPREAD_DAYS = 28;

/** An accepted or in-progress project's share of hours that falls before the inquiry's deadline. */
interface CommittedShare {
  projectId: string;
  title: string;
  hours: number;
}

interface Capacity {
  capacity: number;
  /** Committed hours that fall before the deadline: the sum of `behind`. */
  committed: number;
  free: number;
  /** The projects behind the committed hours, most hours first. */
  behind: CommittedShare[];
}

/**
 * Capacity until `deadline` (DESIGN.md): committed work is the remaining hours (estimate minus
 * logged, at least 0) of accepted and in-progress projects, spread evenly from today to each
 * one's deadline (four weeks when it has none); only the share before `deadline` competes.
 */
function capacityUntil(deadline: string, excludeId: string, data: Dataset, settings: Settings, today: string): Capacity {
  const ix = indexDataset(data);
  const days = Math.max(0, daysBetween(today, deadline));
  const capacity = (settings.weeklyCapacityHours * days) / 7;
  const behind: CommittedShare[] = [];
  let committed = 0;
  for (const p of activeProjects(data)) {
    if (p.id === excludeId || !p.estimatedHours) continue;
    const remaining = Math.max(0, p.estimatedHours - (ix.minutesByProject.get(p.id) ?? 0) / 60);
    if (remaining <= 0) continue;
    const span = daysBetween(today, p.deadline ?? addDays(today, NO_DEADLINE_SPREAD_DAYS));
    // Work already due (or due today) is all still to do now.
    const hours = span <= 0 ? remaining : remaining * Math.min(1, days / span);
    if (hours <= 0) continue;
    committed += hours;
    behind.push({ projectId: p.id, title: p.title, hours });
  }
  behind.sort((a, b) => b.hours - a.hours || a.projectId.localeCompare(b.projectId));
  return { capacity, committed, free: Math.max(0, capacity - committed), behind };
}

/** Projects named in a capacity reason before "and N more". */
const NAMED_PROJECTS = 3;

/** Evaluates an inquiry (any existing project) against rates, capacity and the client's history. */
export function evaluateInquiry(projectId: string, data: Dataset, settings: Settings, today: string): InquiryEvaluation {
  const ix = indexDataset(data);
  const project = ix.projectsById.get(projectId);
  if (!project) throw new Error(`Unknown project id: ${projectId}`);

  const lang = settings.language;
  const t = (key: ReasonTextKey, values?: Record<string, string | number>): string => reasonText(lang, key, values);
  const money = (cents: number): string => formatAmount(cents, settings.currency, lang);
  const rateText = (cents: number): string => formatRate(cents, settings.currency, lang);
  const hoursText = (h: number): string => formatHours(h, lang);
  const factorText = (f: number): string => formatNumber(f, lang, 1);
  const countText = (n: number, one: ReasonTextKey, many: ReasonTextKey): string =>
    n === 1 ? t(one) : t(many, { n: formatNumber(n, lang, 0) });

  const reasons: InquiryReason[] = [];
  const add = (code: InquiryReasonCode, severity: ReasonSeverity, text: string): void => {
    reasons.push({ code, severity, text });
  };

  const clientId = project.clientId;
  const client = ix.clientsById.get(clientId);
  const stats = clientStats(clientId, data, today);
  const history = kindHistories(data).get(normKind(project.kind));

  // Projected hours: estimate x this client's overrun, else the kind's overrun, else the estimate.
  const estimate = project.estimatedHours && project.estimatedHours > 0 ? project.estimatedHours : null;
  let projectedHours = 0;
  let clientOverrun: number | null = null;
  if (estimate !== null) {
    if (stats.estimateOverrun !== null) {
      clientOverrun = stats.estimateOverrun;
      projectedHours = estimate * clientOverrun;
      add(
        'projected-hours',
        clientOverrun > NOTABLE_OVERRUN ? 'warn' : 'info',
        t('projectedHoursClient', { factor: factorText(clientOverrun), estimate: hoursText(estimate), projected: hoursText(projectedHours) }),
      );
    } else if (history && history.estimated > 0) {
      const overrun = history.actual / history.estimated;
      projectedHours = estimate * overrun;
      add(
        'projected-hours',
        overrun > NOTABLE_OVERRUN ? 'warn' : 'info',
        t('projectedHoursKind', { kind: project.kind, factor: factorText(overrun), estimate: hoursText(estimate), projected: hoursText(projectedHours) }),
      );
    } else {
      projectedHours = estimate;
      add('projected-hours', 'info', t('projectedHoursEstimate', { estimate: hoursText(estimate) }));
    }
  } else if (history && history.doneCount > 0) {
    projectedHours = history.doneHours / history.doneCount;
    add('projected-hours', 'info', t('projectedHoursAverage', { kind: project.kind, projected: hoursText(projectedHours) }));
  } else {
    add('no-estimate', 'warn', t('noEstimate', { kind: project.kind }));
  }
  const hoursKnown = projectedHours > 0;

  // Projected rate: a fixed budget spread over the projected hours; an hourly rate is what it is.
  const pricing = project.pricing;
  const rateKnown = pricing.mode === 'hourly' || hoursKnown;
  const projectedHourlyRate =
    pricing.mode === 'hourly' ? pricing.rate : hoursKnown ? Math.round(pricing.amount / projectedHours) : 0;
  const min = settings.minimumHourlyRate;
  const target = settings.targetHourlyRate;
  const belowMin = rateKnown && projectedHourlyRate < min;
  const farBelowMin = belowMin && projectedHourlyRate < min / 2;
  const belowTarget = rateKnown && projectedHourlyRate < target;
  if (rateKnown) {
    const values = {
      price: pricing.mode === 'fixed' ? money(pricing.amount) : '',
      hours: hoursText(projectedHours),
      rate: rateText(projectedHourlyRate),
      minimum: rateText(min),
      target: rateText(target),
    };
    const fixed = pricing.mode === 'fixed';
    if (belowMin) add('rate-below-minimum', 'bad', t(fixed ? 'rateBelowMinimumFixed' : 'rateBelowMinimumHourly', values));
    else if (belowTarget) add('rate-below-target', 'warn', t(fixed ? 'rateBelowTargetFixed' : 'rateBelowTargetHourly', values));
    else add('rate-at-target', 'good', t(fixed ? 'rateAtTargetFixed' : 'rateAtTargetHourly', values));
  }
  if (pricing.mode === 'hourly') {
    add('hourly-pricing', 'info', hoursKnown ? t('hourlyPricing', { projected: hoursText(projectedHours) }) : t('hourlyPricingNoHours'));
  } else if (clientOverrun !== null && clientOverrun > NOTABLE_OVERRUN) {
    add('hourly-pricing', 'info', t('hourlyAdvice', { factor: factorText(clientOverrun) }));
  }

  // Capacity until the deadline.
  let capacityShort = false;
  let capacityClearlyShort = false;
  if (!project.deadline) {
    add('no-deadline', 'info', t('noDeadline'));
  } else if (hoursKnown) {
    const cap = capacityUntil(project.deadline, project.id, data, settings, today);
    const deadline = formatDate(project.deadline, lang);
    // The hours that really compete, and the projects they come from.
    const named = cap.behind.slice(0, NAMED_PROJECTS).map((b) => t('projectName', { title: b.title }));
    if (cap.behind.length > NAMED_PROJECTS) named.push(t('moreProjects', { n: formatNumber(cap.behind.length - NAMED_PROJECTS, lang, 0) }));
    const committedValues = { committed: hoursText(cap.committed), deadline, projects: joinList(named, lang) };
    if (cap.free >= projectedHours) {
      const values = { projected: hoursText(projectedHours), free: hoursText(cap.free), ...committedValues };
      add('capacity-ok', 'good', t(cap.behind.length > 0 ? 'capacityOkCommitted' : 'capacityOk', values));
    } else {
      capacityShort = true;
      capacityClearlyShort = cap.free < projectedHours / 2;
      const noTime = daysBetween(today, project.deadline) <= 0;
      const values = { free: hoursText(cap.free), capacity: hoursText(cap.capacity), projected: hoursText(projectedHours), ...committedValues };
      const text = noTime
        ? t('deadlineNoTime', { deadline, projected: hoursText(projectedHours) })
        : t(cap.behind.length > 0 ? 'capacityShort' : 'capacityShortFree', values);
      add('capacity-short', capacityClearlyShort ? 'bad' : 'warn', text);
    }
  }

  // Specialty (no specialties configured means no opinion).
  const specialties = settings.specialties.map(normKind);
  const outsideSpecialty = specialties.length > 0 && !specialties.includes(normKind(project.kind));
  if (specialties.length > 0) {
    if (outsideSpecialty) add('outside-specialty', 'bad', t('outsideSpecialty', { kind: project.kind, specialties: settings.specialties.join(', ') }));
    else add('in-specialty', 'good', t('inSpecialty', { kind: project.kind }));
  }

  // Payment history.
  let delayedInvoices = 0;
  for (const p of ix.projectsByClient.get(clientId) ?? []) {
    for (const inv of p.invoices) if (paymentDelayDays(inv, today) !== null) delayedInvoices++;
  }
  const avgDelay = stats.averagePaymentDelayDays;
  const latePayer = avgDelay !== null && avgDelay > LATE_PAYER_DAYS;
  if (avgDelay !== null && delayedInvoices > 0) {
    const invoices = countText(delayedInvoices, 'invoiceOne', 'invoiceMany');
    const days = Math.round(avgDelay);
    if (avgDelay > 0 && days > 0) {
      add('late-payer', latePayer ? 'bad' : 'warn', t('latePayer', { days: countText(days, 'dayOne', 'dayMany'), invoices }));
    } else {
      add('pays-on-time', 'good', t('paysOnTime', { invoices }));
    }
  }
  // The client's signals (clientSignals, as every screen counts them): recorded ones per kind; of the
  // derived ones, unpaid invoices and referrals (late and on-time payments speak through the delay above).
  const kindCounts = new Map<string, number>();
  let promises = 0;
  let unpaidCount = 0;
  let unpaidAmount = 0;
  let referredCount = 0;
  for (const { derived, signal: s } of clientSignals(clientId, data, today)) {
    if (!derived) {
      if (s.kind === 'promised-to-buy') promises++;
      else kindCounts.set(s.kind, (kindCounts.get(s.kind) ?? 0) + 1);
    } else if (s.kind === 'unpaid') {
      unpaidCount++;
      const inv = s.projectId ? ix.projectsById.get(s.projectId)?.invoices.find((i) => i.id === s.sourceId) : undefined;
      unpaidAmount += inv?.amount ?? 0;
    } else if (s.kind === 'referred-someone') {
      referredCount++;
    }
  }
  if (unpaidCount > 0) {
    add('unpaid-invoices', 'bad', t('unpaidInvoices', { amount: money(unpaidAmount), invoices: countText(unpaidCount, 'invoiceOne', 'invoiceMany') }));
  }

  if (referredCount > 0) kindCounts.set('referred-someone', (kindCounts.get('referred-someone') ?? 0) + referredCount);
  const times = (n: number): string => (n > 1 ? t('times', { n: formatNumber(n, lang, 0) }) : '');
  for (const kind of RED_SIGNALS) {
    const n = kindCounts.get(kind);
    if (n) {
      add('red-signal', HARD_RED.has(kind) ? 'bad' : 'warn', t('signal', { label: t(`label.${kind}`), times: times(n) }));
    }
  }
  let greenKinds = 0;
  for (const kind of GREEN_SIGNALS) {
    const n = kindCounts.get(kind);
    if (n) {
      greenKinds++;
      add('green-signal', 'good', t('signal', { label: t(`label.${kind}`), times: times(n) }));
    }
  }
  if (promises > 0) add('promise', 'info', t('promise'));

  // Red traits (DESIGN.md): a history of paying late counts as one, and so does each red
  // signal kind recorded; overdue unpaid invoices join the 'unpaid' kind.
  const traitSet = new Set<RedTrait>();
  for (const kind of RED_SIGNALS) if (kindCounts.has(kind)) traitSet.add(kind);
  if (unpaidCount > 0) traitSet.add('unpaid');
  if (latePayer) traitSet.add('late-history');
  const traits = RED_TRAITS.filter((k) => traitSet.has(k));
  const nonClient = traits.length >= 2;
  const hardFlag = traits.some((k) => HARD_RED.has(k));
  if (nonClient) {
    add('non-client', 'bad', t('nonClient', { count: formatNumber(traits.length, lang, 0), traits: traits.map((k) => t(`trait.${k}`)).join(', ') }));
  }

  // Referral and stars.
  let starredReferral = false;
  if (client?.source === 'referral' && client.referredBy) {
    const referrer = ix.clientsById.get(client.referredBy);
    if (referrer && referrer.id !== client.id && referrer.star) {
      starredReferral = true;
      add('starred-referral', 'good', t('starredReferral', { name: referrer.name }));
    } else {
      const name = referrer?.name ?? data.colleagues.find((c) => c.id === client.referredBy)?.name ?? client.referredBy;
      add('referral', 'info', t('referral', { name }));
    }
  }
  if (client?.star) add('star-client', 'good', t('starClient', { name: client.name }));
  const vouchedFor = Boolean(client?.star) || starredReferral;

  // The verdict: declines and negotiations collected, the strongest wins.
  const declines = new Set<DeclineReason>();
  let negotiate = false;
  if (nonClient) declines.add('fit');
  if (hardFlag) {
    if (vouchedFor) negotiate = true;
    else declines.add('fit');
  }
  if (outsideSpecialty) {
    if (vouchedFor) negotiate = true;
    else declines.add('specialty');
  }
  if (farBelowMin) declines.add('budget');
  else if (belowMin) negotiate = true;
  else if (belowTarget && !vouchedFor) negotiate = true;
  if (capacityClearlyShort) declines.add('capacity');
  else if (capacityShort) negotiate = true;
  if (latePayer) negotiate = true;
  if (!hoursKnown) negotiate = true;

  const declineReason = DECLINE_ORDER.find((r) => declines.has(r));
  const verdict: Verdict = declineReason ? 'decline' : negotiate ? 'negotiate' : 'accept';

  // DESIGN.md: a negotiation carries the price that would pay the target rate for the projected
  // hours; so does a decline for budget, in case the person prefers to counter-offer.
  const suggestedPrice =
    hoursKnown && (verdict === 'negotiate' || declineReason === 'budget') ? Math.round(projectedHours * target) : undefined;

  // What to change, when there is something to talk about.
  if (verdict === 'negotiate') {
    if (suggestedPrice !== undefined && belowTarget) {
      const values = { target: rateText(target), suggested: money(suggestedPrice), hours: hoursText(projectedHours) };
      if (pricing.mode === 'fixed') {
        add('suggest-price', 'info', t('suggestPrice', values));
        if (target > 0) {
          add('suggest-scope', 'info', t('suggestScope', { scopeHours: hoursText(pricing.amount / target), price: money(pricing.amount) }));
        }
      } else {
        add('suggest-price', 'info', t('suggestRate', values));
      }
    }
    if (capacityShort && project.deadline) {
      const later = laterDeadline(project, projectedHours, data, settings, today);
      if (later) add('suggest-deadline', 'info', t('suggestDeadline', { date: formatDate(later, lang) }));
    }
    if (latePayer) add('suggest-deposit', 'info', t('suggestDeposit'));
    if (unpaidCount > 0) add('suggest-settle', 'info', t('suggestSettle'));
  }

  const score = scoreOf(verdict, {
    rateRatio: rateKnown && target > 0 ? projectedHourlyRate / target : null,
    capacity: !project.deadline || !hoursKnown ? 'unknown' : capacityClearlyShort ? 'clearly-short' : capacityShort ? 'short' : 'ok',
    outsideSpecialty,
    vouches: (client?.star ? 1 : 0) + (starredReferral ? 1 : 0),
    greenKinds,
    traits: traits.length,
    hardFlag,
  });

  const result: InquiryEvaluation = { verdict, score, projectedHours, projectedHourlyRate, reasons };
  if (suggestedPrice !== undefined) result.suggestedPrice = suggestedPrice;
  if (declineReason) result.declineReason = declineReason;
  return result;
}

/** The first date from the current deadline on where the projected hours fit, if any within two years. */
function laterDeadline(project: Project, hours: number, data: Dataset, settings: Settings, today: string): string | null {
  if (!project.deadline || settings.weeklyCapacityHours <= 0) return null;
  const start = Math.max(0, daysBetween(today, project.deadline));
  for (let d = start + 1; d <= start + DEADLINE_SEARCH_DAYS; d++) {
    const date = addDays(today, d);
    if (capacityUntil(date, project.id, data, settings, today).free >= hours) return date;
  }
  return null;
}

interface ScoreParts {
  rateRatio: number | null;
  capacity: 'ok' | 'short' | 'clearly-short' | 'unknown';
  outsideSpecialty: boolean;
  vouches: number;
  greenKinds: number;
  traits: number;
  hardFlag: boolean;
}

/** A 0-100 score inside the verdict's band, so sorting by score keeps verdicts together. */
function scoreOf(verdict: Verdict, s: ScoreParts): number {
  let raw = 50;
  if (s.rateRatio !== null) raw += 40 * (Math.min(s.rateRatio, 1.5) - 1);
  raw += { ok: 10, short: -10, 'clearly-short': -25, unknown: 0 }[s.capacity];
  raw += s.outsideSpecialty ? -20 : 5;
  raw += 10 * s.vouches + 3 * Math.min(3, s.greenKinds) - 10 * s.traits - (s.hardFlag ? 10 : 0);
  const clamped = Math.min(100, Math.max(0, raw));
  const [lo, hi] = verdict === 'accept' ? [67, 100] : verdict === 'negotiate' ? [34, 66] : [0, 33];
  return lo + Math.round((clamped / 100) * (hi - lo));
}
