/**
 * The inquiry form as data: what the person typed, how it reads as a project, and the
 * in-memory dataset the verdict is computed on before anything is saved.
 */
import type { Client, Dataset, Pricing, Project, Signal, SignalKind } from '../../lib/model';
import { isIsoDate } from '../../lib/model';
import { parseDecimal, parseMoney, moneyInput } from '../../lib/money';

/** Ids of the draft records: they only ever live in memory. */
export const DRAFT_CLIENT = 'draft-client';
export const DRAFT_PROJECT = 'draft-project';

/** What they said or did while asking, in the order the checklist shows them. */
export const ASKING_SIGNALS = ['asked-discount', 'late-information', 'threatened-competitor', 'accepted-price', 'promised-to-buy', 'praised'] as const satisfies readonly SignalKind[];
export type AskingSignal = (typeof ASKING_SIGNALS)[number];

/** Where a new person came from (a repeat client is never new). */
export const NEW_SOURCES = ['referral', 'web', 'social', 'event', 'other'] as const satisfies readonly Client['source'][];

export interface InquiryDraft {
  /** An existing client picked from the list; null for a new person. */
  clientId: string | null;
  /** The new person's name, or what is typed to search the clients. */
  name: string;
  /** The person who writes, when the name above is a company: letters greet them. */
  contactName: string;
  email: string;
  source: (typeof NEW_SOURCES)[number];
  /** `client:<id>`, `colleague:<id>`, `other` (then `referrerText`), or empty. */
  referrer: string;
  referrerText: string;
  title: string;
  kind: string;
  mode: Pricing['mode'];
  amount: string;
  estimate: string;
  deadline: string;
  signals: AskingSignal[];
}

export function emptyDraft(kind: string): InquiryDraft {
  return {
    clientId: null,
    name: '',
    contactName: '',
    email: '',
    source: 'referral',
    referrer: '',
    referrerText: '',
    title: '',
    kind,
    mode: 'fixed',
    amount: '',
    estimate: '',
    deadline: '',
    signals: [],
  };
}

/** The form filled from a saved inquiry and the signals recorded with it. */
export function draftFromProject(project: Project, signals: readonly Signal[], language: 'es' | 'en'): InquiryDraft {
  const recorded = new Set(signals.filter((s) => s.projectId === project.id).map((s) => s.kind));
  return {
    ...emptyDraft(project.kind),
    clientId: project.clientId,
    title: project.title,
    mode: project.pricing.mode,
    amount: moneyInput(project.pricing.mode === 'fixed' ? project.pricing.amount : project.pricing.rate, language),
    estimate: project.estimatedHours !== undefined ? String(project.estimatedHours).replace('.', language === 'es' ? ',' : '.') : '',
    deadline: project.deadline ?? '',
    signals: ASKING_SIGNALS.filter((k) => recorded.has(k)),
  };
}

export type DraftField = 'name' | 'title' | 'kind' | 'amount' | 'estimate' | 'deadline';

export interface ParsedDraft {
  pricing: Pricing | null;
  estimatedHours: number | undefined;
  deadline: string | undefined;
  /** Fields that are written but cannot be read (a word where a number goes). */
  invalid: DraftField[];
  /** What the verdict still needs, in form order. */
  missing: DraftField[];
}

/** Reads the typed text as a project; never throws. */
export function parseDraft(d: InquiryDraft): ParsedDraft {
  const invalid: DraftField[] = [];
  const missing: DraftField[] = [];
  const money = d.amount.trim() ? parseMoney(d.amount) : null;
  if (d.amount.trim() && (money === null || money <= 0)) invalid.push('amount');
  const pricing: Pricing | null =
    money !== null && money > 0 ? (d.mode === 'fixed' ? { mode: 'fixed', amount: money } : { mode: 'hourly', rate: money }) : null;
  let estimatedHours: number | undefined;
  if (d.estimate.trim()) {
    const n = parseDecimal(d.estimate);
    if (n === null || n <= 0 || n > 10_000) invalid.push('estimate');
    else estimatedHours = n;
  }
  let deadline: string | undefined;
  if (d.deadline) {
    if (isIsoDate(d.deadline)) deadline = d.deadline;
    else invalid.push('deadline');
  }
  if (!d.title.trim()) missing.push('title');
  if (!d.kind.trim()) missing.push('kind');
  if (!pricing) missing.push('amount');
  return { pricing, estimatedHours, deadline, invalid, missing };
}

/** The referrer as stored on the client: a client or colleague id, or the name typed. */
export function referrerValue(d: InquiryDraft): string | undefined {
  if (d.source !== 'referral') return undefined;
  if (d.referrer.startsWith('client:')) return d.referrer.slice('client:'.length);
  if (d.referrer.startsWith('colleague:')) return d.referrer.slice('colleague:'.length);
  if (d.referrer === 'other') return d.referrerText.trim() || undefined;
  return undefined;
}

/** The project fields the draft saves as. */
export function projectFields(d: InquiryDraft, parsed: ParsedDraft) {
  return {
    title: d.title.trim(),
    kind: d.kind.trim().toLowerCase(),
    pricing: parsed.pricing!,
    ...(parsed.estimatedHours !== undefined ? { estimatedHours: parsed.estimatedHours } : {}),
    ...(parsed.deadline ? { deadline: parsed.deadline } : {}),
  };
}

/**
 * The store's data plus the draft: a prospect client when the person is new, the project
 * (replacing the saved one when editing) and the ticked signals in place of the recorded ones.
 */
export function draftDataset(data: Dataset, d: InquiryDraft, parsed: ParsedDraft, today: string, saved?: Project): { data: Dataset; projectId: string } {
  const clientId = saved?.clientId ?? d.clientId ?? DRAFT_CLIENT;
  const projectId = saved?.id ?? DRAFT_PROJECT;
  const clients =
    clientId === DRAFT_CLIENT
      ? [
          ...data.clients,
          {
            id: DRAFT_CLIENT,
            name: d.name.trim() || '—',
            source: d.source,
            status: 'prospect',
            star: false,
            createdAt: today,
            ...(referrerValue(d) ? { referredBy: referrerValue(d) } : {}),
          } satisfies Client,
        ]
      : data.clients;
  const project: Project = {
    id: projectId,
    clientId,
    status: saved?.status ?? 'inquiry',
    createdAt: saved?.createdAt ?? today,
    invoices: saved?.invoices ?? [],
    ...projectFields(d, parsed),
  };
  const projects = saved ? data.projects.map((p) => (p.id === saved.id ? project : p)) : [...data.projects, project];
  const asking = new Set<string>(ASKING_SIGNALS);
  const signals: Signal[] = [
    ...data.signals.filter((s) => !(saved && s.projectId === saved.id && asking.has(s.kind))),
    ...d.signals.map((kind) => ({ id: `draft-signal-${kind}`, clientId, projectId, date: today, kind })),
  ];
  return { data: { ...data, clients, projects, signals }, projectId };
}

/** True when two drafts would save the same thing. */
export function sameDraft(a: InquiryDraft, b: InquiryDraft): boolean {
  return JSON.stringify({ ...a, signals: [...a.signals].sort() }) === JSON.stringify({ ...b, signals: [...b.signals].sort() });
}
