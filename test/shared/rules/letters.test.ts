import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { draftLetter, letterColleagues, letterProject, letterSpecialist, type DraftLetterInput } from '../../../shared/rules/letters';
import { DECLINE_REASONS, LETTER_TEXTS, en, es } from '../../../shared/letters';
import {
  DEFAULT_SETTINGS,
  LETTER_KINDS,
  PROJECT_STATUSES,
  type Client,
  type Colleague,
  type Dataset,
  type Project,
  type Settings,
  type TimeEntry,
} from '../../../shared/model';

const TODAY = '2025-06-01';
const APOLOGY = /sorry|apologi[sz]e|regret|unfortunately|lo siento|disculp|perd[oó]n|lament/i;

function client(id: string, name: string, extra: Partial<Client> = {}): Client {
  return { id, name, source: 'web', status: 'prospect', star: false, createdAt: '2025-01-01', ...extra };
}

function project(id: string, clientId: string, kind: string, extra: Partial<Project> = {}): Project {
  return {
    id,
    clientId,
    title: `Project ${id}`,
    kind,
    pricing: { mode: 'fixed', amount: 100000 },
    status: 'inquiry',
    createdAt: '2025-05-01',
    invoices: [],
    ...extra,
  };
}

function colleague(id: string, name: string, specialties: string[], languages: ('es' | 'en')[], extra: Partial<Colleague> = {}): Colleague {
  return { id, name, specialties, languages, ...extra };
}

function dataset(parts: Partial<Dataset>): Dataset {
  return { clients: [], projects: [], timeEntries: [], signals: [], colleagues: [], letters: [], ...parts };
}

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  yourName: 'Clara Ruiz',
  businessName: 'Estudio Clara',
  signature: 'clararuiz.com',
};

const BASE = dataset({
  clients: [client('c1', 'Marta Gil')],
  projects: [project('p1', 'c1', 'branding', { title: 'Identidad Horno Sol', deadline: '2025-07-15' })],
  colleagues: [
    colleague('k1', 'Lucía Ferrer', ['Branding'], ['es', 'en'], { email: 'lucia@ferrer.studio' }),
    colleague('k2', 'Amy Lane', ['branding'], ['en'], { website: 'lane.co' }),
  ],
});

function draft(overrides: Partial<DraftLetterInput> & Pick<DraftLetterInput, 'kind'>): ReturnType<typeof draftLetter> {
  return draftLetter({ clientId: 'c1', projectId: 'p1', data: BASE, settings: SETTINGS, today: TODAY, ...overrides });
}

const esSettings = (formality: Settings['formality']): Settings => ({ ...SETTINGS, language: 'es', formality });

/** Things no letter may ever contain, whatever the input. */
function expectClean(text: string): void {
  expect(text).not.toMatch(APOLOGY);
  for (const bad of ['undefined', 'null', 'NaN', '{{', '}}', '  ', '\n\n\n']) expect(text).not.toContain(bad);
}

describe('letter tables', () => {
  // Both tables must offer the same phrases; a Spanish {usted, tu} pair stands for one English phrase.
  function shape(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return typeof value === 'function' ? 'fn' : typeof value;
    if ('usted' in value && 'tu' in value) return shape((value as { tu: unknown }).tu);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  }

  it('have the same keys and kinds of value in English and Spanish', () => {
    expect(shape(es)).toEqual(shape(en));
    expect(Object.keys(LETTER_TEXTS).sort()).toEqual(['en', 'es']);
  });

  it('never apologise', () => {
    const texts: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') texts.push(v);
      else if (typeof v === 'function') texts.push(String((v as (...a: string[]) => string)('X', 'Y')));
      else if (typeof v === 'object' && v !== null) Object.values(v).forEach(collect);
    };
    collect(LETTER_TEXTS);
    expect(texts.length).toBeGreaterThan(50);
    for (const t of texts) expect(t).not.toMatch(APOLOGY);
  });
});

describe('draftLetter: each kind, in English and in both Spanish registers', () => {
  it('decline', () => {
    const e = draft({ kind: 'decline', language: 'en' });
    expect(e.subject).toBe('About “Identidad Horno Sol”');
    expect(e.body.startsWith('Hi Marta Gil,\n\nThank you for thinking of me for “Identidad Horno Sol”')).toBe(true);
    const tu = draft({ kind: 'decline', settings: esSettings('tu') });
    expect(tu.subject).toBe('Sobre «Identidad Horno Sol»');
    expect(tu.body.startsWith('Hola, Marta Gil:\n\nGracias por pensar en mí para «Identidad Horno Sol» y por el tiempo que has dedicado')).toBe(true);
    expect(tu.body).toContain('decírtelo');
    expect(tu.body).toContain('Un abrazo,');
    const usted = draft({ kind: 'decline', settings: esSettings('usted') });
    expect(usted.body).toContain('el tiempo que ha dedicado');
    expect(usted.body).toContain('decírselo');
    expect(usted.body).toContain('Un cordial saludo,');
    for (const l of [e, tu, usted]) expectClean(l.subject + l.body);
  });

  it('counter-offer', () => {
    const e = draft({ kind: 'counter-offer', language: 'en', suggestedPrice: 240000 });
    expect(e.subject).toBe('A proposal for “Identidad Horno Sol”');
    expect(e.body).toContain('my fee would be €2,400.');
    expect(e.body).toContain('a deadline later than 15 Jul 2025');
    expect(e.body).toContain('a smaller scope');
    const tu = draft({ kind: 'counter-offer', settings: esSettings('tu'), suggestedPrice: 240050 });
    expect(tu.body).toContain('mis honorarios serían de 2400,50\u00a0€.');
    expect(tu.body).toContain('Dime qué opción te encaja mejor');
    expect(tu.body).toContain('un plazo posterior al 15 jul 2025');
    const usted = draft({ kind: 'counter-offer', settings: esSettings('usted'), suggestedPrice: 240000 });
    expect(usted.body).toContain('Dígame qué opción le encaja mejor');
    expect(usted.body).toContain('su presupuesto');
    for (const l of [e, tu, usted]) expectClean(l.subject + l.body);
  });

  it('farewell', () => {
    const e = draft({ kind: 'farewell', language: 'en' });
    expect(e.subject).toBe('A change in my studio’s focus');
    expect(e.body).toContain("Thank you for your trust and for the work we've done together.");
    expect(e.body).toContain('narrower kind of work');
    expect(e.body).toContain('the attention they deserve');
    expect(e.body).toContain('final and working files');
    expect(e.body).toContain('For your next projects, I\'d recommend Amy Lane (lane.co) or Lucía Ferrer');
    const tu = draft({ kind: 'farewell', settings: esSettings('tu') });
    expect(tu.body).toContain('trabajar contigo');
    expect(tu.body).toContain('te enviaré todos los archivos');
    expect(tu.body).toContain('Para tus próximos proyectos, te recomiendo a Lucía Ferrer (lucia@ferrer.studio)');
    const usted = draft({ kind: 'farewell', settings: esSettings('usted') });
    expect(usted.body).toContain('trabajar con usted');
    expect(usted.body).toContain('le enviaré todos los archivos');
    for (const l of [e, tu, usted]) expectClean(l.subject + l.body);
  });

  it('check-in', () => {
    const e = draft({ kind: 'check-in', language: 'en' });
    expect(e.subject).toBe('Checking in on “Identidad Horno Sol”');
    expect(e.body).toContain('where do things stand on your side right now?');
    expect(e.body).toContain('No rush and no commitment');
    const tu = draft({ kind: 'check-in', settings: esSettings('tu') });
    expect(tu.subject).toBe('¿Cómo va «Identidad Horno Sol»?');
    expect(tu.body).toContain('cómo lo tienes');
    const usted = draft({ kind: 'check-in', settings: esSettings('usted') });
    expect(usted.body).toContain('cómo lo tiene:');
    for (const l of [e, tu, usted]) {
      expect(l.referredColleagueIds).toEqual([]);
      expect(l.body.split('\n\n')).toHaveLength(4); // greeting, ask, no pressure, signature
      expectClean(l.subject + l.body);
    }
  });

  it('follow-up', () => {
    const data = dataset({ ...BASE, projects: [project('p9', 'c1', 'branding', { title: 'Packaging Sol', status: 'delivered' }), ...BASE.projects] });
    const e = draftLetter({ kind: 'follow-up', clientId: 'c1', language: 'en', data, settings: SETTINGS, today: TODAY });
    expect(e.subject).toBe('How is “Packaging Sol” working for you?');
    expect(e.body).toContain('how is it working for you?');
    expect(e.body).toContain("I'm here to help");
    expect(e.body).toContain('recommendations like yours');
    const tu = draftLetter({ kind: 'follow-up', clientId: 'c1', data, settings: esSettings('tu'), today: TODAY });
    expect(tu.body).toContain('quería preguntarte');
    expect(tu.body).toContain('como la tuya');
    const usted = draftLetter({ kind: 'follow-up', clientId: 'c1', data, settings: esSettings('usted'), today: TODAY });
    expect(usted.body).toContain('quería preguntarle');
    expect(usted.body).toContain('como la suya');
    for (const l of [e, tu, usted]) {
      expect(l.referredColleagueIds).toEqual([]);
      expectClean(l.subject + l.body);
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
    expect(l.body).toContain('thinking of me for your project');
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

describe('decline reasons', () => {
  const wording = {
    en: {
      capacity: "I can't give it the time it deserves",
      budget: "with the budget available I can't do it the way it deserves",
      specialty: 'falls outside my specialty',
      fit: "I don't think I'm the right studio for this project",
    },
    es: {
      capacity: 'no puedo dedicarle el tiempo que merece',
      budget: 'con el presupuesto disponible no puedo hacerlo como merece',
      specialty: 'queda fuera de mi especialidad',
      fit: 'creo que no soy el estudio adecuado para este proyecto',
    },
  } as const;

  for (const reason of DECLINE_REASONS) {
    it(`${reason} has its own wording in each language`, () => {
      const e = draft({ kind: 'decline', reason, language: 'en' }).body;
      expect(e).toContain(wording.en[reason]);
      for (const formality of ['tu', 'usted'] as const) {
        expect(draft({ kind: 'decline', reason, settings: esSettings(formality) }).body).toContain(wording.es[reason]);
      }
      for (const other of DECLINE_REASONS.filter((r) => r !== reason)) expect(e).not.toContain(wording.en[other]);
    });
  }

  it('defaults to capacity', () => {
    expect(draft({ kind: 'decline', language: 'en' }).body).toBe(draft({ kind: 'decline', language: 'en', reason: 'capacity' }).body);
  });

  it('registers differ where the reader is addressed', () => {
    expect(draft({ kind: 'decline', reason: 'fit', settings: esSettings('tu') }).body).toContain('lo que buscas');
    expect(draft({ kind: 'decline', reason: 'fit', settings: esSettings('usted') }).body).toContain('lo que busca.');
    expect(draft({ kind: 'decline', reason: 'budget', settings: esSettings('tu') }).body).toContain('ofrecerte');
    expect(draft({ kind: 'decline', reason: 'budget', settings: esSettings('usted') }).body).toContain('ofrecerle');
  });
});

describe('referrals', () => {
  const data = dataset({
    clients: [client('c1', 'Marta Gil')],
    projects: [project('p1', 'c1', ' Web ', { title: 'Tienda online' })],
    colleagues: [
      colleague('k5', 'Zoe Park', ['web'], ['es'], { email: 'zoe@park.dev' }),
      colleague('k4', 'Bruno Díaz', ['WEB ', 'ux'], ['es', 'en'], { website: 'brunodiaz.com', email: 'b@diaz.es' }),
      colleague('k3', 'Bruno Díaz', ['web'], ['es'], {}),
      colleague('k2', 'Amy Lane', ['web'], ['en'], { email: 'amy@lane.co' }),
      colleague('k1', 'Carla Soto', ['branding'], ['es'], { email: 'carla@soto.es' }),
    ],
  });
  const opts = { kind: 'decline' as const, clientId: 'c1', projectId: 'p1', data, settings: esSettings('tu'), today: TODAY };

  it('refers at most two colleagues of the kind and language, sorted by name then id, with their contact', () => {
    const l = draftLetter(opts);
    expect(l.referredColleagueIds).toEqual(['k3', 'k4']);
    expect(l.body).toContain('te recomiendo a Bruno Díaz o a Bruno Díaz (b@diaz.es, brunodiaz.com)');
    expect(l.body).not.toContain('Zoe Park');
    expect(l.body).not.toContain('Carla Soto');
  });

  it('never refers a colleague of the right kind who does not speak the language', () => {
    const l = draftLetter({ ...opts, language: 'en' });
    expect(l.referredColleagueIds).toEqual(['k2', 'k4']);
    expect(l.body).toContain("I'd recommend Amy Lane (amy@lane.co) or Bruno Díaz (b@diaz.es, brunodiaz.com).");
    const onlySpanish = dataset({ ...data, colleagues: data.colleagues.filter((c) => c.id === 'k5') });
    const none = draftLetter({ ...opts, language: 'en', data: onlySpanish });
    expect(none.referredColleagueIds).toEqual([]);
    expect(none.body).not.toContain('Zoe');
  });

  it('names a single colleague with the singular wording', () => {
    const one = dataset({ ...data, colleagues: data.colleagues.filter((c) => c.id === 'k5' || c.id === 'k1') });
    const l = draftLetter({ ...opts, data: one });
    expect(l.referredColleagueIds).toEqual(['k5']);
    expect(l.body).toContain('Si te sirve, te recomiendo a Zoe Park (zoe@park.dev): confío en su trabajo y puedes decirle que vas de mi parte.');
  });

  it('suggests the kind of specialist when no colleague matches, without inventing a name', () => {
    const noOne = dataset({ ...data, colleagues: data.colleagues.filter((c) => c.id === 'k1') });
    const tu = draftLetter({ ...opts, data: noOne });
    expect(tu.referredColleagueIds).toEqual([]);
    expect(tu.body).toContain('Si te sirve, mi consejo es que busques un estudio de desarrollo web');
    expect(tu.body).not.toContain('Carla');
    const e = draftLetter({ ...opts, data: noOne, language: 'en' });
    expect(e.body).toContain('If it helps, my advice is to look for a web developer');
    const usted = draftLetter({ ...opts, data: noOne, settings: esSettings('usted') });
    expect(usted.body).toContain('Si le sirve, mi consejo es que busque un estudio de desarrollo web');
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

  it('counter-offers refer colleagues only as a fallback and never suggest a specialist', () => {
    const co = draftLetter({ ...opts, kind: 'counter-offer' });
    expect(co.referredColleagueIds).toEqual(['k3', 'k4']);
    expect(co.body).toContain('Y si nada de esto te encaja, te recomiendo a Bruno Díaz');
    const noOne = dataset({ ...data, colleagues: [] });
    const bare = draftLetter({ ...opts, kind: 'counter-offer', data: noOne });
    expect(bare.body).not.toContain('busques');
  });

  it('farewell refers for the kind of the most recent project, or of projectId', () => {
    const d = dataset({
      clients: [client('c1', 'Marta Gil', { status: 'active' })],
      projects: [
        project('old', 'c1', 'branding', { createdAt: '2024-01-01', status: 'closed' }),
        project('new', 'c1', 'packaging', { createdAt: '2025-03-01', status: 'delivered' }),
      ],
      colleagues: [colleague('b', 'Brand Co', ['branding'], ['en']), colleague('p', 'Pack Co', ['packaging'], ['en'])],
    });
    const base = { kind: 'farewell' as const, clientId: 'c1', data: d, settings: SETTINGS, today: TODAY, language: 'en' as const };
    expect(draftLetter(base).referredColleagueIds).toEqual(['p']);
    expect(draftLetter({ ...base, projectId: 'old' }).referredColleagueIds).toEqual(['b']);
    expect(letterProject('farewell', 'c1', d)?.id).toBe('new');
    expect(letterColleagues('Packaging ', 'en', d).map((c) => c.id)).toEqual(['p']);
  });
});

describe('counter-offer price', () => {
  // A delivered project estimated at 10 h that took 20 h: the client's overrun is 2.
  const history = {
    projects: [
      project('done', 'c1', 'branding', { status: 'delivered', estimatedHours: 10, createdAt: '2024-01-01' }),
      project('p1', 'c1', 'branding', { title: 'Nueva web', estimatedHours: 15 }),
    ],
    timeEntries: [{ id: 't1', projectId: 'done', date: '2024-02-01', minutes: 20 * 60, billable: true }] satisfies TimeEntry[],
  };
  const data = dataset({ ...BASE, ...history });

  it('is estimate x client overrun x target rate when no price is suggested', () => {
    const l = draftLetter({ kind: 'counter-offer', clientId: 'c1', projectId: 'p1', data, settings: { ...SETTINGS, language: 'en' }, today: TODAY });
    // 15 h x 2 = 30 h at 60.00 per hour
    expect(l.body).toContain('my fee would be €1,800, based on around 30 hours of work.');
  });

  it('uses the estimate alone when the client has no history', () => {
    const fresh = dataset({ ...BASE, projects: [project('p1', 'c1', 'branding', { estimatedHours: 8 })] });
    const l = draftLetter({ kind: 'counter-offer', clientId: 'c1', projectId: 'p1', data: fresh, settings: esSettings('tu'), today: TODAY });
    expect(l.body).toContain('mis honorarios serían de 480\u00a0€, que corresponden a unas 8 horas de trabajo.');
  });

  it('formats a suggested price in the settings currency', () => {
    const l = draftLetter({ kind: 'counter-offer', clientId: 'c1', projectId: 'p1', data, settings: { ...SETTINGS, language: 'en', currency: 'USD' }, today: TODAY, suggestedPrice: 123456 });
    expect(l.body).toContain('my fee would be US$1,234.56.');
    expect(l.body).not.toContain('hours of work');
  });

  it('offers a detailed quote when there is nothing to price from', () => {
    const l = draft({ kind: 'counter-offer', language: 'en' });
    expect(l.body).toContain("I'll gladly send you a detailed quote");
    expectClean(l.body);
  });
});

describe('signature', () => {
  it('signs with name, business and signature lines, each once', () => {
    const l = draft({ kind: 'check-in', language: 'en', settings: { ...SETTINGS, yourName: 'Clara  Ruiz ', signature: 'Clara Ruiz\n\n  clararuiz.com \r\n+34 600 000 000\n' } });
    expect(l.body.endsWith('Talk soon,\nClara Ruiz\nEstudio Clara\nclararuiz.com\n+34 600 000 000')).toBe(true);
    expectClean(l.body);
  });

  it('skips empty parts cleanly', () => {
    const noBusiness = draft({ kind: 'decline', language: 'en', settings: { ...SETTINGS, businessName: ' ', signature: '' } });
    expect(noBusiness.body.endsWith('Warm regards,\nClara Ruiz')).toBe(true);
    const onlyBusiness = draft({ kind: 'decline', settings: { ...esSettings('tu'), yourName: '', signature: '\n' } });
    expect(onlyBusiness.body.endsWith('Un abrazo,\nEstudio Clara')).toBe(true);
    const nothing = draft({ kind: 'decline', language: 'en', settings: { ...SETTINGS, yourName: '', businessName: '', signature: '' } });
    expect(nothing.body.endsWith('with the project.\n\nWarm regards,')).toBe(true);
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
});

type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;

function build(c: Case): DraftLetterInput {
  const clients = c.clients.map((name, i) => client(`c${i}`, name));
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
  const colleagues = c.colleagues.map((k, i) => colleague(`k${i}`, k.name, k.specialties, k.languages, { email: k.email, website: k.website }));
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
    },
    today: TODAY,
    suggestedPrice: c.suggestedPrice,
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
    expect(count(({ l }) => /look for|busques|busque /.test(l.body))).toBeGreaterThan(10);
  });

  it('never apologises nor leaks placeholders, in any language, kind or register', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const l = draftLetter(build(c));
        expectClean(l.subject);
        expectClean(l.body);
        expect(l.subject).not.toContain('\n');
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
