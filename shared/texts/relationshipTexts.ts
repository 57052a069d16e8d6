/**
 * Words shown to people by the relationship rules (clean house, twins, check-ins,
 * follow-ups): one table per language, same keys. Numbers arrive already formatted.
 */
import type { Language, RedSignal } from '../model';
import { localeOf } from '../format';

export type ClientSourceKind = 'referral' | 'web' | 'social' | 'event' | 'repeat' | 'other';
import type { RateBand } from '../model';

export interface RelationshipTexts {
  redKind: Record<RedSignal, string>;
  source: Record<ClientSourceKind, string>;
  band: Record<RateBand, string>;
  /** "3 of your 4 star clients", "all your star clients"... */
  stars: (count: number, total: number) => string;

  rateUnderMinimum: (p: { rate: string; minimum: string }) => string;
  rateUnderTarget: (p: { rate: string; target: string }) => string;
  rateAtTarget: (p: { rate: string; target: string }) => string;
  rateUnknown: () => string;
  hoursBelowTarget: (p: { hours: string; atTarget: string; revenue: string; gap: string }) => string;
  hoursSpent: (p: { hours: string; revenue: string }) => string;
  redSignals: (p: { count: number; list: string }) => string;
  noRedSignals: () => string;
  canAfford: (p: { remaining: string; floor: string }) => string;
  cannotAfford: (p: { remaining: string; floor: string; shortfall: string }) => string;
  farewellKindly: () => string;

  twinSource: (p: { source: string; stars: string }) => string;
  twinKind: (p: { kind: string; stars: string }) => string;
  twinRate: (p: { rate: string; band: string; stars: string }) => string;
  twinPaysOnTime: (p: { stars: string }) => string;

  checkIn: (p: { days: number; project?: string }) => string;
  followUp: (p: { days: number; project: string }) => string;
  dormant: (p: { days: number; project: string }) => string;
}

const en: RelationshipTexts = {
  redKind: {
    'asked-discount': 'asked for a discount',
    'late-information': 'sent information late',
    'scope-creep': 'the work kept growing',
    'missed-commitment': 'missed a commitment',
    'broke-agreement': 'broke an agreement',
    'threatened-competitor': 'used another provider as leverage',
    'paid-late': 'paid late',
    unpaid: 'an invoice is still unpaid',
  },
  source: {
    referral: 'through a referral',
    web: 'through your website',
    social: 'through social media',
    event: 'through an event',
    repeat: 'as a returning client',
    other: 'by another route',
  },
  band: {
    good: 'at or above your target',
    caution: 'between your minimum and your target',
    bad: 'under your minimum',
  },
  stars: (count, total) =>
    total === 1 ? 'your star client' : count === total ? `all ${total} of your star clients` : `${count} of your ${total} star clients`,

  rateUnderMinimum: ({ rate, minimum }) => `Its work has paid you ${rate}, under your minimum of ${minimum}.`,
  rateUnderTarget: ({ rate, target }) => `Its work has paid you ${rate}, under your target of ${target}.`,
  rateAtTarget: ({ rate, target }) => `Its work pays you ${rate}, at or above your target of ${target}.`,
  rateUnknown: () => 'No hours logged yet, so its hourly rate is still unknown.',
  hoursBelowTarget: ({ hours, atTarget, revenue, gap }) =>
    `It took ${hours} of your time: at your target rate that would be ${atTarget}, and it brought ${revenue}, ${gap} less.`,
  hoursSpent: ({ hours, revenue }) => `It took ${hours} of your time and brought ${revenue}.`,
  redSignals: ({ count, list }) => (count === 1 ? `One warning sign: ${list}.` : `${count} warning signs: ${list}.`),
  noRedSignals: () => 'No warning signs recorded.',
  canAfford: ({ remaining, floor }) =>
    `Even without it, your income over the last 12 months would be ${remaining}, enough for the ${floor} a year of fixed costs needs.`,
  cannotAfford: ({ remaining, floor, shortfall }) =>
    `You cannot afford this yet: without it, your income over the last 12 months would be ${remaining}, ${shortfall} short of the ${floor} a year of fixed costs needs. Worth waiting until other work covers that ${shortfall}.`,
  farewellKindly: () => 'If you part ways, a warm farewell letter that points them to a colleague helps them find a better fit.',

  twinSource: ({ source, stars }) => `Came ${source}, like ${stars}.`,
  twinKind: ({ kind, stars }) => `The same kind of work (${kind}) as ${stars}.`,
  twinRate: ({ rate, band, stars }) => `About ${rate} (${band}), in line with ${stars}.`,
  twinPaysOnTime: ({ stars }) => `Pays on time, like ${stars}.`,

  checkIn: ({ days, project }) =>
    `${days === 1 ? 'One day' : `${days} days`} without news${project ? ` about “${project}”` : ''}: a short message asking where they stand helps you touch ground.`,
  followUp: ({ days, project }) =>
    `${days === 1 ? 'One day' : `${days} days`} since you last spoke, after “${project}”: a short note asking how the work is doing keeps the relationship warm.`,
  dormant: ({ days, project }) =>
    `${days === 1 ? 'One day' : `${days} days`} of silence since “${project}”: a warm check-in can wake the relationship.`,
};

const es: RelationshipTexts = {
  redKind: {
    'asked-discount': 'pidió un descuento',
    'late-information': 'envió la información tarde',
    'scope-creep': 'el trabajo fue creciendo',
    'missed-commitment': 'no cumplió un compromiso',
    'broke-agreement': 'rompió un acuerdo',
    'threatened-competitor': 'usó a otro proveedor para negociar',
    'paid-late': 'pagó tarde',
    unpaid: 'hay una factura sin pagar',
  },
  source: {
    referral: 'por recomendación',
    web: 'por tu web',
    social: 'por redes sociales',
    event: 'por un evento',
    repeat: 'como cliente que vuelve',
    other: 'por otra vía',
  },
  band: {
    good: 'en tu tarifa objetivo o por encima',
    caution: 'entre tu mínimo y tu objetivo',
    bad: 'por debajo de tu mínimo',
  },
  stars: (count, total) =>
    total === 1 ? 'tu cliente estrella' : count === total ? `tus ${total} clientes estrella` : `${count} de tus ${total} clientes estrella`,

  rateUnderMinimum: ({ rate, minimum }) => `Su trabajo te ha pagado ${rate}, por debajo de tu mínimo de ${minimum}.`,
  rateUnderTarget: ({ rate, target }) => `Su trabajo te ha pagado ${rate}, por debajo de tu objetivo de ${target}.`,
  rateAtTarget: ({ rate, target }) => `Su trabajo te paga ${rate}, en tu objetivo de ${target} o por encima.`,
  rateUnknown: () => 'Aún no hay horas registradas, así que su tarifa por hora no se conoce.',
  hoursBelowTarget: ({ hours, atTarget, revenue, gap }) =>
    `Te ha llevado ${hours}: a tu tarifa objetivo serían ${atTarget}, y ha aportado ${revenue}, ${gap} menos.`,
  hoursSpent: ({ hours, revenue }) => `Te ha llevado ${hours} y ha aportado ${revenue}.`,
  redSignals: ({ count, list }) => (count === 1 ? `Una señal de alerta: ${list}.` : `${count} señales de alerta: ${list}.`),
  noRedSignals: () => 'Sin señales de alerta registradas.',
  canAfford: ({ remaining, floor }) =>
    `Aun sin este cliente, tus ingresos de los últimos 12 meses serían ${remaining}, suficiente para los ${floor} de un año de gastos fijos.`,
  cannotAfford: ({ remaining, floor, shortfall }) =>
    `Todavía no te lo puedes permitir: sin este cliente, tus ingresos de los últimos 12 meses serían ${remaining}, ${shortfall} menos que los ${floor} de un año de gastos fijos. Conviene esperar a que otro trabajo cubra esos ${shortfall}.`,
  farewellKindly: () => 'Si decides cerrar la relación, una carta de despedida cálida que recomiende a un colega le ayudará a encontrar a alguien más adecuado.',

  twinSource: ({ source, stars }) => `Llegó ${source}, como ${stars}.`,
  twinKind: ({ kind, stars }) => `El mismo tipo de trabajo (${kind}) que ${stars}.`,
  twinRate: ({ rate, band, stars }) => `Unos ${rate} (${band}), en línea con ${stars}.`,
  twinPaysOnTime: ({ stars }) => `Paga a tiempo, como ${stars}.`,

  checkIn: ({ days, project }) =>
    `${days === 1 ? 'Un día' : `${days} días`} sin noticias${project ? ` sobre «${project}»` : ''}: un mensaje breve para preguntar en qué punto están ayuda a tocar tierra.`,
  followUp: ({ days, project }) =>
    `${days === 1 ? 'Un día' : `${days} días`} desde la última conversación, tras «${project}»: una nota breve para preguntar cómo funciona el trabajo mantiene viva la relación.`,
  dormant: ({ days, project }) =>
    `${days === 1 ? 'Un día' : `${days} días`} de silencio desde «${project}»: un saludo cercano puede despertar la relación.`,
};

export const RELATIONSHIP_TEXTS: Record<Language, RelationshipTexts> = { en, es };

/** The relationship texts in `language`. */
export function relationshipTexts(language: Language): RelationshipTexts {
  return RELATIONSHIP_TEXTS[language];
}

const listFormats = new Map<Language, Intl.ListFormat>();

/** "a, b and c" / "a, b y c" in the language's own list style. */
export function joinList(items: readonly string[], language: Language): string {
  let f = listFormats.get(language);
  if (!f) {
    // Made once per language: an Intl formatter costs far more to make than to use.
    f = new Intl.ListFormat(localeOf(language), { style: 'long', type: 'conjunction' });
    listFormats.set(language, f);
  }
  return f.format(items);
}
