/**
 * Drafting letters: decline, counter-offer, farewell, check-in and follow-up.
 * Pure and deterministic: the same input gives the same letter, word for word.
 * Texts live in shared/letters; this file only chooses and assembles them.
 */
import { formatDate, formatMoney, formatNumber } from '../format';
import {
  LETTER_TEXTS,
  SPECIALIST_KINDS,
  type DeclineReason,
  type LetterTable,
  type Registered,
  type SpecialistKind,
} from '../letters';
import type { Colleague, Dataset, Language, LetterKind, Project, ProjectStatus, Settings } from '../model';
import { clientStats, indexDataset } from './stats';

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
}

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

function pick<T>(phrase: Registered<T>, formality: Settings['formality']): T {
  if (typeof phrase === 'object' && phrase !== null && 'usted' in phrase && 'tu' in phrase) {
    return phrase[formality];
  }
  return phrase;
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

function signatureLines(settings: Settings): string[] {
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

/** Rounds money to whole currency units, the way a quoted fee is written. */
function wholeUnits(amount: number): number {
  return Math.round(amount / 100) * 100;
}

interface Referral {
  text: string | null;
  ids: string[];
}

/** A referral paragraph: colleagues when any match, else (when allowed) the kind of specialist to look for. */
function referral(
  t: LetterTable,
  f: Settings['formality'],
  lead: Registered<string>,
  project: Project | undefined,
  language: Language,
  data: Dataset,
  suggestSpecialist: boolean,
): Referral {
  if (!project || clean(project.kind) === '') return { text: null, ids: [] };
  const colleagues = letterColleagues(project.kind, language, data);
  const intro = pick(lead, f);
  const [first, second] = colleagues.map(describeColleague);
  if (first !== undefined && second !== undefined) {
    return { text: `${intro} ${pick(t.referral.two, f)(first, second)}`, ids: colleagues.map((c) => c.id) };
  }
  if (first !== undefined) return { text: `${intro} ${pick(t.referral.one, f)(first)}`, ids: colleagues.map((c) => c.id) };
  if (!suggestSpecialist) return { text: null, ids: [] };
  return { text: `${intro} ${pick(t.referral.specialist, f)(letterSpecialist(project.kind, language))}`, ids: [] };
}

/** The counter-offer's price paragraph: the suggested price, else projected hours x target rate. */
function priceParagraph(input: DraftLetterInput, project: Project | undefined, t: LetterTable, language: Language): string {
  const { settings } = input;
  const f = settings.formality;
  const given = input.suggestedPrice;
  if (given !== undefined && Number.isFinite(given) && given > 0) {
    const price = Math.round(given);
    return pick(t.counterOffer.price, f)(formatMoney(price, settings.currency, language, price % 100 === 0), null);
  }
  const estimate = project?.estimatedHours;
  if (estimate === undefined || !(estimate > 0)) return pick(t.counterOffer.noPrice, f);
  const overrun = clientStats(input.clientId, input.data, input.today).estimateOverrun;
  const hours = estimate * (overrun !== null && overrun > 0 ? overrun : 1);
  const price = wholeUnits(hours * settings.targetHourlyRate);
  if (!(price > 0)) return pick(t.counterOffer.noPrice, f);
  const rounded = Math.round(hours);
  const hoursText = rounded >= 1 ? t.hours(rounded, formatNumber(rounded, language, 0)) : null;
  return pick(t.counterOffer.price, f)(formatMoney(price, settings.currency, language, true), hoursText);
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
  const title = project ? clean(project.title) : '';
  const quoted = title !== '' ? t.quote(title) : null;

  const paragraphs: (string | null)[] = [pick(t.greeting, f)(clean(client.name))];
  let referred: string[] = [];
  switch (kind) {
    case 'decline': {
      const ref = referral(t, f, t.referral.lead.decline, project, language, data, true);
      referred = ref.ids;
      paragraphs.push(
        pick(t.decline.thanks, f)(quoted),
        pick(t.decline.reason[input.reason ?? 'capacity'], f),
        ref.text,
        pick(t.decline.closing, f),
      );
      break;
    }
    case 'counter-offer': {
      const ref = referral(t, f, t.referral.lead.counterOffer, project, language, data, false);
      referred = ref.ids;
      const deadline = project?.deadline ? formatDate(project.deadline, language) : null;
      paragraphs.push(
        pick(t.counterOffer.thanks, f)(quoted),
        priceParagraph(input, project, t, language),
        `${pick(t.counterOffer.options, f)(deadline)} ${pick(t.counterOffer.ask, f)}`,
        ref.text,
        pick(t.counterOffer.closing, f),
      );
      break;
    }
    case 'farewell': {
      const ref = referral(t, f, t.referral.lead.farewell, project, language, data, true);
      referred = ref.ids;
      paragraphs.push(
        pick(t.farewell.thanks, f),
        pick(t.farewell.decision, f),
        pick(t.farewell.handover, f),
        ref.text,
        pick(t.farewell.closing, f),
      );
      break;
    }
    case 'check-in':
      paragraphs.push(pick(t.checkIn.ask, f)(quoted), pick(t.checkIn.noPressure, f));
      break;
    case 'follow-up':
      paragraphs.push(pick(t.followUp.ask, f)(quoted), `${pick(t.followUp.help, f)} ${pick(t.followUp.referrals, f)}`);
      break;
  }
  const signature = [pick(t.signOff[kind], f), ...signatureLines(settings)].join('\n');
  const body = [...paragraphs.filter((p): p is string => p !== null && p !== ''), signature].join('\n\n');
  return {
    subject: pick(t.subject[kind], f)(quoted),
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
