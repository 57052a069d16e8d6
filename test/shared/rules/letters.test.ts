import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  draftLetter,
  FOLLOW_UP_ASKS,
  hasWorkedWith,
  isUnsigned,
  letterCloseness,
  letterColleagues,
  letterGreeting,
  letterProject,
  letterSpecialist,
  type DraftLetterInput,
} from '#shared/rules/letters';
import { DECLINE_REASONS, LETTER_TEXTS, en, es, letterDate, letterMoney, firstName, type Closeness } from '#shared/texts/letters';
import {
  DEFAULT_SETTINGS,
  LETTER_KINDS,
  PROJECT_STATUSES,
  type Client,
  type Language,
  type Project,
  type Settings,
  type TimeEntry,
} from '#shared/model';
import { client as kitClient, colleague, dataset, project as kitProject } from '../../support/builders';

const TODAY = '2025-06-01';
const APOLOGY = /sorry|apologi[sz]e|regret|unfortunately|lo siento|disculp|perd[oó]n|lament|desgracia/i;
/** A month written short next to a day or a year: letters write months out in full. */
const SHORT_MONTH = /\b(ene|feb|mar|abr|jun|jul|ago|sep|sept|oct|nov|dic|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}/;

/** A prospect first seen on 1 January 2025. */
const client = (id: string, name: string, extra: Partial<Client> = {}): Client =>
  kitClient(id, { name, status: 'prospect', createdAt: '2025-01-01', ...extra });

/** An inquiry of `kind` made on 1 May 2025. */
const project = (id: string, clientId: string, kind: string, extra: Partial<Project> = {}): Project =>
  kitProject(id, clientId, { kind, status: 'inquiry', createdAt: '2025-05-01', ...extra });

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  yourName: 'Clara Ruiz',
  businessName: 'Estudio Clara',
  signature: 'clararuiz.com',
};

const BASE = dataset({
  clients: [client('c1', 'Horno Sol', { contactName: 'Marta Gil' })],
  projects: [project('p1', 'c1', 'web', { title: 'Identidad Horno Sol', deadline: '2025-07-15' })],
  colleagues: [
    colleague('k1', { name: 'Lucía Ferrer', specialties: ['Web'], languages: ['es', 'en'], email: 'lucia@ferrer.studio' }),
    colleague('k2', { name: 'Amy Lane', specialties: ['web'], languages: ['en'], website: 'lane.co' }),
  ],
});

function draft(overrides: Partial<DraftLetterInput> & Pick<DraftLetterInput, 'kind'>): ReturnType<typeof draftLetter> {
  return draftLetter({ clientId: 'c1', projectId: 'p1', data: BASE, settings: SETTINGS, today: TODAY, ...overrides });
}

const esSettings = (formality: Settings['formality'], extra: Partial<Settings> = {}): Settings => ({ ...SETTINGS, language: 'es', formality, ...extra });
const enSettings = (extra: Partial<Settings> = {}): Settings => ({ ...SETTINGS, language: 'en', formality: 'tu', ...extra });

/** Things no letter may ever contain, whatever the input. */
function expectClean(text: string): void {
  expect(text).not.toMatch(APOLOGY);
  expect(text).not.toMatch(SHORT_MONTH);
  for (const bad of ['undefined', 'null', 'NaN', '{{', '}}', '  ', '\n\n\n']) expect(text).not.toContain(bad);
}

/** Every wording a table offers, functions called with sample arguments. */
function allTexts(value: unknown): string[] {
  const texts: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') texts.push(v);
    else if (typeof v === 'function') {
      texts.push(String((v as (...a: (string | null)[]) => string)('X', 'Y')));
      texts.push(String((v as (...a: (string | null)[]) => string)(null, null)));
    } else if (typeof v === 'object' && v !== null) Object.values(v).forEach(collect);
  };
  collect(value);
  return texts;
}

/** The wordings of one paragraph, in a register, as plain strings. */
function wordingsOf(list: unknown, formality: Settings['formality'], ...args: (string | null)[]): string[] {
  const l = (typeof list === 'object' && list !== null && 'tu' in list ? (list as Record<string, unknown>)[formality] : list) as unknown[];
  return l.map((w) => (typeof w === 'function' ? (w as (...a: (string | null)[]) => string)(...args) : String(w)));
}

const containsOne = (body: string, options: string[]): boolean => options.some((o) => body.includes(o));

describe('letter tables', () => {
  // Both tables must offer the same phrases; a Spanish {usted, tu} pair stands for one English phrase.
  function shape(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return typeof value === 'function' ? 'fn' : typeof value;
    if ('usted' in value && 'tu' in value) return shape((value as { tu: unknown }).tu);
    if (Array.isArray(value)) return `${value.length >= 3 ? '3+' : value.length} x ${String(shape(value[0]))}`;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  }

  it('have the same keys and kinds of value in English and Spanish', () => {
    expect(shape(es)).toEqual(shape(en));
    expect(Object.keys(LETTER_TEXTS).sort()).toEqual(['en', 'es']);
  });

  it('give every paragraph at least three different wordings, in es tú, es usted and en', () => {
    let lists = 0;
    const visit = (v: unknown, path: string): void => {
      if (Array.isArray(v)) {
        lists++;
        for (const f of ['tu', 'usted'] as const) {
          const words = wordingsOf(v, f, 'X', 'Y');
          expect(words.length, path).toBeGreaterThanOrEqual(3);
          expect(new Set(words).size, path).toBe(words.length);
        }
        return;
      }
      if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) visit(x, `${path}.${k}`);
    };
    visit(es, 'es');
    visit(en, 'en');
    expect(lists).toBeGreaterThan(60);
  });

  it('never apologise, in any wording of any paragraph', () => {
    const texts = allTexts(LETTER_TEXTS);
    expect(texts.length).toBeGreaterThan(400);
    for (const t of texts) expect(t).not.toMatch(APOLOGY);
  });

  it('do not repeat "encaja" (it read three times in one counter-offer)', () => {
    for (const t of allTexts(es.counterOffer)) expect(t).not.toMatch(/encaj/);
  });
});

describe('dates, money and names in letters', () => {
  it('writes dates out in full in the letter language', () => {
    expect(letterDate('2027-01-13', 'es')).toBe('13 de enero de 2027');
    expect(letterDate('2027-01-13', 'en')).toBe('13 January 2027');
    expect(letterDate('2025-05-01', 'en')).toBe('1 May 2025');
  });

  it('writes money in the currency own form, whole when there are no cents', () => {
    expect(letterMoney(360000, 'EUR', 'es')).toBe('3.600\u00a0€');
    expect(letterMoney(360050, 'EUR', 'es')).toBe('3.600,50\u00a0€');
    expect(letterMoney(360000, 'GBP', 'en')).toBe('£3,600');
    expect(letterMoney(123456, 'USD', 'en')).toBe('US$1,234.56');
  });

  it('greets the first name of the contact', () => {
    expect(firstName(' Marta  Gil ')).toBe('Marta');
    expect(firstName('')).toBeNull();
    expect(firstName(undefined)).toBeNull();
  });
});

/** The sign-offs of a register, in a language. */
const signOffs = (language: Language, closeness: Closeness): readonly string[] => LETTER_TEXTS[language].signOff[closeness];

describe('every kind x es tú / es usted / en x known / new x contact / none x colleague / none', () => {
  const registers = [
    { name: 'es tú', language: 'es' as const, formality: 'tu' as const },
    { name: 'es usted', language: 'es' as const, formality: 'usted' as const },
    { name: 'en', language: 'en' as const, formality: 'tu' as const },
  ];
  const expectedGreeting = (language: Language, formality: Settings['formality'], contact: boolean): string => {
    if (language === 'en') return contact ? 'Hi Marta,' : 'Hello,';
    if (formality === 'usted') return contact ? 'Buenos días, Marta:' : 'Buenos días:';
    return contact ? 'Hola, Marta:' : 'Hola:';
  };

  for (const kind of LETTER_KINDS) {
    for (const r of registers) {
      for (const known of [true, false]) {
        for (const contact of [true, false]) {
          for (const withColleague of [true, false]) {
            const label = `${kind}, ${r.name}, ${known ? 'known client' : 'new prospect'}, ${contact ? 'with' : 'without'} contact, ${withColleague ? 'with' : 'without'} colleague`;
            it(label, () => {
              const data = dataset({
                clients: [client('c1', 'Inmobiliaria Horizonte', { status: known ? 'active' : 'prospect', ...(contact ? { contactName: 'Marta Gil' } : {}) })],
                projects: [
                  project('p1', 'c1', 'web', { title: 'Web Horizonte', deadline: '2027-01-13', estimatedHours: 20 }),
                  ...(known ? [project('old', 'c1', 'branding', { title: 'Logo Horizonte', status: 'delivered' as const, createdAt: '2024-03-01' })] : []),
                ],
                colleagues: withColleague ? [colleague('k1', { name: 'Lucía Ferrer', specialties: ['web'], languages: ['es', 'en'], email: 'lucia@ferrer.studio' })] : [],
              });
              const settings: Settings = { ...SETTINGS, language: r.language, formality: r.formality };
              const l = draftLetter({ kind, clientId: 'c1', data, settings, today: TODAY, offerColleague: true });
              const lines = l.body.split('\n');
              // Greeting: the contact's first name, or nobody; never the company as a person.
              expect(lines[0]).toBe(expectedGreeting(r.language, r.formality, contact));
              expect(lines[0]).not.toContain('Horizonte');
              expect(lines[0]).not.toContain('Gil');
              // Closing: warm only for clients you have worked with, formal for usted.
              const closeness: Closeness = r.formality === 'usted' ? 'formal' : known ? 'warm' : 'neutral';
              expect(signOffs(r.language, closeness)).toContain(lines.at(-4));
              if (!known || r.formality === 'usted') expect(l.body).not.toMatch(/abrazo|Warm regards|Warmly/i);
              // Signature: name, business and signature lines, last.
              expect(lines.slice(-3)).toEqual(['Clara Ruiz', 'Estudio Clara', 'clararuiz.com']);
              // A colleague is named only where this kind refers one, and only when one matches.
              const refers = withColleague && (kind === 'decline' || kind === 'farewell' || kind === 'counter-offer');
              expect(l.referredColleagueIds).toEqual(refers ? ['k1'] : []);
              expect(l.body.includes('Lucía Ferrer')).toBe(refers);
              expectClean(l.subject + '\n' + l.body);
            });
          }
        }
      }
    }
  }
});

describe('draftLetter: each kind, in English and in both Spanish registers', () => {
  it('decline', () => {
    const e = draft({ kind: 'decline', language: 'en' });
    expect(e.subject).toBe('About “Identidad Horno Sol”');
    expect(e.body.startsWith('Hi Marta,\n\n')).toBe(true);
    expect(containsOne(e.body, wordingsOf(en.decline.thanks, 'tu', '“Identidad Horno Sol”'))).toBe(true);
    const tu = draft({ kind: 'decline', settings: esSettings('tu') });
    expect(tu.subject).toBe('Sobre «Identidad Horno Sol»');
    expect(tu.body.startsWith('Hola, Marta:\n\n')).toBe(true);
    expect(containsOne(tu.body, wordingsOf(es.decline.thanks, 'tu', '«Identidad Horno Sol»'))).toBe(true);
    expect(containsOne(tu.body, wordingsOf(es.decline.reason.capacity, 'tu'))).toBe(true);
    expect(tu.body).toMatch(/\n\nUn saludo,|\n\nSaludos cordiales,|\n\nUn saludo cordial,/);
    const usted = draft({ kind: 'decline', settings: esSettings('usted') });
    expect(usted.body.startsWith('Buenos días, Marta:\n\n')).toBe(true);
    expect(containsOne(usted.body, wordingsOf(es.decline.thanks, 'usted', '«Identidad Horno Sol»'))).toBe(true);
    expect(containsOne(usted.body, wordingsOf(es.decline.reason.capacity, 'usted'))).toBe(true);
    for (const l of [e, tu, usted]) expectClean(l.subject + l.body);
  });

  it('farewell', () => {
    const e = draft({ kind: 'farewell', language: 'en' });
    expect(e.subject).toBe('A change in my studio’s focus');
    for (const part of ['thanks', 'decision', 'handover', 'closing'] as const) {
      expect(containsOne(e.body, wordingsOf(en.farewell[part], 'tu'))).toBe(true);
    }
    expect(e.body).toMatch(/Amy Lane \(lane\.co\) or Lucía Ferrer/);
    const tu = draft({ kind: 'farewell', settings: esSettings('tu') });
    const usted = draft({ kind: 'farewell', settings: esSettings('usted') });
    for (const part of ['thanks', 'decision', 'handover', 'closing'] as const) {
      expect(containsOne(tu.body, wordingsOf(es.farewell[part], 'tu'))).toBe(true);
      expect(containsOne(usted.body, wordingsOf(es.farewell[part], 'usted'))).toBe(true);
    }
    expect(tu.body).toContain('Lucía Ferrer (lucia@ferrer.studio)');
    for (const l of [e, tu, usted]) expectClean(l.subject + l.body);
  });

  it('check-in', () => {
    const e = draft({ kind: 'check-in', language: 'en' });
    expect(e.subject).toBe('Checking in on “Identidad Horno Sol”');
    const tu = draft({ kind: 'check-in', settings: esSettings('tu') });
    expect(tu.subject).toBe('¿Cómo va «Identidad Horno Sol»?');
    const usted = draft({ kind: 'check-in', settings: esSettings('usted') });
    expect(containsOne(tu.body, wordingsOf(es.checkIn.noPressure, 'tu'))).toBe(true);
    expect(containsOne(usted.body, wordingsOf(es.checkIn.noPressure, 'usted'))).toBe(true);
    for (const l of [e, tu, usted]) {
      expect(l.referredColleagueIds).toEqual([]);
      expect(l.body.split('\n\n')).toHaveLength(4); // greeting, ask, no pressure, signature
      expectClean(l.subject + l.body);
    }
  });

  it('follow-up asks for a referral, or for a testimonial when chosen', () => {
    const data = dataset({ ...BASE, projects: [project('p9', 'c1', 'branding', { title: 'Packaging Sol', status: 'delivered' }), ...BASE.projects] });
    const base = { kind: 'follow-up' as const, clientId: 'c1', data, today: TODAY };
    const e = draftLetter({ ...base, settings: enSettings() });
    expect(e.subject).toBe('How is “Packaging Sol” working for you?');
    expect(containsOne(e.body, wordingsOf(en.followUp.referral, 'tu'))).toBe(true);
    expect(containsOne(e.body, wordingsOf(en.followUp.testimonial, 'tu'))).toBe(false);
    const t = draftLetter({ ...base, settings: enSettings(), ask: 'testimonial' });
    expect(containsOne(t.body, wordingsOf(en.followUp.testimonial, 'tu'))).toBe(true);
    expect(containsOne(t.body, wordingsOf(en.followUp.referral, 'tu'))).toBe(false);
    for (const f of ['tu', 'usted'] as const) {
      for (const ask of FOLLOW_UP_ASKS) {
        const l = draftLetter({ ...base, settings: esSettings(f), ask });
        expect(containsOne(l.body, wordingsOf(es.followUp[ask], f))).toBe(true);
        expect(l.referredColleagueIds).toEqual([]);
        expectClean(l.subject + l.body);
      }
    }
  });

  it('uses settings.language unless a language is given', () => {
    expect(draft({ kind: 'decline', settings: { ...SETTINGS, language: 'en' } }).body).toMatch(/^Hi /);
    expect(draft({ kind: 'decline', settings: { ...SETTINGS, language: 'es' } }).body).toMatch(/^Hola, /);
    expect(draft({ kind: 'decline', settings: { ...SETTINGS, language: 'es' }, language: 'en' }).body).toMatch(/^Hi /);
  });

  it('speaks of "your project" when the client has no project', () => {
    const data = dataset({ clients: [client('c1', 'Marta Gil')] });
    const l = draftLetter({ kind: 'decline', clientId: 'c1', data, settings: SETTINGS, today: TODAY, language: 'en' });
    expect(l.subject).toBe('About your project');
    expect(l.body).toContain('your project');
    expect(l.referredColleagueIds).toEqual([]);
    expectClean(l.body);
  });

  it('throws on an unknown client or project, or a project of another client', () => {
    expect(() => draft({ kind: 'decline', clientId: 'nobody' })).toThrow(/Unknown client/);
    expect(() => draft({ kind: 'decline', projectId: 'nothing' })).toThrow(/Unknown project/);
    const data = dataset({ ...BASE, clients: [...BASE.clients, client('c2', 'Otro')] });
    expect(() => draftLetter({ kind: 'decline', clientId: 'c2', projectId: 'p1', data, settings: SETTINGS, today: TODAY })).toThrow(/does not belong/);
  });
});

describe('greeting and closing', () => {
  it('greets the contact, formally for usted, and nobody in particular without one', () => {
    expect(letterGreeting({ contactName: 'Marta Gil' }, 'es', 'tu')).toEqual({ text: 'Hola, Marta:', name: 'Marta' });
    expect(letterGreeting({ contactName: 'Marta Gil' }, 'es', 'usted')).toEqual({ text: 'Buenos días, Marta:', name: 'Marta' });
    expect(letterGreeting({ contactName: 'Marta Gil' }, 'en', 'tu')).toEqual({ text: 'Hi Marta,', name: 'Marta' });
    expect(letterGreeting({ contactName: 'Marta Gil' }, 'en', 'usted')).toEqual({ text: 'Dear Marta,', name: 'Marta' });
    expect(letterGreeting({ contactName: '  ' }, 'es', 'tu')).toEqual({ text: 'Hola:', name: null });
    expect(letterGreeting({}, 'en', 'tu')).toEqual({ text: 'Hello,', name: null });
  });

  it('is warm only for clients you have worked with: delivered work, or time on agreed work', () => {
    const c = [client('c1', 'A')];
    const pitch = dataset({
      clients: c,
      projects: [project('p1', 'c1', 'web')],
      timeEntries: [{ id: 't1', projectId: 'p1', date: '2025-05-02', minutes: 90, billable: false }],
    });
    expect(hasWorkedWith('c1', pitch)).toBe(false);
    expect(letterCloseness('c1', pitch, esSettings('tu'))).toBe('neutral');
    const working = dataset({ ...pitch, projects: [project('p1', 'c1', 'web', { status: 'in-progress' })] });
    expect(letterCloseness('c1', working, esSettings('tu'))).toBe('warm');
    const delivered = dataset({ clients: c, projects: [project('p1', 'c1', 'web', { status: 'closed' })] });
    expect(letterCloseness('c1', delivered, esSettings('tu'))).toBe('warm');
    expect(letterCloseness('c1', delivered, esSettings('usted'))).toBe('formal');
  });
});

describe('wordings', () => {
  const many = dataset({
    clients: Array.from({ length: 12 }, (_, i) => client(`c${i}`, `Client ${i}`, { contactName: 'Ana' })),
    projects: Array.from({ length: 12 }, (_, i) => project(`p${i}`, `c${i}`, 'web', { title: 'Web', estimatedHours: 10, deadline: '2025-09-01' })),
  });
  const letterFor = (i: number, extra: Partial<DraftLetterInput> = {}) =>
    draftLetter({ kind: 'decline', clientId: `c${i}`, projectId: `p${i}`, data: many, settings: esSettings('tu'), today: TODAY, ...extra });

  it('gives two different clients different wordings', () => {
    expect(letterFor(0).body).not.toBe(letterFor(1).body);
    for (const kind of LETTER_KINDS) {
      const bodies = new Set(Array.from({ length: 12 }, (_, i) => letterFor(i, { kind }).body));
      expect(bodies.size, kind).toBeGreaterThanOrEqual(8);
    }
  });

  it('gives the same input the same letter', () => {
    for (const kind of LETTER_KINDS) expect(letterFor(3, { kind })).toEqual(letterFor(3, { kind }));
  });

  it('"another wording" changes every paragraph, and comes back after the last', () => {
    for (const kind of LETTER_KINDS) {
      const [a, b, c, d] = [0, 1, 2, 3].map((variant) => letterFor(5, { kind, variant }).body.split('\n\n'));
      // The greeting and the signature's name stay; every paragraph between them reads differently.
      expect(b![0]).toBe(a![0]);
      for (let i = 1; i < a!.length - 1; i++) {
        expect(b![i], `${kind} paragraph ${i}`).not.toBe(a![i]);
        expect(c![i], `${kind} paragraph ${i}`).not.toBe(b![i]);
      }
      expect(d).toEqual(a);
    }
  });
});

describe('decline reasons', () => {
  for (const reason of DECLINE_REASONS) {
    it(`${reason} has its own wording in each language and register`, () => {
      for (const variant of [0, 1, 2]) {
        const e = draft({ kind: 'decline', reason, language: 'en', variant }).body;
        expect(containsOne(e, wordingsOf(en.decline.reason[reason], 'tu'))).toBe(true);
        for (const other of DECLINE_REASONS.filter((r) => r !== reason)) expect(containsOne(e, wordingsOf(en.decline.reason[other], 'tu'))).toBe(false);
        for (const f of ['tu', 'usted'] as const) {
          expect(containsOne(draft({ kind: 'decline', reason, settings: esSettings(f), variant }).body, wordingsOf(es.decline.reason[reason], f))).toBe(true);
        }
      }
    });
  }

  it('defaults to capacity', () => {
    expect(draft({ kind: 'decline', language: 'en' }).body).toBe(draft({ kind: 'decline', language: 'en', reason: 'capacity' }).body);
  });

  it('registers differ where the reader is addressed', () => {
    const tu = [0, 1, 2].map((variant) => draft({ kind: 'decline', reason: 'fit', settings: esSettings('tu'), variant }).body).join('\n');
    const usted = [0, 1, 2].map((variant) => draft({ kind: 'decline', reason: 'fit', settings: esSettings('usted'), variant }).body).join('\n');
    expect(tu).toContain('lo que buscas');
    expect(usted).toContain('lo que busca');
    expect(usted).not.toMatch(/\b(tu|te|tienes|buscas|necesitas)\b/);
  });
});

describe('referrals', () => {
  const data = dataset({
    clients: [client('c1', 'Marta Gil')],
    projects: [project('p1', 'c1', ' Web ', { title: 'Tienda online' })],
    colleagues: [
      colleague('k5', { name: 'Zoe Park', specialties: ['web'], languages: ['es'], email: 'zoe@park.dev' }),
      colleague('k4', { name: 'Bruno Díaz', specialties: ['WEB ', 'ux'], languages: ['es', 'en'], website: 'brunodiaz.com', email: 'b@diaz.es' }),
      colleague('k3', { name: 'Bruno Díaz', specialties: ['web'], languages: ['es'] }),
      colleague('k2', { name: 'Amy Lane', specialties: ['web'], languages: ['en'], email: 'amy@lane.co' }),
      colleague('k1', { name: 'Carla Soto', specialties: ['branding'], languages: ['es'], email: 'carla@soto.es' }),
    ],
  });
  const opts = { kind: 'decline' as const, clientId: 'c1', projectId: 'p1', data, settings: esSettings('tu'), today: TODAY };

  it('refers at most two colleagues of the kind and language, sorted by name then id, with their contact', () => {
    const l = draftLetter(opts);
    expect(l.referredColleagueIds).toEqual(['k3', 'k4']);
    expect(l.body).toMatch(/Bruno Díaz o (a|con) Bruno Díaz \(b@diaz\.es, brunodiaz\.com\)/);
    expect(l.body).not.toContain('Zoe Park');
    expect(l.body).not.toContain('Carla Soto');
  });

  it('never refers a colleague of the right kind who does not speak the language', () => {
    const l = draftLetter({ ...opts, language: 'en' });
    expect(l.referredColleagueIds).toEqual(['k2', 'k4']);
    expect(l.body).toContain('Amy Lane (amy@lane.co) or Bruno Díaz (b@diaz.es, brunodiaz.com)');
    const onlySpanish = dataset({ ...data, colleagues: data.colleagues.filter((c) => c.id === 'k5') });
    const none = draftLetter({ ...opts, language: 'en', data: onlySpanish });
    expect(none.referredColleagueIds).toEqual([]);
    expect(none.body).not.toContain('Zoe');
  });

  it('names a single colleague with the singular wording', () => {
    const one = dataset({ ...data, colleagues: data.colleagues.filter((c) => c.id === 'k5' || c.id === 'k1') });
    const l = draftLetter({ ...opts, data: one });
    expect(l.referredColleagueIds).toEqual(['k5']);
    expect(containsOne(l.body, wordingsOf(es.referral.one, 'tu', 'Zoe Park (zoe@park.dev)'))).toBe(true);
  });

  it('suggests the kind of specialist when no colleague matches, without inventing a name', () => {
    const noOne = dataset({ ...data, colleagues: data.colleagues.filter((c) => c.id === 'k1') });
    const tu = draftLetter({ ...opts, data: noOne });
    expect(tu.referredColleagueIds).toEqual([]);
    expect(containsOne(tu.body, wordingsOf(es.referral.specialist, 'tu', 'un estudio de desarrollo web'))).toBe(true);
    expect(tu.body).not.toContain('Carla');
    const e = draftLetter({ ...opts, data: noOne, language: 'en' });
    expect(containsOne(e.body, wordingsOf(en.referral.specialist, 'tu', 'a web developer'))).toBe(true);
    const usted = draftLetter({ ...opts, data: noOne, settings: esSettings('usted') });
    expect(containsOne(usted.body, wordingsOf(es.referral.specialist, 'usted', 'un estudio de desarrollo web'))).toBe(true);
  });

  it('never suggests a specialist in a kind you do yourself', () => {
    const own = dataset({ clients: [client('c1', 'A')], projects: [project('p1', 'c1', 'Brand identity')] });
    for (const kind of ['decline', 'farewell'] as const) {
      for (const language of ['es', 'en'] as const) {
        for (const variant of [0, 1, 2]) {
          const l = draftLetter({ kind, clientId: 'c1', projectId: 'p1', data: own, settings: { ...SETTINGS, specialties: ['branding'] }, language, today: TODAY, variant });
          expect(l.body).not.toContain(letterSpecialist('branding', language));
          expect(l.body).not.toMatch(/look for|ideal person|busques|busque|buscar|lo ideal/);
          expectClean(l.body);
        }
      }
    }
  });

  it('has a specialist for the common kinds and a generic one for the rest', () => {
    expect(letterSpecialist('Illustration', 'en')).toBe('an illustrator');
    expect(letterSpecialist('social media', 'en')).toBe('a social media specialist');
    expect(letterSpecialist('UX', 'es')).toBe('un estudio de diseño UX');
    expect(letterSpecialist('murals', 'en')).toBe('a specialist in murals');
    expect(letterSpecialist(' murales ', 'es')).toBe('un especialista en murales');
    for (const kind of ['branding', 'web', 'illustration', 'packaging', 'editorial', 'motion', 'photography', 'ux', 'copywriting', 'signage', 'social-media']) {
      for (const lang of ['es', 'en'] as const) expect(letterSpecialist(kind, lang)).not.toMatch(/specialist in|especialista en/);
    }
  });

  it('counter-offers name a colleague only when asked to, and never suggest a specialist', () => {
    const plain = draftLetter({ ...opts, kind: 'counter-offer' });
    expect(plain.referredColleagueIds).toEqual([]);
    expect(plain.body).not.toContain('Bruno');
    const asked = draftLetter({ ...opts, kind: 'counter-offer', offerColleague: true });
    expect(asked.referredColleagueIds).toEqual(['k3', 'k4']);
    expect(containsOne(asked.body, wordingsOf(es.referral.lead.counterOffer, 'tu'))).toBe(true);
    const noOne = dataset({ ...data, colleagues: [] });
    const bare = draftLetter({ ...opts, kind: 'counter-offer', data: noOne, offerColleague: true });
    expect(bare.body).not.toMatch(/busques|buscar|lo ideal/);
  });

  it('farewell refers for the kind of the most recent project, or of projectId', () => {
    const d = dataset({
      clients: [client('c1', 'Marta Gil', { status: 'active' })],
      projects: [
        project('old', 'c1', 'branding', { createdAt: '2024-01-01', status: 'closed' }),
        project('new', 'c1', 'packaging', { createdAt: '2025-03-01', status: 'delivered' }),
      ],
      colleagues: [colleague('b', { name: 'Brand Co', specialties: ['branding'], languages: ['en'] }), colleague('p', { name: 'Pack Co', specialties: ['packaging'], languages: ['en'] })],
    });
    const base = { kind: 'farewell' as const, clientId: 'c1', data: d, settings: SETTINGS, today: TODAY, language: 'en' as const };
    expect(draftLetter(base).referredColleagueIds).toEqual(['p']);
    expect(draftLetter({ ...base, projectId: 'old' }).referredColleagueIds).toEqual(['b']);
    expect(letterProject('farewell', 'c1', d)?.id).toBe('new');
    expect(letterColleagues('Packaging ', 'en', d).map((c) => c.id)).toEqual(['p']);
  });
});

describe('counter-offer', () => {
  // A delivered project estimated at 10 h that took 20 h: the client's overrun is 2.
  const history = {
    projects: [
      project('done', 'c1', 'branding', { status: 'delivered', estimatedHours: 10, createdAt: '2024-01-01' }),
      project('p1', 'c1', 'branding', { title: 'Nueva web', estimatedHours: 15, deadline: '2027-01-13' }),
    ],
    timeEntries: [{ id: 't1', projectId: 'done', date: '2024-02-01', minutes: 20 * 60, billable: true }] satisfies TimeEntry[],
  };
  const data = dataset({ ...BASE, ...history });
  const base = { kind: 'counter-offer' as const, clientId: 'c1', projectId: 'p1', data, today: TODAY };

  it('prices estimate x client overrun x target rate when no price is suggested, taxes said once', () => {
    const l = draftLetter({ ...base, settings: enSettings({ taxName: 'VAT' }) });
    // 15 h x 2 = 30 h at 60.00 per hour
    expect(containsOne(l.body, wordingsOf(en.counterOffer.price, 'tu', '€1,800 + VAT', 'around 30 hours'))).toBe(true);
    expect(l.body.match(/VAT/g)).toHaveLength(1);
  });

  it('says "+ IVA" in Spanish, or that taxes are included, with the tax name from settings', () => {
    const plus = draftLetter({ ...base, settings: esSettings('tu'), suggestedPrice: 360000 });
    expect(plus.body).toContain('3.600\u00a0€ + IVA');
    const included = draftLetter({ ...base, settings: esSettings('usted', { pricesIncludeTax: true }), suggestedPrice: 360000 });
    expect(included.body).toContain('3.600\u00a0€ (IVA incluido)');
    const gst = draftLetter({ ...base, settings: enSettings({ currency: 'AUD', taxName: 'GST', pricesIncludeTax: true }), suggestedPrice: 360050 });
    expect(gst.body).toContain('A$3,600.50 (GST included)');
    const unnamed = draftLetter({ ...base, settings: enSettings({ taxName: ' ' }), suggestedPrice: 360000 });
    expect(unnamed.body).toContain('€3,600 plus tax');
    for (const l of [plus, included, gst, unnamed]) expectClean(l.body);
  });

  it('offers a smaller scope or phases for budget, a later date for time, both only when both are short', () => {
    const date = { es: '13 de enero de 2027', en: '13 January 2027' };
    const scope = /scope|phase|fase|alcance|imprescindibles/;
    for (const language of ['es', 'en'] as const) {
      for (const variant of [0, 1, 2]) {
        const s = { ...SETTINGS, language };
        const budget = draftLetter({ ...base, settings: s, variant, shortOf: { budget: true, time: false } }).body;
        expect(budget).toMatch(scope);
        expect(budget).not.toContain(date[language]);
        const time = draftLetter({ ...base, settings: s, variant, shortOf: { budget: false, time: true } }).body;
        expect(time).toContain(date[language]);
        expect(time).not.toMatch(scope);
        const both = draftLetter({ ...base, settings: s, variant, shortOf: { budget: true, time: true } }).body;
        expect(both).toContain(date[language]);
        expect(both).toMatch(scope);
        for (const l of [budget, time, both]) expectClean(l);
      }
    }
  });

  it('reads what is short from the evaluation when the caller does not say', () => {
    // 15 h (x2 overrun) at 1,000.00 fixed is far below target: budget, and there is room in the calendar.
    const l = draftLetter({ ...base, settings: enSettings() });
    expect(l.body).toMatch(/scope|phase/);
    expect(l.body).not.toContain('13 January 2027');
    // A well-paid job due tomorrow with 300 hours of work: time, not budget.
    const rush = dataset({
      clients: [client('c1', 'A')],
      projects: [project('p1', 'c1', 'web', { pricing: { mode: 'fixed', amount: 100_000_000 }, estimatedHours: 300, deadline: '2025-06-02' })],
    });
    const t = draftLetter({ kind: 'counter-offer', clientId: 'c1', projectId: 'p1', data: rush, settings: enSettings(), today: TODAY });
    expect(t.body).toContain('2 June 2025');
    expect(t.body).not.toMatch(/scope|phase/);
  });

  it('formats a suggested price in the settings currency', () => {
    const l = draftLetter({ ...base, settings: enSettings({ currency: 'USD' }), suggestedPrice: 123456 });
    expect(l.body).toContain('US$1,234.56 + IVA');
    expect(l.body).not.toContain('hours of work');
  });

  it('offers a detailed quote when there is nothing to price from', () => {
    const l = draft({ kind: 'counter-offer', language: 'en' });
    expect(containsOne(l.body, wordingsOf(en.counterOffer.noPrice, 'tu'))).toBe(true);
    expectClean(l.body);
  });
});

describe('signature', () => {
  it('signs with name, business and signature lines, each once', () => {
    const l = draft({ kind: 'check-in', language: 'en', settings: { ...SETTINGS, yourName: 'Clara  Ruiz ', signature: 'Clara Ruiz\n\n  clararuiz.com \r\n+34 600 000 000\n' } });
    expect(l.body.endsWith('\nClara Ruiz\nEstudio Clara\nclararuiz.com\n+34 600 000 000')).toBe(true);
    expectClean(l.body);
  });

  it('skips empty parts cleanly, and says when a letter would go unsigned', () => {
    const noBusiness = draft({ kind: 'decline', language: 'en', settings: { ...SETTINGS, businessName: ' ', signature: '' } });
    expect(noBusiness.body).toMatch(/\n\n[^\n]+,\nClara Ruiz$/);
    const onlyBusiness = draft({ kind: 'decline', settings: { ...esSettings('tu'), yourName: '', signature: '\n' } });
    expect(onlyBusiness.body).toMatch(/\n\n[^\n]+,\nEstudio Clara$/);
    const unsigned = { ...SETTINGS, yourName: '', businessName: '', signature: ' \n ' };
    const nothing = draft({ kind: 'decline', language: 'en', settings: unsigned });
    expect(nothing.body).toMatch(/\n\n[^\n]+,$/);
    expect(isUnsigned(unsigned)).toBe(true);
    expect(isUnsigned(SETTINGS)).toBe(false);
    for (const l of [noBusiness, onlyBusiness, nothing]) expectClean(l.body);
  });
});

// ---- properties over random datasets ----

const KINDS = ['branding', 'Branding', ' web ', 'web', 'illustration', 'packaging', 'editorial', 'motion', 'photography', 'UX', 'copywriting', 'signage', 'social media', 'social-media', 'murals', '3d'];
const PEOPLE = ['Ana Ruiz', 'Bo Chen', 'Carla  Gómez', 'Dmitri Ivanov ', 'Élodie Martin', 'Fátima Núñez', 'Grace O’Neil', 'Estudio Norte'];
const TITLES = ['Logo', 'Nueva identidad', 'Web  shop', 'Packaging café', 'Annual report', 'Señalética hospital'];
const DATES = ['2024-01-10', '2024-06-30', '2025-02-01', '2025-02-01', '2025-05-20'];
const opt = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const arbCase = fc.record({
  clients: fc.array(fc.constantFrom(...PEOPLE), { minLength: 1, maxLength: 4 }),
  projects: fc.array(
    fc.record({
      client: fc.nat(),
      title: fc.constantFrom(...TITLES),
      kind: fc.constantFrom(...KINDS),
      status: fc.constantFrom(...PROJECT_STATUSES),
      createdAt: fc.constantFrom(...DATES),
      estimatedHours: opt(fc.integer({ min: 0, max: 300 })),
      deadline: opt(fc.constantFrom(...DATES)),
    }),
    { maxLength: 8 },
  ),
  entries: fc.array(fc.record({ project: fc.nat(), minutes: fc.integer({ min: 1, max: 600 }) }), { maxLength: 10 }),
  colleagues: fc.array(
    fc.record({
      name: fc.constantFrom(...PEOPLE),
      specialties: fc.subarray(KINDS),
      languages: fc.subarray(['es', 'en'] as ('es' | 'en')[]),
      email: opt(fc.constantFrom('', 'hola@studio.es', 'me@example.com')),
      website: opt(fc.constantFrom('', ' studio.es ', 'example.com')),
    }),
    { maxLength: 7 },
  ),
  target: fc.nat(),
  pickProject: opt(fc.nat()),
  kind: fc.constantFrom(...LETTER_KINDS),
  reason: opt(fc.constantFrom(...DECLINE_REASONS)),
  language: opt(fc.constantFrom('es' as const, 'en' as const)),
  settingsLanguage: fc.constantFrom('es' as const, 'en' as const),
  formality: fc.constantFrom('usted' as const, 'tu' as const),
  yourName: fc.constantFrom('', 'Clara Ruiz', '  Clara  Ruiz '),
  businessName: fc.constantFrom('', 'Estudio Clara', 'Clara Ruiz'),
  signature: fc.constantFrom('', 'clararuiz.com', 'Clara Ruiz\n\nclararuiz.com\n', '  \n  '),
  currency: fc.constantFrom('EUR', 'USD', 'MXN'),
  targetHourlyRate: fc.integer({ min: 0, max: 20000 }),
  suggestedPrice: opt(fc.integer({ min: 0, max: 10_000_000 })),
  contactName: opt(fc.constantFrom('', 'Marta Gil', '  Bo ', 'Élodie  Martin')),
  variant: opt(fc.integer({ min: -3, max: 50 })),
  ask: opt(fc.constantFrom('referral' as const, 'testimonial' as const)),
  offerColleague: opt(fc.boolean()),
  shortOf: opt(fc.record({ budget: fc.boolean(), time: fc.boolean() })),
  pricesIncludeTax: fc.boolean(),
  taxName: fc.constantFrom('', 'IVA', 'VAT', 'GST'),
});

type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;

function build(c: Case): DraftLetterInput {
  const clients = c.clients.map((name, i) => client(`c${i}`, name, c.contactName !== undefined ? { contactName: c.contactName } : {}));
  const projects = c.projects.map((p, i) =>
    project(`p${i}`, `c${p.client % clients.length}`, p.kind, {
      title: p.title,
      status: p.status,
      createdAt: p.createdAt,
      estimatedHours: p.estimatedHours,
      deadline: p.deadline,
    }),
  );
  const timeEntries: TimeEntry[] =
    projects.length === 0
      ? []
      : c.entries.map((e, i) => ({ id: `t${i}`, projectId: `p${e.project % projects.length}`, date: '2025-01-01', minutes: e.minutes, billable: true }));
  const colleagues = c.colleagues.map((k, i) => colleague(`k${i}`, { name: k.name, specialties: k.specialties, languages: k.languages, email: k.email, website: k.website }));
  const clientId = `c${c.target % clients.length}`;
  const own = projects.filter((p) => p.clientId === clientId);
  const projectId = c.pickProject === undefined || own.length === 0 ? undefined : own[c.pickProject % own.length]?.id;
  return {
    kind: c.kind,
    clientId,
    projectId,
    reason: c.reason,
    language: c.language,
    data: dataset({ clients, projects, timeEntries, colleagues }),
    settings: {
      ...DEFAULT_SETTINGS,
      language: c.settingsLanguage,
      formality: c.formality,
      yourName: c.yourName,
      businessName: c.businessName,
      signature: c.signature,
      currency: c.currency,
      targetHourlyRate: c.targetHourlyRate,
      pricesIncludeTax: c.pricesIncludeTax,
      taxName: c.taxName,
    },
    today: TODAY,
    suggestedPrice: c.suggestedPrice,
    variant: c.variant,
    ask: c.ask,
    offerColleague: c.offerColleague,
    shortOf: c.shortOf,
  };
}

const kindKey = (k: string): string => k.trim().toLowerCase().replace(/[\s_-]+/g, '-');
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('draftLetter properties', () => {
  it('the random cases do reach every referral path', () => {
    const letters = fc.sample(arbCase, { numRuns: 300, seed: 7 }).map((c) => ({ c, l: draftLetter(build(c)) }));
    const count = (f: (x: (typeof letters)[number]) => boolean): number => letters.filter(f).length;
    expect(count(({ l }) => l.referredColleagueIds.length === 2)).toBeGreaterThan(10);
    expect(count(({ l }) => l.referredColleagueIds.length === 1)).toBeGreaterThan(10);
    expect(count(({ l }) => /look for|looking for|ideal person|busques|busque |buscar|lo ideal/.test(l.body))).toBeGreaterThan(10);
  });

  it('never apologises nor leaks placeholders, in any language, kind or register', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const input = build(c);
        const l = draftLetter(input);
        expectClean(l.subject);
        expectClean(l.body);
        expect(l.subject).not.toContain('\n');
        // The greeting names the contact's first name or nobody: never the client's name as a person.
        const greeting = l.body.split('\n')[0]!;
        const who = input.data.clients.find((x) => x.id === input.clientId)!;
        expect(greeting).not.toContain(squash(who.name));
        if (!who.contactName?.trim()) expect(greeting).toMatch(/^(Hola:|Buenos días:|Hello,)$/);
      }),
      { numRuns: 300 },
    );
  });

  it('refers at most two colleagues, all real, of the project kind and the letter language, each named', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const input = build(c);
        const l = draftLetter(input);
        const language = input.language ?? input.settings.language;
        const p = letterProject(input.kind, input.clientId, input.data, input.projectId);
        expect(l.referredColleagueIds.length).toBeLessThanOrEqual(2);
        expect(new Set(l.referredColleagueIds).size).toBe(l.referredColleagueIds.length);
        if (input.kind === 'check-in' || input.kind === 'follow-up') expect(l.referredColleagueIds).toEqual([]);
        for (const id of l.referredColleagueIds) {
          const k = input.data.colleagues.find((x) => x.id === id);
          expect(k).toBeDefined();
          if (!k || !p) throw new Error('referred without a colleague or a project');
          expect(k.languages).toContain(language);
          expect(k.specialties.map(kindKey)).toContain(kindKey(p.kind));
          expect(l.body).toContain(squash(k.name));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refers two whenever two or more match, and names no colleague it does not refer', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const input = build(c);
        if (input.kind !== 'decline' && input.kind !== 'farewell') return;
        const l = draftLetter(input);
        const language = input.language ?? input.settings.language;
        const p = letterProject(input.kind, input.clientId, input.data, input.projectId);
        const matching = p ? input.data.colleagues.filter((k) => k.languages.includes(language) && k.specialties.map(kindKey).includes(kindKey(p.kind))) : [];
        expect(l.referredColleagueIds.length).toBe(Math.min(2, matching.length));
        const referredNames = new Set(l.referredColleagueIds.map((id) => squash(input.data.colleagues.find((k) => k.id === id)?.name ?? '')));
        const clientName = squash(input.data.clients.find((x) => x.id === input.clientId)?.name ?? '');
        const signed = [input.settings.yourName, input.settings.businessName, input.settings.signature].map(squash);
        for (const k of input.data.colleagues) {
          const name = squash(k.name);
          if (referredNames.has(name) || name === clientName || signed.some((s) => s.includes(name))) continue;
          expect(l.body).not.toContain(name);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same letter for the same input', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const a = draftLetter(build(c));
        const b = draftLetter(structuredClone(build(c)));
        expect(b).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });
});
