/**
 * What every step of an inquiry's evaluation reads: the project, its client and the client's stats,
 * looked up once, and the words the reasons are written with in the person's language.
 */
import { formatHours, formatNumber, formatRate } from '../../format';
import { formatAmount } from '../../money';
import type { Client, Dataset, Project, Settings } from '../../model';
import { reasonText, type ReasonTextKey } from '../../texts/reasonTexts';
import { indexDataset, type DatasetIndex } from '../../index/dataset';
import { clientStats, type ClientStats } from '../clientStats';
import type { InquiryReason, InquiryReasonCode, ReasonSeverity } from './types';

/** Formatters and the reason table for one language and currency. */
export interface ReasonWords {
  t(key: ReasonTextKey, values?: Record<string, string | number>): string;
  money(cents: number): string;
  rate(cents: number): string;
  hours(h: number): string;
  factor(f: number): string;
  /** A whole number in the language's digits. */
  count(n: number): string;
  /** `one` for 1, else `many` with {{n}}. */
  plural(n: number, one: ReasonTextKey, many: ReasonTextKey): string;
}

/** The words of `settings.language` and `settings.currency`. */
export function reasonWords(settings: Settings): ReasonWords {
  const lang = settings.language;
  const t = (key: ReasonTextKey, values?: Record<string, string | number>): string => reasonText(lang, key, values);
  return {
    t,
    money: (cents) => formatAmount(cents, settings.currency, lang),
    rate: (cents) => formatRate(cents, settings.currency, lang),
    hours: (h) => formatHours(h, lang),
    factor: (f) => formatNumber(f, lang, 1),
    count: (n) => formatNumber(n, lang, 0),
    plural: (n, one, many) => (n === 1 ? t(one) : t(many, { n: formatNumber(n, lang, 0) })),
  };
}

export interface InquiryContext {
  project: Project;
  client: Client | undefined;
  /** The client's stats as every screen shows them (clientStats). */
  stats: ClientStats;
  data: Dataset;
  ix: DatasetIndex;
  settings: Settings;
  today: string;
  words: ReasonWords;
}

/** Looks up the inquiry `projectId` (any existing project) and what its evaluation needs; throws on an unknown id. */
export function inquiryContext(projectId: string, data: Dataset, settings: Settings, today: string): InquiryContext {
  const ix = indexDataset(data);
  const project = ix.projectsById.get(projectId);
  if (!project) throw new Error(`Unknown project id: ${projectId}`);
  return {
    project,
    client: ix.clientsById.get(project.clientId),
    stats: clientStats(project.clientId, data, today),
    data,
    ix,
    settings,
    today,
    words: reasonWords(settings),
  };
}

/** A kind as compared with other kinds and specialties: "Branding " is "branding". */
export function normKind(kind: string): string {
  return kind.trim().toLowerCase();
}

/** A list of reasons and the one way a step adds to it. */
export function reasonList(): { reasons: InquiryReason[]; add: (code: InquiryReasonCode, severity: ReasonSeverity, text: string) => void } {
  const reasons: InquiryReason[] = [];
  return { reasons, add: (code, severity, text) => void reasons.push({ code, severity, text }) };
}
