import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInquiry } from '#shared/rules';
import { findMoney } from '#shared/rules/inquiryMoney';
import { easterSunday, findDeadline } from '#shared/rules/inquiryDates';
import { DEFAULT_SETTINGS, type Dataset, type Settings } from '#shared/model';
import { client, dataset } from '../../support/builders';

const TODAY = '2026-12-04';
const settings: Settings = { ...DEFAULT_SETTINGS, yourName: 'Clara Vidal', businessName: 'Estudio Vidal', currency: 'EUR' };
const data: Dataset = dataset({
  clients: [
    client('c-own', { name: 'Estudio Vidal', source: 'other', createdAt: '2025-01-01', internal: true }),
    client('c-rio', { name: 'Aceites Río', company: 'Aceites Río', email: 'lola@aceitesrio.es', star: true, createdAt: '2025-01-01' }),
    client('c-mesa', { name: 'La Mesa Verde', email: 'hola@lamesaverde.com', status: 'past', createdAt: '2025-01-01' }),
  ],
});
const read = (text: string, s: Partial<Settings> = {}) => readInquiry(text, data, { ...settings, ...s }, TODAY);
const money = (s: string) => findMoney(s).map((m) => ({ amount: m.amount, currency: m.currency, hourly: m.hourly, range: m.range }));

describe('money in every common form', () => {
  it.each([
    ['Tenemos 3.000 € para todo', 300000, 'EUR', false],
    ['unos 3000 euros', 300000, 'EUR', false],
    ['budget: €3k', 300000, 'EUR', false],
    ['el presupuesto es de unos 2.500', 250000, null, false],
    ['we can pay $4,000', 400000, 'USD', false],
    ['1.500,50 € más IVA', 150050, 'EUR', false],
    ['GBP 2,750.00 all in', 275000, 'GBP', false],
    ['cobra 60 €/h', 6000, 'EUR', true],
    ['we pay 55 euros per hour', 5500, 'EUR', true],
    ['a 40 euros la hora', 4000, 'EUR', true],
  ])('%s', (text, amount, currency, hourly) => {
    expect(money(text)[0]).toEqual({ amount, currency, hourly, range: false });
  });

  it('takes the low end of a range and says it was one', () => {
    expect(money('entre 2.000 y 3.000 €')).toEqual([{ amount: 200000, currency: 'EUR', hourly: false, range: true }]);
    expect(money('between $1,000 and $1,500')).toEqual([{ amount: 100000, currency: 'USD', hourly: false, range: true }]);
    expect(money('algo así como 2-3k')).toEqual([{ amount: 200000, currency: null, hourly: false, range: true }]);
  });

  it('does not read counts, phones, dates or durations as money', () => {
    expect(money('unas 10 secciones, 32 páginas, tel. 600 11 22 33, el 15/01/2027, 15 hrs/week, en 2027')).toEqual([]);
  });
});

describe('deadlines resolved against today', () => {
  const at = (s: string, lang: 'es' | 'en' = 'es') => findDeadline(s, TODAY, lang)?.date ?? null;
  it.each([
    ['Lo necesito antes del 15 de enero.', 'es', '2027-01-15'],
    ['Tiene que estar para finales de marzo.', 'es', '2027-03-31'],
    ['Lo queremos para mediados de febrero.', 'es', '2027-02-15'],
    ['Entrega a principios de abril.', 'es', '2027-04-10'],
    ['Sería para el próximo mes.', 'es', '2027-01-31'],
    ['Lo necesitamos en dos semanas.', 'es', '2026-12-18'],
    ['Tiene que estar antes de Navidad.', 'es', '2026-12-24'],
    ['La fecha límite es el 20/01/2027.', 'es', '2027-01-20'],
    ['We need it by Jan 15th.', 'en', '2027-01-15'],
    ['Could it be ready by the end of March?', 'en', '2027-03-31'],
    ['Ideally before Christmas.', 'en', '2026-12-24'],
    ['We would like it live next month.', 'en', '2027-01-31'],
    ['Deliver in three weeks please.', 'en', '2026-12-25'],
    ['We need it by the 10th.', 'en', '2026-12-10'],
    ['Before Easter would be perfect.', 'en', '2027-03-28'],
    ['The files by the 22nd at the latest, please.', 'en', '2026-12-22'],
  ])('%s', (sentence, lang, date) => {
    expect(at(sentence, lang as 'es' | 'en')).toBe(date);
  });

  it('reads "para ayer" as urgency, not as a date, and a date with no deadline words as nothing', () => {
    expect(at('Lo necesito para ayer.')).toBeNull();
    expect(at('Abrimos el 20 de febrero.')).toBeNull();
    expect(at('We met on March 3rd.', 'en')).toBeNull();
  });

  it('knows when Easter falls', () => {
    expect([2026, 2027, 2028].map(easterSunday)).toEqual(['2026-04-05', '2027-03-28', '2028-04-16']);
  });
});

describe('readInquiry', () => {
  it('reads who, what, money and when from a pasted e-mail with headers, and cites each', () => {
    const text = [
      'De: Tomás Herrera <tomas@herreracerveza.es>',
      'Asunto: RV: Re: Etiquetas para cerveza artesana',
      '',
      'Hola Clara,',
      '',
      'Queremos diseñar las etiquetas de tres cervezas nuevas. Contamos con 1.800 € y lo necesitaríamos antes del 20 de enero.',
      '',
      'Un saludo,',
      'Tomás Herrera',
      'Cervezas Herrera',
    ].join('\n');
    const r = read(text);
    expect(r).toMatchObject({
      name: 'Tomás Herrera',
      email: 'tomas@herreracerveza.es',
      company: 'Cervezas Herrera',
      contactName: 'Tomás',
      title: 'Etiquetas para cerveza artesana',
      kind: 'packaging',
      pricing: { mode: 'fixed', amount: 180000 },
      deadline: '2027-01-20',
      signals: [],
    });
    expect(r.clientId).toBeUndefined();
    for (const e of r.evidence) expect(text).toContain(e.text);
    expect(r.evidence.find((e) => e.field === 'pricing')?.text).toBe('1.800 €');
    expect(r.evidence.find((e) => e.field === 'deadline')?.text).toBe('20 de enero');
  });

  it('leaves out what the text does not say', () => {
    const r = read('Hola, ¿haces ilustraciones? Gracias');
    expect(r).toEqual({ kind: 'illustration', signals: [], evidence: [{ field: 'kind', text: 'ilustraciones' }] });
  });

  it('matches an existing client by address, by domain and by name, never the internal one', () => {
    expect(read('From: Lola <lola@aceitesrio.es>\n\nNew labels please.').clientId).toBe('c-rio');
    const byDomain = read('From: Juan Río <juan@aceitesrio.es>\n\nOtra cosa.');
    expect(byDomain).toMatchObject({ clientId: 'c-rio', company: 'Aceites Río' });
    expect(read('Hola, soy Pepa, de La Mesa Verde. Queremos una web.').clientId).toBe('c-mesa');
    expect(read('Hola, soy Pepa, de Estudio Vidal.').clientId).toBeUndefined();
  });

  it('takes the company from a non-free-mail domain, never from a free one', () => {
    expect(read('From: Ana Gil <ana@florecer.es>\n\nHola').company).toBe('florecer.es');
    expect(read('From: Ana Gil <ana.gil@gmail.com>\n\nHola').company).toBeUndefined();
  });

  it('never greets a company as a person', () => {
    const r = read('From: Hoteles Sur S.L. <info@hotelessur.com>\nSubject: Web\n\nNecesitamos una web.');
    expect(r.name).toBe('Hoteles Sur S.L.');
    expect(r.company).toBe('Hoteles Sur S.L.');
    expect(r.contactName).toBeUndefined();
  });

  it('keeps a compound first name for the greeting', () => {
    expect(read('From: José Luis Martín Pérez <jl@martin.es>\n\nHola').contactName).toBe('José Luis');
    expect(read('From: Ana Ruiz <ana@ruiz.es>\n\nHola').contactName).toBe('Ana');
  });

  it('leaves out money in another currency and keeps its evidence', () => {
    const r = read('Necesito un logo. Te pago 700 dólares.');
    expect(r.pricing).toBeUndefined();
    expect(r.evidence).toContainEqual({ field: 'pricing', text: '700 dólares', note: 'other-currency' });
    expect(read('Necesito un logo. Te pago 700 dólares.', { currency: 'USD' }).pricing).toEqual({ mode: 'fixed', amount: 70000 });
  });

  it('says when a budget was a range and it took the low end', () => {
    const r = read('Para el logo tenemos entre 1.000 y 1.400 euros.');
    expect(r.pricing).toEqual({ mode: 'fixed', amount: 100000 });
    expect(r.evidence).toContainEqual({ field: 'pricing', text: 'entre 1.000 y 1.400 euros', note: 'range-low-end' });
  });

  it('reads an hourly rate as one', () => {
    expect(read('We are looking for an illustrator at €50/hr.').pricing).toEqual({ mode: 'hourly', rate: 5000 });
  });

  it("does not take a competitor's price for their budget", () => {
    const r = read('Queremos un rebranding. Otra agencia nos lo hace por 900 €.');
    expect(r.pricing).toBeUndefined();
    expect(r.signals).toEqual([{ kind: 'threatened-competitor', evidence: 'Otra agencia nos lo hace por 900 €.' }]);
  });

  it('finds each signal with the sentence it came from', () => {
    const r = read(
      'Queremos un logo. ¿Nos harías un descuento? Lo necesito para ayer. Seguro que después vendrán más proyectos. Otro estudio nos ofrece hacerlo más barato.',
    );
    expect(r.signals).toEqual([
      { kind: 'asked-discount', evidence: '¿Nos harías un descuento?' },
      { kind: 'late-information', evidence: 'Lo necesito para ayer.' },
      { kind: 'promised-to-buy', evidence: 'Seguro que después vendrán más proyectos.' },
      { kind: 'threatened-competitor', evidence: 'Otro estudio nos ofrece hacerlo más barato.' },
    ]);
    expect(r.deadline).toBeUndefined();
  });

  it("hears a competitor in someone's agency that will do it for less", () => {
    const r = read('We can pay €500. My cousin\'s studio would do it for €300.');
    expect(r.signals.map((x) => x.kind)).toEqual(['threatened-competitor']);
    expect(r.pricing).toEqual({ mode: 'fixed', amount: 50000 });
  });

  it('does not read "no rush" as a rush', () => {
    expect(read('We need a poster illustration. No rush at all, urgency is not a thing here.').signals).toEqual([]);
  });

  it('records a referral by an existing client as that client, and by anyone else as the name written', () => {
    const known = read('Hola Clara, nos ha recomendado Lola de Aceites Río. Queremos un logo.');
    expect(known).toMatchObject({ source: 'referral', referredBy: 'c-rio' });
    expect(known.evidence).toContainEqual({ field: 'referredBy', text: 'nos ha recomendado Lola de Aceites Río' });
    expect(read('Hi! My friend Tom Baker said you are great. We need a website.')).toMatchObject({ source: 'referral', referredBy: 'Tom Baker' });
    // "de parte de" their own company is not a referral.
    expect(read('Le escribo de parte de Hoteles Sur.\n\nSaludos,\nMaría Gómez\nHoteles Sur').source).toBeUndefined();
  });

  it('reads a forward from someone else as a referral by them, with the person asking inside', () => {
    const text = [
      'From: Lola <lola@aceitesrio.es>',
      'Subject: Fwd: Catálogo',
      '',
      'Te paso esto, Clara.',
      '',
      '---------- Forwarded message ---------',
      'From: Marcos Peña <marcos@penavinos.es>',
      'Subject: Catálogo',
      '',
      'Hola Lola, ¿conoces a alguien para maquetar un catálogo? Tenemos 900 €.',
    ].join('\n');
    expect(read(text)).toMatchObject({ name: 'Marcos Peña', email: 'marcos@penavinos.es', title: 'Catálogo', kind: 'editorial', source: 'referral', referredBy: 'c-rio', pricing: { mode: 'fixed', amount: 90000 } });
  });

  it('ignores the quoted reply under the message and the designer\'s own name', () => {
    const text = 'Hi Clara, we need a logo.\n\nThanks,\nPete\n\nOn Mon, Nov 30, 2026 at 9:00 AM Clara Vidal <hola@estudiovidal.es> wrote:\n> My rate is €70/h and I can do it by January 10.';
    const r = read(text);
    expect(r).toMatchObject({ name: 'Pete', contactName: 'Pete', kind: 'branding' });
    expect(r.pricing).toBeUndefined();
    expect(r.deadline).toBeUndefined();
  });

  it('maps the kind to your own specialties too', () => {
    expect(read('Buscamos a alguien para el naming y la tipografía de la marca.', { specialties: ['tipografía'] }).kind).toBe('branding');
    expect(read('Buscamos a alguien para la tipografía de la revista.', { specialties: ['tipografía'] }).kind).toBe('tipografía');
  });

  it('finds where they came from when they say so', () => {
    expect(read('Te vi en Instagram y me encantó tu trabajo.').source).toBe('social');
    expect(read('I met you at the Madrid Design Festival last year.').source).toBe('event');
  });

  it("reads the README's example as the README says", () => {
    const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    const example = /## From the e-mail to the verdict[\s\S]*?```\n([\s\S]*?)```/.exec(readme)![1]!;
    const withAlmendro: Dataset = { ...data, clients: [...data.clients, client('c-al', { name: 'Bodegas Almendro', email: 'marta@bodegasalmendro.es', createdAt: '2025-01-01' })] };
    const r = readInquiry(example, withAlmendro, settings, TODAY);
    expect(r).toMatchObject({ company: 'Quesos Ortega', contactName: 'Javier', source: 'referral', title: 'Identidad para nuestra quesería', kind: 'branding', pricing: { mode: 'fixed', amount: 250000 }, deadline: '2027-01-31' });
    expect(r.referredBy).toBe('c-al');
    expect(r.evidence).toContainEqual({ field: 'pricing', text: 'entre 2.500 y 3.000 €', note: 'range-low-end' });
    expect(r.signals.map((x) => x.kind).sort()).toEqual(['asked-discount', 'threatened-competitor']);
  });
});
