/**
 * "Explore with sample data": a believable year of a brand designer, ending at `today`,
 * in Spanish or English. Deterministic (a seeded generator, no clock), every record marked
 * `sample: true` with an id starting `sample-`, so it can be told apart and removed.
 *
 * The cast is chosen so that every rule has something to say: a starred client who sends
 * referrals, one whose jobs run 2.5 times over the estimate, one who pays at 90 days on
 * 30-day terms, one who always asks for a discount, a prospect who promised to buy and went
 * silent, open inquiries (one to accept, one to negotiate, one to decline), a delivered
 * job nobody followed up, and colleagues to refer people to.
 */
import { addDays, dayNumber } from './dates';
import { DEFAULT_SETTINGS, type Client, type Colleague, type Dataset, type Invoice, type Language, type Letter, type LetterKind, type Project, type Signal, type SignalKind, type TimeEntry } from './model';
import { hourlyAmount } from './money';
import { draftLetter } from './rules/letters';
import { indexDataset } from './index/dataset';

/** Who signs the sample's letters when the person exploring leaves their own name empty. */
export const SAMPLE_SIGNATURE: Record<Language, { yourName: string; businessName: string }> = {
  es: { yourName: 'Alba Ferrán', businessName: 'Estudio Alba Ferrán' },
  en: { yourName: 'Alice Porter', businessName: 'Porter Studio' },
};

/** Every sample id starts with this. */
export const SAMPLE_ID_PREFIX = 'sample-';

type Text = Record<Language, string>;

interface ProjectSpec {
  key: string;
  title: Text;
  kind: string;
  /** Fixed price in whole currency units, or an hourly rate in whole units. */
  price: number;
  hourly?: boolean;
  estimate: number;
  /** Hours logged; in-progress work has logged part of its estimate. */
  logged: number;
  /** Work ran from `start` to `end` days before today (end 0 = still going today). */
  start: number;
  end: number;
  status: Project['status'];
  /** Days from today (positive = ahead). */
  deadline?: number;
  /** Days before today it was asked for, when it is not `start + 7`. */
  created?: number;
  /** Days from issue to payment; undefined leaves it unpaid. */
  paidAfter?: number;
  /** An invoice for half the price at the start (a deposit), paid a few days later. */
  deposit?: boolean;
  /** No invoice (yet). */
  noInvoice?: boolean;
  /** Minutes already logged this morning; other blocks land on earlier days. */
  todayMinutes?: number;
}

interface SignalSpec {
  kind: SignalKind;
  ago: number;
  project?: string;
  note?: Text;
}

interface ClientSpec {
  key: string;
  name: Text;
  /** The person who writes; one client writes from a shared address and has none, so letters also greet nobody in particular. */
  contact?: Text;
  email: Text;
  source: Client['source'];
  referredBy?: string;
  status: Client['status'];
  star?: boolean;
  created: number;
  lastContact: number;
  notes?: Text;
  projects: ProjectSpec[];
  signals?: SignalSpec[];
}

const t = (es: string, en: string): Text => ({ es, en });

const CLIENTS: ClientSpec[] = [
  {
    key: 'star',
    name: t('Bodegas Almendro', 'Hartwell Cider Co.'),
    contact: t('Carmen Ibarra', 'Claire Hartwell'),
    email: t('carmen@bodegasalmendro.example', 'claire@hartwellcider.example'),
    source: 'event',
    status: 'active',
    star: true,
    created: 820,
    lastContact: 6,
    notes: t(
      'Carmen Ruiz, directora de marketing. Nos conocimos en un congreso de diseño. Paga puntual, decide rápido y nos recomienda a menudo.',
      'Claire Hartwell, marketing director. We met at a design conference. Pays on time, decides fast and recommends us often.',
    ),
    projects: [
      { key: 'labels', title: t('Etiquetas de la cosecha 2026', 'Harvest 2026 labels'), kind: 'packaging', price: 6000, estimate: 80, logged: 82, start: 345, end: 262, status: 'closed', paidAfter: 14 },
      { key: 'shop', title: t('Ilustraciones para la tienda de la bodega', 'Illustrations for the cider house shop'), kind: 'illustration', price: 70, hourly: true, estimate: 55, logged: 60, start: 236, end: 152, status: 'delivered', paidAfter: 12 },
      { key: 'giftbox', title: t('Caja regalo de Navidad', 'Christmas gift box'), kind: 'packaging', price: 3000, estimate: 40, logged: 41, start: 140, end: 96, status: 'delivered', paidAfter: 18 },
      { key: 'catalogue', title: t('Catálogo de vinos 2027', 'Cider catalogue 2027'), kind: 'editorial', price: 3600, estimate: 50, logged: 32, start: 40, end: 0, status: 'in-progress', deadline: 25, deposit: true, todayMinutes: 90 },
    ],
    signals: [
      { kind: 'accepted-price', ago: 352, project: 'labels' },
      { kind: 'praised', ago: 255, project: 'labels', note: t('Nos escribió que las etiquetas habían subido las ventas en tienda.', 'Wrote that the labels had lifted sales in the shop.') },
    ],
  },
  {
    key: 'lonja',
    name: t('Restaurante La Lonja', 'The Harbour Kitchen'),
    contact: t('Javier Ortega', 'Tom Reilly'),
    email: t('javier@lalonja.example', 'tom@harbourkitchen.example'),
    source: 'referral',
    referredBy: 'star',
    status: 'active',
    created: 305,
    lastContact: 20,
    projects: [
      { key: 'identity', title: t('Identidad visual', 'Visual identity'), kind: 'branding', price: 4800, estimate: 70, logged: 74, start: 298, end: 215, status: 'closed', paidAfter: 21 },
      { key: 'menu', title: t('Carta de temporada', 'Seasonal menu'), kind: 'editorial', price: 1200, estimate: 16, logged: 17, start: 82, end: 62, status: 'delivered', paidAfter: 16 },
    ],
    signals: [{ kind: 'praised', ago: 210, project: 'identity' }],
  },
  {
    key: 'miga',
    name: t('Obrador Miga', 'Crumb & Co. Bakery'),
    contact: t('Lucía Robles', 'Rosie Clarke'),
    email: t('lucia@obradormiga.example', 'hello@crumbandco.example'),
    source: 'referral',
    referredBy: 'star',
    status: 'active',
    created: 178,
    lastContact: 4,
    projects: [
      { key: 'bags', title: t('Packaging de panes y bolsas', 'Bread bags and boxes'), kind: 'packaging', price: 3600, estimate: 55, logged: 57, start: 170, end: 92, status: 'delivered', paidAfter: 20 },
      { key: 'social', title: t('Ilustraciones para redes', 'Illustrations for social media'), kind: 'illustration', price: 1500, estimate: 22, logged: 12, start: 26, end: 0, status: 'in-progress', deadline: 18, noInvoice: true },
    ],
  },
  {
    key: 'overrun',
    name: t('Inmobiliaria Horizonte', 'Summit Property Group'),
    contact: t('Elena Vidal', 'Rachel Moore'),
    email: t('ventas@horizonte.example', 'sales@summitproperty.example'),
    source: 'web',
    status: 'active',
    created: 382,
    lastContact: 2,
    notes: t(
      'Cada encargo crece sobre la marcha: cambios de última hora y nuevas piezas que no estaban en el presupuesto.',
      'Every job grows as it goes: last-minute changes and new pieces that were never in the quote.',
    ),
    projects: [
      { key: 'logo', title: t('Renovación del logotipo', 'Logo refresh'), kind: 'branding', price: 480, estimate: 8, logged: 20, start: 360, end: 318, status: 'closed', paidAfter: 25 },
      { key: 'brochure', title: t('Folleto de la promoción Las Dunas', 'Dunes development brochure'), kind: 'editorial', price: 960, estimate: 16, logged: 40, start: 286, end: 226, status: 'closed', paidAfter: 28 },
      { key: 'hoardings', title: t('Cartelería de obra', 'Site hoardings'), kind: 'signage', price: 720, estimate: 12, logged: 30, start: 200, end: 150, status: 'delivered', paidAfter: 26 },
      { key: 'investors', title: t('Presentación para inversores', 'Investor presentation'), kind: 'editorial', price: 1200, estimate: 20, logged: 50, start: 128, end: 58, status: 'delivered', paidAfter: 24 },
      {
        key: 'mirador',
        title: t('Identidad para la promoción Residencial Mirador', 'Identity for the Hillcrest residences'),
        kind: 'branding',
        price: 700,
        estimate: 10,
        logged: 0,
        start: 2,
        end: 2,
        created: 2,
        status: 'inquiry',
        deadline: 30,
        noInvoice: true,
      },
    ],
    signals: [
      { kind: 'scope-creep', ago: 338, project: 'logo', note: t('Pidió tres versiones más del logotipo fuera del presupuesto.', 'Asked for three more logo versions outside the quote.') },
      { kind: 'scope-creep', ago: 250, project: 'brochure', note: t('El folleto pasó de 8 a 16 páginas sin cambiar el precio.', 'The brochure grew from 8 to 16 pages at the same price.') },
      { kind: 'scope-creep', ago: 95, project: 'investors', note: t('Añadió una versión en inglés «ya que estábamos».', 'Added a Spanish version "while we were at it".') },
    ],
  },
  {
    key: 'late',
    name: t('Hoteles Mar Azul', 'Bayview Hotels'),
    contact: t('Andrés Molina', 'David Shaw'),
    email: t('administracion@hotelesmarazul.example', 'accounts@bayviewhotels.example'),
    source: 'web',
    status: 'active',
    created: 520,
    lastContact: 9,
    notes: t(
      'Buen trabajo y buen precio, pero pagan a 90 días aunque firmamos 30.',
      'Good work at a good price, but they pay at 90 days although we agreed 30.',
    ),
    projects: [
      { key: 'signage', title: t('Señalética del hotel', 'Hotel signage'), kind: 'signage', price: 5400, estimate: 80, logged: 78, start: 362, end: 300, status: 'closed', paidAfter: 90 },
      { key: 'stationery', title: t('Menús y papelería del restaurante', 'Restaurant menus and stationery'), kind: 'editorial', price: 2000, estimate: 30, logged: 32, start: 262, end: 225, status: 'closed', paidAfter: 90 },
      { key: 'summer', title: t('Campaña de verano', 'Summer campaign'), kind: 'illustration', price: 2600, estimate: 36, logged: 35, start: 205, end: 165, status: 'delivered', paidAfter: 90 },
      { key: 'loyalty', title: t('Tarjetas de fidelización', 'Loyalty cards'), kind: 'packaging', price: 1400, estimate: 20, logged: 10, start: 19, end: 0, status: 'in-progress', deadline: 20, noInvoice: true },
    ],
  },
  {
    key: 'discount',
    name: t('Gimnasios Fuerza Urbana', 'IronWorks Gyms'),
    contact: t('Raúl Campos', 'Mark Dawson'),
    email: t('gerencia@fuerzaurbana.example', 'manager@ironworksgyms.example'),
    source: 'social',
    status: 'active',
    created: 340,
    lastContact: 3,
    projects: [
      { key: 'identity', title: t('Identidad de la nueva sede', 'Identity for the new gym'), kind: 'branding', price: 3000, estimate: 60, logged: 63, start: 330, end: 250, status: 'closed', paidAfter: 22 },
      { key: 'posters', title: t('Carteles de la campaña de enero', 'January campaign posters'), kind: 'illustration', price: 1500, estimate: 30, logged: 32, start: 182, end: 140, status: 'delivered', paidAfter: 27 },
      { key: 'vinyl', title: t('Vinilos y señalética de sala', 'Wall graphics and floor signs'), kind: 'signage', price: 1200, estimate: 24, logged: 16, start: 30, end: 0, status: 'in-progress', deadline: 12, noInvoice: true },
    ],
    signals: [
      { kind: 'asked-discount', ago: 334, project: 'identity', note: t('Pidió un 20 % de descuento antes de firmar.', 'Asked for 20 % off before signing.') },
      { kind: 'asked-discount', ago: 184, project: 'posters', note: t('Si son varios carteles, nos harás precio, ¿no?', 'If it is several posters, you will give us a deal, right?') },
      { kind: 'asked-discount', ago: 32, project: 'vinyl', note: t('Quería el mismo precio que hace un año con el doble de piezas.', 'Wanted last year\'s price for twice the pieces.') },
    ],
  },
  {
    key: 'faro',
    name: t('Librería El Faro', 'Lighthouse Books'),
    contact: t('Rosa Llorente', 'Ruth Adams'),
    email: t('rosa@libreriaelfaro.example', 'ruth@lighthousebooks.example'),
    source: 'other',
    status: 'past',
    created: 420,
    lastContact: 108,
    projects: [
      { key: 'autumn', title: t('Catálogo de otoño', 'Autumn catalogue'), kind: 'editorial', price: 1400, estimate: 24, logged: 25, start: 335, end: 300, status: 'closed', paidAfter: 15 },
      { key: 'campaign', title: t('Ilustraciones para la campaña del libro', 'Illustrations for the book fair campaign'), kind: 'illustration', price: 1800, estimate: 28, logged: 27, start: 150, end: 110, status: 'delivered', paidAfter: 15 },
    ],
  },
  {
    key: 'yoga',
    name: t('Estudio Prana Yoga', 'Willow Yoga Studio'),
    contact: t('Ana Prieto', 'Maya Collins'),
    email: t('ana@pranayoga.example', 'maya@willowyoga.example'),
    source: 'web',
    status: 'active',
    created: 92,
    lastContact: 12,
    projects: [
      // Invoiced 40 days ago on 30-day terms and not paid yet: ten days overdue.
      { key: 'identity', title: t('Identidad visual y señalética', 'Visual identity and signage'), kind: 'branding', price: 2600, estimate: 38, logged: 37, start: 85, end: 40, status: 'delivered' },
    ],
  },
  {
    key: 'silent',
    name: t('Cosmética Lumen', 'Lumen Skincare'),
    contact: t('Irene Blanco', 'Sophie Hughes'),
    email: t('irene@cosmeticalumen.example', 'sophie@lumenskincare.example'),
    source: 'web',
    status: 'prospect',
    created: 58,
    lastContact: 40,
    projects: [
      {
        key: 'line',
        title: t('Identidad y packaging de la línea facial', 'Identity and packaging for the face care line'),
        kind: 'branding',
        price: 4500,
        estimate: 60,
        logged: 0,
        start: 55,
        end: 55,
        created: 55,
        status: 'inquiry',
        deadline: 40,
        noInvoice: true,
      },
    ],
    signals: [
      { kind: 'promised-to-buy', ago: 40, project: 'line', note: t('Lo firmamos la semana que viene, seguro.', 'We will sign next week, for sure.') },
    ],
  },
  {
    key: 'olive',
    name: t('Almazara Olivar de Luna', 'Meadowbrook Honey'),
    contact: t('Pedro Soler', 'Jack Lowe'),
    email: t('pedro@olivardeluna.example', 'jack@meadowbrookhoney.example'),
    source: 'referral',
    referredBy: 'star',
    status: 'prospect',
    created: 3,
    lastContact: 3,
    projects: [
      {
        key: 'bottles',
        title: t('Packaging del aceite de oliva virgen extra', 'Jar labels and gift packs'),
        kind: 'packaging',
        price: 2600,
        estimate: 32,
        logged: 0,
        start: 3,
        end: 3,
        created: 3,
        status: 'inquiry',
        deadline: 50,
        noInvoice: true,
      },
    ],
  },
  {
    key: 'grocer',
    name: t('Verde Huerta', 'Fresh Fields Grocery'),
    email: t('pedidos@verdehuerta.example', 'orders@freshfields.example'),
    source: 'web',
    status: 'prospect',
    created: 4,
    lastContact: 4,
    projects: [
      {
        key: 'shop',
        title: t('Tienda online de verdura ecológica', 'Online shop for organic vegetables'),
        kind: 'web',
        price: 3500,
        estimate: 50,
        logged: 0,
        start: 4,
        end: 4,
        created: 4,
        status: 'inquiry',
        deadline: 35,
        noInvoice: true,
      },
    ],
  },
];

interface ColleagueSpec {
  key: string;
  name: string;
  specialties: string[];
  languages: Language[];
  email: string;
  website?: string;
  notes?: string;
}

const COLLEAGUES: Record<Language, ColleagueSpec[]> = {
  es: [
    { key: 'web', name: 'Marta Ibáñez', specialties: ['web', 'ux'], languages: ['es', 'en'], email: 'marta@ibanezweb.example', website: 'https://ibanezweb.example', notes: 'Tiendas online y webs a medida. Entrega cuando dice.' },
    { key: 'illustration', name: 'Diego Salas', specialties: ['illustration'], languages: ['es'], email: 'diego@diegosalas.example', notes: 'Ilustración infantil y editorial.' },
    { key: 'motion', name: 'Lucía Ferrer', specialties: ['motion'], languages: ['es', 'en'], email: 'hola@luciaferrer.example' },
    { key: 'photo', name: 'Pablo Roig', specialties: ['photography'], languages: ['es'], email: 'pablo@roigfoto.example', notes: 'Fotografía de producto y bodegones.' },
    { key: 'copy', name: 'Irene Castro', specialties: ['copywriting'], languages: ['es', 'en'], email: 'irene@irenecastro.example' },
    { key: 'web-en', name: 'Hannah Cole', specialties: ['web'], languages: ['en'], email: 'hannah@colestudio.example' },
    { key: 'branding', name: 'Clara Montes', specialties: ['branding', 'packaging'], languages: ['es'], email: 'clara@estudiomontes.example', notes: 'Estudio de marca pequeño, como el mío. Le paso lo que no puedo atender.' },
  ],
  en: [
    { key: 'web', name: 'Hannah Cole', specialties: ['web', 'ux'], languages: ['en'], email: 'hannah@colestudio.example', website: 'https://colestudio.example', notes: 'Online shops and custom websites. Delivers when she says.' },
    { key: 'illustration', name: 'Sam Okafor', specialties: ['illustration'], languages: ['en'], email: 'sam@samokafor.example', notes: "Children's and editorial illustration." },
    { key: 'motion', name: 'Priya Nair', specialties: ['motion'], languages: ['en', 'es'], email: 'hello@priyanair.example' },
    { key: 'photo', name: 'Leo Martins', specialties: ['photography'], languages: ['en', 'es'], email: 'leo@martinsphoto.example', notes: 'Product and still-life photography.' },
    { key: 'copy', name: 'Grace Holloway', specialties: ['copywriting'], languages: ['en'], email: 'grace@hollowaywords.example' },
    { key: 'web-es', name: 'Marta Ibáñez', specialties: ['web'], languages: ['es', 'en'], email: 'marta@ibanezweb.example' },
    { key: 'branding', name: 'Oliver Grant', specialties: ['branding', 'packaging'], languages: ['en'], email: 'oliver@grantstudio.example', notes: 'A small brand studio like mine. I pass on what I cannot take.' },
  ],
};

/** What a day's work was, by kind of project. */
const NOTES: Record<string, Text[]> = {
  branding: [t('Bocetos de logotipo', 'Logo sketches'), t('Presentación de propuestas', 'Concepts presentation'), t('Ajustes tras la reunión', 'Changes after the meeting'), t('Manual de marca', 'Brand guidelines')],
  packaging: [t('Troqueles y medidas', 'Dielines and measurements'), t('Diseño de etiqueta', 'Label design'), t('Prueba de color', 'Colour proof'), t('Artes finales', 'Final artwork')],
  illustration: [t('Bocetos', 'Sketches'), t('Entintado', 'Inking'), t('Color', 'Colour'), t('Revisión con el cliente', 'Review with the client')],
  editorial: [t('Maquetación', 'Layout'), t('Corrección de textos', 'Proofreading'), t('Retoque de fotos', 'Photo retouching'), t('Preparar para imprenta', 'Print preparation')],
  signage: [t('Planos y medidas', 'Plans and measurements'), t('Diseño de rótulos', 'Sign design'), t('Visita a obra', 'Site visit'), t('Artes finales', 'Final artwork')],
};
const UNBILLED_NOTES: Text[] = [t('Reunión', 'Meeting'), t('Correos y presupuesto', 'Emails and quote'), t('Administración', 'Admin')];
/** Lengths a block of work takes, in minutes (mean 80). */
const CHUNKS = [30, 45, 60, 60, 75, 90, 90, 120, 150];

/** mulberry32: a tiny seeded generator, so the same call always gives the same year. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Monday to Friday, outside the summer and Christmas breaks. */
function isWorkingDay(date: string): boolean {
  const weekday = (((dayNumber(date) + 3) % 7) + 7) % 7; // 0 = Monday
  if (weekday > 4) return false;
  const md = date.slice(5);
  if (md >= '08-03' && md <= '08-21') return false;
  return !(md >= '12-24' || md <= '01-06');
}

const sampleId = (...parts: string[]) => `${SAMPLE_ID_PREFIX}${parts.join('-')}`;

/** A believable year of a brand designer's clients, ending at `today`, in one language. */
export function sampleDataset(today: string, language: Language): Dataset {
  const rand = seeded(20_261_123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const ago = (days: number) => addDays(today, -days);
  const clientId = (key: string) => sampleId('client', key);
  const cents = (units: number) => Math.round(units * 100);

  const clients: Client[] = [];
  const projects: Project[] = [];
  const timeEntries: TimeEntry[] = [];
  const signals: Signal[] = [];
  // Minutes already placed on each day: of two candidate days the emptier one gets the
  // next block, so days stay human (a few hours) instead of piling up by chance.
  const load = new Map<string, number>();
  const placeDay = (days: readonly string[]): string => {
    const a = pick(days);
    const b = pick(days);
    return (load.get(a) ?? 0) <= (load.get(b) ?? 0) ? a : b;
  };

  for (const c of CLIENTS) {
    const client: Client = {
      id: clientId(c.key),
      name: c.name[language],
      email: c.email[language],
      source: c.source,
      status: c.status,
      star: c.star ?? false,
      createdAt: ago(c.created),
      lastContactAt: ago(c.lastContact),
      sample: true,
    };
    if (c.contact) client.contactName = c.contact[language];
    if (c.referredBy) client.referredBy = clientId(c.referredBy);
    if (c.notes) client.notes = c.notes[language];
    clients.push(client);

    for (const p of c.projects) {
      const id = sampleId('project', c.key, p.key);
      const created = Math.min(c.created, p.created ?? p.start + 7);
      const project: Project = {
        id,
        clientId: client.id,
        title: p.title[language],
        kind: p.kind,
        pricing: p.hourly ? { mode: 'hourly', rate: cents(p.price) } : { mode: 'fixed', amount: cents(p.price) },
        estimatedHours: p.estimate,
        status: p.status,
        createdAt: ago(created),
        invoices: [],
        sample: true,
      };
      if (p.deadline !== undefined) project.deadline = addDays(today, p.deadline);

      // The hours: blocks of work on working days between start and end, adding up exactly.
      let billableMinutes = 0;
      if (p.logged > 0) {
        const days: string[] = [];
        // Today is still young: only the minutes said to be logged this morning land on it.
        for (let d = p.start; d >= Math.max(p.end, 1); d--) if (isWorkingDay(ago(d))) days.push(ago(d));
        if (days.length === 0) days.push(ago(Math.max(p.end, 1)));
        let remaining = Math.round(p.logged * 60);
        let n = 0;
        let first = p.todayMinutes;
        while (remaining > 0) {
          let minutes = first ?? pick(CHUNKS);
          if (minutes >= remaining || remaining - minutes < 30) minutes = remaining;
          remaining -= minutes;
          const billable = rand() >= 0.1;
          const note = billable ? pick(NOTES[p.kind] ?? NOTES.branding!) : pick(UNBILLED_NOTES);
          const date = first !== undefined ? today : placeDay(days);
          first = undefined;
          load.set(date, (load.get(date) ?? 0) + minutes);
          timeEntries.push({ id: sampleId('time', c.key, p.key, String(++n)), projectId: id, date, minutes, billable, note: note[language], sample: true });
          if (billable) billableMinutes += minutes;
        }
      }

      // The money: a deposit, an invoice on delivery, or nothing yet.
      const invoices: Invoice[] = [];
      const price = p.hourly ? hourlyAmount(cents(p.price), billableMinutes) : cents(p.price);
      const paidOn = (issued: string, after: number | undefined) => {
        if (after === undefined) return {};
        const paidAt = addDays(issued, after);
        return paidAt <= today ? { paidAt } : {};
      };
      if (p.deposit) {
        const issuedAt = ago(p.start);
        invoices.push({ id: sampleId('invoice', c.key, p.key, '1'), issuedAt, amount: Math.round(price / 2), termsDays: 30, ...paidOn(issuedAt, 5) });
      } else if (!p.noInvoice && (p.status === 'delivered' || p.status === 'closed')) {
        const issuedAt = ago(p.end);
        invoices.push({ id: sampleId('invoice', c.key, p.key, '1'), issuedAt, amount: price, termsDays: 30, ...paidOn(issuedAt, p.paidAfter) });
      }
      project.invoices = invoices;
      projects.push(project);
    }

    for (const [i, s] of (c.signals ?? []).entries()) {
      const signal: Signal = { id: sampleId('signal', c.key, String(i + 1)), clientId: client.id, date: ago(s.ago), kind: s.kind, sample: true };
      if (s.project) signal.projectId = sampleId('project', c.key, s.project);
      if (s.note) signal.note = s.note[language];
      signals.push(signal);
    }
  }

  const colleagues: Colleague[] = COLLEAGUES[language].map((c) => {
    const colleague: Colleague = { id: sampleId('colleague', c.key), name: c.name, specialties: c.specialties, languages: c.languages, email: c.email, sample: true };
    if (c.website) colleague.website = c.website;
    if (c.notes) colleague.notes = c.notes;
    return colleague;
  });

  timeEntries.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const data: Dataset = { clients, projects, timeEntries, signals, colleagues, letters: [] };

  // A few letters already sent, drafted by the app's own rules as they stood on that day.
  const settings = { ...DEFAULT_SETTINGS, language, ...SAMPLE_SIGNATURE[language], taxName: language === 'es' ? 'IVA' : 'VAT' };
  const sent: { key: string; kind: LetterKind; client: string; project: string; ago: number }[] = [
    { key: 'follow-up-lonja', kind: 'follow-up', client: 'lonja', project: 'identity', ago: 55 },
    { key: 'check-in-silent', kind: 'check-in', client: 'silent', project: 'line', ago: 47 },
    { key: 'counter-offer-discount', kind: 'counter-offer', client: 'discount', project: 'posters', ago: 183 },
  ];
  data.letters = sent.map((l): Letter => {
    const projectId = sampleId('project', l.client, l.project);
    const draft = draftLetter({ kind: l.kind, clientId: clientId(l.client), projectId, language, data, settings, today: ago(l.ago) });
    return {
      id: sampleId('letter', l.key),
      kind: l.kind,
      clientId: clientId(l.client),
      projectId,
      language,
      subject: draft.subject,
      body: draft.body,
      createdAt: ago(l.ago),
      sample: true,
    };
  });
  return data;
}

/** True when a record came from the sample data. */
export function isSample(record: { sample?: boolean }): boolean {
  return record.sample === true;
}

/** True when any record of the dataset came from the sample data (time entries counted by the index, not scanned). */
export function hasSampleData(data: Dataset): boolean {
  return (
    data.clients.some(isSample) ||
    data.projects.some(isSample) ||
    data.signals.some(isSample) ||
    data.colleagues.some(isSample) ||
    data.letters.some(isSample) ||
    indexDataset(data).sampleEntries > 0
  );
}
