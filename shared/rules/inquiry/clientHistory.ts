/**
 * Step 5 of an inquiry's evaluation: what the client's history says: how it pays, the signals
 * recorded about it, whether it is a non-client (DESIGN.md), and who vouches for it.
 */
import { GREEN_SIGNALS, RED_SIGNALS, type RedSignal } from '../../model';
import { clientSignals } from '../clientStats';
import { paymentDelayDays } from '../invoices';
import { reasonList, type InquiryContext } from './context';
import type { InquiryReason, InquiryReasonCode, ReasonSeverity } from './types';

/** Signals that on their own lean to decline. */
export const HARD_RED: ReadonlySet<string> = new Set<RedSignal>(['unpaid', 'threatened-competitor', 'broke-agreement']);
/** What makes a non-client: each red signal kind, and a history of paying late. */
export type RedTrait = RedSignal | 'late-history';
const RED_TRAITS: readonly RedTrait[] = [...RED_SIGNALS, 'late-history'];
/** An average payment delay above this many days is the "pays late" trait. */
export const LATE_PAYER_DAYS = 30;

export interface HistoryFinding {
  /** Pays more than LATE_PAYER_DAYS late on average. */
  latePayer: boolean;
  /** Overdue invoices still unpaid. */
  unpaidCount: number;
  /** The red traits present, in RED_TRAITS order. */
  traits: RedTrait[];
  /** Two or more different red traits: decline for `fit`. */
  nonClient: boolean;
  /** A trait that on its own leans to decline. */
  hardFlag: boolean;
  /** Green signal kinds present. */
  greenKinds: number;
  /** A star client counts one, a referral from a star client another. */
  vouches: number;
  reasons: InquiryReason[];
}

type Add = (code: InquiryReasonCode, severity: ReasonSeverity, text: string) => void;

/** Average payment delay over the invoices that have one; says whether it makes a late payer. */
function paymentHistory(ctx: InquiryContext, add: Add): boolean {
  const { ix, stats, today, words } = ctx;
  let delayedInvoices = 0;
  for (const p of ix.projectsByClient.get(ctx.project.clientId) ?? []) {
    for (const inv of p.invoices) if (paymentDelayDays(inv, today) !== null) delayedInvoices++;
  }
  const avgDelay = stats.averagePaymentDelayDays;
  const latePayer = avgDelay !== null && avgDelay > LATE_PAYER_DAYS;
  if (avgDelay !== null && delayedInvoices > 0) {
    const invoices = words.plural(delayedInvoices, 'invoiceOne', 'invoiceMany');
    const days = Math.round(avgDelay);
    if (avgDelay > 0 && days > 0) {
      add('late-payer', latePayer ? 'bad' : 'warn', words.t('latePayer', { days: words.plural(days, 'dayOne', 'dayMany'), invoices }));
    } else {
      add('pays-on-time', 'good', words.t('paysOnTime', { invoices }));
    }
  }
  return latePayer;
}

interface SignalTally {
  /** Recorded signals per kind, plus derived referrals; promises apart. */
  kindCounts: Map<string, number>;
  unpaidCount: number;
  greenKinds: number;
}

/**
 * The client's signals (clientSignals, as every screen counts them): recorded ones per kind; of the
 * derived ones, unpaid invoices and referrals (late and on-time payments speak through the delay).
 */
function signalHistory(ctx: InquiryContext, add: Add): SignalTally {
  const { ix, words } = ctx;
  const { t } = words;
  const kindCounts = new Map<string, number>();
  let promises = 0;
  let unpaidCount = 0;
  let unpaidAmount = 0;
  let referredCount = 0;
  for (const { derived, signal: s } of clientSignals(ctx.project.clientId, ctx.data, ctx.today)) {
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
    add('unpaid-invoices', 'bad', t('unpaidInvoices', { amount: words.money(unpaidAmount), invoices: words.plural(unpaidCount, 'invoiceOne', 'invoiceMany') }));
  }

  if (referredCount > 0) kindCounts.set('referred-someone', (kindCounts.get('referred-someone') ?? 0) + referredCount);
  const times = (n: number): string => (n > 1 ? t('times', { n: words.count(n) }) : '');
  for (const kind of RED_SIGNALS) {
    const n = kindCounts.get(kind);
    if (n) add('red-signal', HARD_RED.has(kind) ? 'bad' : 'warn', t('signal', { label: t(`label.${kind}`), times: times(n) }));
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
  return { kindCounts, unpaidCount, greenKinds };
}

/**
 * Red traits (DESIGN.md): a history of paying late counts as one, and so does each red signal kind
 * recorded; overdue unpaid invoices join the 'unpaid' kind.
 */
export function redTraits(kinds: ReadonlySet<string>, unpaidCount: number, latePayer: boolean): RedTrait[] {
  const traitSet = new Set<RedTrait>();
  for (const kind of RED_SIGNALS) if (kinds.has(kind)) traitSet.add(kind);
  if (unpaidCount > 0) traitSet.add('unpaid');
  if (latePayer) traitSet.add('late-history');
  return RED_TRAITS.filter((k) => traitSet.has(k));
}

/** Referral and stars: who vouches for this client (a star client, a referral from one). */
function vouchesFor(ctx: InquiryContext, add: Add): number {
  const { client, ix, words } = ctx;
  let starredReferral = false;
  if (client?.source === 'referral' && client.referredBy) {
    const referrer = ix.clientsById.get(client.referredBy);
    if (referrer && referrer.id !== client.id && referrer.star) {
      starredReferral = true;
      add('starred-referral', 'good', words.t('starredReferral', { name: referrer.name }));
    } else {
      const name = referrer?.name ?? ctx.data.colleagues.find((c) => c.id === client.referredBy)?.name ?? client.referredBy;
      add('referral', 'info', words.t('referral', { name }));
    }
  }
  if (client?.star) add('star-client', 'good', words.t('starClient', { name: client.name }));
  return (client?.star ? 1 : 0) + (starredReferral ? 1 : 0);
}

/** Reads the client's payments, signals, red traits and vouches, with their reasons in that order. */
export function clientHistory(ctx: InquiryContext): HistoryFinding {
  const { reasons, add } = reasonList();
  const latePayer = paymentHistory(ctx, add);
  const { kindCounts, unpaidCount, greenKinds } = signalHistory(ctx, add);
  const traits = redTraits(new Set(kindCounts.keys()), unpaidCount, latePayer);
  const nonClient = traits.length >= 2;
  const hardFlag = traits.some((k) => HARD_RED.has(k));
  if (nonClient) {
    add('non-client', 'bad', ctx.words.t('nonClient', { count: ctx.words.count(traits.length), traits: traits.map((k) => ctx.words.t(`trait.${k}`)).join(', ') }));
  }
  const vouches = vouchesFor(ctx, add);
  return { latePayer, unpaidCount, traits, nonClient, hardFlag, greenKinds, vouches, reasons };
}
