import { describe, expect, it } from 'vitest';
import { daysBetween } from '#shared/dates';
import { DEFAULT_SETTINGS, Dataset, type Language } from '#shared/model';
import { SAMPLE_ID_PREFIX, hasSampleData, sampleDataset } from '#shared/sample';
import { clientStats, cleanHouse, evaluateInquiry, followUps, forecast, thisWeek, touchGround } from '#shared/rules';

const TODAY = '2026-11-23';

describe.each(['es', 'en'] as Language[])('the sample year (%s)', (language) => {
  const data = sampleDataset(TODAY, language);
  const settings = { ...DEFAULT_SETTINGS, language };
  const byName = (es: string, en: string) => {
    const c = data.clients.find((x) => x.name === (language === 'es' ? es : en));
    if (!c) throw new Error(`no client ${es} / ${en}`);
    return c;
  };
  const star = byName('Bodegas Almendro', 'Hartwell Cider Co.');
  const overrun = byName('Inmobiliaria Horizonte', 'Summit Property Group');
  const latePayer = byName('Hoteles Mar Azul', 'Bayview Hotels');
  const discounter = byName('Gimnasios Fuerza Urbana', 'IronWorks Gyms');
  const silent = byName('Cosmética Lumen', 'Lumen Skincare');
  const forgotten = byName('Librería El Faro', 'Lighthouse Books');

  it('is a valid dataset, every record marked sample with a sample- id, ids unique', () => {
    expect(Dataset.safeParse(data).success).toBe(true);
    const all = [...data.clients, ...data.projects, ...data.timeEntries, ...data.signals, ...data.colleagues, ...data.letters];
    expect(all.every((x) => x.sample === true && x.id.startsWith(SAMPLE_ID_PREFIX))).toBe(true);
    expect(new Set(all.map((x) => x.id)).size).toBe(all.length);
    const invoiceIds = data.projects.flatMap((p) => p.invoices.map((i) => i.id));
    expect(new Set(invoiceIds).size).toBe(invoiceIds.length);
    expect(hasSampleData(data)).toBe(true);
  });

  it('is the same every time for the same day and language', () => {
    expect(sampleDataset(TODAY, language)).toEqual(data);
    expect(JSON.stringify(sampleDataset('2026-11-24', language))).not.toEqual(JSON.stringify(data));
  });

  it('is a year of work on working days, ending today, with references that all resolve', () => {
    expect(data.clients.length).toBeGreaterThanOrEqual(8);
    expect(data.timeEntries.length).toBeGreaterThanOrEqual(600);
    expect(data.timeEntries.length).toBeLessThanOrEqual(900);
    const projectIds = new Set(data.projects.map((p) => p.id));
    const clientIds = new Set(data.clients.map((c) => c.id));
    for (const e of data.timeEntries) {
      expect(projectIds.has(e.projectId)).toBe(true);
      const ago = daysBetween(e.date, TODAY);
      expect(ago).toBeGreaterThanOrEqual(0);
      expect(ago).toBeLessThan(366);
      if (e.date !== TODAY) expect(new Date(`${e.date}T12:00:00Z`).getUTCDay() % 6).not.toBe(0); // no weekends
    }
    for (const p of data.projects) expect(clientIds.has(p.clientId)).toBe(true);
    for (const s of data.signals) expect(clientIds.has(s.clientId)).toBe(true);
    for (const l of data.letters) expect(clientIds.has(l.clientId)).toBe(true);
    // Days stay human.
    const perDay = new Map<string, number>();
    for (const e of data.timeEntries) perDay.set(e.date, (perDay.get(e.date) ?? 0) + e.minutes);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(10 * 60);
    expect(new Set(data.projects.map((p) => p.kind))).toEqual(new Set(['branding', 'packaging', 'illustration', 'web', 'editorial', 'signage']));
    for (const p of data.projects) for (const inv of p.invoices) if (inv.paidAt) expect(inv.paidAt <= TODAY).toBe(true);
  });

  it('has a starred client who sends referrals', () => {
    expect(star.star).toBe(true);
    const referred = data.clients.filter((c) => c.source === 'referral' && c.referredBy === star.id);
    expect(referred.length).toBeGreaterThanOrEqual(3);
    const s = clientStats(star.id, data, TODAY);
    expect(s.effectiveHourlyRate!).toBeGreaterThanOrEqual(settings.targetHourlyRate);
    expect(s.redSignals).toBe(0);
  });

  it('has a client whose delivered work runs 2.5 times over the estimate', () => {
    const s = clientStats(overrun.id, data, TODAY);
    expect(s.estimateOverrun).toBeCloseTo(2.5, 5);
    expect(s.effectiveHourlyRate!).toBeLessThan(settings.minimumHourlyRate);
    const first = data.projects.find((p) => p.clientId === overrun.id && p.estimatedHours === 8)!;
    const minutes = data.timeEntries.filter((e) => e.projectId === first.id).reduce((n, e) => n + e.minutes, 0);
    expect(minutes).toBe(20 * 60);
  });

  it('has a client who pays at 90 days on 30-day terms: 60 days late on average', () => {
    const invoices = data.projects.filter((p) => p.clientId === latePayer.id).flatMap((p) => p.invoices);
    expect(invoices.length).toBeGreaterThanOrEqual(3);
    for (const inv of invoices) {
      expect(inv.termsDays).toBe(30);
      expect(daysBetween(inv.issuedAt, inv.paidAt!)).toBe(90);
    }
    expect(clientStats(latePayer.id, data, TODAY).averagePaymentDelayDays).toBe(60);
  });

  it('has a client who always asks for a discount, on several dates', () => {
    const asks = data.signals.filter((s) => s.clientId === discounter.id && s.kind === 'asked-discount');
    expect(new Set(asks.map((s) => s.date)).size).toBeGreaterThanOrEqual(3);
  });

  it('has a prospect who promised to buy about 40 days ago and went silent: touch ground finds them', () => {
    expect(silent.status).toBe('prospect');
    expect(daysBetween(silent.lastContactAt!, TODAY)).toBe(40);
    expect(data.signals.some((s) => s.clientId === silent.id && s.kind === 'promised-to-buy')).toBe(true);
    expect(data.projects.some((p) => p.clientId === silent.id && p.status === 'inquiry')).toBe(true);
    const checkIns = touchGround(data, settings, TODAY);
    expect(checkIns.map((c) => c.clientId)).toEqual([silent.id]);
    expect(checkIns[0]!.daysSilent).toBe(40);
    // A promise is listed apart, never counted as money.
    expect(forecast(data, TODAY).promised.map((p) => p.clientId)).toEqual([silent.id]);
  });

  it('has a delivered project nobody followed up', () => {
    expect(followUps(data, settings, TODAY).map((f) => f.clientId)).toEqual([forgotten.id]);
  });

  it('has open inquiries whose verdicts make sense: accept the starred referral, negotiate the overrunner, decline the web shop', () => {
    const open = data.projects.filter((p) => p.status === 'inquiry' && daysBetween(p.createdAt, TODAY) <= 7);
    expect(open.length).toBeGreaterThanOrEqual(2);
    const verdicts = Object.fromEntries(
      open.map((p) => [data.clients.find((c) => c.id === p.clientId)!.referredBy === star.id ? 'referral' : p.clientId === overrun.id ? 'overrun' : p.kind, evaluateInquiry(p.id, data, settings, TODAY)]),
    );
    expect(verdicts.referral!.verdict).toBe('accept');
    expect(verdicts.referral!.reasons.map((r) => r.code)).toContain('starred-referral');
    // "10 h becomes 25 h": the client's own history, and a price that covers it.
    expect(verdicts.overrun!.verdict).toBe('negotiate');
    expect(verdicts.overrun!.projectedHours).toBe(25);
    expect(verdicts.overrun!.suggestedPrice).toBe(25 * settings.targetHourlyRate);
    expect(verdicts.web!.verdict).toBe('decline');
    expect(verdicts.web!.declineReason).toBe('specialty');
  });

  it('has colleagues in several specialties and both languages, one to refer the web shop to', () => {
    const specialties = new Set(data.colleagues.flatMap((c) => c.specialties));
    for (const s of ['web', 'illustration', 'motion', 'photography', 'copywriting']) expect(specialties).toContain(s);
    expect(new Set(data.colleagues.flatMap((c) => c.languages))).toEqual(new Set(['es', 'en']));
    expect(data.colleagues.some((c) => c.specialties.includes('web') && c.languages.includes(language))).toBe(true);
  });

  it('makes the clean-house review suggest letting the costly client go, and it can be afforded', () => {
    const review = cleanHouse(data, settings, TODAY);
    expect(review.ranking[0]!.clientId).toBe(overrun.id);
    expect(review.suggestions).toEqual([expect.objectContaining({ clientId: overrun.id, action: 'let-go' })]);
    // The starred client and the late payer at a good rate are never suggested.
    expect(review.suggestions.map((s) => s.clientId)).not.toContain(star.id);
  });

  it('gives the home screen something to say', () => {
    const week = thisWeek(data, settings, TODAY);
    expect(week.minutesThisWeek).toBeGreaterThan(0);
    expect(week.rateLast90Days).not.toBeNull();
    expect(week.inquiriesWaiting.length).toBeGreaterThanOrEqual(3);
    expect(week.overdueInvoices).toHaveLength(1);
    expect(data.letters.length).toBeGreaterThan(0);
  });

  it('speaks the chosen language', () => {
    const titles = data.projects.map((p) => p.title).join(' ');
    if (language === 'es') expect(titles).toMatch(/Identidad visual/);
    else expect(titles).toMatch(/Visual identity/);
    expect(data.letters.every((l) => l.language === language)).toBe(true);
  });
});

describe('the sample year on any day', () => {
  it.each(['2026-01-04', '2026-08-15', '2027-03-01', '2028-02-29'])('holds together when today is %s', (today) => {
    const data = sampleDataset(today, 'es');
    expect(Dataset.safeParse(data).success).toBe(true);
    const id = (key: string) => `${SAMPLE_ID_PREFIX}client-${key}`;
    expect(clientStats(id('overrun'), data, today).estimateOverrun).toBeCloseTo(2.5, 5);
    expect(clientStats(id('late'), data, today).averagePaymentDelayDays).toBe(60);
    expect(touchGround(data, DEFAULT_SETTINGS, today).map((c) => c.clientId)).toEqual([id('silent')]);
    expect(data.timeEntries.every((e) => e.date <= today)).toBe(true);
  });
});
