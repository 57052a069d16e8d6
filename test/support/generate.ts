/**
 * A believable history of a busy brand designer, of any size, from a seed:
 * clients arrive over the years, each brings projects of several kinds, and hours
 * are logged in half-hour to three-hour sittings on working days.
 */
import fs from 'node:fs';
import path from 'node:path';
import { addDays, dayNumber, monthOf } from '#shared/dates';
import type { Client, Colleague, Dataset, Letter, LetterKind, Project, Signal, SignalKind, TimeEntry } from '#shared/model';
import { CLIENT_SOURCES } from '#shared/model';

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}

const FIRST = ['Lucía', 'Martín', 'Sofía', 'Hugo', 'Elena', 'Pablo', 'Carmen', 'Diego', 'Ana', 'Javier', 'Laura', 'Tom', 'Emma', 'Oliver', 'Chloe'];
const BUSINESS = ['Café', 'Estudio', 'Bodega', 'Librería', 'Taller', 'Clínica', 'Hotel', 'Panadería', 'Studio', 'Bakery', 'Gallery', 'Brewery'];
const PLACE = ['Norte', 'del Mar', 'Central', 'Aurora', 'Olivo', 'Nube', 'Harbour', 'Maple', 'Lumen', 'Sal', 'Roble', 'Brisa'];
const KINDS = ['branding', 'packaging', 'illustration', 'web', 'editorial', 'social-media'];
const TITLES: Record<string, string[]> = {
  branding: ['Identidad visual', 'Rebranding', 'Logo y manual de marca'],
  packaging: ['Packaging línea nueva', 'Etiquetas de vino', 'Cajas de regalo'],
  illustration: ['Ilustraciones para campaña', 'Mural', 'Ilustración editorial'],
  web: ['Web corporativa', 'Landing de lanzamiento'],
  editorial: ['Catálogo anual', 'Revista trimestral', 'Memoria anual'],
  'social-media': ['Plantillas para redes', 'Campaña de verano'],
};

export interface GenerateOptions {
  entries: number;
  /** The last day of the history. */
  endDate?: string;
  seed?: number;
  /** Entries per month: 1,000 entries over ten years is far fewer than a busy month. */
  entriesPerMonth?: number;
  /**
   * Work for every screen: signals, colleagues, letters and a few fresh inquiries, and
   * old invoices settled (late, now and then) so only recent ones are still open, as in
   * a real practice. Off, the dataset is exactly what earlier versions generated.
   */
  extras?: boolean;
}

/** Builds a dataset whose time entries end at `endDate`, about `entriesPerMonth` a month. */
export function generateDataset(opts: GenerateOptions): Dataset {
  const r = rng(opts.seed ?? 42);
  const end = opts.endDate ?? '2026-11-20';
  const perMonth = opts.entriesPerMonth ?? 830;
  const months = Math.max(1, Math.ceil(opts.entries / perMonth));
  const days = months * 30;
  const start = addDays(end, -days + 1);
  const projectCount = Math.max(3, Math.round(opts.entries / 33));
  const clientCount = Math.max(2, Math.round(projectCount / 10));

  const clients: Client[] = [];
  for (let i = 0; i < clientCount; i++) {
    const created = addDays(start, Math.floor((i / clientCount) * days * 0.9));
    clients.push({
      id: `c${i}`,
      name: `${r.pick(BUSINESS)} ${r.pick(PLACE)} ${i}`,
      company: `${r.pick(FIRST)} ${r.pick(PLACE)}`,
      source: r.pick(CLIENT_SOURCES),
      ...(i > 3 && r.next() < 0.3 ? { referredBy: `c${r.int(0, i - 1)}` } : {}),
      status: i < clientCount - 5 ? 'active' : 'prospect',
      star: r.next() < 0.05,
      createdAt: created,
      lastContactAt: addDays(created, r.int(0, 60)),
    });
  }
  const projects: Project[] = [];
  for (let i = 0; i < projectCount; i++) {
    const client = clients[Math.floor((i / projectCount) * clientCount)]!;
    const kind = r.pick(KINDS);
    const created = addDays(start, Math.floor((i / projectCount) * days));
    const estimatedHours = r.int(6, 60);
    const fixed = r.next() < 0.7;
    const done = dayNumber(created) < dayNumber(end) - 60;
    const amount = estimatedHours * r.int(35, 80) * 100;
    projects.push({
      id: `p${i}`,
      clientId: client.id,
      title: r.pick(TITLES[kind]!),
      kind,
      pricing: fixed ? { mode: 'fixed', amount } : { mode: 'hourly', rate: r.int(40, 75) * 100 },
      estimatedHours,
      status: done ? r.pick(['delivered', 'closed', 'closed'] as const) : r.pick(['accepted', 'in-progress', 'inquiry'] as const),
      deadline: addDays(created, r.int(14, 90)),
      createdAt: created,
      invoices: done
        ? [
            {
              id: `i${i}`,
              issuedAt: addDays(created, 30),
              amount,
              termsDays: 30,
              ...(r.next() < 0.9 ? { paidAt: addDays(created, 30 + r.int(10, 90)), paidAmount: amount } : {}),
            },
          ]
        : [],
    });
  }
  const timeEntries: TimeEntry[] = [];
  const startDay = dayNumber(start);
  for (let i = 0; i < opts.entries; i++) {
    const day = startDay + Math.floor((i / opts.entries) * days);
    const date = addDays(start, day - startDay);
    // The project that was current around that day.
    const pi = Math.min(projectCount - 1, Math.floor(((day - startDay) / days) * projectCount) + r.int(-2, 0));
    timeEntries.push({
      id: `t${i}`,
      projectId: `p${Math.max(0, pi)}`,
      date,
      minutes: r.pick([30, 45, 60, 90, 120, 180]),
      billable: r.next() < 0.85,
      ...(r.next() < 0.3 ? { note: r.pick(['Bocetos', 'Reunión', 'Revisión', 'Artes finales', 'Presentación']) } : {}),
    });
  }
  const data: Dataset = { clients, projects, timeEntries, signals: [], colleagues: [], letters: [] };
  return opts.extras ? withExtras(data, end, (opts.seed ?? 42) + 1) : data;
}

const RED_KINDS: SignalKind[] = ['asked-discount', 'late-information', 'scope-creep', 'missed-commitment', 'paid-late', 'threatened-competitor'];
const GREEN_KINDS: SignalKind[] = ['referred-someone', 'paid-on-time', 'accepted-price', 'praised', 'praised'];
const SPECIALTIES = [...KINDS, 'motion', 'photography', 'type-design', 'ux'];
const LETTER_KINDS_MIX: LetterKind[] = ['decline', 'decline', 'counter-offer', 'check-in', 'follow-up', 'farewell'];
const SUBJECTS: Record<LetterKind, string> = {
  decline: 'Gracias por pensar en mí',
  'counter-offer': 'Una propuesta para tu proyecto',
  farewell: 'Gracias por estos años',
  'check-in': '¿Cómo lo ves?',
  'follow-up': '¿Qué tal va todo?',
};

/** Adds signals, colleagues, letters and fresh inquiries, and settles old invoices (own PRNG: the base data stays the same). */
function withExtras(base: Dataset, end: string, seed: number): Dataset {
  const r = rng(seed);
  const settleBefore = addDays(end, -120);
  const projects: Project[] = base.projects.map((p) =>
    p.invoices.some((inv) => !inv.paidAt && inv.issuedAt < settleBefore)
      ? {
          ...p,
          invoices: p.invoices.map((inv) =>
            inv.paidAt || inv.issuedAt >= settleBefore ? inv : { ...inv, paidAt: addDays(inv.issuedAt, inv.termsDays + r.int(15, 80)), paidAmount: inv.amount },
          ),
        }
      : p,
  );
  const byClient = new Map<string, Project[]>();
  for (const p of projects) byClient.set(p.clientId, [...(byClient.get(p.clientId) ?? []), p]);

  const signals: Signal[] = [];
  for (const c of base.clients) {
    if (r.next() > 0.45) continue;
    const own = byClient.get(c.id) ?? [];
    for (let k = r.int(1, 4); k > 0; k--) {
      const p = own.length ? r.pick(own) : undefined;
      const date = p ? addDays(p.createdAt, r.int(0, 40)) : c.createdAt;
      signals.push({
        id: `s${signals.length}`,
        clientId: c.id,
        ...(p ? { projectId: p.id } : {}),
        date: date > end ? end : date,
        kind: r.next() < 0.35 ? r.pick(RED_KINDS) : r.next() < 0.9 ? r.pick(GREEN_KINDS) : 'promised-to-buy',
        ...(r.next() < 0.4 ? { note: r.pick(['Por teléfono', 'En la reunión', 'Por correo', 'Me lo comentó al entregar']) } : {}),
      });
    }
  }

  const colleagues: Colleague[] = Array.from({ length: 14 }, (_, i) => ({
    id: `col${i}`,
    name: `${r.pick(FIRST)} ${r.pick(PLACE)}`,
    specialties: [...new Set([r.pick(SPECIALTIES), r.pick(SPECIALTIES)])],
    languages: r.next() < 0.3 ? ['es', 'en'] : ['es'],
    email: `colega${i}@example.com`,
  }));

  const letters: Letter[] = [];
  for (const c of base.clients) {
    if (r.next() > 0.35) continue;
    const kind = r.pick(LETTER_KINDS_MIX);
    const p = r.pick(byClient.get(c.id) ?? [undefined]);
    const date = addDays(c.createdAt, r.int(5, 200));
    letters.push({
      id: `l${letters.length}`,
      kind,
      clientId: c.id,
      ...(p ? { projectId: p.id } : {}),
      language: 'es',
      subject: SUBJECTS[kind],
      body: `Hola ${c.company ?? c.name}:\n\nGracias por escribirme. ${SUBJECTS[kind]}\n\nUn abrazo,\nAna`,
      createdAt: date > end ? end : date,
    });
  }

  // Inquiries that arrived in the last weeks: no hours yet, some already quoted.
  const recent = base.clients.slice(-20);
  for (let i = 0; i < 10; i++) {
    const c = r.pick(recent);
    const kind = r.pick(KINDS);
    const estimatedHours = r.int(8, 50);
    projects.push({
      id: `q${i}`,
      clientId: c.id,
      title: r.pick(TITLES[kind]!),
      kind,
      pricing: r.next() < 0.8 ? { mode: 'fixed', amount: estimatedHours * r.int(30, 85) * 100 } : { mode: 'hourly', rate: r.int(35, 80) * 100 },
      estimatedHours,
      status: r.next() < 0.7 ? 'inquiry' : 'quoted',
      deadline: addDays(end, r.int(20, 90)),
      createdAt: addDays(end, -r.int(0, 20)),
      invoices: [],
    });
  }
  return { ...base, projects, signals, colleagues, letters };
}

/** Writes a dataset as a ClientFit data folder (the same files the backend writes). */
export function writeDataFolder(dir: string, data: Dataset): void {
  fs.mkdirSync(path.join(dir, 'time'), { recursive: true });
  const put = (name: string, doc: object) => fs.writeFileSync(path.join(dir, name), JSON.stringify({ schemaVersion: 1, ...doc }));
  put('clients.json', { items: data.clients });
  put('projects.json', { items: data.projects });
  put('signals.json', { items: data.signals });
  put('colleagues.json', { items: data.colleagues });
  put('letters.json', { items: data.letters });
  const byMonth = new Map<string, TimeEntry[]>();
  for (const e of data.timeEntries) {
    const m = monthOf(e.date);
    const list = byMonth.get(m);
    if (list) list.push(e);
    else byMonth.set(m, [e]);
  }
  for (const [month, items] of byMonth) put(`time/${month}.json`, { month, items });
}
