/**
 * The sentences behind an inquiry's verdict, one table per language with the same keys.
 * They speak to the freelancer (always `tú` in Spanish): warm, direct, never scolding.
 * Placeholders are `{{name}}`; values arrive already formatted for the language.
 */
import type { Language } from '../model';

const EN = {
  projectedHoursClient: 'Their last projects took {{factor}}x the estimate: {{estimate}} becomes {{projected}}.',
  projectedHoursKind: 'Your past {{kind}} projects took {{factor}}x the estimate: {{estimate}} becomes {{projected}}.',
  projectedHoursEstimate: 'No history to correct the estimate yet, so this counts the {{estimate}} you estimated.',
  projectedHoursAverage: 'No estimate given: your past {{kind}} projects took {{projected}} on average, so this counts that.',
  noEstimate: 'No estimate and no past {{kind}} projects to go by: estimate the hours before you answer.',

  rateBelowMinimumFixed: '{{price}} / {{hours}} = {{rate}}, under your minimum of {{minimum}}.',
  rateBelowTargetFixed: '{{price}} / {{hours}} = {{rate}}: above your minimum of {{minimum}}, under your target of {{target}}.',
  rateAtTargetFixed: '{{price}} / {{hours}} = {{rate}}, at or above your target of {{target}}.',
  rateBelowMinimumHourly: 'They offer {{rate}}, under your minimum of {{minimum}}.',
  rateBelowTargetHourly: 'They offer {{rate}}: above your minimum of {{minimum}}, under your target of {{target}}.',
  rateAtTargetHourly: 'They offer {{rate}}, at or above your target of {{target}}.',
  hourlyPricing: 'Billed by the hour: if it runs to {{projected}}, you are paid for {{projected}}. Hourly pricing protects you from overruns.',
  hourlyPricingNoHours: 'Billed by the hour: every hour it takes is paid. Hourly pricing protects you from overruns.',
  hourlyAdvice: 'Billing by the hour would protect you: with this client, work runs {{factor}}x the estimate.',

  capacityOk: 'It fits: {{projected}} of the {{free}} you have free until {{deadline}}.',
  capacityOkCommitted:
    'It fits: {{projected}} of the {{free}} you have free until {{deadline}}, after {{committed}} committed before {{deadline}} to {{projects}}.',
  capacityShort:
    'It does not fit: {{free}} free until {{deadline}} ({{capacity}} of capacity, {{committed}} committed before {{deadline}} to {{projects}}) for {{projected}} of work.',
  capacityShortFree: 'It does not fit: {{free}} free until {{deadline}} for {{projected}} of work.',
  projectName: '“{{title}}”',
  moreProjects: '{{n}} more',
  deadlineNoTime: 'The deadline ({{deadline}}) leaves no working days for {{projected}} of work.',
  noDeadline: 'No deadline yet: agree a date that fits your calendar before you say yes.',

  outsideSpecialty: 'This {{kind}} project is outside your specialties ({{specialties}}): someone who specialises in it will serve them better.',
  inSpecialty: 'This {{kind}} project is one of your specialties.',

  latePayer: 'They pay {{days}} late on average, across {{invoices}}.',
  paysOnTime: 'They have paid on time ({{invoices}}).',
  unpaidInvoices: 'They still owe you {{amount}} on {{invoices}} past the due date.',
  signal: '{{label}}{{times}}.',
  times: ' ({{n}} times)',
  promise: 'They said they will buy: a promise is a signal, not a sale.',
  nonClient: '{{count}} different red flags ({{traits}}): this client is not the right fit, and saying no keeps your time for those who are.',

  starredReferral: 'Referred by {{name}}, one of your star clients.',
  referral: 'Referred by {{name}}.',
  starClient: '{{name}} is one of your star clients.',

  suggestPrice: 'To reach your target of {{target}}, ask for {{suggested}} ({{hours}} x {{target}}).',
  suggestScope: 'Or trim the scope to about {{scopeHours}}, which is what {{price}} pays at your target rate.',
  suggestRate: 'Ask for your target rate of {{target}} (about {{suggested}} for {{hours}}).',
  suggestDeadline: 'A deadline around {{date}} would fit.',
  suggestDeposit: 'Ask for half up front before you start.',
  suggestSettle: 'Ask them to settle the open invoices before you start.',

  invoiceOne: '1 invoice',
  invoiceMany: '{{n}} invoices',
  dayOne: '1 day',
  dayMany: '{{n}} days',

  'label.asked-discount': 'They asked for a discount',
  'label.late-information': 'They were late with the information you needed',
  'label.scope-creep': 'The scope grew beyond what was agreed',
  'label.missed-commitment': 'They missed a commitment',
  'label.broke-agreement': 'They broke an agreed condition',
  'label.threatened-competitor': 'They used another provider as leverage',
  'label.paid-late': 'They paid late',
  'label.unpaid': 'They left an invoice unpaid',
  'label.referred-someone': 'They referred someone to you',
  'label.paid-on-time': 'They paid on time',
  'label.accepted-price': 'They accepted your price without haggling',
  'label.praised': 'They praised your work',

  'trait.asked-discount': 'asked for a discount',
  'trait.late-information': 'late information',
  'trait.scope-creep': 'scope creep',
  'trait.missed-commitment': 'missed commitments',
  'trait.broke-agreement': 'broke an agreement',
  'trait.threatened-competitor': 'used a competitor as leverage',
  'trait.paid-late': 'a recorded late payment',
  'trait.late-history': 'a history of paying late',
  'trait.unpaid': 'unpaid invoices',
} as const;

/** A key of the reason tables (the same in every language). */
export type ReasonTextKey = keyof typeof EN;

const ES: Record<ReasonTextKey, string> = {
  projectedHoursClient: 'Sus últimos proyectos llevaron {{factor}} veces lo estimado: {{estimate}} se convierten en {{projected}}.',
  projectedHoursKind: 'Tus proyectos de {{kind}} anteriores llevaron {{factor}} veces lo estimado: {{estimate}} se convierten en {{projected}}.',
  projectedHoursEstimate: 'Aún no hay historial para corregir la estimación, así que cuento las {{estimate}} que estimaste.',
  projectedHoursAverage: 'Sin estimación: tus proyectos de {{kind}} anteriores llevaron {{projected}} de media, así que cuento con eso.',
  noEstimate: 'Sin estimación ni proyectos de {{kind}} anteriores en los que basarte: estima las horas antes de responder.',

  rateBelowMinimumFixed: '{{price}} / {{hours}} = {{rate}}: esta consulta no cubre tu tarifa mínima de {{minimum}}.',
  rateBelowTargetFixed: '{{price}} / {{hours}} = {{rate}}: por encima de tu mínima de {{minimum}}, por debajo de tu objetivo de {{target}}.',
  rateAtTargetFixed: '{{price}} / {{hours}} = {{rate}}: llega a tu tarifa objetivo de {{target}}.',
  rateBelowMinimumHourly: 'Ofrecen {{rate}}: no cubre tu tarifa mínima de {{minimum}}.',
  rateBelowTargetHourly: 'Ofrecen {{rate}}: por encima de tu mínima de {{minimum}}, por debajo de tu objetivo de {{target}}.',
  rateAtTargetHourly: 'Ofrecen {{rate}}: llega a tu tarifa objetivo de {{target}}.',
  hourlyPricing: 'Se cobra por horas: si llega a {{projected}}, cobras {{projected}}. Cobrar por horas te protege de los desvíos.',
  hourlyPricingNoHours: 'Se cobra por horas: cada hora que lleve se paga. Cobrar por horas te protege de los desvíos.',
  hourlyAdvice: 'Cobrar por horas te protegería: con este cliente el trabajo lleva {{factor}} veces lo estimado.',

  capacityOk: 'Cabe: {{projected}} de las {{free}} libres que tienes hasta el {{deadline}}.',
  capacityOkCommitted:
    'Cabe: {{projected}} de las {{free}} libres que tienes hasta el {{deadline}}, tras {{committed}} comprometidas antes del {{deadline}} en {{projects}}.',
  capacityShort:
    'No cabe: tienes {{free}} libres hasta el {{deadline}} ({{capacity}} de capacidad, {{committed}} comprometidas antes del {{deadline}} en {{projects}}) para {{projected}} de trabajo.',
  capacityShortFree: 'No cabe: tienes {{free}} libres hasta el {{deadline}} para {{projected}} de trabajo.',
  projectName: '«{{title}}»',
  moreProjects: '{{n}} más',
  deadlineNoTime: 'La fecha de entrega ({{deadline}}) no deja días de trabajo para {{projected}}.',
  noDeadline: 'Aún no hay fecha de entrega: acuerda una que quepa en tu calendario antes de decir que sí.',

  outsideSpecialty: 'Este proyecto de {{kind}} queda fuera de tus especialidades ({{specialties}}): alguien especializado lo atenderá mejor.',
  inSpecialty: 'Este proyecto de {{kind}} es de tu especialidad.',

  latePayer: 'Pagan con {{days}} de retraso de media, en {{invoices}}.',
  paysOnTime: 'Han pagado a tiempo ({{invoices}}).',
  unpaidInvoices: 'Aún te deben {{amount}}, en {{invoices}} con el plazo vencido.',
  signal: '{{label}}{{times}}.',
  times: ' ({{n}} veces)',
  promise: 'Dijeron que comprarán: una promesa es una señal, no una venta.',
  nonClient: '{{count}} señales rojas distintas ({{traits}}): este cliente no encaja contigo, y decir que no guarda tu tiempo para quienes sí.',

  starredReferral: 'Viene recomendado por {{name}}, uno de tus clientes estrella.',
  referral: 'Viene recomendado por {{name}}.',
  starClient: '{{name}} es uno de tus clientes estrella.',

  suggestPrice: 'Para llegar a tu tarifa objetivo de {{target}}, pide {{suggested}} ({{hours}} x {{target}}).',
  suggestScope: 'O reduce el alcance a unas {{scopeHours}}, que es lo que pagan {{price}} a tu tarifa objetivo.',
  suggestRate: 'Pide tu tarifa objetivo de {{target}} (unos {{suggested}} por {{hours}}).',
  suggestDeadline: 'Una fecha de entrega hacia el {{date}} sí cabría.',
  suggestDeposit: 'Pide la mitad por adelantado antes de empezar.',
  suggestSettle: 'Pide que salden las facturas pendientes antes de empezar.',

  invoiceOne: '1 factura',
  invoiceMany: '{{n}} facturas',
  dayOne: '1 día',
  dayMany: '{{n}} días',

  'label.asked-discount': 'Pidieron un descuento',
  'label.late-information': 'Tardaron en darte la información que necesitabas',
  'label.scope-creep': 'El alcance creció más allá de lo acordado',
  'label.missed-commitment': 'No cumplieron un compromiso',
  'label.broke-agreement': 'Rompieron una condición acordada',
  'label.threatened-competitor': 'Usaron a otro proveedor para presionarte',
  'label.paid-late': 'Pagaron tarde',
  'label.unpaid': 'Dejaron una factura sin pagar',
  'label.referred-someone': 'Te recomendaron a alguien',
  'label.paid-on-time': 'Pagaron a tiempo',
  'label.accepted-price': 'Aceptaron tu precio sin regatear',
  'label.praised': 'Elogiaron tu trabajo',

  'trait.asked-discount': 'pidió descuento',
  'trait.late-information': 'información tarde',
  'trait.scope-creep': 'alcance que crece',
  'trait.missed-commitment': 'compromisos incumplidos',
  'trait.broke-agreement': 'rompió un acuerdo',
  'trait.threatened-competitor': 'presión con la competencia',
  'trait.paid-late': 'un pago tarde anotado',
  'trait.late-history': 'historial de pagos tardíos',
  'trait.unpaid': 'facturas sin pagar',
};

/** The reason tables, by language. */
export const REASON_TEXTS: Readonly<Record<Language, Readonly<Record<ReasonTextKey, string>>>> = { en: EN, es: ES };

/** Fills `{{name}}` placeholders in one pass; a missing or non-finite value becomes an empty string. */
export function interpolate(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) return '';
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
    return value;
  });
}

/** One reason sentence in the given language. */
export function reasonText(
  language: Language,
  key: ReasonTextKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return interpolate(REASON_TEXTS[language][key], values);
}
