/**
 * Drafting letters: decline, counter-offer, farewell, check-in and follow-up.
 * Pure and deterministic: the same input gives the same letter, word for word.
 * Texts live in shared/texts/letters; this file only chooses and assembles them.
 */
import { formatNumber } from '../format';
import { hourlyAmount } from '../money';
import {
  LETTER_TEXTS,
  SPECIALIST_KINDS,
  type Closeness,
  type DeclineReason,
  type LetterTable,
  type Registered,
  type SpecialistKind,
  type Wordings,
} from '../texts/letters';
import { firstName, letterDate, letterMoney } from '../texts/letters/format';
import type { Client, Colleague, Dataset, Language, LetterKind, Project, ProjectStatus, Settings } from '../model';
import { evaluateInquiry } from './evaluateInquiry';
import { indexDataset } from '../index/dataset';
import { clientStats } from './clientStats';

export interface DraftLetterInput {
  kind: LetterKind;
  clientId: string;
  /** The project the letter is about; when absent, the client's most recent fitting one. */
  projectId?: string;
  /** Decline letters only; `capacity` when absent, as the most neutral reason. */
  reason?: DeclineReason;
  /** Defaults to `settings.language`. */
  language?: Language;
  data: Dataset;
  settings: Settings;
  today: string;
  /** Counter-offers: the price to propose (money); when absent it is worked out here. */
  suggestedPrice?: number;
  /** Which set of wordings: 0 (the default) is the client's own; each next number is another wording. */
  variant?: number;
  /** Counter-offers: what is short; when absent it comes from the inquiry's evaluation. */
  shortOf?: { budget: boolean; time: boolean };
  /** Counter-offers: refer a colleague as an alternative (only when the person asks for it). */
  offerColleague?: boolean;
  /** Follow-ups: what to ask for at the end; a referral when absent. */
  ask?: FollowUpAsk;
}

/** What a follow-up letter asks for after a delivery. */
export type FollowUpAsk = 'referral' | 'testimonial';
export const FOLLOW_UP_ASKS: readonly FollowUpAsk[] = ['referral', 'testimonial'];

export interface DraftedLetter {
  subject: string;
  body: string;
  referredColleagueIds: string[];
}

const MAX_REFERRALS = 2;

/** Which projects a letter most likely means when none is named. */
const PREFERRED_STATUSES: Record<LetterKind, readonly ProjectStatus[]> = {
  decline: ['inquiry', 'quoted'],
  'counter-offer': ['inquiry', 'quoted'],
  'check-in': ['inquiry', 'quoted'],
  'follow-up': ['delivered', 'closed'],
  farewell: [],
};

/** Common spellings of the named kinds, so "Brand identity" still finds its specialist. */
const KIND_ALIASES: Record<string, SpecialistKind> = {
  brand: 'branding',
  identity: 'branding',
  'brand-identity': 'branding',
  website: 'web',
  'web-design': 'web',
  'web-development': 'web',
  illustrations: 'illustration',
  'motion-graphics': 'motion',
  animation: 'motion',
  photo: 'photography',
  'ui': 'ux',
  'ui-ux': 'ux',
  'ux-ui': 'ux',
  copy: 'copywriting',
  social: 'social-media',
  wayfinding: 'signage',
};

/** One run of white space, anywhere, becomes a single space: user text never doubles them. */
function clean(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Kinds compare case-insensitively, and "social media", "social_media" and "social-media" are one kind. */
function kindKey(kind: string): string {
  return kind.trim().toLowerCase().replace(/[\s_-]+/g, '-');
}

/** A kind with its common spelling resolved ("brand identity" -> "branding"). */
function canonicalKind(kind: string): string {
  const key = kindKey(kind);
  return KIND_ALIASES[key] ?? key;
}

function pick<T>(phrase: Registered<T>, formality: Settings['formality']): T {
  if (typeof phrase === 'object' && phrase !== null && 'usted' in phrase && 'tu' in phrase) {
    return phrase[formality];
  }
  return phrase;
}

/** FNV-1a: a small, stable string hash, the same on every machine, to choose wordings. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Chooses one wording per paragraph. Each paragraph (`slot`) starts from its own hash of the
 * client, project and kind, so two clients get different letters; `variant` then moves every
 * paragraph on by one, so "another wording" changes each of them.
 */
type Chooser = <T>(slot: string, wordings: Registered<Wordings<T>>) => T;
function chooser(seed: string, variant: number, formality: Settings['formality']): Chooser {
  const step = Number.isFinite(variant) ? Math.abs(Math.trunc(variant)) : 0;
  return <T>(slot: string, wordings: Registered<Wordings<T>>): T => {
    const list = pick(wordings, formality);
    return list[(hash(`${seed}|${slot}`) + step) % list.length]!;
  };
}

function byRecency(a: Project, b: Project): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * The project a letter is about: `projectId` when given (it must be the client's),
 * else the client's most recent project in a status that fits the letter, else its most recent one.
 */
export function letterProject(kind: LetterKind, clientId: string, data: Dataset, projectId?: string): Project | undefined {
  const ix = indexDataset(data);
  if (projectId !== undefined) {
    const project = ix.projectsById.get(projectId);
    if (!project) throw new Error(`Unknown project: ${projectId}`);
    if (project.clientId !== clientId) throw new Error(`Project ${projectId} does not belong to client ${clientId}`);
    return project;
  }
  const projects = [...(ix.projectsByClient.get(clientId) ?? [])].sort(byRecency);
  const preferred = PREFERRED_STATUSES[kind];
  return projects.find((p) => preferred.includes(p.status)) ?? projects[0];
}

/**
 * Up to two colleagues to refer for a project kind: a specialty equal to the kind
 * (case-insensitive, trimmed) and the letter's language, sorted by name then id.
 */
export function letterColleagues(projectKind: string, language: Language, data: Dataset): Colleague[] {
  const key = kindKey(projectKind);
  if (key === '') return [];
  const seen = new Set<string>();
  const matches: Colleague[] = [];
  for (const c of data.colleagues) {
    if (seen.has(c.id)) continue;
    if (!c.languages.includes(language)) continue;
    if (!c.specialties.some((s) => kindKey(s) === key)) continue;
    if (clean(c.name) === '') continue;
    seen.add(c.id);
    matches.push(c);
  }
  // Plain code-unit order (not localeCompare) so the choice is the same on every machine.
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  matches.sort((a, b) => cmp(clean(a.name).toLowerCase(), clean(b.name).toLowerCase()) || cmp(a.name, b.name) || cmp(a.id, b.id));
  return matches.slice(0, MAX_REFERRALS);
}

/** The kind of specialist to look for, e.g. `web` -> "a web developer"; never a person's name. */
export function letterSpecialist(projectKind: string, language: Language): string {
  const texts = LETTER_TEXTS[language];
  const key = kindKey(projectKind);
  const known = (SPECIALIST_KINDS as readonly string[]).includes(key) ? (key as SpecialistKind) : KIND_ALIASES[key];
  return known ? texts.specialists[known] : texts.specialistFallback(clean(projectKind));
}

/** "Name (email, website)", with whatever contact the colleague has. */
function describeColleague(c: Colleague): string {
  const contacts = [clean(c.email), clean(c.website)].filter((s) => s !== '');
  const name = clean(c.name);
  return contacts.length > 0 ? `${name} (${contacts.join(', ')})` : name;
}

/** The lines a letter is signed with: name, business and signature, each once; empty when none is set. */
export function signatureLines(settings: Settings): string[] {
  const lines = [settings.yourName, settings.businessName, ...settings.signature.split(/\r?\n/)].map(clean).filter((l) => l !== '');
  // A name repeated in the signature field is signed once.
  const seen = new Set<string>();
  return lines.filter((l) => {
    const k = l.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** True when letters would go out with no name under them. */
export function isUnsigned(settings: Settings): boolean {
  return signatureLines(settings).length === 0;
}

/** Statuses of work that was agreed: time logged on them is work done together (time on an inquiry is pitching). */
const WORKED_STATUSES: readonly ProjectStatus[] = ['accepted', 'in-progress', 'delivered', 'closed'];

/** True when you have worked with the client: delivered or closed work, or time logged on agreed work. */
export function hasWorkedWith(clientId: string, data: Dataset): boolean {
  const ix = indexDataset(data);
  return (ix.projectsByClient.get(clientId) ?? []).some(
    (p) => p.status === 'delivered' || p.status === 'closed' || (WORKED_STATUSES.includes(p.status) && (ix.minutesByProject.get(p.id) ?? 0) > 0),
  );
}

/** An inquiry or a quote still waiting for the person's answer. */
const OPEN_STATUSES: readonly ProjectStatus[] = ['inquiry', 'quoted'];

/** Whom a check-in writes to: someone deciding on an inquiry or a quote, or a past client gone quiet. */
export type CheckInAudience = 'prospect' | 'past-client';

/**
 * A check-in about an open inquiry or quote asks a prospect where they stand; one about finished
 * work, or to a client you have worked with and who has nothing open, greets a past client
 * (a dormant relationship) and leaves the door open: no first pitch to someone who knows you.
 */
export function checkInAudience(clientId: string, data: Dataset, project?: Project): CheckInAudience {
  if (project && OPEN_STATUSES.includes(project.status)) return 'prospect';
  if (project && (project.status === 'delivered' || project.status === 'closed')) return 'past-client';
  const open = (indexDataset(data).projectsByClient.get(clientId) ?? []).some((p) => OPEN_STATUSES.includes(p.status));
  return !open && hasWorkedWith(clientId, data) ? 'past-client' : 'prospect';
}

/** The sign-off's register: formal for usted, warm for people you have worked with, neutral-polite for new people. */
export function letterCloseness(clientId: string, data: Dataset, settings: Settings): Closeness {
  if (settings.formality === 'usted') return 'formal';
  return hasWorkedWith(clientId, data) ? 'warm' : 'neutral';
}

/** The letter's opening line and whom it greets: the contact's first name, or nobody (never a company). */
export function letterGreeting(client: Pick<Client, 'contactName'>, language: Language, formality: Settings['formality']): { text: string; name: string | null } {
  const t = LETTER_TEXTS[language];
  const name = firstName(clean(client.contactName));
  return { text: name ? pick(t.greeting.named, formality)(name) : pick(t.greeting.unnamed, formality), name };
}

/** Rounds money to whole currency units, the way a quoted fee is written. */
function wholeUnits(amount: number): number {
  return Math.round(amount / 100) * 100;
}

interface Referral {
  text: string | null;
  ids: string[];
}

/** True when the project kind is one of your specialties: letters never send people to "a specialist" in it. */
export function isOwnKind(projectKind: string, specialties: readonly string[]): boolean {
  const key = canonicalKind(projectKind);
  return specialties.some((s) => canonicalKind(s) === key);
}

/** A referral paragraph: colleagues when any match, else (when allowed) the kind of specialist to look for. */
function referral(
  t: LetterTable,
  choose: Chooser,
  lead: Registered<Wordings<string>>,
  project: Project | undefined,
  language: Language,
  input: DraftLetterInput,
  suggestSpecialist: boolean,
): Referral {
  if (!project || clean(project.kind) === '') return { text: null, ids: [] };
  const colleagues = letterColleagues(project.kind, language, input.data);
  const intro = choose('lead', lead);
  const [first, second] = colleagues.map(describeColleague);
  if (first !== undefined && second !== undefined) {
    return { text: `${intro} ${choose('two', t.referral.two)(first, second)}`, ids: colleagues.map((c) => c.id) };
  }
  if (first !== undefined) return { text: `${intro} ${choose('one', t.referral.one)(first)}`, ids: colleagues.map((c) => c.id) };
  // Your own kind of work is declined for time, budget or fit: pointing to "a specialist" in it would be odd.
  if (!suggestSpecialist || isOwnKind(project.kind, input.settings.specialties)) return { text: null, ids: [] };
  return { text: `${intro} ${choose('specialist', t.referral.specialist)(letterSpecialist(project.kind, language))}`, ids: [] };
}

/** A price as a counter-offer states it: money in the letter's form, then taxes, said once. */
function priceText(cents: number, settings: Settings, t: LetterTable, language: Language): string {
  const tax = clean(settings.taxName);
  return `${letterMoney(cents, settings.currency, language)} ${settings.pricesIncludeTax ? t.tax.included(tax) : t.tax.excluded(tax)}`;
}

/** The counter-offer's price paragraph: the suggested price, else projected hours x target rate. */
function priceParagraph(input: DraftLetterInput, project: Project | undefined, t: LetterTable, language: Language, choose: Chooser): string {
  const { settings } = input;
  const given = input.suggestedPrice;
  if (given !== undefined && Number.isFinite(given) && given > 0) {
    return choose('price', t.counterOffer.price)(priceText(Math.round(given), settings, t, language), null);
  }
  const estimate = project?.estimatedHours;
  if (estimate === undefined || !(estimate > 0)) return choose('noPrice', t.counterOffer.noPrice);
  const overrun = clientStats(input.clientId, input.data, input.today).estimateOverrun;
  const hours = estimate * (overrun !== null && overrun > 0 ? overrun : 1);
  const price = wholeUnits(hourlyAmount(settings.targetHourlyRate, hours * 60));
  if (!(price > 0)) return choose('noPrice', t.counterOffer.noPrice);
  const rounded = Math.round(hours);
  const hoursText = rounded >= 1 ? t.hours(rounded, formatNumber(rounded, language, 0)) : null;
  return choose('price', t.counterOffer.price)(priceText(price, settings, t, language), hoursText);
}

/**
 * What a counter-offer answers: a short budget, short time, or both. Given by the caller, else read
 * from the inquiry's evaluation (a rate under target is budget, a capacity shortfall is time);
 * budget when nothing says otherwise, since that is what a counter-offer is most often about.
 */
function shortfall(input: DraftLetterInput, project: Project | undefined): { budget: boolean; time: boolean } {
  if (input.shortOf && (input.shortOf.budget || input.shortOf.time)) return input.shortOf;
  if (project) {
    try {
      const codes = new Set(evaluateInquiry(project.id, input.data, input.settings, input.today).reasons.map((r) => r.code));
      const budget = codes.has('rate-below-target') || codes.has('rate-below-minimum');
      const time = codes.has('capacity-short');
      if (budget || time) return { budget, time };
    } catch {
      // An evaluation that cannot be made leaves the default below.
    }
  }
  return { budget: true, time: false };
}

/** DESIGN.md's `draftLetter`: subject, body and the colleagues it refers, in the chosen language and register. */
export function draftLetter(input: DraftLetterInput): DraftedLetter {
  const { kind, clientId, data, settings } = input;
  const client = indexDataset(data).clientsById.get(clientId);
  if (!client) throw new Error(`Unknown client: ${clientId}`);
  const project = letterProject(kind, clientId, data, input.projectId);
  const language = input.language ?? settings.language;
  const t = LETTER_TEXTS[language];
  const f = settings.formality;
  const choose = chooser(`${clientId}|${project?.id ?? ''}|${kind}`, input.variant ?? 0, f);
  const title = project ? clean(project.title) : '';
  const quoted = title !== '' ? t.quote(title) : null;

  // A check-in to a past client gone quiet is a hello, not the questions put to a prospect.
  const reconnect = kind === 'check-in' && checkInAudience(clientId, data, project) === 'past-client';
  const paragraphs: (string | null)[] = [letterGreeting(client, language, f).text];
  let referred: string[] = [];
  switch (kind) {
    case 'decline': {
      const ref = referral(t, choose, t.referral.lead.decline, project, language, input, true);
      referred = ref.ids;
      paragraphs.push(
        choose('thanks', t.decline.thanks)(quoted),
        choose('reason', t.decline.reason[input.reason ?? 'capacity']),
        ref.text,
        choose('closing', t.decline.closing),
      );
      break;
    }
    case 'counter-offer': {
      const ref = input.offerColleague ? referral(t, choose, t.referral.lead.counterOffer, project, language, input, false) : { text: null, ids: [] };
      referred = ref.ids;
      const short = shortfall(input, project);
      const deadline = project?.deadline ? letterDate(project.deadline, language) : null;
      const change =
        short.budget && short.time
          ? choose('both', t.counterOffer.both)(deadline)
          : short.time
            ? choose('time', t.counterOffer.time)(deadline)
            : choose('budget', t.counterOffer.budget);
      paragraphs.push(
        choose('thanks', t.counterOffer.thanks)(quoted),
        priceParagraph(input, project, t, language, choose),
        `${change} ${choose('ask', t.counterOffer.ask)}`,
        ref.text,
        choose('closing', t.counterOffer.closing),
      );
      break;
    }
    case 'farewell': {
      const ref = referral(t, choose, t.referral.lead.farewell, project, language, input, true);
      referred = ref.ids;
      paragraphs.push(
        choose('thanks', t.farewell.thanks),
        choose('decision', t.farewell.decision),
        choose('handover', t.farewell.handover),
        ref.text,
        choose('closing', t.farewell.closing),
      );
      break;
    }
    case 'check-in':
      if (reconnect) {
        paragraphs.push(choose('reconnect', t.reconnect.ask)(quoted), choose('offer', t.reconnect.offer));
      } else {
        paragraphs.push(choose('ask', t.checkIn.ask)(quoted), choose('noPressure', t.checkIn.noPressure));
      }
      break;
    case 'follow-up': {
      const ask = input.ask === 'testimonial' ? t.followUp.testimonial : t.followUp.referral;
      paragraphs.push(choose('ask', t.followUp.ask)(quoted), `${choose('help', t.followUp.help)} ${choose(input.ask ?? 'referral', ask)}`);
      break;
    }
  }
  const signOff = choose('signOff', t.signOff[letterCloseness(clientId, data, settings)]);
  const signature = [signOff, ...signatureLines(settings)].join('\n');
  const body = [...paragraphs.filter((p): p is string => p !== null && p !== ''), signature].join('\n\n');
  return {
    subject: pick(reconnect ? t.reconnect.subject : t.subject[kind], f)(quoted),
    body: tidy(body),
    referredColleagueIds: referred,
  };
}

/** Last guard on layout: single spaces, no trailing spaces, no run of blank lines. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
