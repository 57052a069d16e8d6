/**
 * Ideal-client twins (DESIGN.md): what starred clients have in common, and which
 * prospects and inquiries look most like them ("ten more like this one").
 */
import { formatRate } from '../format';
import type { Client, Dataset, Project, Settings } from '../model';
import { isInternal, rateBand } from './money';
import { indexDataset } from '../index/dataset';
import { clientStats, WORK_STATUSES } from './clientStats';
import { relationshipTexts } from '../texts/relationshipTexts';
import type { RateBand } from '../model';
import { OPEN_INQUIRY_STATUSES } from './relationships';

export type TwinPaymentHabit = 'on-time' | 'late' | 'unknown';

/** Average days late up to which a client still counts as paying on time. */
export const ON_TIME_GRACE_DAYS = 7;

export interface TwinTraitCount<T> {
  value: T;
  /** How many starred clients share it. */
  count: number;
}

export interface IdealProfile {
  starCount: number;
  sources: TwinTraitCount<Client['source']>[];
  kinds: TwinTraitCount<string>[];
  /** Most common band of the stars' hourly rates; null when no star has hours yet. */
  ehrBand: TwinTraitCount<RateBand> | null;
  paymentHabit: TwinTraitCount<TwinPaymentHabit>;
}

export type TwinTrait = 'source' | 'kind' | 'rate' | 'payment';

export interface Twin {
  clientId: string;
  projectId?: string;
  /** 0-100: share of the profile's traits it matches. */
  likeness: number;
  matches: { trait: TwinTrait; text: string }[];
}

const BAND_ORDER: Record<RateBand, number> = { good: 0, caution: 1, bad: 2 };
const WEIGHTS: Record<TwinTrait, number> = { source: 30, kind: 30, rate: 20, payment: 20 };


function paymentHabit(averageDelay: number | null): TwinPaymentHabit {
  if (averageDelay === null) return 'unknown';
  return averageDelay <= ON_TIME_GRACE_DAYS ? 'on-time' : 'late';
}

const normKind = (kind: string) => kind.trim().toLowerCase();

/** Values shared by at least half the stars; when none is, the most frequent ones. */
function common<T>(counts: Map<string, TwinTraitCount<T>>, stars: number): TwinTraitCount<T>[] {
  const sorted = [...counts.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .map(([, v]) => v);
  const top = sorted[0]?.count ?? 0;
  const half = Math.ceil(stars / 2);
  return sorted.filter((v) => v.count >= half || v.count === top);
}

/** Most frequent value; ties go to the first in `order`. */
function mostCommon<T extends string>(values: T[], order: readonly T[]): TwinTraitCount<T> | null {
  let best: TwinTraitCount<T> | null = null;
  for (const value of order) {
    const count = values.filter((v) => v === value).length;
    if (count > 0 && (!best || count > best.count)) best = { value, count };
  }
  return best;
}

/** DESIGN.md's ideal-client profile: traits the starred clients share, each with how many share it. */
export function idealProfile(data: Dataset, settings: Settings, today: string): IdealProfile | null {
  const stars = data.clients.filter((c) => c.star && !isInternal(c));
  if (stars.length === 0) return null;
  const ix = indexDataset(data);
  const sources = new Map<string, TwinTraitCount<Client['source']>>();
  const kinds = new Map<string, TwinTraitCount<string>>();
  const bands: RateBand[] = [];
  const habits: TwinPaymentHabit[] = [];
  for (const star of stars) {
    const s = sources.get(star.source) ?? { value: star.source, count: 0 };
    s.count++;
    sources.set(star.source, s);
    const seen = new Set<string>();
    for (const p of ix.projectsByClient.get(star.id) ?? []) {
      if (!WORK_STATUSES.includes(p.status)) continue;
      const key = normKind(p.kind);
      if (seen.has(key)) continue;
      seen.add(key);
      const k = kinds.get(key) ?? { value: p.kind.trim(), count: 0 };
      k.count++;
      kinds.set(key, k);
    }
    const st = clientStats(star.id, data, today);
    if (st.effectiveHourlyRate !== null) bands.push(rateBand(st.effectiveHourlyRate, settings));
    habits.push(paymentHabit(st.averagePaymentDelayDays));
  }
  const habit = mostCommon(habits, ['on-time', 'late']);
  return {
    starCount: stars.length,
    sources: common(sources, stars.length),
    kinds: common(kinds, stars.length),
    ehrBand: mostCommon(bands, ['good', 'caution', 'bad']),
    paymentHabit: habit ?? { value: 'unknown', count: stars.length },
  };
}

/** The hourly rate a candidate stands for: its past EHR, else what the inquiry offers. */
function candidateRate(client: Client, project: Project | undefined, data: Dataset, today: string): number | null {
  const ehr = clientStats(client.id, data, today).effectiveHourlyRate;
  if (ehr !== null) return ehr;
  if (!project) return null;
  if (project.pricing.mode === 'hourly') return project.pricing.rate;
  return project.estimatedHours && project.estimatedHours > 0 ? project.pricing.amount / project.estimatedHours : null;
}

/** Prospects and open inquiries ranked by likeness to the starred clients, most alike first. */
export function rankTwins(data: Dataset, settings: Settings, today: string): Twin[] {
  const profile = idealProfile(data, settings, today);
  if (!profile) return [];
  const ix = indexDataset(data);
  const t = relationshipTexts(settings.language);
  const starsText = (count: number) => t.stars(count, profile.starCount);

  const candidates: { client: Client; project?: Project; since: string }[] = [];
  for (const client of data.clients) {
    if (isInternal(client)) continue;
    const open = (ix.projectsByClient.get(client.id) ?? []).filter((p) => OPEN_INQUIRY_STATUSES.includes(p.status));
    for (const project of open) candidates.push({ client, project, since: project.createdAt });
    if (open.length === 0 && client.status === 'prospect') candidates.push({ client, since: client.createdAt });
  }

  const scored = candidates.map(({ client, project, since }) => {
    let possible = 0;
    let matched = 0;
    const matches: Twin['matches'] = [];
    const consider = (trait: TwinTrait, text: string | null) => {
      possible += WEIGHTS[trait];
      if (text === null) return;
      matched += WEIGHTS[trait];
      matches.push({ trait, text });
    };

    const source = profile.sources.find((s) => s.value === client.source);
    consider('source', source ? t.twinSource({ source: t.source[client.source], stars: starsText(source.count) }) : null);

    if (profile.kinds.length > 0) {
      const kind = project ? profile.kinds.find((k) => normKind(k.value) === normKind(project.kind)) : undefined;
      consider('kind', kind && project ? t.twinKind({ kind: project.kind.trim(), stars: starsText(kind.count) }) : null);
    }

    const band = profile.ehrBand;
    if (band) {
      const rate = candidateRate(client, project, data, today);
      const own = rate === null ? null : rateBand(rate, settings);
      consider(
        'rate',
        rate !== null && own !== null && BAND_ORDER[own] <= BAND_ORDER[band.value]
          ? t.twinRate({ rate: formatRate(rate, settings.currency, settings.language), band: t.band[own], stars: starsText(band.count) })
          : null,
      );
    }

    if (profile.paymentHabit.value === 'on-time') {
      const habit = paymentHabit(clientStats(client.id, data, today).averagePaymentDelayDays);
      consider('payment', habit === 'on-time' ? t.twinPaysOnTime({ stars: starsText(profile.paymentHabit.count) }) : null);
    }

    const twin: Twin = {
      clientId: client.id,
      ...(project ? { projectId: project.id } : {}),
      likeness: possible > 0 ? Math.round((100 * matched) / possible) : 0,
      matches,
    };
    return { twin, since };
  });

  return scored
    .sort(
      (a, b) =>
        b.twin.likeness - a.twin.likeness ||
        b.since.localeCompare(a.since) ||
        a.twin.clientId.localeCompare(b.twin.clientId) ||
        (a.twin.projectId ?? '').localeCompare(b.twin.projectId ?? ''),
    )
    .map((s) => s.twin);
}
