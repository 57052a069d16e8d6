/**
 * Quotes: the price proposed in a counter-offer, how long it has waited for an answer,
 * and the price a project takes when it is accepted. Pure: `today` comes in.
 */
import { daysBetween } from '../dates';
import { hourlyAmount } from '../money';
import type { Dataset, Pricing, Project, Quote, Settings } from '../model';
import { evaluateInquiry } from './evaluateInquiry';
import { clientStats } from './clientStats';

/** A project that received a counter-offer and waits for the client's answer. */
export interface AwaitingQuote {
  projectId: string;
  clientId: string;
  title: string;
  quote: Quote;
  /** Days since the quote was sent. */
  days: number;
  /** True once it has waited longer than `checkInDays`: time to ask where they stand. */
  checkIn: boolean;
}

/** True when a project waits for the answer to a counter-offer (it is quoted and carries the quote). */
export function isAwaitingAnswer(project: Project): project is Project & { quote: Quote } {
  return project.status === 'quoted' && project.quote !== undefined;
}

/** Days since a quote was sent (0 on the day, never negative). */
export function quoteAge(quote: Quote, today: string): number {
  return Math.max(0, daysBetween(quote.sentAt, today));
}

/**
 * Quoted projects waiting for an answer, longest first. A quote is due a check-in once
 * more than `checkInDays` have passed since it was sent and since the client was last
 * contacted (a call after the quote is an answer of sorts).
 */
export function awaitingQuotes(data: Pick<Dataset, 'projects' | 'clients'>, settings: Pick<Settings, 'checkInDays'>, today: string): AwaitingQuote[] {
  const lastContact = new Map(data.clients.map((c) => [c.id, c.lastContactAt]));
  const out: AwaitingQuote[] = [];
  for (const p of data.projects) {
    if (!isAwaitingAnswer(p)) continue;
    const days = quoteAge(p.quote, today);
    const contact = lastContact.get(p.clientId);
    const since = contact && contact > p.quote.sentAt ? contact : p.quote.sentAt;
    out.push({ projectId: p.id, clientId: p.clientId, title: p.title, quote: p.quote, days, checkIn: daysBetween(since, today) > settings.checkInDays });
  }
  return out.sort((a, b) => b.days - a.days || a.projectId.localeCompare(b.projectId));
}

/** The two prices a quoted project can be accepted at. */
export type AcceptedPrice = 'quote' | 'offer';

/**
 * The pricing a project is accepted with: the quote's amount (a counter-offer proposes a
 * total price) or the original offer as it was.
 */
export function acceptedPricing(project: Project, choice: AcceptedPrice): Pricing {
  if (choice === 'quote' && project.quote) return { mode: 'fixed', amount: project.quote.amount };
  return project.pricing;
}

/** Whether accepting a project needs the question "at which price?": it has a quote that differs from the offer. */
export function hasPriceChoice(project: Project): boolean {
  if (!project.quote) return false;
  return !(project.pricing.mode === 'fixed' && project.pricing.amount === project.quote.amount);
}

/**
 * The price a counter-offer proposes, in whole units: the evaluation's suggested price
 * (projected hours x target rate), else the estimate (times the client's overrun) x target
 * rate, as the letter words it; undefined when there are no hours to rest a price on.
 */
export function counterOfferPrice(projectId: string, data: Dataset, settings: Settings, today: string): number | undefined {
  const project = data.projects.find((p) => p.id === projectId);
  if (!project) return undefined;
  const whole = (cents: number) => Math.round(cents / 100) * 100;
  try {
    const suggested = evaluateInquiry(projectId, data, settings, today).suggestedPrice;
    if (suggested !== undefined && suggested > 0) return whole(suggested);
  } catch {
    // A project the evaluation cannot read (its client is gone) falls back to its estimate.
  }
  const estimate = project.estimatedHours;
  if (estimate === undefined || !(estimate > 0)) return undefined;
  const overrun = clientStats(project.clientId, data, today).estimateOverrun;
  const price = whole(hourlyAmount(settings.targetHourlyRate, estimate * (overrun !== null && overrun > 0 ? overrun : 1) * 60));
  return price > 0 ? price : undefined;
}

/**
 * The pipeline board with each quoted project at its quoted price (the price on the table
 * now, not the first offer), and the quoted column's total to match.
 */
export function withQuotedPrices<B extends { stages: { stage: string; entries: { projectId?: string; amount: number | null }[]; knownAmount: number; unknownCount: number }[] }>(
  board: B,
  data: Pick<Dataset, 'projects'>,
): B {
  const quotes = new Map<string, number>();
  for (const p of data.projects) if (isAwaitingAnswer(p)) quotes.set(p.id, p.quote.amount);
  if (quotes.size === 0) return board;
  const stages = board.stages.map((col) => {
    if (col.stage !== 'quoted') return col;
    const entries = col.entries.map((e) => (e.projectId && quotes.has(e.projectId) ? { ...e, amount: quotes.get(e.projectId)! } : e));
    let knownAmount = 0;
    let unknownCount = 0;
    for (const e of entries) {
      if (e.amount === null) unknownCount++;
      else knownAmount += e.amount;
    }
    return { ...col, entries, knownAmount, unknownCount };
  });
  return { ...board, stages };
}
