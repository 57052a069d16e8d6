/**
 * Reads an inquiry e-mail (pasted, or the text of a .eml) into the fields of "Nueva consulta":
 * who, what, money, when, and the signals, each with the words it came from. It fills only
 * what the text says: a field it cannot find is absent, never guessed.
 */
import type { Client, Dataset, Pricing, Settings } from '../model';
import { findDeadline } from './inquiryDates';
import { findMoney, type FoundMoney } from './inquiryMoney';
import { findSignature, isPersonName, sentences, splitMessages, type Line, type Message, type Sentence } from './inquiryText';
import {
  COMPANY_WORD,
  COMPOUND_FIRST,
  COMPOUND_SECOND,
  FREE_MAIL,
  JOB_TITLE,
  KIND_WORDS,
  NO_RUSH,
  REQUEST_WORDS,
  SIGNAL_WORDS,
  SOURCE_WORDS,
  fold,
} from './inquiryWords';

/** The fields `readInquiry` can fill; `evidence` names them. */
export type InquiryField =
  | 'name'
  | 'email'
  | 'company'
  | 'contactName'
  | 'clientId'
  | 'title'
  | 'kind'
  | 'pricing'
  | 'deadline'
  | 'source'
  | 'referredBy';

export type ReadSignalKind = 'asked-discount' | 'threatened-competitor' | 'late-information' | 'promised-to-buy';

export interface InquiryEvidence {
  field: InquiryField;
  /** The words it came from, exactly as they appear in the text. */
  text: string;
  /** 'range-low-end': a range, its low end taken; 'other-currency': money in another currency, left out. */
  note?: 'range-low-end' | 'other-currency';
}

export interface InquiryReading {
  name?: string;
  email?: string;
  company?: string;
  /** The first name the letters greet. */
  contactName?: string;
  /** An existing client, matched by address, domain or name. */
  clientId?: string;
  title?: string;
  kind?: string;
  pricing?: Pricing;
  deadline?: string;
  source?: Client['source'];
  /** A client id, or the referrer's name as written. */
  referredBy?: string;
  signals: { kind: ReadSignalKind; evidence: string }[];
  evidence: InquiryEvidence[];
}

const SUBJECT_PREFIX = /^\s*((re|rv|fw|fwd|tr|aw|wg|reenviar|resp)\s*(\[\d+\])?\s*:\s*)+/i;

const domainOf = (email: string | undefined) => email?.split('@')[1]?.toLowerCase();
const same = (a: string | undefined, b: string | undefined) => Boolean(a && b && fold(a).replace(/[^\p{L}\p{N}]/gu, '') === fold(b).replace(/[^\p{L}\p{N}]/gu, ''));

/** Spanish or English, by the commoner small words. */
function languageOf(text: string): 'es' | 'en' {
  const f = ` ${fold(text)} `;
  const count = (words: string[]) => words.reduce((n, w) => n + (f.split(` ${w} `).length - 1), 0);
  return count(['de', 'que', 'para', 'el', 'la', 'los', 'y', 'con', 'por', 'una', 'nos']) >= count(['the', 'to', 'and', 'for', 'we', 'our', 'you', 'is', 'a', 'of', 'it']) ? 'es' : 'en';
}

const firstWord = (s: string) => s.trim().split(/\s+/)[0] ?? '';

/** The first name a letter greets: "Rosa María" for "Rosa María Fernández Gil", "Sam" for "Sam Patel". */
export function firstNameOf(name: string): string {
  const tokens = name.trim().split(/\s+/);
  const [a = '', b = ''] = tokens;
  if (tokens.length >= 3 && COMPOUND_FIRST.has(fold(a)) && COMPOUND_SECOND.has(fold(b))) return `${a} ${b}`;
  return a;
}

/** The designer's own names and addresses: never the person asking. */
function isDesigner(settings: Settings, name?: string, email?: string): boolean {
  const own = [settings.yourName, settings.businessName].filter(Boolean);
  if (name && own.some((o) => same(o, name))) return true;
  if (email && fold(settings.signature).includes(email.toLowerCase())) return true;
  const first = settings.yourName.trim().split(/\s+/)[0];
  return Boolean(name && first && same(name, first));
}

function clientsToMatch(data: Dataset): Client[] {
  return data.clients.filter((c) => !c.internal);
}

function matchByAddress(data: Dataset, email: string | undefined): { client: Client; how: 'address' | 'domain' } | null {
  if (!email) return null;
  const clients = clientsToMatch(data);
  const exact = clients.find((c) => c.email && c.email.toLowerCase() === email);
  if (exact) return { client: exact, how: 'address' };
  const domain = domainOf(email);
  if (!domain || FREE_MAIL.has(domain)) return null;
  const byDomain = clients.filter((c) => domainOf(c.email) === domain);
  return byDomain.length === 1 ? { client: byDomain[0]!, how: 'domain' } : null;
}

function matchByName(data: Dataset, ...names: (string | undefined)[]): Client | null {
  for (const n of names) {
    if (!n) continue;
    const hit = clientsToMatch(data).filter((c) => same(c.name, n) || same(c.company, n));
    if (hit.length === 1) return hit[0]!;
  }
  return null;
}

/** A referrer's words: a client when one matches, else the name as written. */
function referrerOf(data: Dataset, person: string, org: string | undefined): string {
  const byOrg = matchByName(data, org);
  if (byOrg) return byOrg.id;
  const byPerson = matchByName(data, person);
  if (byPerson) return byPerson.id;
  const byContact = clientsToMatch(data).filter((c) => c.contactName && (same(c.contactName, person) || same(firstNameOf(c.contactName), person)) && (!org || same(c.name, org)));
  if (byContact.length === 1 && org) return byContact[0]!.id;
  return person;
}

const N = String.raw`([\p{Lu}][\p{L}'’-]+(?:[ \t]+[\p{Lu}][\p{L}'’-]+){0,2})`;
const O = String.raw`([\p{Lu}][\p{L}&'’.-]*(?:[ \t]+(?:&|de|del|y|[\p{Lu}][\p{L}&'’.-]*)){0,4})`;
/** Who sent them: [pattern, group of the person, group of the organisation]. */
const REFERRAL: readonly [RegExp, number, number][] = [
  [new RegExp(String.raw`(?:[Nn]os|[Mm]e) (?:ha|han) recomendado ${N}(?: (?:de|del) ${O})?`, 'u'), 1, 2],
  [new RegExp(String.raw`(?:[Nn]os|[Mm]e) recomend(?:ó|o) ${N}(?: (?:de|del) ${O})?`, 'u'), 1, 2],
  [new RegExp(String.raw`(?:[Mm]e|[Nn]os) (?:pas(?:ó|o)|ha pasado|dio|ha dado|facilit(?:ó|o)) tu (?:contacto|correo|email|nombre|tel[eé]fono),? ${N}`, 'u'), 1, 0],
  [new RegExp(String.raw`[Dd]e parte de ${N}(?: \(${O}\))?`, 'u'), 1, 2],
  [new RegExp(String.raw`${N}(?: (?:de|del) ${O})? (?:me|nos) (?:habl(?:ó|o)|ha hablado) (?:muy bien )?de ti`, 'u'), 1, 2],
  [new RegExp(String.raw`${N}(?: (?:from|at|of) ${O})? (?:recommended|referred|suggested|passed along|passed on|gave me|mentioned)`, 'u'), 1, 2],
  [new RegExp(String.raw`(?:[Mm]y|[Oo]ur) (?:friend|colleague|client) ${N}`, 'u'), 1, 0],
  [new RegExp(String.raw`[Rr]eferred (?:to you )?by ${N}(?: (?:from|at|of) ${O})?`, 'u'), 1, 2],
  [new RegExp(String.raw`(?:[Ww]e |I )?got your (?:name|details|contact|email|number) from ${N}(?: (?:from|at|of) ${O})?`, 'u'), 1, 2],
];
const NOT_A_PERSON = /^(google|instagram|linkedin|behance|dribbble|pinterest|facebook|tiktok|twitter|internet|the|la|el|un|una|a|an)$/i;

/** How a person says who they are and where they work, in the body. */
const SELF_NAME: readonly RegExp[] = [
  new RegExp(String.raw`\b[Ss]oy ${N}(?=[\s,.!]|$)`, 'u'),
  new RegExp(String.raw`\b(?:I'm|I am|It's|it's|this is|This is|my name is|My name is|me llamo|Me llamo) ${N}(?=[\s,.!]|$)`, 'u'),
];
const SELF_COMPANY: readonly RegExp[] = [
  new RegExp(String.raw`\b[Ss]oy [\p{Lu}][\p{L}]+,? (?:de|desde) ${O}`, 'u'),
  new RegExp(String.raw`\b(?:[Ii]t's|I'm|I am) [\p{Lu}][\p{L}]+ (?:from|at|of) ${O}`, 'u'),
  new RegExp(String.raw`\b(?:escribo|escribimos|contacto) desde ${O}`, 'u'),
  new RegExp(String.raw`\ben nombre de (?:la |el )?${O}`, 'u'),
  new RegExp(String.raw`\b(?:founder|owner|fundador|fundadora|director|directora) (?:of|de) ${O}`, 'u'),
  new RegExp(String.raw`\bmi (?:marca|empresa|tienda|negocio|estudio|restaurante|bar|proyecto)(?: de [\p{Ll}]+)?, ${O}`, 'u'),
  new RegExp(String.raw`\b(?:llevo|tengo|tenemos|somos|estamos montando|run|own|we are|we're|We are|We're|I run) (?:una?|a|an) [^()\n]{0,60}\(${O}\)`, 'u'),
];

/** The company, person and address a signature gives. */
function readSignature(lines: Line[], personHint?: string): { name?: Line & { value: string }; company?: Line & { value: string }; email?: Line & { value: string } } {
  const out: ReturnType<typeof readSignature> = {};
  let person = personHint;
  for (const line of lines.slice(0, 8)) {
    const raw = line.text.replace(/^[-–—]\s*/, '').trim();
    const parts = raw.split(/\s+[|·•]\s+|\s*\|\s*/);
    const split = parts.length === 1 && /,/.test(raw) && JOB_TITLE.test(fold(raw.split(',')[0] ?? '')) ? raw.split(/,\s*/) : parts;
    for (const p of split.map((s) => s.trim()).filter(Boolean)) {
      const f = fold(p);
      const email = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i.exec(p);
      if (email) {
        if (!out.email) out.email = { ...line, value: email[0].toLowerCase() };
        continue;
      }
      if (/^(https?:\/\/|www\.)/.test(f) || /^[\w-]+(\.[\w-]+)+\/?$/.test(f)) continue;
      if (/^(tel\.?|t\.|tlf\.?|phone|m\.|mob(ile)?|movil|cel\.?)?[:\s]*[+(\d][\d\s().-]{6,}$/.test(f)) continue;
      if (/^(c\/|calle|avda\.?|avenida|plaza|paseo|street|st\.|road|rd\.)\s/.test(f) || /\b\d{5}\b/.test(f)) continue;
      if (JOB_TITLE.test(f) && !COMPANY_WORD.test(f)) continue;
      if (isPersonName(p) && !out.company) {
        const first = fold(firstWord(p));
        if (!person) {
          person = p;
          out.name = { ...line, value: p };
          continue;
        }
        if (fold(firstWord(person)) === first) {
          // "Marta" then "Marta Soler": the longer is the full name.
          if (p.split(/\s+/).length > person.split(/\s+/).length) {
            person = p;
            out.name = { ...line, value: p };
          }
          continue;
        }
      }
      if (!out.company && /\p{Lu}/u.test(p) && p.length <= 60 && !/[?!]$/.test(p)) out.company = { ...line, value: p };
    }
  }
  return out;
}

/** Drops what follows a sentence's end, and a trailing emoji or mark, from a name found in running text. */
const clean = (raw: string) => {
  const s = raw.split(/(?<!\b(?:Co|Inc|Ltd|S\.L|S\.A))[.!?]\s/u)[0] ?? '';
  return cleanEnd(s);
};
const cleanEnd = (s: string) => s.replace(/[\s\p{Extended_Pictographic}\p{P}]+$/u, (m) => (/[.]$/.test(m) && /\b(Co|Inc|Ltd|S\.L|S\.A)$/.test(s.slice(0, -m.length)) ? '.' : '')).trim();

/**
 * Reads an inquiry e-mail into the fields of a new inquiry, with the words each came from.
 * Pure: the same text, data, settings and `today` always give the same reading.
 */
export function readInquiry(text: string, data: Dataset, settings: Settings, today: string): InquiryReading {
  const normal = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
  const out: InquiryReading = { signals: [], evidence: [] };
  const cite = (field: InquiryField, words: string, note?: InquiryEvidence['note']) => {
    if (words.trim()) out.evidence.push({ field, text: words.trim(), ...(note ? { note } : {}) });
  };

  // Which message is the inquiry: a forward from someone else carries the person asking inside it.
  const messages = splitMessages(normal).filter((m) => m.body.some((l) => l.text.trim()) || m.from || m.subject);
  let primary: Message = messages[0] ?? { body: [] };
  let content: Message[] = [primary];
  let forwarder: Message | null = null;
  const inner = messages[1];
  if (inner?.from?.email && !isDesigner(settings, inner.from.name, inner.from.email)) {
    const outer = messages[0]!;
    const outerFrom = outer.from;
    if (outerFrom?.email && domainOf(outerFrom.email) === domainOf(inner.from.email)) {
      content = [outer, inner];
    } else {
      primary = inner;
      content = [inner];
      if (outerFrom && !isDesigner(settings, outerFrom.name, outerFrom.email)) forwarder = outer;
    }
  }
  const body = content.flatMap((m) => m.body);
  const language = languageOf(body.map((l) => l.text).join('\n'));
  const signature = findSignature(primary.body);
  const signatureLines = new Set(signature ? primary.body.slice(signature.from) : []);
  const prose = body.filter((l) => !signatureLines.has(l));
  const said: Sentence[] = sentences(prose);

  // Who.
  const from = primary.from && !isDesigner(settings, primary.from.name, primary.from.email) ? primary.from : undefined;
  let name: string | undefined;
  let companyFromSender: string | undefined;
  if (from?.name) {
    const display = from.name.replace(/^"|"$/g, '');
    if (COMPANY_WORD.test(fold(display)) || !isPersonName(display)) {
      companyFromSender = display;
      name = display;
    } else name = display;
    cite('name', from.line);
  }
  const sig = signature ? readSignature(signature.lines, name && !companyFromSender ? name : undefined) : {};
  if (!name && sig.name) {
    name = sig.name.value;
    cite('name', sig.name.value);
  }
  if (!name) {
    for (const re of SELF_NAME) {
      const m = said.map((s) => re.exec(s.text)).find(Boolean);
      const who = m?.[1];
      if (m && who && !NOT_A_PERSON.test(who) && !isDesigner(settings, who)) {
        name = firstWord(who);
        cite('name', m[0]);
        break;
      }
    }
  }
  if (name) out.name = name;
  const email = from?.email ?? sig.email?.value;
  if (email && !isDesigner(settings, undefined, email)) {
    out.email = email;
    cite('email', from?.email ? from.line : sig.email!.text);
  }
  if (name && !companyFromSender) {
    out.contactName = firstNameOf(name);
    cite('contactName', name);
  }

  // Company: the signature, then a client the address belongs to, then the body, then the domain.
  const byAddress = matchByAddress(data, out.email);
  let company: { value: string; words: string } | undefined;
  if (companyFromSender) company = { value: companyFromSender, words: from!.line };
  else if (sig.company) company = { value: sig.company.value, words: sig.company.value };
  else if (byAddress && (byAddress.client.company || byAddress.client.name)) company = { value: byAddress.client.company ?? byAddress.client.name, words: out.email! };
  else {
    for (const re of SELF_COMPANY) {
      const hit = said.map((s) => re.exec(s.text)).find(Boolean);
      if (hit) {
        const value = clean(hit[1] ?? '');
        if (value && !isDesigner(settings, value)) {
          company = { value, words: hit[0] };
          break;
        }
      }
    }
    const domain = domainOf(out.email);
    if (!company && domain && !FREE_MAIL.has(domain)) company = { value: domain, words: out.email! };
  }
  if (company) {
    out.company = company.value;
    cite('company', company.words);
  }
  const client = byAddress?.client ?? matchByName(data, out.company, companyFromSender);
  if (client) {
    out.clientId = client.id;
    cite('clientId', byAddress ? out.email! : out.company!);
  }

  // What.
  const subject = primary.subject ?? messages[0]?.subject;
  const title = subject?.value.replace(SUBJECT_PREFIX, '').trim();
  if (title) {
    out.title = title;
    cite('title', title);
  }
  const kindWords = [...KIND_WORDS, ...settings.specialties.filter((s) => !KIND_WORDS.some((k) => k.kind === s.toLowerCase())).map((s) => ({ kind: s.toLowerCase(), words: new RegExp(`\\b${fold(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) }))];
  const firstKind = (s: string, after = 0): { kind: string; index: number; length: number } | null => {
    const f = fold(s);
    let best: { kind: string; index: number; length: number } | null = null;
    for (const k of kindWords) {
      const re = new RegExp(k.words.source, 'g');
      for (const m of f.matchAll(re)) {
        if (m.index < after) continue;
        if (!best || m.index < best.index) best = { kind: k.kind, index: m.index, length: m[0].length };
        break;
      }
    }
    return best;
  };
  const kindIn = (s: string) => {
    const hit = firstKind(s);
    return hit ? { kind: hit.kind, words: s.slice(hit.index, hit.index + hit.length) } : null;
  };
  let kind = title ? kindIn(title) : null;
  if (!kind) {
    for (const s of said) {
      const req = REQUEST_WORDS.exec(fold(s.text));
      const hit = req ? firstKind(s.text, req.index) : null;
      if (hit) {
        kind = { kind: hit.kind, words: s.text.slice(hit.index, hit.index + hit.length) };
        break;
      }
    }
  }
  if (!kind) for (const s of said) if ((kind = kindIn(s.text))) break;
  if (kind) {
    out.kind = kind.kind;
    cite('kind', kind.words);
  }

  // Signals, each with its sentence.
  /** Where, in a sentence that names a competitor, their offer begins: money from there on is theirs. */
  const competitorFrom = new Map<Sentence, number>();
  for (const s of said) {
    const f = fold(s.text);
    for (const sw of SIGNAL_WORDS) {
      if (!sw.words.test(f)) continue;
      if (sw.kind === 'late-information' && NO_RUSH.test(f)) continue;
      if (sw.kind === 'threatened-competitor') competitorFrom.set(s, sw.words.exec(f)!.index);
      if (!out.signals.some((x) => x.kind === sw.kind)) out.signals.push({ kind: sw.kind, evidence: s.text.trim() });
    }
  }

  // Money: the first amount outside a competitor's offer, in the settings' currency.
  let money: FoundMoney | null = null;
  let foreign: FoundMoney | null = null;
  for (const s of said) {
    const theirs = competitorFrom.get(s) ?? Infinity;
    for (const m of findMoney(s.text)) {
      if (m.index >= theirs) continue;
      // An amount with no currency named is in the settings' currency.
      const currency = m.currency ?? settings.currency;
      if (currency !== settings.currency) {
        foreign ??= m;
        continue;
      }
      money = m;
      break;
    }
    if (money) break;
  }
  if (money) {
    out.pricing = money.hourly ? { mode: 'hourly', rate: money.amount } : { mode: 'fixed', amount: money.amount };
    cite('pricing', money.text, money.range ? 'range-low-end' : undefined);
  } else if (foreign) cite('pricing', foreign.text, 'other-currency');

  // When.
  for (const s of said) {
    const d = findDeadline(s.text, today, language);
    if (d) {
      out.deadline = d.date;
      cite('deadline', d.text);
      break;
    }
  }

  // Where they came from: a referral names its referrer; a forward from someone else is one.
  let referral: { by: string; words: string } | null = null;
  for (const s of [...said, ...(forwarder ? sentences(forwarder.body) : [])]) {
    for (const [re, pi, oi] of REFERRAL) {
      const m = re.exec(s.text);
      if (!m) continue;
      const person = (m[pi] ?? '').trim();
      const org = oi && m[oi] ? clean(m[oi]) : undefined;
      if (NOT_A_PERSON.test(person) || isDesigner(settings, person)) continue;
      // "Le escribo de parte de Conservas del Cantábrico": on behalf of their own company.
      const own = [out.company, out.name].filter(Boolean).map((x) => fold(x!));
      if (own.some((o) => o.includes(fold(person)) || fold(person).includes(o))) continue;
      const words = org && m[0].includes(org) ? m[0].slice(0, m[0].indexOf(org) + org.length) : m[0];
      referral = { by: referrerOf(data, person, org), words };
      break;
    }
    if (referral) break;
  }
  if (!referral && forwarder?.from) {
    const f = forwarder.from;
    const known = matchByAddress(data, f.email)?.client ?? matchByName(data, f.name);
    const by = known?.id ?? f.name ?? f.email;
    if (by) referral = { by, words: f.line };
  }
  if (referral) {
    out.source = 'referral';
    out.referredBy = referral.by;
    cite('source', referral.words);
    cite('referredBy', referral.words);
  } else {
    for (const s of said) {
      const f = fold(s.text);
      const hit = SOURCE_WORDS.find((w) => w.words.test(f));
      if (hit) {
        const m = hit.words.exec(f)!;
        out.source = hit.source;
        cite('source', s.text.slice(m.index, m.index + m[0].length));
        break;
      }
    }
  }
  return out;
}
