/**
 * A dormant relationship (a past client whose work ended long ago) gets its own check-in: a hello
 * and an open door, never the questions put to a prospect still deciding on an inquiry.
 */
import { describe, expect, it } from 'vitest';
import { checkInAudience, draftLetter, followUpLists } from '#shared/rules';
import { en, es, type Registered, type Wordings } from '#shared/texts/letters';
import { relationshipTexts } from '#shared/texts/relationshipTexts';
import { DEFAULT_SETTINGS, type Settings } from '#shared/model';
import { client, dataset, project } from '../../support/builders';

const TODAY = '2027-03-01';
const APOLOGY = /sorry|apologi[sz]e|regret|unfortunately|lo siento|disculp|perd[oó]n|lament/i;

/** Bodega Norte: packaging delivered in 2024, not a word since. Horno Sol: an inquiry waiting. */
const DATA = dataset({
  clients: [
    client('old', { name: 'Bodega Norte', contactName: 'Marta Gil', status: 'past', createdAt: '2024-01-10', lastContactAt: '2024-05-01' }),
    client('new', { name: 'Horno Sol', contactName: 'Pablo Ruiz', status: 'prospect', createdAt: '2027-01-10' }),
  ],
  projects: [
    project('label', 'old', { title: 'Etiquetas Norte', kind: 'packaging', status: 'delivered', createdAt: '2024-01-10', deadline: '2024-04-30' }),
    project('ask', 'new', { title: 'Identidad Horno Sol', kind: 'branding', status: 'inquiry', createdAt: '2027-01-10' }),
  ],
});

const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, yourName: 'Clara Ruiz', language: 'es', formality: 'tu', ...over });

type Text = Registered<Wordings<string>> | Registered<Wordings<(p: string | null) => string>>;
/** Every wording of a paragraph in one register, written out for `project`. */
function wordings(table: Text, formality: 'tu' | 'usted', project: string | null): string[] {
  const list = (typeof table === 'object' && 'tu' in table ? table[formality] : table) as readonly (string | ((p: string | null) => string))[];
  return list.map((w) => (typeof w === 'function' ? w(project) : w));
}
const hasOne = (body: string, options: string[]) => options.some((o) => body.includes(o));

/** The dormant relationship the review lists, and its check-in as the review drafts it. */
function dormantLetter(over: Partial<Settings> = {}) {
  const s = settings(over);
  const { dormant } = followUpLists(DATA, s, TODAY);
  expect(dormant.map((d) => d.clientId)).toEqual(['old']);
  const { clientId, projectId } = dormant[0]!;
  return draftLetter({ kind: 'check-in', clientId, projectId, data: DATA, settings: s, today: TODAY });
}

describe('whom a check-in writes to', () => {
  it('a past client whose work is done is a past client; someone with an inquiry waiting is a prospect', () => {
    const ix = (id: string) => DATA.projects.find((p) => p.id === id);
    expect(checkInAudience('old', DATA, ix('label'))).toBe('past-client');
    expect(checkInAudience('old', DATA)).toBe('past-client');
    expect(checkInAudience('new', DATA, ix('ask'))).toBe('prospect');
    expect(checkInAudience('new', DATA)).toBe('prospect');
  });

  it('a past client who asks again about new work is asked where they stand, like any prospect', () => {
    const again = { ...DATA, projects: [...DATA.projects, project('again', 'old', { title: 'Web Norte', kind: 'web', status: 'quoted', createdAt: '2027-02-01' })] };
    expect(checkInAudience('old', again)).toBe('prospect');
    expect(checkInAudience('old', again, again.projects[2])).toBe('prospect');
    // The finished work named on its own still reads as the old relationship.
    expect(checkInAudience('old', again, again.projects[0])).toBe('past-client');
  });
});

describe('the check-in letter of a dormant relationship', () => {
  it('in English: a hello about the work done together and an open door, not a prospect’s questions', () => {
    const l = dormantLetter({ language: 'en' });
    expect(l.subject).toBe('It’s been a while since “Etiquetas Norte”');
    expect(l.body.startsWith('Hi Marta,')).toBe(true);
    expect(hasOne(l.body, wordings(en.reconnect.ask, 'tu', '“Etiquetas Norte”'))).toBe(true);
    expect(hasOne(l.body, wordings(en.reconnect.offer, 'tu', null))).toBe(true);
    expect(hasOne(l.body, wordings(en.checkIn.ask, 'tu', '“Etiquetas Norte”'))).toBe(false);
    expect(hasOne(l.body, wordings(en.checkIn.noPressure, 'tu', null))).toBe(false);
    expect(l.body).not.toMatch(/thinking of me for|where (do )?things stand|still on|another way/i);
    // Someone you have worked with: the warm sign-off.
    expect(hasOne(l.body, [...en.signOff.warm])).toBe(true);
    expect(l.subject + l.body).not.toMatch(APOLOGY);
  });

  it('in Spanish, tú: its own wording, in tú only', () => {
    const l = dormantLetter({ formality: 'tu' });
    expect(l.subject).toBe('¿Qué tal todo desde «Etiquetas Norte»?');
    expect(l.body.startsWith('Hola, Marta:')).toBe(true);
    expect(hasOne(l.body, wordings(es.reconnect.ask, 'tu', '«Etiquetas Norte»'))).toBe(true);
    expect(hasOne(l.body, wordings(es.reconnect.offer, 'tu', null))).toBe(true);
    expect(hasOne(l.body, wordings(es.reconnect.ask, 'usted', '«Etiquetas Norte»'))).toBe(false);
    expect(hasOne(l.body, wordings(es.checkIn.ask, 'tu', '«Etiquetas Norte»'))).toBe(false);
    expect(l.body).not.toMatch(/pensar en mí para|en qué punto|sigue en pie/);
    expect(l.subject + l.body).not.toMatch(APOLOGY);
  });

  it('in Spanish, usted: its own wording, in usted only, with the formal greeting', () => {
    const l = dormantLetter({ formality: 'usted' });
    expect(l.body.startsWith('Buenos días, Marta:')).toBe(true);
    expect(hasOne(l.body, wordings(es.reconnect.ask, 'usted', '«Etiquetas Norte»'))).toBe(true);
    expect(hasOne(l.body, wordings(es.reconnect.offer, 'usted', null))).toBe(true);
    expect(hasOne(l.body, wordings(es.reconnect.offer, 'tu', null))).toBe(false);
    expect(l.body).not.toMatch(/\b(tu|tienes|te|ti|cuenta conmigo|sabes)\b/);
    expect(l.subject + l.body).not.toMatch(APOLOGY);
  });

  it('every wording of both registers differs, so tú and usted never share a sentence that has a pronoun', () => {
    for (const part of [es.reconnect.ask, es.reconnect.offer] as Text[]) {
      const tu = wordings(part, 'tu', '«X»');
      const usted = wordings(part, 'usted', '«X»');
      expect(tu).toHaveLength(3);
      tu.forEach((w, i) => expect(w).not.toBe(usted[i]));
    }
  });

  it('a prospect’s check-in is as before: where they stand, no pressure', () => {
    const s = settings({ language: 'en' });
    const l = draftLetter({ kind: 'check-in', clientId: 'new', projectId: 'ask', data: DATA, settings: s, today: TODAY });
    expect(l.subject).toBe('Checking in on “Identidad Horno Sol”');
    expect(hasOne(l.body, wordings(en.checkIn.ask, 'tu', '“Identidad Horno Sol”'))).toBe(true);
    expect(hasOne(l.body, wordings(en.reconnect.ask, 'tu', '“Identidad Horno Sol”'))).toBe(false);
  });

  it('the review’s line for it speaks of a past relationship, in both languages', () => {
    for (const language of ['en', 'es'] as const) {
      const { dormant } = followUpLists(DATA, settings({ language }), TODAY);
      expect(dormant[0]!.text).toBe(relationshipTexts(language).dormant({ days: dormant[0]!.daysSinceContact, project: 'Etiquetas Norte' }));
      expect(dormant[0]!.text).not.toMatch(/where they stand|touch ground|en qué punto|tocar tierra/);
    }
  });
});
